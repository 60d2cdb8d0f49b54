//! Times a whole index build of a corpus of saved pages: walk, read, gunzip, extract,
//! write, commit. Reports pages/s and MB/s, with one thread and with all threads.
//!
//! The corpus is `corpus/` by default; set `MORGUE_BENCH_CORPUS` to a folder of your
//! own pages to time those instead. `cargo bench --bench index_build`.

use std::path::{Path, PathBuf};

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use morgue_index::{BuildOptions, build_index, find_pages, read_page};

fn corpus() -> PathBuf {
    std::env::var_os("MORGUE_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
}

/// Pages and decompressed bytes the build will read, counted outside the timing.
fn measure(corpus: &Path) -> (u64, u64) {
    let limits = Default::default();
    find_pages(corpus, None)
        .filter_map(Result::ok)
        .filter_map(|path| read_page(&path, &limits).ok())
        .fold((0, 0), |(pages, bytes), page| {
            (pages + 1, bytes + page.bytes.len() as u64)
        })
}

fn index_build(c: &mut Criterion) {
    let corpus = corpus();
    let (pages, bytes) = measure(&corpus);
    eprintln!("corpus {}: {pages} pages, {bytes} bytes", corpus.display());
    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    group.throughput(Throughput::ElementsAndBytes {
        elements: pages,
        bytes,
    });
    let all_cores = std::thread::available_parallelism().map_or(1, usize::from);
    for (name, threads) in [("single-thread", 1), ("parallel", all_cores)] {
        let options = BuildOptions {
            threads: Some(threads),
            ..BuildOptions::default()
        };
        group.bench_function(name, |b| {
            b.iter_batched(
                || tempfile::tempdir().expect("temp dir"),
                |dir| {
                    let report =
                        build_index(&[&corpus], &dir.path().join("index"), &options, &|_| {})
                            .expect("the bench corpus indexes");
                    assert!(
                        report.indexed > 0,
                        "no pages indexed from {}",
                        corpus.display()
                    );
                    dir
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, index_build);
criterion_main!(benches);
