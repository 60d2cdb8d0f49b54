//! `morgue index`: every shape is indexed, bad files are reported, nothing duplicates.

use crate::extract::gzip;
use crate::support::Sandbox;

/// A sandbox holding the news fixtures, a gzip copy, and the broken files, under `pages/`.
pub fn sandbox_with_pages() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.copy_fixture("tests/fixtures/news", "pages/news");
    sandbox.copy_fixture("tests/fixtures/broken", "pages/broken");
    let lighthouse =
        std::fs::read(sandbox.dir.path().join("pages/news/lighthouse-notes.htm")).unwrap();
    std::fs::remove_file(sandbox.dir.path().join("pages/news/lighthouse-notes.htm")).unwrap();
    sandbox.write("pages/news/lighthouse-notes.htm.gz", gzip(&lighthouse));
    sandbox.write("pages/news/notes.md", "not a saved page, never read");
    sandbox
}

pub fn indexed_sandbox() -> Sandbox {
    let sandbox = sandbox_with_pages();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    sandbox
}

fn count_hits(sandbox: &Sandbox, query: &str) -> usize {
    let run = sandbox.morgue(&["search", "--json", "-n", "100", query]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json_lines().len()
}

#[test]
fn indexes_every_shape_and_summarises() {
    let sandbox = sandbox_with_pages();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // 5 news pages (one gzipped) + the truncated page; 3 broken files skipped.
    run.assert_stdout_has(
        "indexed 6 pages (6 added, 0 updated), 0 removed, 0 unchanged, skipped 3",
    );
    run.assert_stdout_has("pages/s");
    run.assert_stdout_has("6 articles");
    for file in ["empty.html", "photo.html", "archive.html.gz"] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with("warning: skipped") && l.contains(file)),
            "{file} not reported: {}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("notes.md"), "{}", run.stderr);
    // No progress bar when stderr is not a terminal.
    assert!(!run.stderr.contains("eta"), "{}", run.stderr);
    assert_eq!(
        count_hits(&sandbox, "walrus"),
        1,
        "the gzip copy is searchable"
    );
}

#[test]
fn re_running_does_not_duplicate() {
    let sandbox = indexed_sandbox();
    assert_eq!(count_hits(&sandbox, "dockworkers"), 2);
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("6 articles");
    assert_eq!(count_hits(&sandbox, "dockworkers"), 2);
}

