//! `morgue extract PATH...`: what morgue sees in pages, as JSON lines.

use std::cell::Cell;
use std::io::{self, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use morgue_extract::Article;
use morgue_index::{ReadLimits, extract_pages, find_pages};
use serde::Serialize;

use crate::Outcome;

/// Print what morgue extracts from pages, one JSON object per page.
///
/// Each line holds the article `morgue index` would store: path (as given here; the
/// index stores it absolute), url, site, title, date (YYYY-MM-DD, or RFC 3339 when the
/// time is known), authors, body and entities. Folders are walked for saved pages;
/// pages that yield nothing are named on stderr with the reason. Exit status: 0 when
/// a page yielded an article, 1 when none did, 2 on an error (a path given that does
/// not exist among them, named after the other pages are printed).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Saved pages, or folders of them; `-` is standard input (`curl -s URL | morgue
    /// extract -`)
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Print JSON lines (the only format; accepted so scripts can say it)
    #[arg(long)]
    json: bool,

    /// Threads parsing pages [default: all cores]
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
}

/// `-`, unless a file has that name, is standard input, read as the pipe it is.
fn stdin_for_dash(path: &Path) -> PathBuf {
    if path.as_os_str() == "-" && !path.exists() && cfg!(unix) {
        PathBuf::from("/dev/stdin")
    } else {
        path.to_owned()
    }
}

/// The JSON contract of `morgue extract`: keys are stable, add but never rename.
#[derive(Serialize)]
struct ArticleJson<'a> {
    path: String,
    url: Option<&'a str>,
    site: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<String>,
    authors: &'a [String],
    body: &'a str,
    entities: Vec<EntityJson<'a>>,
}

#[derive(Serialize)]
struct EntityJson<'a> {
    text: &'a str,
    kind: &'static str,
    mentions: &'a [String],
}

impl<'a> ArticleJson<'a> {
    fn from_article(article: &'a Article) -> Self {
        ArticleJson {
            path: article.path.to_string_lossy().into_owned(),
            url: article.url.as_deref(),
            site: article.site.as_deref(),
            title: article.title.as_deref(),
            date: article.published.map(|p| p.to_string()),
            authors: &article.authors,
            body: &article.body,
            entities: article
                .entities
                .iter()
                .map(|e| EntityJson {
                    text: &e.text,
                    kind: e.kind.as_str(),
                    mentions: &e.mentions,
                })
                .collect(),
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let _ = args.json;
    // Counted both by the walk (as it finds pages) and by the output.
    let skipped = Cell::new(0usize);
    let skip = |path: &Path, reason: &dyn std::fmt::Display| {
        note!(
            "warning: skipped {}: {reason}",
            crate::location::shown(path)
        );
        skipped.set(skipped.get() + 1);
    };
    // A path given that does not exist is an error (a typo, a folder not mounted),
    // not a page that yields nothing: named at the end, after the others' output,
    // and the exit status is 2, as `grep` does with a missing file.
    let given: Vec<PathBuf> = args.paths.iter().map(|path| stdin_for_dash(path)).collect();
    let missing: Vec<&PathBuf> = given.iter().filter(|root| !root.exists()).collect();
    // Walked as the extraction goes, not listed first: a folder of a million pages
    // starts printing at once.
    let paths = given
        .iter()
        .filter(|root| !missing.contains(root))
        .flat_map(|root| find_pages(root, None))
        .filter_map(|found| match found {
            Ok(path) => Some(path),
            Err((path, reason)) => {
                skip(&path, &reason);
                None
            }
        });
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut extracted = 0usize;
    let mut write_error = None;
    extract_pages(
        paths,
        &ReadLimits::default(),
        args.threads.map(usize::from),
        |path, result| {
            match result {
                Ok(article) => {
                    extracted += 1;
                    let line = serde_json::to_string(&ArticleJson::from_article(&article))
                        .expect("article JSON always serializes");
                    if let Err(err) = writeln!(out, "{line}") {
                        // `morgue extract DIR | head` closed the pipe: stop reading pages.
                        write_error = Some(err);
                        return ControlFlow::Break(());
                    }
                }
                Err(reason) => skip(path, &reason),
            }
            ControlFlow::Continue(())
        },
    );
    if let Some(err) = write_error {
        return Err(anyhow::Error::new(err).context("writing to standard output"));
    }
    out.flush().context("writing to standard output")?;
    let skipped = skipped.get();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|p| p.display().to_string()).collect();
        bail!(
            "no such file or folder: {} ({} extracted)",
            names.join(", "),
            crate::counted(extracted as u64, "page")
        );
    }
    if skipped > 0 {
        note!(
            "extracted {}, skipped {skipped}",
            crate::counted(extracted as u64, "page")
        );
    } else if extracted == 0 {
        // Only folders with no page in them: exit 1 alone did not say why.
        crate::warn_no_pages(&args.paths);
    }
    Ok(if extracted > 0 {
        Outcome::Found
    } else {
        Outcome::Nothing
    })
}
