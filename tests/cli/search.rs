//! `morgue search`: ranking, query syntax, filters, output formats, errors.

use crate::index::indexed_sandbox;
use crate::support::Sandbox;

fn titles(sandbox: &Sandbox, args: &[&str]) -> Vec<String> {
    let mut all = vec!["search", "--json", "-n", "100"];
    all.extend_from_slice(args);
    let run = sandbox.morgue(&all);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json_lines()
        .iter()
        .map(|hit| hit["title"].as_str().unwrap_or("").to_owned())
        .collect()
}

const STRIKE: &str = "Dockworkers walk out at Port Verran over night shifts";
const STRIKE_ENDS: &str = "Port Verran strike ends after authority restores overtime";

#[test]
fn finds_a_word_and_highlights_it_in_colour() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["search", "--color", "always", "walrus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("Keepers' logbook goes on show");
    run.assert_stdout_has("lighthouse-notes.htm.gz");
    let highlighted = run.stdout.split("walrus").next().unwrap();
    assert!(
        highlighted.ends_with('m'),
        "no ANSI style right before the match: {:?}",
        run.stdout
    );
}

/// The environment decides colour under `--color auto`, as `--help` says; the
/// option decides it when given. `--help` named only NO_COLOR.
#[test]
fn colour_follows_the_environment_the_help_names() {
    let sandbox = indexed_sandbox();
    let help = sandbox.morgue(&["search", "--help"]).stdout;
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for variable in ["NO_COLOR", "CLICOLOR=0", "TERM=dumb", "CLICOLOR_FORCE=1"] {
        assert!(help.contains(variable), "{variable}: {help}");
    }
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_morgue"));
        command
            .args(args)
            .env("MORGUE_INDEX", sandbox.index_dir())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().unwrap();
        assert_eq!(output.status.code(), Some(0));
        output.stdout.contains(&0x1b)
    };
    assert!(run(&[("CLICOLOR_FORCE", "1")], &["search", "walrus"]));
    assert!(!run(
        &[("CLICOLOR_FORCE", "1")],
        &["search", "--color", "never", "walrus"]
    ));
    assert!(!run(
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        &["search", "walrus"]
    ));
    assert!(run(
        &[("NO_COLOR", "1")],
        &["search", "--color", "always", "walrus"]
    ));
}

#[test]
fn plain_when_piped_or_asked() {
    let sandbox = indexed_sandbox();
    for args in [
        &["search", "walrus"][..],
        &["search", "--color", "never", "walrus"],
    ] {
        let run = sandbox.morgue(args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            !run.stdout.contains('\u{1b}'),
            "escape codes in {:?}",
            run.stdout
        );
        run.assert_stdout_has("walrus");
    }
}

/// `morgue search verran -dockworkers` excludes a word: clap took `-dockworkers`
/// for the options `-d -o …`, refused it, and advised `-- -d`.
#[test]
fn an_excluded_word_needs_no_quotes_or_double_dash() {
    let sandbox = indexed_sandbox();
    let quoted = sandbox.morgue(&["search", "--json", "verran -dockworkers"]);
    assert_eq!(quoted.code, 0, "{}", quoted.stderr);
    assert!(quoted.json_lines().len() < titles(&sandbox, &["verran"]).len());
    for args in [
        &["search", "--json", "verran", "-dockworkers"][..],
        &["search", "verran", "-dockworkers", "--json", "-n", "10"],
    ] {
        let run = sandbox.morgue(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, quoted.stdout, "{args:?}");
    }
}

#[test]
fn words_in_related_lists_do_not_find_the_page() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["search", "zeppelin"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(titles(&sandbox, &["chowder"]).is_empty());
    assert!(titles(&sandbox, &["cookies"]).is_empty());
}

#[test]
fn words_are_anded_and_or_phrase_and_minus_work() {
    let sandbox = indexed_sandbox();
    assert!(titles(&sandbox, &["dockworkers", "walrus"]).is_empty());
    assert_eq!(titles(&sandbox, &["dockworkers OR walrus"]).len(), 3);
    assert_eq!(
        titles(&sandbox, &["\"unloading of grain ships\""]),
        [STRIKE]
    );
    assert!(titles(&sandbox, &["\"ships grain\""]).is_empty());
    assert_eq!(
        titles(&sandbox, &["dockworkers -contingency"]),
        [STRIKE_ENDS]
    );
}

#[test]
fn field_prefixes_select_title_entity_and_site() {
    let sandbox = indexed_sandbox();
    assert_eq!(titles(&sandbox, &["title:strike"]), [STRIKE_ENDS]);
    assert_eq!(titles(&sandbox, &["site:coastline"]), [STRIKE_ENDS]);
    let mut reyland = titles(&sandbox, &["entity:\"tomas reyland\""]);
    reyland.sort();
    assert_eq!(reyland, [STRIKE, STRIKE_ENDS]);
}

