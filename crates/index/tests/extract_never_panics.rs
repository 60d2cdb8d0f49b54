//! Property tests: extracting an article from any bytes never panics (issue 6).
//!
//! They live here rather than in `morgue-extract` because reading pages is this
//! crate's job: this is what every page of a build goes through. Longer runs: see
//! CONTRIBUTING.md.

use std::path::Path;

use morgue_extract::{PageFormat, extract_article};
use proptest::prelude::*;

/// Pieces real pages are made of, quirks included: unclosed and stray tags, scripts,
/// dates in metadata, JSON-LD, entities, odd charsets, comments, CDATA.
const FRAGMENTS: &[&str] = &[
    "<html>",
    "<head>",
    "</head>",
    "<body>",
    "</body>",
    "<title>",
    "</title>",
    "<h1>",
    "</h1>",
    "<article>",
    "</article>",
    "<p>",
    "</p>",
    "<div class=\"content\">",
    "</div>",
    "<nav>",
    "<a href=\"/x\">",
    "</a>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<meta charset=\"shift_jis\">",
    "<meta charset=\"utf-16\">",
    "<meta property=\"article:published_time\" content=\"2024-02-30T25:61:00Z\">",
    "<meta property=\"og:site_name\" content=\"",
    "<script type=\"application/ld+json\">{\"datePublished\": \"",
    "\"}",
    "<time datetime=\"99999-01-01\">",
    "Date:2025-04-19 04:40:05",
    "&amp;",
    "&#x110000;",
    "&#0;",
    "&",
    "<",
    ">",
    "\"",
    "\u{0}",
    "\u{feff}",
    "\r\n",
    "Kim Jong Un met Vladimir Putin in Russia. ",
    "Zürich ",
    "東京の港 ",
    "The harbour board met on Tuesday. ",
    "\u{202e}",
];

fn html_ish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
            1 => "\\PC{0,20}",
        ],
        0..120,
    )
    .prop_map(|parts| parts.concat())
}

/// 200 cases in CI; `PROPTEST_CASES=N` for a longer run (see CONTRIBUTING.md).
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 200;
    }
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = extract_article(&bytes, Path::new("page.html"), PageFormat::Html);
        let _ = extract_article(&bytes, Path::new("page.txt"), PageFormat::Text);
    }

    #[test]
    fn html_ish_strings_never_panic(page in html_ish()) {
        let _ = extract_article(page.as_bytes(), Path::new("page.html"), PageFormat::Html);
        let _ = extract_article(page.as_bytes(), Path::new("page.txt"), PageFormat::Text);
    }
}
