//! Prints one JSON object per saved page, in the shape `score.py pages` reads, so
//! extraction can be scored before the `morgue` CLI exists.
//!
//! ```text
//! cargo run --release -p morgue-extract --example eval_extract -- pages/*.html.gz > pred.jsonl
//! ```
//! Arguments are files or folders (read one level deep); `.gz` files are gunzipped.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use morgue_extract::{PageFormat, extract_article};

fn main() {
    let mut paths: Vec<PathBuf> = Vec::new();
    for arg in std::env::args_os().skip(1) {
        let path = PathBuf::from(arg);
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&path)
                .expect("readable folder")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| PageFormat::from_path(p).is_some())
                .collect();
            entries.sort();
            paths.extend(entries);
        } else {
            paths.push(path);
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in paths {
        let Some(format) = PageFormat::from_path(&path) else {
            eprintln!("skipping {}: not a page", path.display());
            continue;
        };
        let bytes = match read_page(&path) {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("skipping {}: {err}", path.display());
                continue;
            }
        };
        let record = match extract_article(&bytes, &path, format) {
            Ok(article) => serde_json::json!({
                "path": path.display().to_string(),
                "title": article.title,
                "date": article.published.map(|p| p.to_string()),
                "body": article.body,
                "url": article.url,
                "site": article.site,
                "authors": article.authors,
            }),
            Err(err) => {
                eprintln!("no article in {}: {err}", path.display());
                continue;
            }
        };
        writeln!(out, "{record}").expect("stdout is writable");
    }
}

fn read_page(path: &Path) -> std::io::Result<Vec<u8>> {
    let raw = std::fs::read(path)?;
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        Ok(raw)
    }
}