#[test]
fn title_matches_outrank_body_matches() {
    let sandbox = indexed_sandbox();
    // "overtime" is in both bodies, and in the title of one.
    assert_eq!(
        titles(&sandbox, &["overtime"]).first().map(String::as_str),
        Some(STRIKE_ENDS)
    );
}

#[test]
fn since_and_until_filter_on_the_publication_date() {
    let sandbox = indexed_sandbox();
    assert_eq!(
        titles(&sandbox, &["verran", "--since", "2024-03-05"]),
        [STRIKE_ENDS]
    );
    assert_eq!(
        titles(&sandbox, &["dockworkers", "--until", "2024-03-02"]),
        [STRIKE]
    );
    assert_eq!(
        titles(
            &sandbox,
            &["dockworkers", "--since", "2024-03", "--until", "2024-03"]
        )
        .len(),
        2
    );
    assert!(titles(&sandbox, &["dockworkers", "--since", "2025"]).is_empty());
    let run = sandbox.morgue(&["search", "dockworkers", "--since", "2025"]);
    assert_eq!(run.code, 1);
    run.assert_stderr_has("published since 2025-01-01");
    let run = sandbox.morgue(&["search", "dockworkers", "--since", "March"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("YYYY");
}

/// `--sort oldest`: when a story was first reported, the question an archive is
/// asked most; undated articles come last, as with `--sort date`.
#[test]
fn sort_oldest_puts_the_first_report_first() {
    let sandbox = indexed_sandbox();
    let dates = |sort: &str| -> Vec<Option<String>> {
        let run = sandbox.morgue(&[
            "search",
            "--json",
            "--sort",
            sort,
            "verran OR alderbrook OR cafe",
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.json_lines()
            .iter()
            .map(|hit| hit["date"].as_str().map(|d| d[..10].to_owned()))
            .collect()
    };
    let oldest = dates("oldest");
    assert!(oldest.len() >= 4, "{oldest:?}");
    let mut sorted = oldest.clone();
    // Dated ones in order, the undated (None) after them.
    sorted.sort_by_key(|date| (date.is_none(), date.clone()));
    assert_eq!(oldest, sorted);
    // `newest` is another name for `date`.
    assert_eq!(dates("newest"), dates("date"));
}

#[test]
fn sort_by_date_puts_newest_first() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&[
        "search",
        "--json",
        "--sort",
        "date",
        "verran OR alderbrook OR cafe",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dates: Vec<String> = run
        .json_lines()
        .iter()
        .filter_map(|hit| hit["date"].as_str().map(|d| d[..10].to_owned()))
        .collect();
    assert!(dates.len() >= 4, "{dates:?}");
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn json_hits_carry_every_field() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["search", "--json", "grain"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hits = run.json_lines();
    let hit = hits
        .iter()
        .find(|h| h["title"] == STRIKE)
        .expect("strike page found");
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    assert_eq!(&hit["date"].as_str().unwrap()[..10], "2024-03-02");
    assert_eq!(hit["site"], "The Verran Packet");
    assert_eq!(
        hit["url"],
        "https://packet.example/news/dockworkers-walk-out"
    );
    assert!(
        hit["path"]
            .as_str()
            .unwrap()
            .ends_with("harbour-strike.html")
    );
    assert!(
        hit["entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["text"].is_string() && e["kind"].is_string())
    );
    let text = hit["snippet"]["text"].as_str().unwrap();
    let highlights = hit["snippet"]["highlights"].as_array().unwrap();
    assert!(!highlights.is_empty());
    for range in highlights {
        let (start, end) = (
            range[0].as_u64().unwrap() as usize,
            range[1].as_u64().unwrap() as usize,
        );
        assert_eq!(text[start..end].to_lowercase(), "grain", "{text:?} {range}");
    }
}

#[test]
fn limit_caps_the_hits() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["search", "--json", "-n", "1", "verran"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json_lines().len(), 1);
    assert!(titles(&sandbox, &["verran"]).len() > 1);
}

/// `-n 0` is a mistake, not a search that found nothing (exit 1, "no articles
/// match"), which is what it reported.
#[test]
fn limit_zero_is_refused() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["search", "-n", "0", "verran"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("error: invalid value '0' for '--limit <N>': ask for at least 1 article"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_limit_that_is_not_a_count_says_what_to_give() {
    let sandbox = indexed_sandbox();
    for limit in ["-1", "abc", "2.5"] {
        let run = sandbox.morgue(&["search", "-n", limit, "verran"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.starts_with(&format!(
                "error: invalid value '{limit}' for '--limit <N>': give a whole number of \
                 articles, 1 or more"
            )),
            "{}",
            run.stderr
        );
    }
    // More than can be counted asks for them all.
    let every = sandbox.morgue(&["search", "-n", "99999999999999999999999", "verran"]);
    assert_eq!(every.code, 0, "{}", every.stderr);
    assert_eq!(
        every.stdout,
        sandbox.morgue(&["search", "-n", "1000", "verran"]).stdout
    );
}

#[test]
fn count_prints_how_many_match_and_a_cut_list_says_so() {
    let sandbox = indexed_sandbox();
    let every = titles(&sandbox, &["verran"]).len();
    assert!(every > 1);
    let run = sandbox.morgue(&["search", "--count", "verran"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), every.to_string());
    let run = sandbox.morgue(&["search", "--count", "--json", "verran"]);
    assert_eq!(run.json_lines(), [serde_json::json!({ "count": every })]);
    let run = sandbox.morgue(&["search", "--count", "nosuchwordanywhere"]);
    assert_eq!((run.code, run.stdout.trim()), (1, "0"));

    let cut = sandbox.morgue(&["search", "-n", "1", "verran"]);
    assert_eq!(cut.code, 0, "{}", cut.stderr);
    cut.assert_stderr_has(format!("1 of {every} matching articles shown"));
    let whole = sandbox.morgue(&["search", "-n", &every.to_string(), "verran"]);
    assert!(
        !whole.stderr.contains("matching articles"),
        "{}",
        whole.stderr
    );
}

#[test]
fn a_star_finds_every_word_it_starts_and_needs_three_letters() {
    let sandbox = indexed_sandbox();
    let every = titles(&sandbox, &["verran"]);
    assert!(!every.is_empty());
    assert_eq!(titles(&sandbox, &["verr*"]).len(), every.len());
    let run = sandbox.morgue(&["search", "ve*"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.assert_stderr_has("give at least 3 letters before the *");
}

#[test]
fn a_tilde_finds_words_spelt_within_its_edits() {
    let sandbox = indexed_sandbox();
    let every = titles(&sandbox, &["verran"]);
    assert_eq!(titles(&sandbox, &["veran~1"]).len(), every.len());
    assert!(titles(&sandbox, &["veran"]).is_empty());
}

#[test]
fn syntax_errors_get_one_line_not_a_panic() {
    let sandbox = indexed_sandbox();
    for query in [
        "nosuchfield:walrus",
        "title:(walrus",
        "\"unclosed phrase",
        "+-*/:()[]{}^~\"'!&|\\<>=@#$%",
    ] {
        let run = sandbox.morgue(&["search", query]);
        assert!(
            run.code == 2 || run.code == 1 || run.code == 0,
            "{query}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{query}: {}", run.stderr);
        if run.code == 2 {
            assert_eq!(
                run.stderr.trim().lines().count(),
                1,
                "{query}: {}",
                run.stderr
            );
        }
    }
    let run = sandbox.morgue(&["search", "nosuchfield:walrus"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("nosuchfield");
    // Said once, in morgue's words rather than tantivy's ("Range query need to
    // target a specific field."), with what to write instead.
    let run = sandbox.morgue(&["search", "[2020 TO 2021]"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        "error: searching for \"[2020 TO 2021]\": a range [a TO b] needs a field before it, \
         as in title:[a TO c]; to filter by date, use --since and --until"
    );
}

#[test]
fn missing_index_says_how_to_build_one() {
    let sandbox = Sandbox::new();
    let run = sandbox.morgue(&["search", "walrus"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("morgue index");
}

#[test]
fn japanese_words_are_found_inside_unspaced_sentences() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "pages/minato.html",
        "<html><head><meta charset=\"utf-8\"><title>港湾の自動化</title></head><body><article>\
         <h1>港湾の自動化</h1><p>港湾労働者の労働組合は、自動化による雇用への影響を懸念している。\
         組合の担当者は現場の声を聞いてほしいと話した。</p></article></body></html>",
    );
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(titles(&sandbox, &["労働組合"]), ["港湾の自動化"]);
    assert!(
        titles(&sandbox, &["組合労働"]).is_empty(),
        "characters must stand in order"
    );
    let run = sandbox.morgue(&["search", "--json", "雇用"]);
    let hit = &run.json_lines()[0];
    let text = hit["snippet"]["text"].as_str().unwrap();
    let range = &hit["snippet"]["highlights"][0];
    let (start, end) = (
        range[0].as_u64().unwrap() as usize,
        range[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "雇用", "{hit}");
}
