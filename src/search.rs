//! `morgue search QUERY`

use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;
use morgue_query::{DatePeriod, Format, SearchOptions, Searcher, SortOrder, render};

use crate::Outcome;

/// Search the index; prints the best articles with highlighted snippets.
///
/// Words are ANDed: `putin summit` finds articles with both. Also: "exact phrase",
/// `a OR b` (`putin summit OR talks` needs putin and either word; `kyiv OR kiev
/// strike OR raid` one word of each pair), `-word` to
/// exclude, `climat*` for every word it starts (3 letters or more before the `*`),
/// `"vladimir put"*` for the phrases it starts, `gadafi~1` for the words spelt
/// within 1 edit of it (`~` alone allows 1 edit up to 5 letters, 2 beyond), `*`
/// alone for every article (with --since/--until, all of a period), and field
/// prefixes `title:`, `entity:` (people, organisations, places:
/// `entity:"kim jong un"`), `site:` (an outlet's name or address), `author:` and
/// `body:`. Title matches weigh
/// more than body matches. Exit status: 0 when articles were found, 1 when none
/// were, 2 on an error.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query; several words are joined with spaces; `-word` excludes a word
    /// (`morgue search putin -trump`)
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,

    /// How many articles to print (at least 1)
    // Negative numbers reach `parse_limit`, which says what to give: clap took `-1`
    // for an option and advised `-- -1`, which makes it part of the query.
    #[arg(
        short = 'n',
        long = "limit",
        value_name = "N",
        default_value_t = 10,
        value_parser = parse_limit,
        allow_negative_numbers = true
    )]
    limit: usize,

    /// Only articles published in or after this period: YYYY, YYYY-MM or YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_period)]
    since: Option<DatePeriod>,

    /// Only articles published in or before this period: YYYY, YYYY-MM or YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_period)]
    until: Option<DatePeriod>,

    /// Order of the results
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    sort: Sort,

    /// Print one JSON object per hit (keys: rank, score, title, title_highlights, date,
    /// site, url, path, authors, entities, snippet; snippet holds text and highlights;
    /// highlights are byte ranges)
    #[arg(long)]
    json: bool,

    /// Print only how many articles match (with `--json`, as `{"count": N}`)
    #[arg(long)]
    count: bool,

    /// When to colour the output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Sort {
    /// Best match first
    Relevance,
    /// Newest first; undated articles last
    #[value(alias = "newest")]
    Date,
    /// Oldest first, to find when a story was first reported; undated articles last
    Oldest,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ColorChoice {
    /// Colour when stdout is a terminal, unless NO_COLOR is set, CLICOLOR=0 or
    /// TERM=dumb; CLICOLOR_FORCE=1 colours a pipe too
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// `argv` with the words a `search` query excludes (`putin -trump`) moved after a
/// `--`, where clap reads them as query words: it took `-trump` for the options
/// `-t -r …`, refused it, and advised `-- -t`. A `-word` is an argument of `search`
/// starting with one `-` and a letter (or a quote, a parenthesis) that is not one of
/// its own short options (`-n 5`, `-n5`, `-h`); the arguments after a `--` are left
/// as they are, as is any command line that is not a search.
pub fn exclusions_as_query(argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    /// Options whose value may be the next argument.
    const TAKES_VALUE: &[&str] = &[
        "-n", "--limit", "--since", "--until", "--sort", "--color", "--index",
    ];
    let text = |at: usize| argv.get(at).and_then(|arg| arg.to_str());
    // The subcommand: after the program and any global `--index PATH`.
    let mut at = 1;
    while let Some(arg) = text(at).filter(|arg| arg.starts_with('-')) {
        at += if arg == "--index" { 2 } else { 1 };
    }
    if text(at) != Some("search") {
        return argv;
    }
    let mut kept = argv[..=at].to_vec();
    let mut words = Vec::new();
    let mut rest = argv[at + 1..].iter();
    while let Some(arg) = rest.next() {
        let Some(word) = arg.to_str() else {
            kept.push(arg.clone());
            continue;
        };
        if word == "--" {
            kept.push(arg.clone());
            kept.extend(rest.cloned());
            break;
        }
        if TAKES_VALUE.contains(&word) {
            kept.push(arg.clone());
            kept.extend(rest.next().cloned());
            continue;
        }
        // `-n5`, `-n=5`, and `-n5x` for clap to refuse as a limit.
        let is_own_short = word == "-h"
            || word
                .strip_prefix("-n")
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() || "=-".contains(c)));
        let is_word = word
            .strip_prefix('-')
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_alphabetic() || "\"'(".contains(c));
        if is_word && !is_own_short {
            words.push(arg.clone());
        } else {
            kept.push(arg.clone());
        }
    }
    if !words.is_empty() {
        if !kept.iter().any(|arg| arg == "--") {
            kept.push("--".into());
        }
        kept.extend(words);
    }
    kept
}