#[test]
fn a_second_folder_adds_to_the_first() {
    let sandbox = indexed_sandbox();
    sandbox.write(
        "more/tide.html",
        "<html><head><title>Record spring tide floods quay</title></head><body><article>\
         <h1>Record spring tide floods quay</h1><p>The highest spring tide in forty years \
         flooded the fish quay on Tuesday, leaving crates of mackerel floating in the \
         market hall.</p></article></body></html>",
    );
    let run = sandbox.morgue(&["index", "more"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("7 articles");
    assert_eq!(count_hits(&sandbox, "mackerel"), 1);
    assert_eq!(count_hits(&sandbox, "dockworkers"), 2);
}

#[test]
fn a_moved_folder_is_named_and_its_articles_kept_until_forgotten() {
    let sandbox = indexed_sandbox();
    let old = sandbox.dir.path().join("pages");
    let old = std::fs::canonicalize(&old).unwrap();
    std::fs::rename(&old, sandbox.dir.path().join("archive")).unwrap();
    let run = sandbox.morgue(&["index", "archive"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warning = run.stderr_line("no longer exists");
    assert!(warning.contains(&*old.to_string_lossy()), "{warning}");
    assert!(warning.contains("6 articles"), "{warning}");
    // The command it suggests acts on this index, not the default one.
    let forget = format!(
        "`morgue index --index {} --forget {}` drops them",
        sandbox.index_dir().display(),
        old.display()
    );
    assert!(warning.contains(&forget), "{warning}");
    // Both copies are searchable, the old under its old paths.
    assert_eq!(count_hits(&sandbox, "dockworkers"), 4);
    let stats = sandbox.morgue(&["stats"]);
    assert!(
        stats
            .stdout
            .contains(&format!("{} (no longer exists)", old.display())),
        "{}",
        stats.stdout
    );
    let forgot = sandbox.morgue(&[
        std::ffi::OsStr::new("index"),
        "--forget".as_ref(),
        old.as_os_str(),
    ]);
    assert_eq!(forgot.code, 0, "{}", forgot.stderr);
    forgot.assert_stdout_has("6 removed");
    assert_eq!(count_hits(&sandbox, "dockworkers"), 2);
    let again = sandbox.morgue(&["index", "archive"]);
    assert!(
        !again.stderr.contains("no longer exists"),
        "{}",
        again.stderr
    );
    assert!(
        !sandbox
            .morgue(&["stats"])
            .stdout
            .contains("no longer exists")
    );
}

#[test]
fn a_gone_folder_of_one_article_is_named_in_the_singular() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "lone/tide.html",
        "<html><head><title>Spring tide floods quay</title></head><body><article>\
         <h1>Spring tide floods quay</h1><p>The highest spring tide in forty years \
         flooded the fish quay on Tuesday.</p></article></body></html>",
    );
    sandbox.write(
        "kept/gull.html",
        "<html><head><title>Gulls nest on the harbour wall</title></head><body><article>\
         <h1>Gulls nest on the harbour wall</h1><p>A colony of gulls has nested on the \
         harbour wall this spring.</p></article></body></html>",
    );
    assert_eq!(sandbox.morgue(&["index", "lone", "kept"]).code, 0);
    std::fs::remove_dir_all(sandbox.dir.path().join("lone")).unwrap();
    let run = sandbox.morgue(&["index"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warning = run.stderr_line("no longer exists");
    assert!(warning.contains("holds its 1 article under"), "{warning}");
}

#[test]
fn bringing_up_to_date_an_index_whose_morgue_json_is_damaged_says_so() {
    let sandbox = indexed_sandbox();
    sandbox.write("index/morgue.json", "{\"schema_version\": 5, \"roots\": [");
    let run = sandbox.morgue(&["index"]);
    // Not "holds no folder": the folders are there, the file naming them is not
    // readable.
    run.assert_one_error_line("error: ", "has no readable morgue.json");
    run.assert_stderr_has("--rebuild");
}

#[test]
fn forgetting_a_folder_the_index_does_not_hold_is_an_error_naming_it() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["index", "--forget", "elsewhere"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.assert_stderr_has("elsewhere is not a folder of this index");
    assert_eq!(count_hits(&sandbox, "dockworkers"), 2);
}

/// `--forget` where there is no index yet says so, and leaves no empty index
/// behind (the build created one, then refused the folder).
#[test]
fn forgetting_without_an_index_says_there_is_none_and_creates_none() {
    let sandbox = Sandbox::new();
    sandbox.copy_fixture("tests/fixtures/news", "pages");
    let run = sandbox.morgue(&["index", "--forget", "elsewhere", "pages"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "no index at {}; build one with",
            sandbox.index_dir().display()
        )),
        "{}",
        run.stderr
    );
    assert!(!sandbox.index_dir().exists());
}

/// `--forget DIR DIR` once dropped DIR's articles and then found its files
/// unchanged against the index as it was: the index lost them. Now it reads the
/// folder afresh.
#[test]
fn forgetting_and_indexing_the_same_folder_reads_it_afresh() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["index", "--forget", "pages", "pages/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("indexed 6 pages (6 added, 0 updated), 6 removed, 0 unchanged");
    assert_eq!(count_hits(&sandbox, "dockworkers"), 2);
}

#[test]
fn re_run_reads_only_new_and_changed_files_and_says_so() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("indexed 0 pages (0 added, 0 updated), 0 removed, 6 unchanged");
    sandbox.write(
        "pages/news/tide.html",
        "<html><head><title>Record spring tide floods quay</title></head><body><article>\
         <h1>Record spring tide floods quay</h1><p>The highest spring tide in forty years \
         flooded the fish quay on Tuesday, leaving crates of mackerel floating in the \
         market hall.</p></article></body></html>",
    );
    std::fs::remove_file(sandbox.dir.path().join("pages/news/budget-vote.txt")).unwrap();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("indexed 1 page (1 added, 0 updated), 1 removed, 5 unchanged");
    assert_eq!(count_hits(&sandbox, "mackerel"), 1);
    assert_eq!(count_hits(&sandbox, "alderbrook"), 0);
}

#[test]
fn a_touched_page_is_re_stamped_once_and_said_so() {
    let sandbox = indexed_sandbox();
    let page = sandbox.dir.path().join("pages/news/budget-vote.txt");
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let file = std::fs::File::options().write(true).open(&page).unwrap();
    file.set_modified(an_hour_ago).unwrap();
    drop(file);
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has(
        "indexed 0 pages (0 added, 0 updated), 0 removed, 6 unchanged (1 touched, re-stamped)",
    );
    assert_eq!(count_hits(&sandbox, "alderbrook"), 1);
    let run = sandbox.morgue(&["index", "pages"]);
    run.assert_stdout_has("0 removed, 6 unchanged, skipped 3, in");
}

#[test]
fn a_moved_page_keeps_its_article_under_the_new_path() {
    let sandbox = indexed_sandbox();
    let pages = sandbox.dir.path().join("pages");
    std::fs::create_dir(pages.join("2023")).unwrap();
    std::fs::rename(
        pages.join("news/budget-vote.txt"),
        pages.join("2023/budget-vote.txt"),
    )
    .unwrap();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("indexed 1 page (0 added, 1 moved, 0 updated), 0 removed, 5 unchanged");
    let run = sandbox.morgue(&["search", "--json", "alderbrook"]);
    let hits = run.json_lines();
    assert_eq!(hits.len(), 1, "{}", run.stdout);
    assert!(
        hits[0]["path"]
            .as_str()
            .unwrap()
            .ends_with("pages/2023/budget-vote.txt"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_page_written_with_decomposed_accents_is_found_by_its_words() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "saved/vote.html",
        "<html><head><title>Zu\u{308}rich votes</title></head><body><article>\
         <p>Die Ku\u{308}nstler waren in Zu\u{308}rich pra\u{308}sent, sagte die Stadt \
         am Montag nach der Abstimmung.</p></article></body></html>",
    );
    let run = sandbox.morgue(&["index", "saved"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for query in ["präsent", "prasent", "Zürich", "kunstler"] {
        assert_eq!(count_hits(&sandbox, query), 1, "{query}");
    }
}

#[test]
fn deleted_pages_leave_the_index_on_re_run() {
    let sandbox = indexed_sandbox();
    std::fs::remove_file(sandbox.dir.path().join("pages/news/budget-vote.txt")).unwrap();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(count_hits(&sandbox, "alderbrook"), 0);
}

#[test]
fn missing_folder_is_an_error_naming_it() {
    let sandbox = Sandbox::new();
    let run = sandbox.morgue(&["index", "no-such-folder"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("no-such-folder");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn index_flag_overrides_the_environment() {
    let sandbox = sandbox_with_pages();
    let run = sandbox.morgue(&["index", "--index", "elsewhere", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(sandbox.dir.path().join("elsewhere/morgue.json").exists());
    assert!(!sandbox.index_dir().exists());
    let run = sandbox.morgue(&["search", "--index", "elsewhere", "walrus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn index_of_another_schema_asks_for_a_rebuild() {
    let sandbox = indexed_sandbox();
    let meta = sandbox.index_dir().join("morgue.json");
    let text = std::fs::read_to_string(&meta).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["schema_version"] = 999.into();
    // A later morgue may record more than this one reads.
    json["added_later"] = "anything".into();
    let root = json["roots"][0].as_str().unwrap().to_owned();
    // A folder it was built from that is gone is left out of the command.
    json["roots"]
        .as_array_mut()
        .unwrap()
        .push("/no/such/folder".into());
    std::fs::write(&meta, json.to_string()).unwrap();

    // The command to run names the folders the index was built from.
    let run = sandbox.morgue(&["search", "walrus"]);
    assert_eq!(run.code, 2);
    let rebuild = format!(
        "rebuild it with `morgue index --index {} --rebuild {root}`\n",
        sandbox.index_dir().display()
    );
    assert!(run.stderr.ends_with(&rebuild), "{}", run.stderr);
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("--rebuild");

    // Without folders, the rebuild would read those the old index names, but one
    // is missing: refused, as it would drop that folder's articles.
    let run = sandbox.morgue(&["index", "--rebuild"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("/no/such/folder is missing");
    // The command the error gave runs as given.
    let run = sandbox.morgue(&["index", "--rebuild", &root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

#[test]
fn index_without_folders_brings_every_folder_of_the_index_up_to_date() {
    let sandbox = indexed_sandbox();
    sandbox.copy_fixture("tests/fixtures/news", "more");
    let run = sandbox.morgue(&["index", "more"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = count_hits(&sandbox, "walrus");
    assert_eq!(before, 2);
    std::fs::remove_file(sandbox.dir.path().join("more/lighthouse-notes.htm")).unwrap();
    let pages = sandbox.dir.path().join("pages/news");
    std::fs::rename(
        pages.join("lighthouse-notes.htm.gz"),
        pages.join("lighthouse-moved.htm.gz"),
    )
    .unwrap();

    let run = sandbox.morgue(&["index"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("no folder given: indexing what the index was built from: /"),
        "{}",
        run.stderr
    );
    run.assert_stdout_has("indexed 1 page (0 added, 1 moved, 0 updated), 1 removed");
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

#[test]
fn index_without_folders_walks_a_folder_inside_another_once() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["index", "pages/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::remove_file(sandbox.dir.path().join("pages/news/cafe-rent.html")).unwrap();
    let run = sandbox.morgue(&["index"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let scope = run.stderr_line("no folder given");
    assert!(scope.ends_with("/pages"), "{scope}");
    run.assert_stdout_has("0 updated), 1 removed, 5 unchanged");
}

#[test]
fn index_without_folders_needs_an_index_and_every_folder_for_a_rebuild() {
    let sandbox = sandbox_with_pages();
    let run = sandbox.morgue(&["index"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("no folder given, and there is no index at");

    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let moved = sandbox.dir.path().join("moved");
    std::fs::rename(sandbox.dir.path().join("pages"), &moved).unwrap();
    // A rebuild from the folders left would drop the articles of the missing one.
    let run = sandbox.morgue(&["index", "--rebuild"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("is missing");
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

/// An index whose `morgue.json` names this schema but whose fields are not its
/// own (a development build wrote it) is named as such, and --rebuild replaces it.
#[test]
fn index_with_other_fields_than_its_schema_says_so_and_rebuilds() {
    let sandbox = indexed_sandbox();
    let meta = sandbox.index_dir().join("meta.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&meta).unwrap()).unwrap();
    let fields = json["schema"].as_array_mut().unwrap();
    fields.retain(|field| field["name"] != "site_words");
    std::fs::write(&meta, json.to_string()).unwrap();

    let run = sandbox.morgue(&["search", "walrus"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("but lacks its fields");
    let run = sandbox.morgue(&["index", "--rebuild"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

/// A damaged `morgue.json` is named as such, not as an index "built by another
/// version of morgue (schema 0)", and --rebuild replaces it.
#[test]
fn index_with_a_damaged_morgue_json_says_so_and_rebuilds() {
    let sandbox = indexed_sandbox();
    std::fs::write(sandbox.index_dir().join("morgue.json"), "{\"schema_ver").unwrap();
    let index = sandbox.index_dir().display().to_string();
    let run = sandbox.morgue(&["search", "walrus"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "error: the index at {index} has no readable morgue.json (damaged, or not built by \
             morgue); rebuild it with `morgue index --index {index} --rebuild DIR`"
        )
    );
    let run = sandbox.morgue(&["index", "--rebuild", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

/// The files of the index whose name ends in `.ext` (a segment's part).
fn segment_files(sandbox: &Sandbox, ext: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(sandbox.index_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .collect()
}

/// A segment file cut short (a copy of the index interrupted, a bad sector) is named
/// as damage with the rebuild that mends it, by search, stats and index alike;
/// before, each printed tantivy's error alone and left the user to guess.
#[test]
fn a_segment_file_cut_short_asks_for_the_rebuild_that_mends_it() {
    let sandbox = indexed_sandbox();
    for file in segment_files(&sandbox, "idx") {
        std::fs::write(file, b"").unwrap();
    }
    let index = sandbox.index_dir().display().to_string();
    let pages = sandbox.dir.path().join("pages").display().to_string();
    let hint = format!(
        "; the index is damaged: rebuild it with `morgue index --index {index} --rebuild {pages}`"
    );
    for args in [&["search", "walrus"][..], &["stats"], &["index", "pages"]] {
        let run = sandbox.morgue(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.trim_end().ends_with(&hint),
            "{args:?}: {}",
            run.stderr
        );
    }
    let run = sandbox.morgue(&["index", "--rebuild", &pages]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

/// Bytes overwritten inside a fast-field file, its footer intact, made tantivy panic
/// (exit 101, a Rust panic and nothing else) in `stats`, `search --sort date` and
/// `index`: the panic is now an error that says a rebuild mends a damaged index.
#[test]
fn a_segment_overwritten_inside_is_an_error_not_a_panic() {
    let sandbox = indexed_sandbox();
    for file in segment_files(&sandbox, "fast") {
        let mut bytes = std::fs::read(&file).unwrap();
        let body = bytes.len().saturating_sub(200);
        bytes[..body].fill(0xFF);
        std::fs::write(file, bytes).unwrap();
    }
    let index = sandbox.index_dir().display().to_string();
    let pages = sandbox.dir.path().join("pages").display().to_string();
    let rebuild = format!("rebuild it with `morgue index --index {index} --rebuild {pages}`");
    for args in [
        &["stats"][..],
        &["search", "walrus", "--sort", "date"],
        &["index", "pages"],
    ] {
        let run = sandbox.morgue(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        // Below the panic's own message, which the default hook prints.
        let error = run.stderr.lines().last().unwrap();
        assert!(
            error.starts_with(&format!(
                "error: morgue crashed reading the index at {index}: "
            )),
            "{args:?}: {}",
            run.stderr
        );
        assert!(error.ends_with(&rebuild), "{args:?}: {}", run.stderr);
    }
    let run = sandbox.morgue(&["index", "--rebuild", &pages]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(count_hits(&sandbox, "walrus"), 1);
}

/// `--index` given a folder of the user's (a typo, or the folder of pages itself)
/// filled it with the index's files beside the user's own; it is refused, untouched.
#[test]
fn an_index_folder_holding_other_files_is_refused_and_left_alone() {
    let sandbox = sandbox_with_pages();
    let pages = sandbox.dir.path().join("pages");
    let before = std::fs::read_dir(&pages).unwrap().count();
    let run = sandbox.morgue(&["index", "--index", "pages", "pages"]);
    run.assert_one_error_line(
        "error: indexing into pages: pages holds no index but other files (",
        "); give the index a folder of its own, new or empty",
    );
    assert_eq!(std::fs::read_dir(&pages).unwrap().count(), before);
    assert!(!pages.join("morgue.json").exists());
}

/// `search` and `stats` on such a folder suggested `morgue index --index X DIR`,
/// which the build refuses; they say what the folder is.
#[test]
fn search_on_a_folder_of_other_files_says_it_holds_no_index() {
    let sandbox = sandbox_with_pages();
    for command in [&["search", "mine"][..], &["stats"]] {
        let run = sandbox.morgue(&[&["--index", "pages"][..], command].concat());
        run.assert_one_error_line("error: ", "pages holds no index but other files (");
        assert!(!run.stderr.contains("build one with"), "{}", run.stderr);
    }
}

/// `--index=~/idx` (no shell expands that `~`) built the index in a folder named
/// `~` in the current one, and said "at ~/idx"; `~` is the home folder.
#[cfg(unix)]
#[test]
fn a_tilde_in_the_index_option_is_the_home_folder() {
    let sandbox = sandbox_with_pages();
    let home = sandbox.dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_morgue"))
        .args(["--index=~/idx", "index", "pages"])
        .current_dir(sandbox.dir.path())
        .env("HOME", &home)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(home.join("idx").join("morgue.json").is_file());
    assert!(!sandbox.dir.path().join("~").exists());
}

#[test]
fn stats_counts_what_the_index_holds() {
    let sandbox = indexed_sandbox();
    let run = sandbox.morgue(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stats = &run.json_lines()[0];
    assert_eq!(stats["articles"], 6);
    assert!(stats["index_bytes"].as_u64().unwrap() > 0);
    assert!(stats["built_at"].is_string());
    let run = sandbox.morgue(&["stats"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("articles:  6");
}

#[test]
fn stats_without_an_index_says_how_to_build_one() {
    let run = Sandbox::new().morgue(&["stats"]);
    assert_eq!(run.code, 2);
    run.assert_stderr_has("morgue index");
}

/// The command to build a missing index names the index folder given: a bare
/// `morgue index DIR` would build the default one, and the search would still fail.
#[test]
fn a_missing_index_given_with_index_says_to_build_that_one() {
    let sandbox = Sandbox::new();
    for command in ["search", "stats"] {
        let mut args = vec!["--index", "my index", command];
        if command == "search" {
            args.push("walrus");
        }
        let run = sandbox.morgue(&args);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.trim_end().ends_with(
                "no index at my index; build one with `morgue index --index 'my index' DIR`"
            ),
            "{}",
            run.stderr
        );
    }
}

/// A folder with no file morgue reads (pages saved as .mhtml, or the wrong folder)
/// is named in a warning saying what morgue reads; the summary's zeros did not.
#[test]
fn a_folder_without_saved_pages_is_named_in_a_warning() {
    let sandbox = Sandbox::new();
    sandbox.write("saved/story.mhtml", "MIME-Version: 1.0");
    sandbox.write("saved/notes.md", "not a page");
    let run = sandbox.morgue(&["index", "saved"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("indexed 0 pages"), "{}", run.stdout);
    assert_eq!(
        run.stderr.trim_end(),
        "warning: no saved pages under saved (morgue reads .html, .htm, .xhtml, .shtml \
         and .txt files, pages saved as .php, .asp, .aspx, .jsp or .cfm, files without an \
         extension that hold HTML, and .gz copies of them)"
    );

    // A folder with pages, even only broken ones, gets no such warning.
    sandbox.copy_fixture("tests/fixtures/broken", "saved/broken");
    let run = sandbox.morgue(&["index", "saved"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("no saved pages"), "{}", run.stderr);
}

/// An empty MORGUE_INDEX (how scripts often unset it) means the default index, as
/// an unset one does; clap took it for `--index` given without a value and failed
/// with "a value is required for '--index <PATH>'".
#[test]
fn an_empty_morgue_index_means_the_default_index() {
    let sandbox = Sandbox::new();
    let data = sandbox.dir.path().join("data");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_morgue"))
        .arg("stats")
        .env("MORGUE_INDEX", "")
        .env("XDG_DATA_HOME", &data)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "no index at {}; build one with `morgue index DIR`",
            data.join("morgue/index").display()
        )),
        "{stderr}"
    );
}

/// `--rebuild DIR` keeps only DIR's articles: those of other folders indexed before
/// go, which the summary ("0 removed") did not say. A warning names each such
/// folder; one under a folder given is read again, and not named.
#[test]
fn a_rebuild_names_the_folders_it_dropped() {
    let sandbox = Sandbox::new();
    sandbox.copy_fixture("tests/fixtures/news", "pages/news");
    sandbox.copy_fixture("tests/fixtures/news", "other");
    let run = sandbox.morgue(&["index", "pages/news", "other"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let run = sandbox.morgue(&["index", "--rebuild", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let other = std::fs::canonicalize(sandbox.dir.path().join("other")).unwrap();
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "warning: the rebuild dropped the articles of {0}, a folder indexed before and \
             not given now (`morgue index --index {1} {0}` indexes it again)",
            other.display(),
            sandbox.index_dir().display()
        )
    );
}

/// The summary goes to a stdout that is closed or full without a panic: a closed
/// pipe is success (the build is committed), a full disk an error naming what
/// failed. `println!` panicked on both (exit 101 with a backtrace).
#[cfg(target_os = "linux")]
#[test]
fn the_summary_to_a_closed_or_full_stdout_is_no_panic() {
    let sandbox = sandbox_with_pages();
    let morgue = || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_morgue"));
        command
            .args(["index", "pages"])
            .current_dir(sandbox.dir.path())
            .env("MORGUE_INDEX", sandbox.index_dir())
            .stderr(std::process::Stdio::piped());
        command
    };
    let full = std::fs::File::create("/dev/full").unwrap();
    let output = morgue().stdout(full).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.ends_with(
            "error: writing the summary to standard output: No space left on device (os error 28)\n"
        ),
        "{stderr}"
    );

    let mut child = morgue()
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the pipe's reading end before the build writes its summary.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
