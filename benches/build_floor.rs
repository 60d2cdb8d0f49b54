//! Index-build throughput against a floor measured in the same run: the floor reads,
//! gunzips and parses the same pages into a scraper DOM and does nothing else, so
//! build/floor says how much extraction and tantivy add to the parse they cannot avoid.
//! Runs with 1, 2, 4, … threads up to every core (or the counts listed in
//! `MORGUE_BENCH_THREADS`, e.g. `1,2,16`), and prints pages/s, MB/s, the ratios and
//! the scaling against 1 thread.
//!
//! Corpora: `MORGUE_EVAL_PAGES` (a folder of real saved pages, e.g.
//! `../shared/eval-dev/pages`; skipped with a message when unset), and a generated
//! corpus of `MORGUE_BENCH_PAGES` pages (default 1000, seed 1) written once under
//! `target/morgue-bench/`. `MORGUE_BENCH_REPS` (default 3) runs of each, median kept.
//!
//! Besides wall time it reports the CPU time the process spent (all its threads, from
//! `/proc/self/stat` on Linux): on a shared machine wall time swings with other load,
//! CPU time much less, so the CPU ratio is the steadier of the two.
//!
//! `cargo bench --bench build_floor`. Heavy: it is not a criterion bench and CI only
//! compiles it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use morgue_index::{BuildOptions, ReadLimits, build_index, extract_pages, find_pages, read_page};

#[path = "support/floor.rs"]
mod floor;
use floor::parse_only;

struct Corpus {
    name: String,
    dir: PathBuf,
    paths: Vec<PathBuf>,
    /// Bytes after decompression.
    bytes: u64,
    /// Bytes on disk.
    file_bytes: u64,
}

