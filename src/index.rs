//! `morgue index DIR...`

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use morgue_index::{BuildOptions, BuildReport, Progress, ReadLimits, build_index};

use crate::Outcome;

/// Index every saved page under one or more folders.
///
/// Reads .html, .htm, .xhtml, .shtml and .txt files (and pages a mirror saved as
/// .php, .asp, .aspx, .jsp, .cfm, or with no extension at all when they hold HTML),
/// and .gz copies of them, in parallel on all cores. Re-running on a folder only reads what changed: new files
/// are added, changed ones (size, modification time, then content hash) replaced,
/// deleted ones removed; articles indexed from other folders stay (--forget drops a
/// folder's). Without folders, `morgue index` brings the index up to date with every
/// folder it was built from (and `morgue index --rebuild` builds it again from
/// them, as a new version of morgue may ask). A page that cannot
/// be read is reported and skipped; the build goes on. The build commits every
/// --commit-every pages, so a crash loses at most one batch and the next run carries
/// on; Ctrl-C (or SIGTERM) stops after committing what was parsed, or with --rebuild
/// after dropping it (press it twice to quit at once, losing the batch). Only one
/// build may write to an index at a time. Exit status: 0 when the build finished
/// (skipped pages or not), 130 when Ctrl-C or SIGTERM stopped it, 2 on an error.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folders of saved pages [default: the folders the index was built from, to
    /// bring it up to date with them]
    #[arg(value_name = "DIR")]
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

    /// Drop everything in the index, articles of folders not given included, and read
    /// every page of the folders given again; the new index replaces the old in one
    /// commit at the end (until then searches, a crash or Ctrl-C leave the old one whole)
    #[arg(long)]
    rebuild: bool,

    /// Commit after this many pages added, updated or removed (searches see the
    /// build's progress at each commit); a --rebuild commits once, at the end
    #[arg(long, value_name = "PAGES", default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..))]
    commit_every: u32,

    /// Drop the articles of a folder indexed before, which need not exist any more
    /// (an archive that moved), and of the folders inside it indexed on their own,
    /// and take them off the index's folders; repeatable
    #[arg(long, value_name = "FOLDER", conflicts_with = "rebuild")]
    forget: Vec<PathBuf>,
}

