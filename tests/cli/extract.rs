//! `morgue extract`: each page shape yields the article a user expects.

use crate::support::{Sandbox, repo_path};

fn extract_one(sandbox: &Sandbox, path: &std::path::Path) -> serde_json::Value {
    let run = sandbox.morgue(&[std::ffi::OsStr::new("extract"), path.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut lines = run.json_lines();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    lines.remove(0)
}

#[test]
fn full_html_page_drops_chrome_and_keeps_metadata() {
    let sandbox = Sandbox::new();
    let article = extract_one(
        &sandbox,
        &repo_path("tests/fixtures/news/harbour-strike.html"),
    );
    assert_eq!(
        article["title"],
        "Dockworkers walk out at Port Verran over night shifts"
    );
    assert_eq!(&article["date"].as_str().unwrap()[..10], "2024-03-02");
    assert_eq!(article["site"], "The Verran Packet");
    assert_eq!(
        article["url"],
        "https://packet.example/news/dockworkers-walk-out"
    );
    assert_eq!(article["authors"][0], "Elena Marsh");
    let body = article["body"].as_str().unwrap();
    assert!(
        body.starts_with("More than four hundred dockworkers"),
        "{body}"
    );
    assert!(body.contains("anchored off the breakwater."), "{body}");
    for chrome in [
        "cookies",
        "Zeppelin",
        "Share on",
        "About time somebody",
        "All rights reserved",
        "Sport",
    ] {
        assert!(!body.contains(chrome), "body keeps {chrome:?}: {body}");
    }
}

#[test]
fn date_only_in_json_ld() {
    let sandbox = Sandbox::new();
    let article = extract_one(
        &sandbox,
        &repo_path("tests/fixtures/news/harbour-strike-ends.html"),
    );
    assert_eq!(
        article["title"],
        "Port Verran strike ends after authority restores overtime"
    );
    assert_eq!(article["date"], "2024-03-09");
    assert!(
        !article["body"]
            .as_str()
            .unwrap()
            .contains("Lighthouse keepers honoured")
    );
}

#[test]
fn text_dump_loses_breadcrumb_votes_and_headline_lists() {
    let sandbox = Sandbox::new();
    let article = extract_one(&sandbox, &repo_path("tests/fixtures/news/budget-vote.txt"));
    assert_eq!(
        article["title"],
        "Council passes Alderbrook budget after all-night session"
    );
    assert_eq!(&article["date"].as_str().unwrap()[..10], "2023-11-05");
    let body = article["body"].as_str().unwrap();
    assert!(body.starts_with("Alderbrook city council passed"), "{body}");
    assert!(body.ends_with("warned of cuts next year."), "{body}");
    for chrome in ["veryGood", "chowder", "Ten walks", "Related", "Ranking"] {
        assert!(!body.contains(chrome), "body keeps {chrome:?}: {body}");
    }
}

#[test]
fn page_without_date_has_null_date_never_today() {
    let sandbox = Sandbox::new();
    let article = extract_one(
        &sandbox,
        &repo_path("tests/fixtures/news/lighthouse-notes.htm"),
    );
    assert_eq!(article["title"], "Keepers' logbook goes on show");
    assert!(article["date"].is_null(), "{}", article["date"]);
    assert!(
        article["body"]
            .as_str()
            .unwrap()
            .contains("unexpected visit from a walrus")
    );
}

#[test]
fn windows_1252_page_is_decoded() {
    let sandbox = Sandbox::new();
    let article = extract_one(&sandbox, &repo_path("tests/fixtures/news/cafe-rent.html"));
    assert_eq!(article["title"], "Café owners fight rent rise");
    let body = article["body"].as_str().unwrap();
    assert!(
        body.contains("“the end of the harbour as we know it”"),
        "{body}"
    );
}

#[test]
fn gzip_copy_gives_the_same_article() {
    let sandbox = Sandbox::new();
    let plain = repo_path("tests/fixtures/news/harbour-strike.html");
    let gz = sandbox.write(
        "copy/harbour-strike.html.gz",
        gzip(&std::fs::read(&plain).unwrap()),
    );
    let from_plain = extract_one(&sandbox, &plain);
    let from_gz = extract_one(&sandbox, &gz);
    for key in [
        "title", "date", "body", "site", "url", "authors", "entities",
    ] {
        assert_eq!(from_plain[key], from_gz[key], "{key} differs");
    }
}

#[test]
fn entities_have_text_and_kind() {
    let sandbox = Sandbox::new();
    let article = extract_one(
        &sandbox,
        &repo_path("tests/fixtures/news/harbour-strike.html"),
    );
    let entities = article["entities"].as_array().unwrap();
    let reyland = entities
        .iter()
        .find(|e| e["text"] == "Tomas Reyland")
        .unwrap_or_else(|| panic!("no Tomas Reyland in {entities:?}"));
    assert_eq!(reyland["kind"], "person");
    assert!(
        entities.iter().any(|e| e["text"] == "Port Verran"),
        "{entities:?}"
    );
}

#[test]
fn broken_files_are_named_with_a_reason_and_the_rest_goes_on() {
    let sandbox = Sandbox::new();
    let broken = repo_path("tests/fixtures/broken");
    let run = sandbox.morgue(&[std::ffi::OsStr::new("extract"), broken.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (file, reason) in [
        ("empty.html", "empty file"),
        ("photo.html", "binary"),
        ("archive.html.gz", "gzip"),
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported: {}", run.stderr));
        assert!(line.contains(reason), "{line}");
    }
    // A page cut off mid-paragraph still yields what was saved.
    let articles = run.json_lines();
    assert_eq!(articles.len(), 1, "{}", run.stdout);
    assert_eq!(articles[0]["title"], "Ferry timetable changes for winter");
    assert!(
        articles[0]["body"]
            .as_str()
            .unwrap()
            .contains("four crossings a day")
    );
}

#[test]
fn a_missing_path_is_an_error_after_the_other_pages() {
    let sandbox = Sandbox::new();
    let run = sandbox.morgue(&["extract", "no/such/page.html"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        "error: no such file or folder: no/such/page.html (0 pages extracted)"
    );
    // The pages that exist are still extracted; the status says one was missing.
    sandbox.copy_fixture("tests/fixtures/news", "news");
    let run = sandbox.morgue(&["extract", "no/such/page.html", "news/cafe-rent.html"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.json_lines().len(), 1);
    run.assert_stderr_has("no/such/page.html (1 page extracted)");
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Warnings to a stderr that is gone (`2>&1 | head` closed the pipe) are dropped:
/// `eprintln!` panicked there, and the run ended with exit 101.
#[cfg(unix)]
#[test]
fn warnings_to_a_closed_stderr_are_no_panic() {
    let sandbox = Sandbox::new();
    sandbox.copy_fixture("tests/fixtures/broken", "broken");
    sandbox.copy_fixture("tests/fixtures/news", "news");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_morgue"))
        .args(["extract", "broken", "news"])
        .current_dir(sandbox.dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the pipe's reading end before the first warning is written.
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

/// A folder with no page morgue reads says so: `extract` exited 1 and printed
/// nothing at all.
#[test]
fn a_folder_without_pages_says_what_morgue_reads() {
    let sandbox = Sandbox::new();
    sandbox.write("saved/story.pdf", "%PDF-1.4");
    let run = sandbox.morgue(&["extract", "saved"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains("no saved pages under saved") && run.stderr.contains(".html"),
        "{}",
        run.stderr
    );
}

/// A page piped in (`curl -s URL | morgue extract /dev/stdin`, or `<(curl …)`) is
/// read: it was passed over as no file, with "no saved pages under /dev/stdin".
#[cfg(target_os = "linux")]
#[test]
fn a_page_piped_to_dev_stdin_is_extracted() {
    for stdin in ["/dev/stdin", "-"] {
        extracts_a_page_piped_to(stdin);
    }
}

/// `morgue extract <stdin>` with a page written to its standard input.
#[cfg(target_os = "linux")]
fn extracts_a_page_piped_to(stdin: &str) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let sandbox = Sandbox::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_morgue"))
        .args(["extract", stdin])
        .current_dir(sandbox.dir.path())
        .env("MORGUE_INDEX", sandbox.index_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"<html><head><title>Ferry returns</title></head><body><article><h1>Ferry \
              returns</h1><p>The island ferry sailed again on Monday after a month in \
              dry dock.</p></article></body></html>",
        )
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let article: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(article["title"], "Ferry returns");
    assert_eq!(article["path"], "/dev/stdin");
}