impl Corpus {
    fn new(name: &str, dir: &Path) -> Corpus {
        let paths: Vec<PathBuf> = find_pages(dir, None).filter_map(Result::ok).collect();
        let limits = ReadLimits::default();
        // Reading everything once also warms the page cache for every timed run.
        let bytes = paths
            .iter()
            .filter_map(|p| read_page(p, &limits).ok())
            .map(|page| page.bytes.len() as u64)
            .sum();
        let file_bytes = paths
            .iter()
            .filter_map(|p| p.metadata().ok())
            .map(|m| m.len())
            .sum();
        Corpus {
            name: name.to_owned(),
            dir: dir.to_owned(),
            paths,
            bytes,
            file_bytes,
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument picks corpora by name.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let env_usize = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let reps = env_usize("MORGUE_BENCH_REPS", 3).max(1);
    let generated_pages = env_usize("MORGUE_BENCH_PAGES", 1000);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);

    let mut corpora = Vec::new();
    match std::env::var_os("MORGUE_EVAL_PAGES") {
        Some(dir) => corpora.push(Corpus::new("eval-dev", Path::new(&dir))),
        None => eprintln!("MORGUE_EVAL_PAGES is not set: skipping the real-page corpus"),
    }
    let generated = morgue_gen::bench_cache_dir().join(format!("pages-{generated_pages}-seed-1"));
    if !generated.exists() {
        let partial = generated.with_extension("partial");
        let _ = std::fs::remove_dir_all(&partial);
        eprintln!(
            "writing {generated_pages} generated pages to {}",
            generated.display()
        );
        morgue_gen::write_pages(&partial, generated_pages, 1).expect("writing generated pages");
        std::fs::rename(&partial, &generated).expect("renaming the generated corpus");
    }
    corpora.push(Corpus::new(
        &format!("generated-{generated_pages}"),
        &generated,
    ));

    let thread_counts = match std::env::var("MORGUE_BENCH_THREADS") {
        Ok(list) => parse_thread_counts(&list).unwrap_or_else(|| {
            panic!("MORGUE_BENCH_THREADS={list:?}: give thread counts like 1,2,4")
        }),
        Err(_) => doubling_thread_counts(cores),
    };
    println!(
        "{cores} cores; median of {reps} runs; ratio = build pages/s over floor pages/s, same threads"
    );
    for corpus in corpora
        .iter()
        .filter(|c| filter.as_ref().is_none_or(|f| c.name.contains(f.as_str())))
    {
        println!(
            "\n{}: {} pages, {:.1} MB decompressed ({:.1} MB on disk)",
            corpus.name,
            corpus.paths.len(),
            corpus.bytes as f64 / 1e6,
            corpus.file_bytes as f64 / 1e6
        );
        let mut index_bytes = 0;
        // pages/s on 1 thread, for the scaling of each later thread count.
        let mut one_thread: Option<(f64, f64)> = None;
        for &threads in &thread_counts {
            let mut floors = Vec::new();
            let mut builds = Vec::new();
            // Interleaved, so a burst of load from elsewhere hits both alike.
            for _ in 0..reps {
                floors.push(time(|| {
                    parse_only(&corpus.paths, threads);
                }));
                builds.push(time(|| index_bytes = build(&corpus.dir, threads)));
            }
            let (floor, floor_cpu) = median(floors);
            let (build, build_cpu) = median(builds);
            let line = |stage: &str, took: Duration, cpu: Duration| {
                let s = took.as_secs_f64();
                format!(
                    "  {stage}/{threads}: {s:7.2} s {:8.1} pages/s {:7.2} MB/s  cpu {:7.2} s",
                    corpus.paths.len() as f64 / s,
                    corpus.bytes as f64 / 1e6 / s,
                    cpu.as_secs_f64()
                )
            };
            println!("{}", line("floor", floor, floor_cpu));
            println!(
                "{}   build/floor {:.2} (cpu {:.2})",
                line("build", build, build_cpu),
                floor.as_secs_f64() / build.as_secs_f64(),
                floor_cpu.as_secs_f64() / build_cpu.as_secs_f64().max(1e-9)
            );
            let rates = (1.0 / floor.as_secs_f64(), 1.0 / build.as_secs_f64());
            match one_thread {
                None if threads == 1 => one_thread = Some(rates),
                Some((floor_1, build_1)) => println!(
                    "  scaling 1 -> {threads} threads: floor {:.2}x, build {:.2}x",
                    rates.0 / floor_1,
                    rates.1 / build_1
                ),
                None => {}
            }
        }
        let text_bytes = extracted_text_bytes(&corpus.paths);
        println!(
            "  index {:.1} MB: {:.2} x extracted text ({:.1} MB), {:.1} KB per page, {:.2} x pages",
            index_bytes as f64 / 1e6,
            index_bytes as f64 / text_bytes as f64,
            text_bytes as f64 / 1e6,
            index_bytes as f64 / 1e3 / corpus.paths.len() as f64,
            index_bytes as f64 / corpus.bytes as f64,
        );
    }
}

/// 1, 2, 4, … up to `cores`, and `cores` itself: the scaling curve the issue asks for.
fn doubling_thread_counts(cores: usize) -> Vec<usize> {
    let mut counts: Vec<usize> = std::iter::successors(Some(1usize), |n| n.checked_mul(2))
        .take_while(|&n| n < cores)
        .collect();
    counts.push(cores.max(1));
    counts
}

/// `1,2,8` as thread counts; `None` for anything else, or for an empty list.
fn parse_thread_counts(list: &str) -> Option<Vec<usize>> {
    let counts: Vec<usize> = list
        .split(',')
        .map(|n| n.trim().parse().ok().filter(|&n| n > 0))
        .collect::<Option<_>>()?;
    (!counts.is_empty()).then_some(counts)
}

/// The whole build into a fresh index; returns the index's size in bytes.
fn build(dir: &Path, threads: usize) -> u64 {
    let out = tempfile::tempdir().expect("temp dir");
    let options = BuildOptions {
        threads: Some(threads),
        ..BuildOptions::default()
    };
    let report = build_index(&[dir], &out.path().join("index"), &options, &|_| {})
        .expect("the bench corpus indexes");
    assert!(report.indexed > 0, "nothing indexed from {}", dir.display());
    report.index_bytes
}

/// Bytes of title and body text the pages yield, for the index-size ratio.
fn extracted_text_bytes(paths: &[PathBuf]) -> u64 {
    let mut total = 0;
    extract_pages(
        paths.iter().cloned(),
        &ReadLimits::default(),
        None,
        |_, article| {
            if let Ok(article) = article {
                total += (article.body.len() + article.title.map_or(0, |t| t.len())) as u64;
            }
            std::ops::ControlFlow::Continue(())
        },
    );
    total.max(1)
}

/// Wall time and process CPU time of `run`.
fn time(run: impl FnOnce()) -> (Duration, Duration) {
    let cpu = cpu_time();
    let started = Instant::now();
    run();
    (started.elapsed(), cpu_time().saturating_sub(cpu))
}

/// CPU time of this process so far, all threads, user and system; zero where
/// `/proc/self/stat` does not exist.
fn cpu_time() -> Duration {
    // Fields 14 and 15 (utime, stime) in clock ticks, counted after the `)` that
    // closes the command name; Linux fixes the tick at 100 Hz for this file.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: u64 = after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    Duration::from_millis(ticks * 10)
}

/// The run of median wall time, with its CPU time.
fn median(mut runs: Vec<(Duration, Duration)>) -> (Duration, Duration) {
    runs.sort();
    runs[runs.len() / 2]
}