/// The folders the index was built from, for `morgue index` without folders: those
/// that exist (the build warns of the others, whose articles stay). A rebuild,
/// which would drop the articles of a folder not given, is refused while one is
/// missing (an unmounted drive).
fn recorded_folders(
    index_dir: &Path,
    index_arg: &str,
    rebuild: bool,
) -> anyhow::Result<Vec<PathBuf>> {
    let roots = match morgue_index::IndexMeta::roots_of(index_dir) {
        Ok(roots) => roots,
        Err(morgue_index::IndexError::Missing { .. }) => bail!(
            "no folder given, and there is no index at {} to bring up to date; give the \
             folders of saved pages: `morgue index{index_arg} DIR`",
            index_dir.display()
        ),
        Err(err) => return Err(err).context(format!("reading {}", index_dir.display())),
    };
    if roots.is_empty() {
        bail!(
            "no folder given, and the index at {} holds no folder to bring up to date; give \
             the folders of saved pages: `morgue index{index_arg} DIR`",
            index_dir.display()
        );
    }
    let (present, gone): (Vec<PathBuf>, Vec<PathBuf>) = roots
        .into_iter()
        .map(PathBuf::from)
        .partition(|root| root.is_dir());
    if let Some(root) = gone.first().filter(|_| rebuild || present.is_empty()) {
        let all = if present.is_empty() {
            "none of the folders the index was built from is there"
        } else {
            "not every folder the index was built from is there"
        };
        bail!(
            "{all} ({} is missing); name the folders to index (`morgue index{index_arg}{} DIR`), \
             or drop a folder that moved with `--forget`",
            root.display(),
            if rebuild { " --rebuild" } else { "" }
        );
    }
    // A folder inside another is walked with it (its gone files settled too): once.
    let walked: Vec<PathBuf> = present
        .iter()
        .filter(|root| {
            !present
                .iter()
                .any(|outer| outer != *root && root.starts_with(outer))
        })
        .cloned()
        .collect();
    // Said, so the run's scope is never a surprise (an old folder still recorded).
    note!(
        "no folder given: indexing what the index was built from: {}",
        walked
            .iter()
            .map(|root| root.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(walked)
}

/// Runs the build; `index_given` says whether the index folder was chosen (then the
/// commands suggested in warnings name it).
pub fn run(mut args: Args, index_dir: &Path, index_given: bool) -> anyhow::Result<Outcome> {
    let index_arg = crate::location::index_option(index_given.then_some(index_dir));
    if args.dirs.is_empty() && args.forget.is_empty() {
        args.dirs = recorded_folders(index_dir, &index_arg, args.rebuild)?;
    }
    let options = BuildOptions {
        threads: args.threads.map(usize::from),
        writer_heap_bytes: args.memory as usize * 1024 * 1024,
        limits: ReadLimits {
            max_page_bytes: u64::from(args.max_page_size) * 1024 * 1024,
        },
        rebuild: args.rebuild,
        commit_every_pages: args.commit_every as usize,
        stop: stop_on_ctrl_c(args.rebuild)?,
        forget: args.forget,
        ..BuildOptions::default()
    };
    let bar = progress_bar();
    let on_progress = |event: Progress| match event {
        Progress::Walked { pages } => {
            bar.set_length(pages as u64);
            bar.set_message("pages");
        }
        Progress::Page => bar.inc(1),
        Progress::Committing => bar.set_message("pages, committing"),
        Progress::Committed => bar.set_message("pages"),
        Progress::Merging => bar.set_message("pages, merging segments"),
    };
    let had_index = index_dir.join("meta.json").exists();
    let report = build_index(&args.dirs, index_dir, &options, &on_progress)
        .with_context(|| format!("indexing into {}", index_dir.display()))
        .map_err(|err| with_write_hint(err, index_dir, had_index))?;
    bar.finish_and_clear();
    for (path, reason) in &report.skipped {
        note!(
            "warning: skipped {}: {reason}",
            crate::location::shown(path)
        );
    }
    let dropped = args.rebuild && report.is_interrupted();
    // Not `println!`, which panics when stdout is closed (`morgue index DIR | head -0`)
    // or full: the build is committed by now, and the error is reported as any other.
    writeln!(
        std::io::stdout(),
        "{}",
        summary(&report, index_dir, dropped)
    )
    .context("writing the summary to standard output")?;
    for (folder, articles) in &report.gone_folders {
        note!(
            "warning: {folder} no longer exists; the index still holds its {} under \
             their old paths (if it moved, `morgue index{index_arg} --forget {}` drops them)",
            crate::counted(*articles as u64, "article"),
            crate::location::shell_word(folder)
        );
    }
    for root in &report.rebuilt_without {
        note!(
            "warning: the rebuild dropped the articles of {root}, a folder indexed before \
             and not given now (`morgue index{index_arg} {}` indexes it again)",
            crate::location::shell_word(root)
        );
    }
    let pages_found = report.added + report.updated + report.unchanged + report.skipped.len();
    if pages_found == 0 && !args.dirs.is_empty() && !report.is_interrupted() {
        // A folder of pages saved in a format morgue does not read (.mhtml, .pdf)
        // or the wrong folder.
        crate::warn_no_pages(&args.dirs);
    }
    if report.is_interrupted() {
        if dropped {
            note!("interrupted: the rebuild was dropped; the index is as it was before");
        } else if report.stopped_listing {
            note!("interrupted while listing the pages, before reading any");
        } else {
            note!(
                "interrupted: {} left for the next run; what was read is committed",
                crate::counted(report.left as u64, "page")
            );
        }
        return Ok(Outcome::Interrupted);
    }
    Ok(Outcome::Found)
}

/// Says what to do when the build failed because the index folder could not be
/// written: a full disk or a folder the user may not write. The build stopped
/// before committing, so an index that `had_index` holds what its last commit held.
fn with_write_hint(err: anyhow::Error, index_dir: &Path, had_index: bool) -> anyhow::Error {
    let kind = err
        .chain()
        .find_map(|cause| cause.downcast_ref::<std::io::Error>())
        .map(std::io::Error::kind);
    let kept = if had_index {
        "; the index keeps its last commit"
    } else {
        ""
    };
    match kind {
        Some(std::io::ErrorKind::StorageFull) => err.context(format!(
            "the disk holding {} is full{kept}: free some space and run again",
            index_dir.display()
        )),
        Some(std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem) => err
            .context(format!(
                "cannot write to the index folder {}{kept}",
                index_dir.display()
            )),
        _ => err,
    }
}

/// A flag that the first Ctrl-C sets, so the build stops after committing what it
/// parsed (a `rebuild` stops and drops what it parsed); a second Ctrl-C quits at
/// once (the last commit stays intact either way).
///
/// The `ctrlc` crate rather than `signal-hook`: one handler on every platform (SIGINT,
/// and with its `termination` feature SIGTERM and SIGHUP, on Unix; console events on
/// Windows) is all we need. The message goes through `note!`: stderr may be gone (a
/// closed terminal is what sends SIGHUP).
fn stop_on_ctrl_c(rebuild: bool) -> anyhow::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::Relaxed) {
            std::process::exit(130);
        }
        let doing = if rebuild {
            "dropping the rebuild, the index stays as it was"
        } else {
            "committing what was parsed"
        };
        note!("\nstopping: {doing} (Ctrl-C again to quit now)");
    })
    .context("installing the Ctrl-C handler")?;
    Ok(stop)
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

