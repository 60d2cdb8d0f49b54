//! `morgue stats`

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use morgue_index::{IndexStats, index_stats};
use serde::Serialize;

use crate::Outcome;

/// Show what the index holds: articles, dates, sites, size, last build.
///
/// The number of articles (and how many have a date), their date range, the number
/// of sites, the size on disk, when the index was last built, and the folders it
/// was built from (marking those that no longer exist). Exit status: 0, or 2 when
/// there is no index or it cannot be read.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print one JSON object (keys: articles, dated_articles, first_date, last_date,
    /// sites, segments, index_bytes, built_at, roots, gone_roots, index)
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, index_dir: &Path) -> anyhow::Result<Outcome> {
    let stats = index_stats(index_dir)
        .with_context(|| format!("reading the index at {}", index_dir.display()))?;
    let mut out = std::io::stdout().lock();
    let text = if args.json {
        let json = serde_json::to_string(&StatsJson::new(&stats, index_dir))
            .expect("stats JSON always serializes");
        format!("{json}\n")
    } else {
        to_text(&stats, index_dir)
    };
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .context("writing to standard output")?;
    Ok(Outcome::Found)
}

/// The JSON contract for scripts: stable snake_case keys, kept apart from
/// [`IndexStats`] so a refactor there cannot change it unseen.
#[derive(Serialize)]
struct StatsJson<'a> {
    articles: u64,
    dated_articles: u64,
    /// `YYYY-MM-DD`, or null when no article has a date.
    first_date: Option<String>,
    last_date: Option<String>,
    sites: usize,
    segments: usize,
    index_bytes: u64,
    /// RFC 3339, or null before the first commit.
    built_at: Option<String>,
    roots: &'a [String],
    /// Those of `roots` that no longer exist.
    gone_roots: &'a [String],
    index: String,
}

impl<'a> StatsJson<'a> {
    fn new(stats: &'a IndexStats, index_dir: &Path) -> StatsJson<'a> {
        StatsJson {
            articles: stats.articles,
            dated_articles: stats.dated_articles,
            first_date: stats.first_published.map(|d| d.to_string()),
            last_date: stats.last_published.map(|d| d.to_string()),
            sites: stats.sites,
            segments: stats.segments,
            index_bytes: stats.index_bytes,
            built_at: stats.built_at.map(|t| t.to_rfc3339()),
            roots: &stats.roots,
            gone_roots: &stats.gone_roots,
            index: index_dir.display().to_string(),
        }
    }
}

fn to_text(stats: &IndexStats, index_dir: &Path) -> String {
    let dates = match (stats.first_published, stats.last_published) {
        (Some(first), Some(last)) => format!("{first} to {last}"),
        _ => "none".to_owned(),
    };
    let built = stats.built_at.map_or_else(
        || "never".to_owned(),
        |t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
    );
    let segments = crate::counted(stats.segments as u64, "segment");
    let mut text = format!(
        "index:     {}\narticles:  {} ({} dated)\ndates:     {dates}\nsites:     {}\nsize:      {:.1} MB in {segments}\nbuilt:     {built}\n",
        index_dir.display(),
        stats.articles,
        stats.dated_articles,
        stats.sites,
        stats.index_bytes as f64 / 1e6,
    );
    for root in &stats.roots {
        let gone = if stats.gone_roots.contains(root) {
            " (no longer exists)"
        } else {
            ""
        };
        text.push_str(&format!("folder:    {root}{gone}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn stats() -> IndexStats {
        IndexStats {
            articles: 3,
            dated_articles: 2,
            first_published: NaiveDate::from_ymd_opt(2024, 1, 2),
            last_published: NaiveDate::from_ymd_opt(2025, 3, 4),
            sites: 2,
            segments: 1,
            index_bytes: 2_500_000,
            built_at: Some(Utc.with_ymd_and_hms(2026, 11, 27, 6, 0, 0).unwrap()),
            roots: vec!["/pages".to_owned(), "/moved".to_owned()],
            gone_roots: vec!["/moved".to_owned()],
        }
    }

    #[test]
    fn text_names_each_figure() {
        let text = to_text(&stats(), Path::new("/idx"));
        assert_eq!(
            text,
            "index:     /idx\narticles:  3 (2 dated)\ndates:     2024-01-02 to 2025-03-04\nsites:     2\n\
             size:      2.5 MB in 1 segment\nbuilt:     2026-11-27 06:00:00 UTC\nfolder:    /pages\n\
             folder:    /moved (no longer exists)\n"
        );
    }

    #[test]
    fn json_keys_are_stable() {
        let stats = stats();
        let json = serde_json::to_value(StatsJson::new(&stats, Path::new("/idx"))).unwrap();
        assert_eq!(json["articles"], 3);
        assert_eq!(json["first_date"], "2024-01-02");
        assert_eq!(json["last_date"], "2025-03-04");
        assert_eq!(json["sites"], 2);
        assert_eq!(json["index_bytes"], 2_500_000);
        assert_eq!(json["built_at"], "2026-11-27T06:00:00+00:00");
        assert_eq!(json["gone_roots"], serde_json::json!(["/moved"]));
    }
}
