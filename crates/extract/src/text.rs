//! Plain-text dumps of saved pages.
//!
//! Two shapes reach us. A scraped dump: a breadcrumb glued to the title with the
//! site name after it (`Current:Home > MarketsTitle -Site`), usually the clean title
//! alone on the next line, a few header lines (`View`, `Date:2025-04-19 04:40:05`),
//! the body, a vote counter (`veryGood! (16616)`) and lists of other headlines under
//! `Related`, `Ranking`, `Recommendation`. And a plain document: a headline line,
//! a blank line, the body.

use std::path::Path;

use crate::Article;
use crate::date::{DayOrder, find_date_in_text};

/// How many lines after the title may still be header lines (views, date, source).
const HEADER_LINES: usize = 6;

pub(crate) fn extract(text: &str, path: &Path) -> Article {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let Some(&first) = lines.first() else {
        return Article {
            path: path.to_owned(),
            ..Article::default()
        };
    };
    // The clean title repeated on the second line tells where the breadcrumb ends
    // and the site name starts in the first.
    let (title, site, mut start) = match lines.get(1) {
        Some(&second)
            if second.chars().count() >= 8 && first != second && first.contains(second) =>
        {
            let after = &first[first.find(second).expect("contains") + second.len()..];
            let site = after
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '-' | '|' | '–' | '—' | ':')
                })
                .trim();
            (second, (!site.is_empty()).then(|| site.to_owned()), 2)
        }
        _ => (first, None, 1),
    };
    let mut published = None;
    // A headline set off by a blank line is the plain document shape: the body
    // starts right after it, whatever its first line looks like.
    let is_document = text.lines().nth(1).is_some_and(|l| l.trim().is_empty());
    let header_end = if is_document {
        start
    } else {
        (start + HEADER_LINES).min(lines.len())
    };
    while start < header_end {
        let line = lines[start];
        if !is_header_line(line) {
            break;
        }
        if published.is_none() {
            published = find_date_in_text(line, DayOrder::DayFirst);
        }
        start += 1;
    }
    let end = body_end(&lines, start);
    let body = lines[start..end].join("\n\n");
    Article {
        path: path.to_owned(),
        site,
        title: Some(title.to_owned()),
        published,
        body,
        ..Article::default()
    }
}

/// A short line between title and body: a view counter, a date, a source or byline.
fn is_header_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words > 8 || line.ends_with('.') {
        return false;
    }
    let lower = line.to_lowercase();
    let labelled = [
        "date",
        "source",
        "author",
        "by ",
        "view",
        "published",
        "updated",
        "time",
    ]
    .iter()
    .any(|l| lower.starts_with(l));
    labelled
        || find_date_in_text(line, DayOrder::DayFirst).is_some()
        || (words == 1 && line.chars().count() <= 12 && line.chars().all(char::is_alphanumeric))
}

/// Where the article stops: at a vote counter (`veryGood! (16616)`), or at a list
/// heading (`Related`, `Ranking`, ...) that only lists of other headlines follow.
fn body_end(lines: &[&str], start: usize) -> usize {
    for (i, line) in lines.iter().enumerate().skip(start + 1) {
        if is_vote_counter(line) || (is_list_heading(line) && is_headline_list(&lines[i + 1..])) {
            return i;
        }
    }
    lines.len()
}

fn is_vote_counter(line: &str) -> bool {
    let Some(open) = line.rfind('(') else {
        return false;
    };
    let label = line[..open].trim();
    let count = line[open + 1..].strip_suffix(')').unwrap_or("");
    !count.is_empty()
        && count
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && !label.is_empty()
        && label.split_whitespace().count() <= 2
        && label.ends_with(['!', ':'])
}

fn is_list_heading(line: &str) -> bool {
    let lower = line.trim_end_matches(':').to_lowercase();
    const HEADINGS: &[&str] = &[
        "related",
        "related articles",
        "related stories",
        "related news",
        "ranking",
        "recommendation",
        "recommendations",
        "recommended",
        "read more",
        "more stories",
        "most popular",
        "most read",
        "popular",
        "trending",
        "latest",
        "latest news",
        "you may also like",
        "see also",
        "more from",
        "hot news",
        "top stories",
    ];
    HEADINGS.contains(&lower.as_str())
}

