//! Reading one saved page from disk: size limits, gzip, format from the name.

use std::io::Read;
use std::path::{Path, PathBuf};

use morgue_extract::PageFormat;

/// Caps that keep one odd file from exhausting memory.
#[derive(Debug, Clone, Copy)]
pub struct ReadLimits {
    /// Largest page accepted, after decompression, in bytes.
    pub max_page_bytes: u64,
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_page_bytes: 64 * 1024 * 1024,
        }
    }
}

/// A page's bytes as saved, decompressed, with the format its name announces.
#[derive(Debug, Clone)]
pub struct SavedPage {
    /// Where the page was read from.
    pub path: PathBuf,
    /// Its bytes, gunzipped when the file was `.gz` or its bytes are gzip.
    pub bytes: Vec<u8>,
    /// HTML or text dump.
    pub format: PageFormat,
}

/// Why a file could not be read as a page.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The name does not end in an extension morgue reads.
    #[error("not a saved page (unknown extension)")]
    UnknownFormat,
    /// A name without an extension, over bytes that are not HTML.
    #[error("not a saved page (no extension, and not HTML)")]
    NotHtml,
    /// Opening or reading failed (permissions, removed since the walk).
    #[error("cannot read: {0}")]
    Io(#[source] std::io::Error),
    /// A `.gz` that is not valid gzip.
    #[error("not valid gzip: {0}")]
    Gzip(#[source] std::io::Error),
    /// Larger than [`ReadLimits::max_page_bytes`] (after decompression).
    #[error("larger than the {} page limit", size_limit(*limit_bytes))]
    TooLarge {
        /// The limit in force.
        limit_bytes: u64,
    },
}

/// A size limit as the user set it: `--max-page-size` takes MB (MiB), and
/// "the 1048576-byte page limit" did not read as the `1` given.
fn size_limit(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else {
        format!("{bytes}-byte")
    }
}

/// Decompresses at most `cap` bytes of gzip into `bytes`.
fn gunzip(decoder: impl Read, cap: u64, bytes: &mut Vec<u8>) -> Result<(), PageError> {
    decoder
        .take(cap)
        .read_to_end(bytes)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidInput
            | std::io::ErrorKind::InvalidData
            | std::io::ErrorKind::UnexpectedEof => PageError::Gzip(e),
            _ => PageError::Io(e),
        })?;
    Ok(())
}

/// Gunzips `raw`, compressed bytes in memory, into `bytes`: one allocation of the
/// size their trailer states (see [`gunzipped_size_hint`]), at most `cap` bytes.
///
/// Every member is read, one after the other; bytes after the last that start no
/// member are ignored, as gzip(1) does ("trailing garbage ignored"): a download or a
/// copy that padded the file (zeros, a newline) lost the whole page to "not valid
/// gzip: invalid gzip header".
fn gunzip_in_memory(raw: &[u8], cap: u64, bytes: &mut Vec<u8>) -> Result<(), PageError> {
    bytes.reserve_exact(gunzipped_size_hint(raw, cap));
    let mut rest = raw;
    loop {
        let mut member = flate2::bufread::GzDecoder::new(rest);
        gunzip(&mut member, cap.saturating_sub(bytes.len() as u64), bytes)?;
        rest = member.into_inner();
        if bytes.len() as u64 >= cap || !rest.starts_with(&GZIP_MAGIC) {
            return Ok(());
        }
    }
}

/// Bytes to reserve for gunzipping `raw`: the size its trailer states (the last
/// member's, modulo 4 GiB), plus one so that reading to the end needs no second
/// allocation. A hint only: never above `cap`, nor above what deflate can expand
/// the compressed bytes to (1032:1), so a forged trailer cannot make a small file
/// reserve much.
fn gunzipped_size_hint(raw: &[u8], cap: u64) -> usize {
    const MAX_DEFLATE_RATIO: u64 = 1032;
    let Some(trailer) = raw.len().checked_sub(4).map(|at| &raw[at..]) else {
        return 0;
    };
    let stated = u64::from(u32::from_le_bytes(trailer.try_into().expect("four bytes")));
    let most = (raw.len() as u64)
        .saturating_mul(MAX_DEFLATE_RATIO)
        .min(cap);
    usize::try_from(stated.min(most) + 1).unwrap_or(0)
}

