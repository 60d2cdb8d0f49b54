//! Times article extraction against the bare HTML parse it is built on.
//!
//! - `extract/one-page`: a small hand-written page, always.
//! - `parse/bare` and `extract/full`: when `MORGUE_EVAL_PAGES` names a folder of
//!   `.html.gz` pages, gunzip + `scraper::Html::parse_document` only, versus gunzip +
//!   [`extract_article`], over all of them, with throughput in (uncompressed) bytes.
//!   Their ratio is the cost of extraction beyond parsing.
//!
//! ```text
//! MORGUE_EVAL_PAGES=$PWD/../shared/eval-dev/pages cargo bench -p morgue-extract --bench extract
//! ```
//!
//! The path must be absolute: cargo runs the bench from the crate's folder. The two
//! are timed one after the other, which a busy machine skews; the `parse_ratio`
//! example alternates them page by page.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use morgue_extract::{PageFormat, extract_article};

const PAGE: &str = r##"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour wall to be repaired before winter | The Gull Gazette</title>
<meta property="og:title" content="Harbour wall to be repaired before winter">
<meta property="article:published_time" content="2024-03-02T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall to be repaired before winter","author":{"name":"Ann Lee"}}</script>
</head><body>
<header><a href="/">The Gull Gazette</a><nav><ul><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept?</p></div>
<main><article><h1>Harbour wall to be repaired before winter</h1>
<p class="byline">By Ann Lee</p>
<p>The council met on Tuesday evening, and after a long debate, the members voted to repair the old harbour wall before the winter storms arrive, the mayor said.</p>
<p>Work will start next month, with the first crews arriving on Monday, and the road along the quay will close for six weeks, according to the city engineer.</p>
<p>Fishermen, who have asked for the repair for years, welcomed the vote, though some worried about losing the quay during the busiest weeks of the season.</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">Storm warning for the coast</a></li></ul></aside></main>
<footer><p>© The Gull Gazette</p></footer></body></html>"##;

fn one_page(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(PAGE.len() as u64));
    group.bench_function("one-page", |b| {
        b.iter(|| {
            extract_article(
                black_box(PAGE.as_bytes()),
                Path::new("page.html"),
                PageFormat::Html,
            )
        })
    });
    group.finish();
}

fn gunzip(raw: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(raw)
        .read_to_end(&mut bytes)
        .expect("bench pages are valid gzip");
    bytes
}

fn eval_pages(c: &mut Criterion) {
    let Some(dir) = std::env::var_os("MORGUE_EVAL_PAGES") else {
        eprintln!("MORGUE_EVAL_PAGES is not set: skipping parse/bare and extract/full");
        return;
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("MORGUE_EVAL_PAGES is a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    // Read (compressed) files before timing: both variants gunzip inside the loop.
    let pages: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("readable page"))
        .collect();
    let bytes: u64 = pages.iter().map(|p| gunzip(p).len() as u64).sum();
    eprintln!(
        "{} pages, {} MB uncompressed",
        pages.len(),
        bytes / 1_000_000
    );

    let mut group = c.benchmark_group("eval-pages");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("parse/bare", |b| {
        b.iter(|| {
            for raw in &pages {
                let html = gunzip(raw);
                let text = String::from_utf8_lossy(&html);
                black_box(scraper::Html::parse_document(&text));
            }
        })
    });
    group.bench_function("extract/full", |b| {
        b.iter(|| {
            for (raw, path) in pages.iter().zip(&paths) {
                let html = gunzip(raw);
                let _ = black_box(extract_article(&html, path, PageFormat::Html));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, one_page, eval_pages);
criterion_main!(benches);