/// The build's one-line summary. A `dropped` rebuild (interrupted) added nothing
/// to the index, whatever it had read: the line says so rather than count what it
/// read as indexed.
fn summary(report: &BuildReport, index_dir: &Path, dropped: bool) -> String {
    let seconds = report.elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        report.indexed as f64 / seconds
    } else {
        0.0
    };
    let build = if dropped {
        format!(
            "rebuild dropped after reading {} in {seconds:.2} s ({:.1} MB read), nothing committed",
            crate::counted(report.indexed as u64, "page"),
            report.bytes_read as f64 / 1e6,
        )
    } else {
        // Touched files cost a re-stamp of their articles: said, so a slow run of an
        // "unchanged" folder explains itself (and the next one is quick).
        let restamped = match report.restamped {
            0 => String::new(),
            n => format!(" ({n} touched, re-stamped)"),
        };
        // Moved files are added under their new paths without a parse: counted
        // apart, as the run's speed differs.
        let moved = match report.moved {
            0 => String::new(),
            n => format!(", {n} moved"),
        };
        format!(
            "indexed {} ({} added{moved}, {} updated), {} removed, {} unchanged{restamped}, skipped {}, in {:.2} s ({:.0} pages/s, {:.1} MB read)",
            crate::counted(report.indexed as u64, "page"),
            report.added - report.moved,
            report.updated,
            report.removed,
            report.unchanged,
            report.skipped.len(),
            seconds,
            rate,
            report.bytes_read as f64 / 1e6,
        )
    };
    let segments = crate::counted(report.segments as u64, "segment");
    format!(
        "{build}; index: {}, {:.1} MB in {segments} (merges done) at {}",
        crate::counted(report.total_articles, "article"),
        report.index_bytes as f64 / 1e6,
        index_dir.display(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_says_one_page_article_and_segment_in_the_singular() {
        let report = BuildReport {
            indexed: 1,
            added: 1,
            total_articles: 1,
            segments: 1,
            ..BuildReport::default()
        };
        let line = summary(&report, Path::new("/idx"), false);
        assert!(line.starts_with("indexed 1 page (1 added,"), "{line}");
        assert!(line.contains("index: 1 article, "), "{line}");
        assert!(line.contains(" in 1 segment (merges done)"), "{line}");
        let report = BuildReport {
            indexed: 2,
            added: 2,
            total_articles: 3,
            segments: 3,
            ..BuildReport::default()
        };
        let line = summary(&report, Path::new("/idx"), false);
        assert!(line.starts_with("indexed 2 pages (2 added,"), "{line}");
        assert!(line.contains("index: 3 articles, "), "{line}");
        assert!(line.contains(" in 3 segments (merges done)"), "{line}");
    }
}
