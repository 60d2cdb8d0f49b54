//! The floor of the build bench: the pages read, gunzipped and parsed into a
//! scraper DOM, nothing extracted, nothing indexed. Shared by `benches/build_floor.rs`
//! and `examples/parse_floor.rs` (the same loop alone, for callgrind).

use std::path::PathBuf;

use morgue_index::{ReadLimits, read_page};
use rayon::prelude::*;

/// Reads and parses every page on `threads` threads; returns the DOM nodes built.
pub fn parse_only(paths: &[PathBuf], threads: usize) -> usize {
    let limits = ReadLimits::default();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool builds");
    let nodes: usize = pool.install(|| {
        paths
            .par_iter()
            .filter_map(|path| read_page(path, &limits).ok())
            .map(|page| {
                let text = String::from_utf8_lossy(&page.bytes);
                scraper::Html::parse_document(&text).tree.nodes().count()
            })
            .sum()
    });
    assert!(nodes > 0, "the floor parsed nothing");
    nodes
}
