//! Prints the entities `find_entities` finds in plain-text documents, one JSON object
//! per line, for `score.py ner` (see `../shared/eval/README.md`).
//!
//! ```text
//! cargo run --release -p morgue-extract --example eval_entities -- DOCS/*.txt > pred.jsonl
//! ```
//!
//! Each file holds a headline on its first line and the body after it.

use std::io::{self, Write};
use std::process::ExitCode;

use morgue_extract::entities::find_entities;

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("eval_entities: {path}: {err}");
                failed = true;
                continue;
            }
        };
        let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
        let entities: Vec<serde_json::Value> = find_entities(title, body)
            .into_iter()
            .map(|e| {
                serde_json::json!({"text": e.text, "kind": e.kind.as_str(), "mentions": e.mentions})
            })
            .collect();
        let line = serde_json::json!({"path": path, "entities": entities});
        if writeln!(out, "{line}").is_err() {
            return ExitCode::SUCCESS;
        }
    }
    if out.flush().is_err() || failed {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
