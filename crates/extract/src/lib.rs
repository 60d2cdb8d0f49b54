//! Turns the bytes of one saved news page into an [`Article`]: headline, publication
//! date, body text without page chrome, named entities, and the url, site and authors
//! where the page states them.
//!
//! This crate does no I/O and knows nothing of the index: reading files, gunzipping
//! and walking folders belong to `morgue-index`, storing articles to tantivy as well.
//! Everything here is a pure function of `(bytes, path)`, which is what makes it safe
//! to call from many threads at once and easy to test with a string.
//!
//! ```
//! use std::path::Path;
//! use morgue_extract::{extract_article, PageFormat};
//!
//! let html = br#"<html><head><title>Harbour bridge reopens - The Gull Gazette</title>
//! <meta property="article:published_time" content="2024-03-02T08:00:00Z"></head>
//! <body><nav><a href="/">Home</a></nav><article><h1>Harbour bridge reopens</h1>
//! <p>The old harbour bridge in Port Alden reopened on Saturday after two years of repairs,
//! the city council said, and the first ferry crossed under it at noon.</p></article></body></html>"#;
//! let article = extract_article(html, Path::new("bridge.html"), PageFormat::Html).unwrap();
//! assert_eq!(article.title.as_deref(), Some("Harbour bridge reopens"));
//! assert_eq!(article.published.unwrap().to_string(), "2024-03-02T08:00:00+00:00");
//! assert!(article.body.starts_with("The old harbour bridge"));
//! assert!(!article.body.contains("Home"));
//! ```

mod article;
mod charset;
mod date;
pub mod entities;
mod html;
mod text;

use std::path::Path;

pub use article::{Article, Entity, EntityKind, Published};

/// Whether `c` belongs to a script written without spaces between words: Han, kana
/// and hangul, with their compatibility and half-width forms, and Thai, Lao, Burmese
/// and Khmer. The extractor, the entity finder and the index's tokenizer all split
/// words on it, so they agree.
pub fn is_unspaced_script(c: char) -> bool {
    // Asked of most chars of every text: one comparison rules out all below the
    // first range (Latin, Greek, Cyrillic, Arabic, the Indic scripts), before the
    // ranges.
    let c = c as u32;
    c >= 0x0E00
        && matches!(c,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF
        | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xAC00..=0xD7AF | 0xFF66..=0xFF9F | 0x20000..=0x2FA1F)
}

/// The host of an address, without `www.`; with or without a scheme: what a
/// page's site is called when it names itself nowhere, and what `site:` finds it by
/// besides its name.
pub fn host_of(address: &str) -> Option<String> {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_owned())
}

/// How a saved page is written: the two shapes morgue reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFormat {
    /// HTML as a browser saves it (`.html`, `.htm`, `.xhtml`, `.shtml`), or as a
    /// mirroring tool names a server's page (`.php`, `.asp`, `.aspx`, `.jsp`, `.cfm`).
    Html,
    /// A plain-text dump of a page (`.txt`): title line, a `Date:` line, the text.
    Text,
}

impl PageFormat {
    /// The format a file name announces, looking through one `.gz` suffix and the
    /// query string a mirroring tool keeps in the name (wget's `story.html?id=3`, or
    /// `story.html@id=3` with Windows-safe names); `None` for files morgue does not
    /// read.
    pub fn from_path(path: &Path) -> Option<PageFormat> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let by_extension = |name: &str| match name.rsplit_once('.')?.1 {
            "html" | "htm" | "xhtml" | "shtml" => Some(PageFormat::Html),
            // What a server's script answered, saved under the script's name by wget
            // without --adjust-extension (`article.php?id=3`); the script's own
            // source is told apart by its content (see [`ExtractError::ScriptSource`]).
            "php" | "asp" | "aspx" | "jsp" | "cfm" => Some(PageFormat::Html),
            "txt" => Some(PageFormat::Text),
            _ => None,
        };
        by_extension(name).or_else(|| {
            let (stem, _query) = name.split_once(['?', '@'])?;
            by_extension(stem)
        })
    }
}

/// Why a page yields no article.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The file holds no bytes (or only white space).
    #[error("empty file")]
    Empty,
    /// The bytes are not text in any encoding (NUL bytes, control characters).
    #[error("binary content, not a saved page")]
    Binary,
    /// The bytes are a document of another kind whose start reads as text (a PDF
    /// saved under a page's name: `curl -o story.html` of a link that served one).
    #[error("{kind}, not a saved page")]
    Document {
        /// What the bytes are ("a PDF document").
        kind: &'static str,
    },
    /// The file is a server script's source (`<?php`, `<%`), not the page it serves.
    #[error("server script source (PHP, ASP, JSP), not a saved page")]
    ScriptSource,
    /// The page decoded and parsed but holds neither a title nor any body text.
    #[error("no article text found")]
    NoText,
}

