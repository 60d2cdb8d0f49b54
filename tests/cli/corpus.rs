//! `morgue extract` over the sample corpus, checked against `corpus/expected.jsonl`.
//!
//! Each line of the expectations names a page (relative to `corpus/`) and what
//! extraction must make of it: the exact headline, the publication date (or none),
//! phrases the body must hold, page chrome the body must not hold, and entities that
//! must be found. Broken files are marked `"skip": true`: they must be named in a
//! warning on stderr and yield no JSON line. The test runs the binary once and
//! collects every miss before failing, so one run shows the whole picture. It counts
//! no pages: the corpus grows.

use std::collections::HashMap;
use std::ffi::OsStr;

use serde_json::Value;

use crate::support::{Sandbox, repo_path};

/// One way a page fell short of its expectations.
struct Miss {
    page: String,
    field: &'static str,
    expected: String,
    got: String,
}

#[test]
fn corpus_pages_yield_what_expected_jsonl_says() {
    let corpus = repo_path("corpus");
    let expectations = read_expectations();
    assert!(
        !expectations.is_empty(),
        "corpus/expected.jsonl has no lines"
    );

    let sandbox = Sandbox::new();
    let run = sandbox.morgue(&[OsStr::new("extract"), corpus.as_os_str()]);

    let mut misses = Vec::new();
    let mut by_page: HashMap<String, Vec<&Value>> = HashMap::new();
    let output = run.json_lines();
    for article in &output {
        let path = article["path"].as_str().unwrap_or_default();
        by_page
            .entry(relative_to_corpus(path, &corpus.to_string_lossy()))
            .or_default()
            .push(article);
    }

    for expected in &expectations {
        let page = expected["path"]
            .as_str()
            .expect("every expectation has a path")
            .to_owned();
        let found = by_page.get(&page).map(Vec::as_slice).unwrap_or_default();
        if expected["skip"].as_bool() == Some(true) {
            check_skipped(&page, found, &run.stderr, &mut misses);
            continue;
        }
        match found {
            [] => misses.push(Miss {
                got: warning_for(&page, &run.stderr).unwrap_or_else(|| "nothing".into()),
                page,
                field: "output",
                expected: "one JSON line".into(),
            }),
            [article] => check_article(&page, expected, article, &mut misses),
            more => misses.push(Miss {
                page,
                field: "output",
                expected: "one JSON line".into(),
                got: format!("{} lines", more.len()),
            }),
        }
    }

    if !misses.is_empty() {
        let mut report = format!(
            "{} misses over the {} pages of corpus/expected.jsonl (exit code {}, {} pages extracted)\n\
             page | field | expected | got\n",
            misses.len(),
            expectations.len(),
            run.code,
            output.len(),
        );
        for m in &misses {
            report.push_str(&format!(
                "  {} | {} | {} | {}\n",
                m.page,
                m.field,
                clip(&m.expected),
                clip(&m.got)
            ));
        }
        panic!("{report}");
    }
}

/// The lines of `corpus/expected.jsonl`, parsed.
fn read_expectations() -> Vec<Value> {
    let path = repo_path("corpus/expected.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

/// `/repo/corpus/a/b.html` -> `a/b.html`, with `/` separators whatever the platform.
fn relative_to_corpus(path: &str, corpus: &str) -> String {
    let path = path.replace('\\', "/");
    let corpus = corpus.replace('\\', "/");
    let corpus = corpus.trim_end_matches('/');
    match path.strip_prefix(corpus) {
        Some(rest) => rest.trim_start_matches('/').to_owned(),
        None => path,
    }
}

/// The stderr line that names `page`, if any.
fn warning_for(page: &str, stderr: &str) -> Option<String> {
    stderr
        .lines()
        .find(|l| l.replace('\\', "/").contains(page))
        .map(str::to_owned)
}

fn check_skipped(page: &str, found: &[&Value], stderr: &str, misses: &mut Vec<Miss>) {
    if !found.is_empty() {
        misses.push(Miss {
            page: page.to_owned(),
            field: "skip",
            expected: "no JSON line".into(),
            got: format!("title {}", found[0]["title"]),
        });
    }
    if warning_for(page, stderr).is_none() {
        misses.push(Miss {
            page: page.to_owned(),
            field: "skip",
            expected: "a warning on stderr naming the file".into(),
            got: "no such line".into(),
        });
    }
}

fn check_article(page: &str, expected: &Value, article: &Value, misses: &mut Vec<Miss>) {
    let mut miss = |field, expected: String, got: String| {
        misses.push(Miss {
            page: page.to_owned(),
            field,
            expected,
            got,
        });
    };

    if let Some(title) = expected["title"].as_str() {
        let got = squash(article["title"].as_str().unwrap_or_default());
        if got != squash(title) {
            miss("title", format!("{title:?}"), format!("{got:?}"));
        }
    }

    if let Some(date) = expected.get("date") {
        let got = article["date"].as_str();
        match (date.as_str(), got) {
            (None, None) => {}
            (Some(want), Some(got)) if got.get(..10) == Some(want) => {}
            (want, got) => miss(
                "date",
                want.unwrap_or("none").to_owned(),
                got.unwrap_or("none").to_owned(),
            ),
        }
    }

    let body = squash(article["body"].as_str().unwrap_or_default());
    for phrase in strings(&expected["body_has"]) {
        if !body.contains(&squash(phrase)) {
            let start: String = body.chars().take(100).collect();
            miss(
                "body_has",
                format!("{phrase:?}"),
                format!("body of {} chars: {start:?}", body.chars().count()),
            );
        }
    }
    for phrase in strings(&expected["body_lacks"]) {
        let phrase = squash(phrase);
        if let Some(at) = body.find(&phrase) {
            miss(
                "body_lacks",
                format!("{phrase:?} absent"),
                format!("found: {:?}", around(&body, at, phrase.len())),
            );
        }
    }

    let found: Vec<&Value> = article["entities"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    for name in strings(&expected["entities"]) {
        let want = squash(name).to_lowercase();
        let matches = |v: &Value| v.as_str().is_some_and(|s| squash(s).to_lowercase() == want);
        let is_found = found.iter().any(|e| {
            matches(&e["text"])
                || e["mentions"]
                    .as_array()
                    .is_some_and(|ms| ms.iter().any(matches))
        });
        if !is_found {
            let names: Vec<&str> = found.iter().filter_map(|e| e["text"].as_str()).collect();
            miss(
                "entities",
                format!("{name:?}"),
                format!("{} entities: {}", names.len(), names.join(", ")),
            );
        }
    }
}

/// The string items of a JSON array (nothing if it is not one).
fn strings(v: &Value) -> impl Iterator<Item = &str> {
    v.as_array().into_iter().flatten().filter_map(Value::as_str)
}

/// Whitespace runs (including newlines and no-break spaces) to one space, trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A few words of context around `body[at..at + len]`.
fn around(body: &str, at: usize, len: usize) -> String {
    let mut start = at.saturating_sub(40);
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + len + 40).min(body.len());
    while !body.is_char_boundary(end) {
        end += 1;
    }
    format!("…{}…", &body[start..end])
}

/// Long values cut to one readable line of the report.
fn clip(s: &str) -> String {
    const MAX_CHARS: usize = 200;
    if s.chars().count() <= MAX_CHARS {
        s.to_owned()
    } else {
        let head: String = s.chars().take(MAX_CHARS).collect();
        format!("{head}…")
    }
}