/// Lines of other stories' headlines: short, none ending a paragraph of prose, or
/// marked as list items.
fn is_headline_list(rest: &[&str]) -> bool {
    !rest.is_empty()
        && rest.iter().all(|l| {
            l.starts_with("- ")
                || l.starts_with("• ")
                || is_list_heading(l)
                || l.chars().count() <= 200
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    struct Expected<'a> {
        title: &'a str,
        date: Option<&'a str>,
        body_starts: &'a str,
        body_ends: &'a str,
    }

    fn check(text: &str, expected: Expected<'_>) -> Article {
        let article = extract(text, Path::new("page.txt"));
        assert_eq!(article.title.as_deref(), Some(expected.title));
        let day = expected
            .date
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        assert_eq!(article.published.map(|p| p.date()), day);
        assert!(
            article.body.starts_with(expected.body_starts),
            "{}",
            article.body
        );
        assert!(
            article.body.ends_with(expected.body_ends),
            "{}",
            article.body
        );
        article
    }

    const DUMP: &str = "Start:News > CityHarbour bridge reopens after repairs - The Gull Gazette
Harbour bridge reopens after repairs
View
Date:2024-03-02 08:15:00
The old harbour bridge reopened on Saturday after two years of work.
The first ferry crossed under it at noon.
Nice! (120)
Related
- Council approves new budget
- Storm warning for the coast
Ranking
- Ferry fares to rise
";

    #[test]
    fn breadcrumb_dump_gives_clean_title_date_and_body() {
        let article = check(
            DUMP,
            Expected {
                title: "Harbour bridge reopens after repairs",
                date: Some("2024-03-02"),
                body_starts: "The old harbour bridge",
                body_ends: "crossed under it at noon.",
            },
        );
        assert_eq!(article.site.as_deref(), Some("The Gull Gazette"));
        assert!(!article.body.contains("Nice!"));
        assert!(!article.body.contains("budget"));
    }

    #[test]
    fn trailing_headline_list_without_vote_counter_is_cut() {
        let text = "A title line here\n\nFirst paragraph of the story.\nSecond one.\nRecommendation\nOther story one\nOther story two\n";
        let article = check(
            text,
            Expected {
                title: "A title line here",
                date: None,
                body_starts: "First paragraph",
                body_ends: "Second one.",
            },
        );
        assert!(!article.body.contains("Other story"));
    }

    #[test]
    fn headline_then_body_document() {
        check(
            "Floods close the river road\n\nThe river road was closed on Monday.\n\nCrews expect to reopen it soon.\n",
            Expected {
                title: "Floods close the river road",
                date: None,
                body_starts: "The river road was closed",
                body_ends: "reopen it soon.",
            },
        );
    }

    #[test]
    fn document_body_may_open_with_a_short_line() {
        check(
            "Floods close the river road\n\nPhoto\nCredit A. Lee\n\nThe river road was closed on Monday.\n",
            Expected {
                title: "Floods close the river road",
                date: None,
                body_starts: "Photo",
                body_ends: "closed on Monday.",
            },
        );
    }

    #[test]
    fn body_mentioning_related_in_prose_is_kept() {
        check(
            "Title of a story\nRelated\nThis paragraph is part of the story and it is long enough to count as prose, not as a list of other headlines, so it stays. It goes on and on to be sure it passes the length of a headline line easily, because headlines are short and this sentence is not short at all.\n",
            Expected {
                title: "Title of a story",
                date: None,
                body_starts: "This paragraph",
                body_ends: "not short at all.",
            },
        );
    }

    #[test]
    fn empty_text_gives_empty_article() {
        let article = extract("\n\n", Path::new("empty.txt"));
        assert_eq!(article.title, None);
        assert!(article.body.is_empty());
    }
}