/// `-n 0` asked for nothing, and found it: an error, not an empty result. A number
/// too large to hold asks for every article; anything else is told what to give
/// (Rust's own "invalid digit found in string" did not).
fn parse_limit(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("ask for at least 1 article".to_owned()),
        Ok(limit) => Ok(limit),
        Err(err) if *err.kind() == std::num::IntErrorKind::PosOverflow => Ok(usize::MAX),
        Err(_) => Err("give a whole number of articles, 1 or more".to_owned()),
    }
}

fn parse_period(text: &str) -> Result<DatePeriod, String> {
    DatePeriod::parse(text).map_err(|err| err.to_string())
}

pub fn run(args: Args, index_dir: &Path) -> anyhow::Result<Outcome> {
    let query = args.query.join(" ");
    let index = morgue_index::open_index(index_dir)?;
    let options = SearchOptions {
        limit: args.limit,
        since: args.since.map(|p| p.first),
        until: args.until.map(|p| p.last),
        sort: match args.sort {
            Sort::Relevance => SortOrder::Relevance,
            Sort::Date => SortOrder::Newest,
            Sort::Oldest => SortOrder::Oldest,
        },
        ..SearchOptions::default()
    };
    let searcher = Searcher::new(&index)?;
    let searching = || format!("searching for {query:?}");
    if args.count {
        let count = searcher.count(&query, &options).with_context(searching)?;
        let mut out = io::stdout().lock();
        let line = if args.json {
            serde_json::json!({ "count": count }).to_string()
        } else {
            count.to_string()
        };
        writeln!(out, "{line}")
            .and_then(|()| out.flush())
            .context("writing the count to standard output")?;
        return Ok(if count == 0 {
            Outcome::Nothing
        } else {
            Outcome::Found
        });
    }
    let hits = searcher.search(&query, &options).with_context(searching)?;
    let format = if args.json {
        Format::Json
    } else {
        Format::Text
    };
    let stdout = io::stdout();
    // Colour is decided here, once, and shows up only as the writer: the renderer
    // always writes styles and `AutoStream` strips them when colour is off.
    let choice = match args.color {
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
        ColorChoice::Auto => anstream::AutoStream::choice(&stdout),
    };
    let mut out = io::BufWriter::new(anstream::AutoStream::new(stdout.lock(), choice));
    render(&hits, format, &mut out)
        .and_then(|()| out.flush())
        .context("writing the results to standard output")?;
    if format == Format::Text && !hits.is_empty() && hits.len() == options.limit {
        // The list may be cut: say how much of the coverage it shows.
        let total = searcher.count(&query, &options).with_context(searching)?;
        if total > hits.len() {
            note!(
                "{} of {total} matching articles shown; `-n {total}` shows them all",
                hits.len()
            );
        }
    }
    if hits.is_empty() && format == Format::Text {
        // Name the date filter too: it is often what emptied the result.
        let since = options.since.map(|day| format!(" published since {day}"));
        let until = options.until.map(|day| format!(" published until {day}"));
        let filters = [since, until]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" and");
        note!("no articles match {query:?}{filters}");
    }
    Ok(if hits.is_empty() {
        Outcome::Nothing
    } else {
        Outcome::Found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved(line: &str) -> String {
        let argv = line.split(' ').map(std::ffi::OsString::from).collect();
        exclusions_as_query(argv)
            .iter()
            .map(|arg| arg.to_str().unwrap())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn excluded_words_move_after_a_double_dash() {
        assert_eq!(
            moved("morgue search putin -trump"),
            "morgue search putin -- -trump"
        );
        assert_eq!(
            moved("morgue --index /i search -n 5 putin -trump --json -\"kim"),
            "morgue --index /i search -n 5 putin --json -- -trump -\"kim"
        );
        // Its own options and their values stay options; -n takes -1 to refuse it.
        assert_eq!(
            moved("morgue search -n5 putin -h"),
            "morgue search -n5 putin -h"
        );
        assert_eq!(
            moved("morgue search -n=5 -n5x putin"),
            "morgue search -n=5 -n5x putin"
        );
        assert_eq!(
            moved("morgue search -n -1 putin"),
            "morgue search -n -1 putin"
        );
        assert_eq!(
            moved("morgue search --since 2024 x"),
            "morgue search --since 2024 x"
        );
        // A word that merely starts like -n is a word.
        assert_eq!(
            moved("morgue search war -nuclear"),
            "morgue search war -- -nuclear"
        );
        // After a `--`, or outside search, nothing moves.
        assert_eq!(
            moved("morgue search a -b -- c -d"),
            "morgue search a -- c -d -b"
        );
        assert_eq!(moved("morgue index -j 2 dir"), "morgue index -j 2 dir");
        assert_eq!(moved("morgue extract -x"), "morgue extract -x");
    }
}
