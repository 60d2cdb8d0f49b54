//! Query latency over a large index: p50 and p99 per kind of query, with snippets and
//! without, and of counting every match (what `morgue search` adds when `-n` cuts
//! the list). The index holds `MORGUE_QUERY_ARTICLES` generated articles (default
//! 1,000,000, seed 1), built once by `morgue-gen` straight from articles and kept
//! under `target/morgue-bench/` (`MORGUE_QUERY_INDEX` points at another one). The
//! first build takes long; later runs only open it.
//!
//! `cargo bench --bench query_latency`. Heavy: not a criterion bench, CI only
//! compiles it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use morgue_gen::Vocabulary;
use morgue_query::{SearchOptions, Searcher, SortOrder};

/// Distinct queries per kind; each runs `ROUNDS` times per mode.
const VARIANTS: usize = 20;
const ROUNDS: usize = 5;

/// Surnames the generator gives people, for entity filters.
const SURNAMES: &[&str] = &[
    "Okafor",
    "Brennick",
    "Dunmore",
    "Falkner",
    "Halloran",
    "Jessop",
    "Lindqvist",
    "Marchetti",
    "Nakamura",
    "Pemberton",
];

struct Kind {
    name: &'static str,
    queries: Vec<(String, SearchOptions)>,
}

fn main() {
    let articles: usize = std::env::var("MORGUE_QUERY_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = std::env::var_os("MORGUE_QUERY_INDEX")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            morgue_gen::bench_cache_dir().join(format!(
                "articles-{articles}-seed-1-schema-{}",
                morgue_index::schema::SCHEMA_VERSION
            ))
        });
    if !dir.exists() {
        let partial = dir.with_extension("partial");
        let _ = std::fs::remove_dir_all(&partial);
        eprintln!(
            "building an index of {articles} generated articles at {} (once)",
            dir.display()
        );
        let started = Instant::now();
        morgue_gen::write_index(&partial, articles, 1, 512 << 20).expect("building the index");
        std::fs::rename(&partial, &dir).expect("renaming the built index");
        eprintln!("built in {:.0} s", started.elapsed().as_secs_f64());
    }
    let started = Instant::now();
    let index = morgue_index::open_index(&dir).expect("opening the bench index");
    let searcher = Searcher::new(&index).expect("a searcher on the bench index");
    let docs = index.reader().expect("a reader").searcher().num_docs();
    println!(
        "{}: {docs} articles, opened in {:.0} ms; {VARIANTS} queries x {ROUNDS} rounds per kind, top 10",
        dir.display(),
        started.elapsed().as_secs_f64() * 1e3
    );

    let kinds = kinds(&Vocabulary::new());
    // One pass first, so both modes run on a warm page cache.
    for kind in &kinds {
        for (query, options) in &kind.queries {
            searcher
                .search(query, options)
                .expect("bench queries are valid");
        }
    }
    println!(
        "{:<14} {:>9} {:>9} {:>9} {:>9} {:>8} {:>9} {:>9} {:>8}",
        "kind",
        "p50 snip",
        "p99 snip",
        "p50 none",
        "p99 none",
        "hits",
        "p50 count",
        "p99 count",
        "matches"
    );
    for kind in &kinds {
        let mut row = Vec::new();
        let mut hits = 0;
        for snippet_chars in [200, 0] {
            let mut took = Vec::new();
            for _ in 0..ROUNDS {
                for (query, options) in &kind.queries {
                    let options = SearchOptions {
                        snippet_chars,
                        ..options.clone()
                    };
                    let started = Instant::now();
                    let found = searcher.search(query, &options).expect("valid query");
                    took.push(started.elapsed());
                    hits = hits.max(found.len());
                }
            }
            took.sort();
            row.push(percentile(&took, 50));
            row.push(percentile(&took, 99));
        }
        // What `morgue search` adds when the list is cut: counting every match.
        let mut took = Vec::new();
        let mut matches = 0;
        for _ in 0..ROUNDS {
            for (query, options) in &kind.queries {
                let started = Instant::now();
                let count = searcher.count(query, options).expect("valid query");
                took.push(started.elapsed());
                matches = matches.max(count);
            }
        }
        took.sort();
        println!(
            "{:<14} {:>9} {:>9} {:>9} {:>9} {:>8} {:>9} {:>9} {:>8}",
            kind.name,
            ms(row[0]),
            ms(row[1]),
            ms(row[2]),
            ms(row[3]),
            hits,
            ms(percentile(&took, 50)),
            ms(percentile(&took, 99)),
            matches
        );
    }
}

/// The fixed mix; words are picked by rank in the generator's Zipfian vocabulary.
fn kinds(vocab: &Vocabulary) -> Vec<Kind> {
    let plain = SearchOptions::default;
    let each = |make: &dyn Fn(usize) -> (String, SearchOptions)| -> Vec<(String, SearchOptions)> {
        (0..VARIANTS).map(make).collect()
    };
    // Ranks 60-99 are news words ("government", "council", "police"...), each in a
    // large share of the articles.
    let common = |i: usize| vocab.word(60 + i).to_owned();
    vec![
        Kind {
            name: "common word",
            queries: each(&|i| (common(i), plain())),
        },
        Kind {
            name: "rare word",
            queries: each(&|i| (vocab.word(20_000 + 1_500 * i).to_owned(), plain())),
        },
        Kind {
            name: "two-word AND",
            queries: each(&|i| (format!("{} {}", common(i), vocab.word(120 + i)), plain())),
        },
        Kind {
            name: "phrase",
            queries: each(&|i| (format!("\"{} {}\"", vocab.word(i % 10), common(i)), plain())),
        },
        Kind {
            name: "entity filter",
            queries: each(&|i| {
                let name = SURNAMES[i % SURNAMES.len()];
                (format!("entity:{name} {}", vocab.word(100 + i)), plain())
            }),
        },
        Kind {
            name: "date range",
            queries: each(&|i| {
                let year = 2006 + (i as i32 % 20);
                let options = SearchOptions {
                    since: NaiveDate::from_ymd_opt(year, 1, 1),
                    until: NaiveDate::from_ymd_opt(year, 12, 31),
                    ..plain()
                };
                (common(i), options)
            }),
        },
        Kind {
            name: "sort by date",
            queries: each(&|i| {
                let options = SearchOptions {
                    sort: SortOrder::Newest,
                    ..plain()
                };
                (common(i), options)
            }),
        },
        // Beyond the mix: the first reports of a story, and the words a
        // start or a misspelling stands for.
        Kind {
            name: "sort oldest",
            queries: each(&|i| {
                let options = SearchOptions {
                    sort: SortOrder::Oldest,
                    ..plain()
                };
                (common(i), options)
            }),
        },
        Kind {
            name: "word*",
            queries: each(&|i| {
                let word = common(i);
                let start: String = word.chars().take(4).collect();
                (format!("{start}*"), plain())
            }),
        },
        Kind {
            name: "word~1",
            queries: each(&|i| {
                // A mid-rank word with its second letter dropped: one edit away.
                let word = vocab.word(500 + 37 * i);
                let mut chars: Vec<char> = word.chars().collect();
                if chars.len() > 3 {
                    chars.remove(1);
                }
                (
                    format!("{}~1", chars.into_iter().collect::<String>()),
                    plain(),
                )
            }),
        },
    ]
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}
