//! `morgue-gen`: writes a synthetic corpus of saved pages, or an index of generated
//! articles, for morgue's benches.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage:
  morgue-gen pages DIR COUNT [SEED]    write COUNT saved pages under DIR
  morgue-gen index DIR COUNT [SEED]    build a morgue index of COUNT generated articles at DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parsed = match args.as_slice() {
        [mode, dir, count, rest @ ..] if rest.len() <= 1 => {
            let count = count.parse::<usize>();
            let seed = rest.first().map_or(Ok(1), |s| s.parse::<u64>());
            match (count, seed) {
                (Ok(count), Ok(seed)) => Some((mode.as_str(), PathBuf::from(dir), count, seed)),
                _ => None,
            }
        }
        _ => None,
    };
    let started = Instant::now();
    let outcome = match parsed {
        Some(("pages", dir, count, seed)) => morgue_gen::write_pages(&dir, count, seed)
            .map(|w| format!("{} pages, {:.1} MB on disk", w.pages, w.bytes as f64 / 1e6))
            .map_err(|e| format!("writing pages under {}: {e}", dir.display())),
        Some(("index", dir, count, seed)) => morgue_gen::write_index(&dir, count, seed, 512 << 20)
            .map(|text| format!("{count} articles, {:.1} MB of text", text as f64 / 1e6))
            .map_err(|e| format!("{e}")),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(summary) => {
            println!("{summary} in {:.1} s", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
