//! Single-thread extraction speed as a share of the bare parse rate, measured page
//! by page in alternation, so both see the same machine load (the criterion bench
//! times them one after the other, which a busy shared machine skews).
//!
//! ```text
//! cargo run --release -p morgue-extract --example parse_ratio -- ../shared/eval-dev/pages [rounds]
//! ```

use std::hint::black_box;
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use morgue_extract::{PageFormat, extract_article};

fn gunzip(raw: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(raw)
        .read_to_end(&mut bytes)
        .expect("pages are valid gzip");
    bytes
}

fn main() {
    let mut args = std::env::args_os().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: parse_ratio DIR [ROUNDS]"));
    let rounds: u32 = args
        .next()
        .and_then(|r| r.to_str().and_then(|r| r.parse().ok()))
        .unwrap_or(3);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    let pages: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("readable page"))
        .collect();
    let bytes: u64 = pages.iter().map(|p| gunzip(p).len() as u64).sum();
    let (mut bare, mut full) = (Duration::ZERO, Duration::ZERO);
    for round in 0..rounds {
        for (raw, path) in pages.iter().zip(&paths) {
            // Alternate which goes first, so neither always runs on a warm cache.
            let parse = || {
                let start = Instant::now();
                let html = gunzip(raw);
                let text = String::from_utf8_lossy(&html);
                black_box(scraper::Html::parse_document(&text));
                start.elapsed()
            };
            let extract = || {
                let start = Instant::now();
                let html = gunzip(raw);
                let _ = black_box(extract_article(&html, path, PageFormat::Html));
                start.elapsed()
            };
            if round % 2 == 0 {
                bare += parse();
                full += extract();
            } else {
                full += extract();
                bare += parse();
            }
        }
    }
    let mb = (bytes * u64::from(rounds)) as f64 / 1e6;
    let n = (pages.len() as u32 * rounds) as f64;
    println!(
        "parse/bare   {:.1} pages/s {:.1} MB/s",
        n / bare.as_secs_f64(),
        mb / bare.as_secs_f64()
    );
    println!(
        "extract/full {:.1} pages/s {:.1} MB/s",
        n / full.as_secs_f64(),
        mb / full.as_secs_f64()
    );
    println!(
        "ratio extract/bare rate: {:.3}",
        bare.as_secs_f64() / full.as_secs_f64()
    );
}
