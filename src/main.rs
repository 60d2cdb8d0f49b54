//! `morgue`: index a folder of saved news pages, then search it from the command line.

/// `eprintln!` that never panics: a line for stderr, dropped when stderr is gone
/// (`morgue index DIR 2>&1 | head` closed it), where `eprintln!` panicked with
/// exit 101. Warnings are advice; losing them must not fail a build that worked.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod extract;
mod index;
mod location;
mod search;
mod stats;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Search engine for archives of saved news pages.
///
/// Index a folder of pages saved from news sites (HTML as browsers save it, plain-text
/// dumps, gzip copies of either), then search the articles: ranked results with
/// highlighted snippets, filtered by date, person, place or outlet.
///
/// Exit status: 0 on success, 1 when `search` or `extract` found nothing, 2 on an
/// error (a mistyped command or option too), 130 when Ctrl-C stopped `index`.
#[derive(Debug, Parser)]
#[command(name = "morgue", version, max_term_width = 100)]
struct Cli {
    /// Index folder to use, else the MORGUE_INDEX environment variable [default: the
    /// per-user data folder, e.g. ~/.local/share/morgue/index on Linux]
    // Read from the environment here rather than by clap's `env`, which takes an
    // empty MORGUE_INDEX for an `--index` given without its value and fails.
    #[arg(long, global = true, value_name = "PATH")]
    index: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Index(index::Args),
    Search(search::Args),
    Extract(extract::Args),
    Stats(stats::Args),
}

/// What a folder walk reads, for the warning when it finds nothing (`index`, `extract`).
const PAGE_KINDS: &str = "morgue reads .html, .htm, .xhtml, .shtml and .txt files, pages saved \
     as .php, .asp, .aspx, .jsp or .cfm, files without an extension that hold HTML, and .gz \
     copies of them";

/// Warns that the folders `paths` hold no page morgue reads: the zeros of a
/// summary, or exit 1 alone, do not say which files count.
fn warn_no_pages(paths: &[PathBuf]) {
    let paths = paths
        .iter()
        .map(|path| path.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    note!("warning: no saved pages under {paths} ({PAGE_KINDS})");
}

/// How a subcommand ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// It produced what was asked (hits, articles, an index).
    Found,
    /// It worked but found nothing.
    Nothing,
    /// Ctrl-C stopped it after it saved what it had done.
    Interrupted,
}

/// mimalloc, not glibc's malloc: a build's threads each got an arena of their own
/// from glibc, which kept what they freed, and the build's anonymous memory rose
/// to the writer's budget plus 60 MB and more as the archive grew. Built without
/// transparent huge pages (`no_thp`): faulting them in cost a 3-second build 0.3 s
/// of system time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `n` and the noun in the singular for one, else with an `s`: "1 page", "3 pages".
fn counted(n: impl Into<u64>, noun: &str) -> String {
    match n.into() {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(search::exclusions_as_query(std::env::args_os().collect()));
    let given = cli.index.or_else(|| {
        std::env::var_os("MORGUE_INDEX")
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
    });
    let index_given = given.is_some();
    let index_dir = location::index_dir(given);
    let result = match cli.command {
        Command::Index(args) => {
            reading_index(&index_dir, || index::run(args, &index_dir, index_given))
        }
        Command::Search(args) => reading_index(&index_dir, || search::run(args, &index_dir)),
        Command::Extract(args) => extract::run(args),
        Command::Stats(args) => reading_index(&index_dir, || stats::run(args, &index_dir)),
    };
    match result {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::Nothing) => ExitCode::from(1),
        // The shell's code for "ended by SIGINT".
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        // `morgue search x | head` closes the pipe early: that is success, quietly.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let hint = index_hint(&err, &index_dir, index_given);
            let _ = writeln!(io::stderr(), "error: {err:#}{hint}");
            ExitCode::from(2)
        }
    }
}

/// A panic that ended a command reading the index. tantivy trusts the bytes of its
/// files: a segment damaged on disk (a bad sector, a copy cut short, another program
/// writing there) made `search` and `stats` panic with exit 101, and nothing said
/// that a rebuild mends it.
#[derive(Debug)]
struct Crashed {
    index_dir: PathBuf,
    message: String,
}

impl std::fmt::Display for Crashed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "morgue crashed reading the index at {}: {}",
            self.index_dir.display(),
            self.message
        )
    }
}

impl std::error::Error for Crashed {}

/// Runs a command that reads the index at `index_dir`, turning a panic into an
/// error (exit 2, with the hint to rebuild) instead of exit 101. The panic's own
/// message, printed by the default hook, stays above it for a bug report.
fn reading_index(
    index_dir: &Path,
    command: impl FnOnce() -> anyhow::Result<Outcome>,
) -> anyhow::Result<Outcome> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(command)).unwrap_or_else(|payload| {
        Err(Crashed {
            index_dir: index_dir.to_owned(),
            message: morgue_index::panic_message(payload.as_ref()),
        }
        .into())
    })
}

/// What to run when the index is missing, of another schema or damaged, naming the
/// index folder when it was given (`index_given`: by `--index` or `MORGUE_INDEX`): a
/// bare `morgue index DIR` would build the default index, not the one searched. A
/// rebuild names the folders the index was built from, when it says.
fn index_hint(err: &anyhow::Error, index_dir: &Path, index_given: bool) -> String {
    let index_arg = location::index_option(index_given.then_some(index_dir));
    // Only the folders still there: the command must run as given.
    let rebuild = |roots: &[String]| {
        let present: Vec<String> = roots
            .iter()
            .filter(|root| Path::new(root).is_dir())
            .map(|root| location::shell_word(root))
            .collect();
        let folders = if present.is_empty() {
            "DIR".to_owned()
        } else {
            present.join(" ")
        };
        format!("rebuild it with `morgue index{index_arg} --rebuild {folders}`")
    };
    let recorded_roots = || morgue_index::IndexMeta::roots_of(index_dir).unwrap_or_default();
    match err
        .chain()
        .find_map(|cause| cause.downcast_ref::<morgue_index::IndexError>())
    {
        Some(morgue_index::IndexError::Missing { .. }) => {
            return format!("; build one with `morgue index{index_arg} DIR`");
        }
        Some(morgue_index::IndexError::SchemaMismatch { roots, .. }) => {
            return format!("; {}", rebuild(roots));
        }
        _ => {}
    }
    if err.chain().any(morgue_index::is_damage) {
        format!("; the index is damaged: {}", rebuild(&recorded_roots()))
    } else if err.chain().any(|cause| cause.is::<Crashed>()) {
        format!(
            "; a damaged index does this (else it is a bug): {}",
            rebuild(&recorded_roots())
        )
    } else {
        String::new()
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
