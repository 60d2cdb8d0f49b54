//! Any query string gives hits or a `QueryError`, never a panic or a hang, and the
//! hits render as text and JSON Lines (issue 6).
//!
//! The index is built once per fuzzing process from a few inline pages: dated and
//! undated, with entities, a site name, an author, Chinese and Japanese text, so that
//! field prefixes, date sorting and snippets over multi-byte text all have something
//! to match.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use morgue_index::{BuildOptions, build_index, open_index};
use morgue_query::{DatePeriod, Format, SearchOptions, Searcher, SortOrder, render};

const PAGES: &[(&str, &str)] = &[
    (
        "dam.html",
        "<html><head><title>Dam opens on the Rell</title>\
         <meta property=\"og:site_name\" content=\"Harbour Ledger\">\
         <meta name=\"author\" content=\"Ines Calder\">\
         <meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\">\
         </head><body><article><h1>Dam opens on the Rell</h1><p>The new dam on the Rell \
         river opened on Monday, Mayor Anna Berg said in Zürich. The harbour board met \
         on Tuesday to discuss the river's flow.</p></article></body></html>",
    ),
    (
        "strike.html",
        "<html><head><title>Port strike ends after six weeks</title></head><body>\
         <article><h1>Port strike ends after six weeks</h1><p>Dockers in Velsenhaven \
         voted to return to work, the union said. Kim Jong Un met Vladimir Putin in \
         Russia.</p></article></body></html>",
    ),
    (
        "tokyo.html",
        "<html><head><meta charset=\"utf-8\"><title>東京の港で新しいターミナル</title>\
         <meta property=\"article:published_time\" content=\"2023-11-30\"></head><body>\
         <article><h1>東京の港で新しいターミナル</h1><p>東京都は月曜日、港に新しい\
         ターミナルを開いた。北京の代表団も出席した。</p></article></body></html>",
    ),
    (
        "budget.txt",
        "Council passes the budget\nDate: 2025-04-19\n\nThe council passed the \
         budget by nine votes to four on Thursday night.\n",
    ),
];

fn searcher() -> &'static Searcher {
    static SEARCHER: OnceLock<(tempfile::TempDir, tempfile::TempDir, Searcher)> = OnceLock::new();
    &SEARCHER
        .get_or_init(|| {
            let pages = tempfile::tempdir().expect("a temp dir for pages");
            for (name, text) in PAGES {
                std::fs::write(pages.path().join(name), text).expect("writing a page");
            }
            let dir = tempfile::tempdir().expect("a temp dir for the index");
            let report = build_index(
                &[pages.path()],
                dir.path(),
                &BuildOptions::default(),
                &|_| {},
            )
            .expect("building the fuzzing index");
            assert_eq!(report.indexed, PAGES.len(), "every fuzzing page is indexed");
            let index = open_index(dir.path()).expect("opening the fuzzing index");
            let searcher = Searcher::new(&index).expect("a searcher");
            (pages, dir, searcher)
        })
        .2
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let searcher = searcher();
    let by_relevance = SearchOptions::default();
    let newest_no_snippet = SearchOptions {
        limit: 3,
        snippet_chars: 0,
        sort: SortOrder::Newest,
        ..SearchOptions::default()
    };
    for options in [&by_relevance, &newest_no_snippet] {
        if let Ok(hits) = searcher.search(&query, options) {
            assert!(hits.len() <= options.limit);
            for format in [Format::Text, Format::Json] {
                let mut out = Vec::new();
                render(&hits, format, &mut out).expect("rendering into a Vec");
            }
        }
    }
    // The same text as a `--since`/`--until` value.
    let _ = DatePeriod::parse(&query);
});