/// Extracts the article from one saved page, already decompressed.
///
/// `path` is recorded in the article and used as a hint: when the page gives no
/// date, a date in its file name or in the folders just above it (an archive kept
/// by day, a mirror of the site's `2023/11/05/` addresses) is taken. Nothing is
/// read from it.
///
/// # Errors
/// [`ExtractError`] when the bytes are empty, binary, or hold no article text.
/// Malformed HTML is not an error: it is parsed as browsers parse it.
pub fn extract_article(
    bytes: &[u8],
    path: &Path,
    format: PageFormat,
) -> Result<Article, ExtractError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ExtractError::Empty);
    }
    if let Some(kind) = charset::document_kind(bytes) {
        return Err(ExtractError::Document { kind });
    }
    if charset::looks_binary(bytes) {
        return Err(ExtractError::Binary);
    }
    if format == PageFormat::Html && is_script_source(bytes) {
        return Err(ExtractError::ScriptSource);
    }
    let mut article = match format {
        PageFormat::Html => html::extract(&charset::decode_html(bytes), path),
        PageFormat::Text => text::extract(&charset::decode_text(bytes), path),
    };
    if article.title.is_none() && article.body.trim().is_empty() {
        return Err(ExtractError::NoText);
    }
    if article.published.is_none() {
        article.published = date::find_date_in_path(path);
    }
    compose(&mut article);
    article.entities =
        entities::find_entities(article.title.as_deref().unwrap_or(""), &article.body);
    Ok(article)
}

/// The article's text in composed form (Unicode NFC) when it holds decomposed
/// accents: a page written with them (`a` then U+0308 for `ä`, as macOS text often
/// is) was indexed as the word pieces around each mark, so neither `präsent` nor
/// `prasent` found it; about one real page in a hundred is written so.
fn compose(article: &mut Article) {
    fn nfc(text: &mut String) {
        use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
        // The combining accents of Latin, Greek and Cyrillic letters are U+0300 to
        // U+036F, whose UTF-8 starts with 0xCC or 0xCD: a byte scan passes the
        // texts without them at memchr's speed, where the character-by-character
        // quick check cost 1 % of the extraction.
        if memchr::memchr2(0xCC, 0xCD, text.as_bytes()).is_none()
            || is_nfc_quick(text.chars()) == IsNormalized::Yes
        {
            return;
        }
        *text = text.nfc().collect();
    }
    let Article {
        site,
        title,
        authors,
        body,
        ..
    } = article;
    site.iter_mut()
        .chain(title.iter_mut())
        .chain(authors.iter_mut())
        .for_each(nfc);
    nfc(body);
}

/// Whether `bytes` open as a server script's source: `<?php` (or the short `<? `)
/// or ASP's and JSP's `<%`. A page a server sent never does: the server ran them.
fn is_script_source(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let head = &bytes[start..];
    head.starts_with(b"<%")
        || head
            .get(..5)
            .is_some_and(|php| php.eq_ignore_ascii_case(b"<?php"))
        || head.starts_with(b"<? ")
        || head.starts_with(b"<?\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_read_through_gz_and_a_kept_query_string() {
        let format = |name: &str| PageFormat::from_path(Path::new(name));
        for name in [
            "story.html",
            "STORY.HTM.GZ",
            "story.html?id=3",
            "story.html@id=3",
            "story.html?id=3.gz",
            "news@gull.example.html",
            "article.php?id=3",
            "Default.aspx",
            "story.jsp@id=3",
        ] {
            assert_eq!(format(name), Some(PageFormat::Html), "{name}");
        }
        assert_eq!(format("dump.txt?page=2"), Some(PageFormat::Text));
        for name in ["photo.jpg", "README", "style.css?v=2", "app.js?v=2"] {
            assert_eq!(format(name), None, "{name}");
        }
    }

    #[test]
    fn decomposed_accents_come_out_composed() {
        let page = "<html><head><title>Pra\u{308}sent in Zu\u{308}rich</title></head><body>\
                    <p>Die Ku\u{308}nstler waren in Zu\u{308}rich pra\u{308}sent, sagte \
                    die Stadt am Montag.</p></body></html>";
        let article =
            extract_article(page.as_bytes(), Path::new("a.html"), PageFormat::Html).unwrap();
        assert_eq!(article.title.as_deref(), Some("Präsent in Zürich"));
        assert!(
            article
                .body
                .contains("Die Künstler waren in Zürich präsent"),
            "{}",
            article.body
        );
        let dump = "Zu\u{308}rich vote\n\nDie Ku\u{308}nstler stimmten am Montag ab.";
        let article =
            extract_article(dump.as_bytes(), Path::new("a.txt"), PageFormat::Text).unwrap();
        assert!(article.body.contains("Künstler"), "{}", article.body);
    }

    #[test]
    fn a_server_script_source_is_no_page_but_what_it_served_is() {
        let path = Path::new("article.php");
        for source in [
            "<?php echo $title; ?>",
            "\n<?PHP\nrequire 'db.php';",
            "<%@ Page Language=\"C#\" %>",
            "\u{FEFF}<% Response.Write(title) %>",
            "<? echo $title; ?>",
        ] {
            assert!(
                matches!(
                    extract_article(source.as_bytes(), path, PageFormat::Html),
                    Err(ExtractError::ScriptSource)
                ),
                "{source}"
            );
        }
        let served = "<html><head><title>Harbour reopens</title></head><body>\
                      <p>The harbour reopened on Monday after the storm.</p></body></html>";
        let article = extract_article(served.as_bytes(), path, PageFormat::Html).unwrap();
        assert_eq!(article.title.as_deref(), Some("Harbour reopens"));
        // An XHTML page's XML declaration is not a script.
        let xhtml = format!("<?xml version=\"1.0\"?>{served}");
        assert!(extract_article(xhtml.as_bytes(), path, PageFormat::Html).is_ok());
    }
}
