//! Hits for scripts: JSON Lines, one object per hit.
//!
//! The objects have their own `Serialize` types here, not a derive on [`Hit`], so
//! the keys are a contract that a refactor of the search types cannot change unseen.

use std::io::{self, Write};

use serde::Serialize;

use crate::Hit;

#[derive(Serialize)]
struct JsonHit<'a> {
    rank: usize,
    score: f32,
    title: Option<&'a str>,
    /// `[start, end)` byte offsets into `title` of the words the query looks for.
    title_highlights: Vec<[usize; 2]>,
    /// `YYYY-MM-DD`, or RFC 3339 when the time is known.
    date: Option<String>,
    site: Option<&'a str>,
    url: Option<&'a str>,
    path: String,
    authors: &'a [String],
    entities: Vec<JsonEntity<'a>>,
    snippet: JsonSnippet<'a>,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    text: &'a str,
    kind: &'static str,
    mentions: &'a [String],
}

#[derive(Serialize)]
struct JsonSnippet<'a> {
    text: &'a str,
    /// `[start, end)` byte offsets into `text`.
    highlights: Vec<[usize; 2]>,
}

impl<'a> From<&'a Hit> for JsonHit<'a> {
    fn from(hit: &'a Hit) -> Self {
        JsonHit {
            rank: hit.rank,
            score: hit.score,
            title: hit.title.as_deref(),
            title_highlights: hit
                .title_highlights
                .iter()
                .map(|r| [r.start, r.end])
                .collect(),
            date: hit.published.map(|p| p.to_string()),
            site: hit.site.as_deref(),
            url: hit.url.as_deref(),
            path: hit.path.to_string_lossy().into_owned(),
            authors: &hit.authors,
            entities: hit
                .entities
                .iter()
                .map(|e| JsonEntity {
                    text: &e.text,
                    kind: e.kind.as_str(),
                    mentions: &e.mentions,
                })
                .collect(),
            snippet: JsonSnippet {
                text: hit.snippet.text(),
                highlights: hit
                    .snippet
                    .highlights()
                    .iter()
                    .map(|r| [r.start, r.end])
                    .collect(),
            },
        }
    }
}

/// Writes one JSON object per hit, each on its own line, with the keys `rank`,
/// `score`, `title`, `date`, `site`, `url`, `path`, `authors`, `entities`
/// (`text`, `kind`, `mentions`) and `snippet` (`text`, `highlights` as
/// `[start, end]` byte offsets into the snippet's text). Missing values are `null`.
///
/// # Errors
/// The writer's.
pub fn render_json<W: Write + ?Sized>(hits: &[Hit], out: &mut W) -> io::Result<()> {
    for hit in hits {
        serde_json::to_writer(&mut *out, &JsonHit::from(hit))?;
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_hits;

    fn lines(hits: &[Hit]) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        render_json(hits, &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }

    #[test]
    fn one_object_per_line_with_stable_keys() {
        let objects = lines(&sample_hits());
        assert_eq!(objects.len(), 2);
        let keys: Vec<&str> = objects[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = vec![
            "rank",
            "score",
            "title",
            "title_highlights",
            "date",
            "site",
            "url",
            "path",
            "authors",
            "entities",
            "snippet",
        ];
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert_eq!(
            objects[0],
            serde_json::json!({
                "rank": 1,
                "score": 2.5,
                "title": "Kim Jong Un visits Vostochny",
                "title_highlights": [[0, 3], [4, 11]],
                "date": "2025-04-19",
                "site": "Gull Gazette",
                "url": "https://gull.example/kim",
                "path": "/pages/kim.html",
                "authors": ["Ann Reed"],
                "entities": [{"text": "Kim Jong Un", "kind": "person", "mentions": ["Kim"]}],
                "snippet": {
                    "text": "…leader Kim Jong Un met Putin at the cosmodrome…",
                    "highlights": [[10, 21], [26, 31]],
                },
            })
        );
    }

    #[test]
    fn missing_values_are_null() {
        let objects = lines(&sample_hits());
        let second = &objects[1];
        for key in ["title", "date", "site", "url"] {
            assert!(second[key].is_null(), "{key}");
        }
        assert_eq!(second["snippet"]["highlights"], serde_json::json!([]));
    }

    #[test]
    fn an_instant_keeps_its_time_and_offset() {
        let mut hits = sample_hits();
        hits[0].published = Some(morgue_extract::Published::Instant(
            chrono::DateTime::parse_from_rfc3339("2025-04-19T04:40:05+09:00").unwrap(),
        ));
        assert_eq!(lines(&hits[..1])[0]["date"], "2025-04-19T04:40:05+09:00");
    }
}
