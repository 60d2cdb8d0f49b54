//! `morgue index DIR...`

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use morgue_index::{BuildOptions, BuildReport, Progress, ReadLimits, build_index};

use crate::Outcome;

/// Index every saved page under one or more folders.
///
/// Reads .html, .htm, .xhtml, .shtml and .txt files, and .gz copies of them, in
/// parallel on all cores. Re-running on a folder replaces the articles indexed from it
/// before (each run re-reads the whole folder), so nothing is duplicated; articles
/// indexed from other folders stay. A page that cannot be read is reported and
/// skipped; the build goes on. Nothing is visible to searches until the build commits
/// at the end, so an interrupted build leaves the previous index as it was.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folders of saved pages
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<PathBuf>,

    /// Threads parsing pages [default: all cores]
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Memory budget of the index writer, in MB (at least 15 per writer thread)
    #[arg(long, value_name = "MB", default_value_t = 256, value_parser = clap::value_parser!(u32).range(15..))]
    memory: u32,

    /// Largest page read (after decompression), in MB; larger files are skipped
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..))]
    max_page_size: u32,

    /// Drop everything in the index first, not only the articles of these folders
    #[arg(long)]
    rebuild: bool,
}

pub fn run(args: Args, index_dir: &Path) -> anyhow::Result<Outcome> {
    let options = BuildOptions {
        threads: args.threads.map(usize::from),
        writer_heap_bytes: args.memory as usize * 1024 * 1024,
        limits: ReadLimits {
            max_page_bytes: u64::from(args.max_page_size) * 1024 * 1024,
        },
        rebuild: args.rebuild,
    };
    let bar = progress_bar();
    let on_progress = |event: Progress| match event {
        Progress::Walked { pages } => {
            bar.set_length(pages as u64);
            bar.set_message("pages");
        }
        Progress::Page => bar.inc(1),
        Progress::Committing => bar.set_message("pages, committing"),
    };
    let report = build_index(&args.dirs, index_dir, &options, &on_progress)
        .with_context(|| format!("indexing into {}", index_dir.display()))?;
    bar.finish_and_clear();
    for (path, reason) in &report.skipped {
        eprintln!("warning: skipped {}: {reason}", path.display());
    }
    println!("{}", summary(&report, index_dir));
    Ok(Outcome::Found)
}

/// A bar on stderr when it is a terminal; hidden (no output at all) when piped.
fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} {msg} ({rate}, eta {eta})",
        )
        .expect("static template is valid")
        .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0}/s", state.per_sec());
        }),
    );
    bar.enable_steady_tick(Duration::from_millis(250));
    bar
}

fn summary(report: &BuildReport, index_dir: &Path) -> String {
    let seconds = report.elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        report.indexed as f64 / seconds
    } else {
        0.0
    };
    format!(
        "indexed {} pages, skipped {}, in {:.2} s ({:.0} pages/s, {:.1} MB read); index: {} articles, {:.1} MB at {}",
        report.indexed,
        report.skipped.len(),
        seconds,
        rate,
        report.bytes_read as f64 / 1e6,
        report.total_articles,
        report.index_bytes as f64 / 1e6,
        index_dir.display(),
    )
}
