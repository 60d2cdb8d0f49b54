//! What an index holds, in numbers: for `morgue stats`, scripts and tests.

use std::collections::HashSet;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use tantivy::ReloadPolicy;

use crate::{IndexError, open_index};

/// Counts and facts about one index, as of its last commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexStats {
    /// Articles the index holds.
    pub articles: u64,
    /// Of those, the articles with a publication date.
    pub dated_articles: u64,
    /// Earliest publication day (the publisher's calendar day).
    pub first_published: Option<NaiveDate>,
    /// Latest publication day.
    pub last_published: Option<NaiveDate>,
    /// Distinct site names among the articles (articles without one not counted).
    pub sites: usize,
    /// Segments tantivy keeps the articles in.
    pub segments: usize,
    /// Size of the index folder on disk, in bytes.
    pub index_bytes: u64,
    /// When the last build committed, if any did.
    pub built_at: Option<DateTime<Utc>>,
    /// The folders indexed into it, absolute.
    pub roots: Vec<String>,
    /// Those of [`IndexStats::roots`] that no longer exist (moved, renamed, or on a
    /// drive not mounted); their articles stay in the index.
    pub gone_roots: Vec<String>,
}

/// Reads the statistics of the index at `dir`.
///
/// Only fast fields are read (dates, site names), never the stored documents, so this
/// stays quick on big indexes.
///
/// # Errors
/// The errors of [`open_index`], and [`IndexError::Tantivy`] when a segment cannot be
/// read.
pub fn index_stats(dir: &Path) -> Result<IndexStats, IndexError> {
    let tantivy_err = |source| IndexError::Tantivy {
        action: "reading statistics of",
        path: dir.to_owned(),
        source,
    };
    let opened = open_index(dir)?;
    let reader = opened
        .index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(tantivy_err)?;
    let searcher = reader.searcher();
    let schema = searcher.schema();
    let date_name = schema.get_field_name(opened.fields.date);
    let site_name = schema.get_field_name(opened.fields.site);
    let mut dated_articles = 0;
    let mut first: Option<i64> = None;
    let mut last: Option<i64> = None;
    let mut sites = HashSet::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let dates = fast.date(date_name).map_err(tantivy_err)?;
        let site_column = fast.str(site_name).map_err(tantivy_err)?;
        let mut site_ords = HashSet::new();
        for doc in segment.doc_ids_alive() {
            if let Some(date) = dates.first(doc) {
                let seconds = date.into_timestamp_secs();
                dated_articles += 1;
                first = Some(first.map_or(seconds, |f| f.min(seconds)));
                last = Some(last.map_or(seconds, |l| l.max(seconds)));
            }
            if let Some(column) = &site_column {
                site_ords.extend(column.term_ords(doc));
            }
        }
        if let Some(column) = &site_column {
            for ord in site_ords {
                let mut site = String::new();
                column
                    .ord_to_str(ord, &mut site)
                    .map_err(|e| tantivy_err(e.into()))?;
                sites.insert(site);
            }
        }
    }
    // Dates are indexed as the publisher's local time written as UTC (see
    // `schema::to_tantivy_date`), so the UTC calendar day is the publisher's day.
    let day = |seconds: i64| DateTime::from_timestamp(seconds, 0).map(|t| t.date_naive());
    Ok(IndexStats {
        articles: searcher.num_docs(),
        dated_articles,
        first_published: first.and_then(day),
        last_published: last.and_then(day),
        sites: sites.len(),
        segments: searcher.segment_readers().len(),
        index_bytes: crate::build::dir_size(dir),
        built_at: DateTime::parse_from_rfc3339(&opened.meta.built_at)
            .ok()
            .map(|t| t.with_timezone(&Utc)),
        gone_roots: opened.meta.gone_roots().cloned().collect(),
        roots: opened.meta.roots.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{BuildOptions, build_index};

    fn page(title: &str, site: &str, date: &str) -> String {
        format!(
            "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{site}\">\
             <meta property=\"article:published_time\" content=\"{date}\"></head><body><article>\
             <h1>{title}</h1><p>The council met on the matter of {title} for a long afternoon \
             and decided nothing at all, as is its custom.</p></article></body></html>"
        )
    }

    #[test]
    fn counts_articles_sites_and_the_date_range() {
        let pages = tempfile::tempdir().unwrap();
        let write =
            |name: &str, body: String| std::fs::write(pages.path().join(name), body).unwrap();
        write(
            "a.html",
            page("Ferry fares rise", "Harbour Gazette", "2024-03-02"),
        );
        write(
            "b.html",
            page("Quay repairs start", "Harbour Gazette", "2025-01-10"),
        );
        write(
            "c.html",
            page("Bridge reopens", "Valley Post", "2023-11-30"),
        );
        let index_dir = tempfile::tempdir().unwrap();
        build_index(
            &[pages.path()],
            index_dir.path(),
            &BuildOptions::default(),
            &|_| {},
        )
        .unwrap();

        let stats = index_stats(index_dir.path()).unwrap();
        assert_eq!(stats.articles, 3);
        assert_eq!(stats.dated_articles, 3);
        assert_eq!(stats.first_published, NaiveDate::from_ymd_opt(2023, 11, 30));
        assert_eq!(stats.last_published, NaiveDate::from_ymd_opt(2025, 1, 10));
        assert_eq!(stats.sites, 2);
        assert!(stats.index_bytes > 0);
        assert!(stats.built_at.is_some());
        assert_eq!(stats.roots.len(), 1);
    }
}
