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
    /// Its bytes, gunzipped when the file was `.gz`.
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
    /// Opening or reading failed (permissions, removed since the walk).
    #[error("cannot read: {0}")]
    Io(#[source] std::io::Error),
    /// A `.gz` that is not valid gzip.
    #[error("not valid gzip: {0}")]
    Gzip(#[source] std::io::Error),
    /// Larger than [`ReadLimits::max_page_bytes`] (after decompression).
    #[error("larger than the {limit_bytes}-byte page limit")]
    TooLarge {
        /// The limit in force.
        limit_bytes: u64,
    },
}

/// True for file names morgue reads (`.html`, `.htm`, `.xhtml`, `.shtml`, `.txt`, and
/// any of these with `.gz`).
pub fn is_saved_page(path: &Path) -> bool {
    PageFormat::from_path(path).is_some()
}

/// Reads and, for `.gz`, decompresses one page.
///
/// # Errors
/// [`PageError`] naming why the file cannot be read.
pub fn read_page(path: &Path, limits: &ReadLimits) -> Result<SavedPage, PageError> {
    let format = PageFormat::from_path(path).ok_or(PageError::UnknownFormat)?;
    let file = std::fs::File::open(path).map_err(PageError::Io)?;
    let is_gzip = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("gz"));
    // Read one byte past the limit to tell "exactly at the limit" from "over it".
    let cap = limits.max_page_bytes.saturating_add(1);
    let mut bytes = Vec::new();
    if is_gzip {
        flate2::read::MultiGzDecoder::new(file)
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::InvalidInput
                | std::io::ErrorKind::InvalidData
                | std::io::ErrorKind::UnexpectedEof => PageError::Gzip(e),
                _ => PageError::Io(e),
            })?;
    } else {
        file.take(cap)
            .read_to_end(&mut bytes)
            .map_err(PageError::Io)?;
    }
    if bytes.len() as u64 > limits.max_page_bytes {
        return Err(PageError::TooLarge {
            limit_bytes: limits.max_page_bytes,
        });
    }
    Ok(SavedPage {
        path: path.to_owned(),
        bytes,
        format,
    })
}