/// The first bytes of a gzip stream: its magic number and deflate, its only method.
const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// True for the files morgue reads: names [`PageFormat::from_path`] knows (`.html`,
/// `.txt`, `.gz` copies, ...), and names without an extension whose first bytes are
/// HTML (a mirror saved without `wget --adjust-extension`: `2024/05/harbour-reopens`).
/// Only the latter are opened.
pub fn is_saved_page(path: &Path) -> bool {
    PageFormat::from_path(path).is_some() || (has_no_extension(path) && starts_as_html(path))
}

/// Whether the file name has no extension at all (`harbour-reopens`, wget's
/// `story?id=3`), and is not hidden (`.bashrc`).
fn has_no_extension(path: &Path) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    let name = name.to_string_lossy();
    let stem = name.split_once('?').map_or(&*name, |(stem, _)| stem);
    !stem.is_empty() && !stem.contains('.')
}

/// Bytes read to tell HTML by its start.
const SNIFF_BYTES: u64 = 1024;

/// Whether the file at `path` opens as HTML (see [`looks_like_html`]).
fn starts_as_html(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(SNIFF_BYTES as usize);
    file.take(SNIFF_BYTES).read_to_end(&mut head).is_ok() && looks_like_html(&head)
}

/// Whether `head`, a file's first bytes, is HTML: markup from the first character
/// (after a BOM and white space), and a doctype or `<html` tag among the first
/// kilobyte. A makefile, a licence or a binary is not.
fn looks_like_html(head: &[u8]) -> bool {
    let head = &head[..head.len().min(SNIFF_BYTES as usize)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start.filter(|&start| head[start] == b'<') else {
        return false;
    };
    let lower = head[start..].to_ascii_lowercase();
    let holds = |tag: &[u8]| lower.windows(tag.len()).any(|window| window == tag);
    holds(b"<!doctype html") || holds(b"<html")
}

/// Reads and, for `.gz` or bytes that are gzip, decompresses one page.
///
/// # Errors
/// [`PageError`] naming why the file cannot be read.
pub fn read_page(path: &Path, limits: &ReadLimits) -> Result<SavedPage, PageError> {
    let named = PageFormat::from_path(path);
    if named.is_none() && !has_no_extension(path) {
        return Err(PageError::UnknownFormat);
    }
    let mut file = std::fs::File::open(path).map_err(PageError::Io)?;
    let is_gzip = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("gz"));
    // Read one byte past the limit to tell "exactly at the limit" from "over it".
    let cap = limits.max_page_bytes.saturating_add(1);
    let file_len = file.metadata().map_or(u64::MAX, |m| m.len());
    let mut bytes = Vec::new();
    if is_gzip && file_len <= limits.max_page_bytes {
        // Compressed bytes in memory first: their trailer states the page's size,
        // so the page is decompressed into one allocation rather than one that
        // doubles and copies itself as it grows.
        let mut raw = Vec::with_capacity(usize::try_from(file_len).unwrap_or(0));
        file.read_to_end(&mut raw).map_err(PageError::Io)?;
        // An empty file is empty, whatever its name says (a download that never
        // started), not "not valid gzip: unexpected end of file".
        if raw.is_empty() {
            return Ok(SavedPage {
                path: path.to_owned(),
                bytes,
                format: named.ok_or(PageError::NotHtml)?,
            });
        }
        gunzip_in_memory(&raw, cap, &mut bytes)?;
    } else if is_gzip {
        gunzip(flate2::read::MultiGzDecoder::new(file), cap, &mut bytes)?;
    } else {
        bytes.reserve_exact(usize::try_from(file_len.min(cap)).unwrap_or(0));
        file.take(cap)
            .read_to_end(&mut bytes)
            .map_err(PageError::Io)?;
    }
    // A page saved with its transfer encoding kept (`curl -o page.html` from a
    // server that compressed anyway, a copy compressed twice) is gzip whatever its
    // name says: one more round, never more, so a file cannot nest its way past
    // the limit.
    if bytes.starts_with(&GZIP_MAGIC) {
        let raw = std::mem::take(&mut bytes);
        gunzip_in_memory(&raw, cap, &mut bytes)?;
    }
    if bytes.len() as u64 > limits.max_page_bytes {
        return Err(PageError::TooLarge {
            limit_bytes: limits.max_page_bytes,
        });
    }
    let format = match named {
        Some(format) => format,
        None if looks_like_html(&bytes) => PageFormat::Html,
        None => return Err(PageError::NotHtml),
    };
    Ok(SavedPage {
        path: path.to_owned(),
        bytes,
        format,
    })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn read(name: &str, file: &[u8], limits: &ReadLimits) -> Result<SavedPage, PageError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, file).unwrap();
        read_page(&path, limits)
    }

    #[test]
    fn a_file_without_extension_is_a_page_when_it_opens_as_html() {
        let page = "\u{FEFF}\n<!DOCTYPE html>\n<html><title>Harbour</title><p>Reopened.</p></html>";
        for name in ["harbour-reopens", "story?id=3"] {
            let read = read(name, page.as_bytes(), &ReadLimits::default()).unwrap();
            assert_eq!(read.format, PageFormat::Html, "{name}");
        }
        let xml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">";
        assert!(looks_like_html(xml.as_bytes()));
        for not_html in [
            "all:\n\tcargo build\n",
            "MIT License <html> is mentioned",
            "",
            "<svg><text>html</text></svg>",
        ] {
            assert!(!looks_like_html(not_html.as_bytes()), "{not_html}");
            let err = read("Makefile", not_html.as_bytes(), &ReadLimits::default()).unwrap_err();
            assert!(matches!(err, PageError::NotHtml), "{not_html}: {err}");
        }
    }

    #[test]
    fn only_files_without_any_extension_are_opened_to_be_told() {
        let dir = tempfile::tempdir().unwrap();
        let page = b"<html><title>Harbour</title></html>";
        for name in ["harbour", ".hidden", "notes.md", "harbour.md"] {
            std::fs::write(dir.path().join(name), page).unwrap();
        }
        let is_page = |name: &str| is_saved_page(&dir.path().join(name));
        assert!(is_page("harbour"));
        assert!(!is_page(".hidden"));
        assert!(!is_page("notes.md"));
        let err = read_page(&dir.path().join("harbour.md"), &ReadLimits::default());
        assert!(matches!(err, Err(PageError::UnknownFormat)));
    }

    #[test]
    fn an_empty_gz_file_is_an_empty_page() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.html.gz");
        std::fs::write(&path, b"").unwrap();
        let page = read_page(&path, &ReadLimits::default()).unwrap();
        assert!(page.bytes.is_empty());
    }

    #[test]
    fn size_limit_reads_in_the_unit_of_the_flag() {
        let text = |limit_bytes| PageError::TooLarge { limit_bytes }.to_string();
        assert_eq!(text(64 << 20), "larger than the 64 MB page limit");
        assert_eq!(text(10_000), "larger than the 10000-byte page limit");
    }

    #[test]
    fn a_gzipped_page_is_read_into_one_allocation_of_its_size() {
        let page = "<p>The harbour reopened.</p>\n".repeat(5000);
        let read = read(
            "page.html.gz",
            &gzip(page.as_bytes()),
            &ReadLimits::default(),
        )
        .unwrap();
        assert_eq!(read.bytes, page.as_bytes());
        assert_eq!(read.bytes.capacity(), page.len() + 1);
    }

    #[test]
    fn every_member_of_a_multi_member_gzip_is_read() {
        let mut file = gzip(b"<p>First half, ");
        file.extend(gzip(b"second half.</p>"));
        let read = read("page.html.gz", &file, &ReadLimits::default()).unwrap();
        assert_eq!(read.bytes, b"<p>First half, second half.</p>");
    }

    #[test]
    fn bytes_after_the_last_member_are_ignored_as_gzip_does() {
        let mut padded = gzip(b"<p>First half, ");
        padded.extend(gzip(b"second half.</p>"));
        padded.extend([0; 512]);
        let page = read("page.html.gz", &padded, &ReadLimits::default()).unwrap();
        assert_eq!(page.bytes, b"<p>First half, second half.</p>");
        let mut newline = gzip(b"<p>Whole.</p>");
        newline.push(b'\n');
        let page = read("page.html", &newline, &ReadLimits::default()).unwrap();
        assert_eq!(page.bytes, b"<p>Whole.</p>");
        // A member cut short is still an error, as is a file that starts as no gzip.
        let mut cut = gzip(b"<p>First.</p>");
        let second = gzip(b"<p>Second, cut short.</p>");
        cut.extend(&second[..second.len() / 2]);
        let err = read("page.html.gz", &cut, &ReadLimits::default()).unwrap_err();
        assert!(matches!(err, PageError::Gzip(_)), "{err}");
        let err = read("page.html.gz", b"<p>plain</p>", &ReadLimits::default()).unwrap_err();
        assert!(matches!(err, PageError::Gzip(_)), "{err}");
    }

    #[test]
    fn a_forged_size_in_the_trailer_reserves_no_more_than_deflate_can_expand_to() {
        let mut file = gzip(b"<p>Short.</p>");
        let len = file.len();
        file[len - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(gunzipped_size_hint(&file, u64::MAX) <= file.len() * 1032 + 1);
        // The trailer no longer matches, which gzip reports; nothing is reserved
        // beyond the page limit either way.
        assert!(gunzipped_size_hint(&file, 100) <= 101);
        assert!(matches!(
            read("page.html.gz", &file, &ReadLimits::default()),
            Err(PageError::Gzip(_))
        ));
    }

    #[test]
    fn gzip_under_a_plain_name_or_inside_gzip_is_read_once_more() {
        let page = b"<p>The harbour reopened.</p>";
        for (name, file) in [
            ("page.html", gzip(page)),
            ("page.html.gz", gzip(&gzip(page))),
        ] {
            let read = read(name, &file, &ReadLimits::default()).unwrap();
            assert_eq!(read.bytes, page, "{name}");
        }
        // Twice under a plain name, or three times under `.gz`: one round only.
        let thrice = read(
            "page.html.gz",
            &gzip(&gzip(&gzip(page))),
            &ReadLimits::default(),
        );
        assert!(thrice.unwrap().bytes.starts_with(&GZIP_MAGIC));
        // Bytes that only start like gzip are reported as broken gzip.
        let mut broken = GZIP_MAGIC.to_vec();
        broken.extend_from_slice(b"<p>not deflate</p>");
        assert!(matches!(
            read("page.html", &broken, &ReadLimits::default()),
            Err(PageError::Gzip(_))
        ));
    }

    #[test]
    fn a_page_over_the_limit_after_gunzip_is_too_large() {
        let page = vec![b'a'; 10_000];
        let limits = ReadLimits {
            max_page_bytes: 9_999,
        };
        assert!(matches!(
            read("page.html.gz", &gzip(&page), &limits),
            Err(PageError::TooLarge { .. })
        ));
        assert_eq!(
            read("page.html.gz", &gzip(&page[..9_999]), &limits)
                .unwrap()
                .bytes
                .len(),
            9_999
        );
    }
}
