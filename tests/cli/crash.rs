//! Crash safety and concurrency: `morgue index` killed with SIGKILL mid-build, two
//! builds at once, searches during a build (issue 6).

use std::time::{Duration, Instant};

use crate::support::{ReadOnlyMount, Sandbox, SmallDisk};

/// Pages generated for a build that takes a moment, and the commit batch: a multiple
/// of it, so every commit holds a whole number of batches.
const PAGES: usize = 600;
const BATCH: usize = 100;

/// Writes `PAGES` small stories under `pages/`, each with the shared word "harbour"
/// and a word of its own (`berthNNNN`).
fn sandbox_with_many_pages() -> Sandbox {
    let sandbox = Sandbox::new();
    for i in 0..PAGES {
        sandbox.write(
            &format!("pages/{:02}/story-{i:04}.html", i % 20),
            format!(
                "<html><head><title>Harbour notice {i}</title></head><body><article>\
                 <h1>Harbour notice {i}</h1><p>The harbour board met on Tuesday about \
                 berth{i:04} and the state of the quay; fishermen said the tide was high \
                 and the nets were full of herring this week.</p></article></body></html>"
            ),
        );
    }
    sandbox
}

fn articles(sandbox: &Sandbox) -> usize {
    let run = sandbox.morgue(&["stats", "--json"]);
    assert_eq!(run.code, 0, "the index opens: {}", run.stderr);
    run.json_lines()[0]["articles"].as_u64().unwrap() as usize
}

fn hits(sandbox: &Sandbox, query: &str) -> usize {
    let run = sandbox.morgue(&["search", "--json", "-n", "5000", query]);
    assert!(
        run.code == 0 || run.code == 1,
        "search fails: {}",
        run.stderr
    );
    run.json_lines().len()
}

/// Starts a build, kills it with SIGKILL after `delay`; true when it was still
/// running at that moment (else the kill tested nothing).
fn kill_after(sandbox: &Sandbox, args: &[&str], delay: Duration) -> bool {
    let batch = BATCH.to_string();
    let mut command = vec!["index", "--commit-every", &batch, "-j", "2"];
    command.extend_from_slice(args);
    command.push("pages");
    let mut child = sandbox.spawn_morgue(&command);
    std::thread::sleep(delay);
    let was_running = child.try_wait().unwrap().is_none();
    // Child::kill is SIGKILL on Unix: no handler runs, nothing is flushed.
    child.kill().unwrap();
    child.wait().unwrap();
    was_running
}

/// What a killed build left: the index opens and holds whole batches (what some
/// commit held), and searches agree. A first build killed before it created the
/// index's files leaves none, which counts as 0.
fn committed_articles(sandbox: &Sandbox) -> usize {
    if !sandbox.index_dir().join("meta.json").exists() {
        return 0;
    }
    let count = articles(sandbox);
    assert!(
        count.is_multiple_of(BATCH) && count <= PAGES,
        "{count} articles after a kill: not what any commit held"
    );
    assert_eq!(hits(sandbox, "harbour"), count, "search and stats disagree");
    count
}

/// A first build killed after writing `morgue.json` and before tantivy's files:
/// searches and stats say there is no index yet (they printed tantivy's "Failed
/// to open file for read: FileDoesNotExist(meta.json)"), and the next build
/// creates it.
#[test]
fn a_first_build_killed_before_the_index_files_leaves_no_index() {
    let sandbox = Sandbox::new();
    sandbox.copy_fixture("tests/fixtures/news", "pages");
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for entry in std::fs::read_dir(sandbox.index_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() != "morgue.json" {
            std::fs::remove_file(path).unwrap();
        }
    }
    let index = sandbox.index_dir().display().to_string();
    for args in [&["search", "harbour"][..], &["stats"]] {
        let run = sandbox.morgue(args);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("no index at {index}; build one with")),
            "{args:?}: {}",
            run.stderr
        );
    }
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits(&sandbox, "harbour"), 3);
}

#[test]
fn sigkill_at_any_moment_leaves_the_last_commit_and_a_rerun_finishes() {
    let sandbox = sandbox_with_many_pages();
    let started = Instant::now();
    let run = sandbox.morgue(&["index", "--commit-every", &BATCH.to_string(), "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let full_build = started.elapsed();
    assert_eq!(articles(&sandbox), PAGES);

    let mut rebuilds_killed = 0;
    // Kill points spread over a build, relative to this machine's speed.
    for percent in [10, 30, 50, 70, 90] {
        let delay = full_build * percent / 100;
        // A rebuild replaces the index in one commit at its end: killed before it,
        // it leaves the old index whole.
        let rebuild_was_running = kill_after(&sandbox, &["--rebuild"], delay);
        rebuilds_killed += usize::from(rebuild_was_running);
        assert_eq!(
            committed_articles(&sandbox),
            PAGES,
            "a rebuild killed at {percent}% lost the old index"
        );
        // A first build commits batch by batch; an incremental run carries on from
        // the last commit and never loses it.
        std::fs::remove_dir_all(sandbox.index_dir()).unwrap();
        kill_after(&sandbox, &[], delay);
        let after_first = committed_articles(&sandbox);
        kill_after(&sandbox, &[], delay / 2);
        let after_resume = committed_articles(&sandbox);
        assert!(
            after_resume >= after_first,
            "resuming lost articles: {after_first} -> {after_resume}"
        );
        let run = sandbox.morgue(&["index", "pages"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(articles(&sandbox), PAGES, "after the re-run at {percent}%");
        eprintln!(
            "kill at {percent}% of {full_build:?}: {PAGES} articles after a rebuild killed \
             (still running: {rebuild_was_running}), \
             {after_first} after a killed first build, {after_resume} after a killed \
             resume, {PAGES} after the re-run"
        );
        assert_eq!(hits(&sandbox, "berth0477"), 1);
    }
    assert!(
        rebuilds_killed > 0,
        "every rebuild finished before its kill: the test checked nothing"
    );
}

/// Another build holds the index's writer lock, as tantivy takes it (an exclusive
/// `flock` on `.tantivy-writer.lock`, for as long as a build writes): a second
/// build is refused with one clear line and changes nothing, and searches go on.
/// The test holds the lock itself: racing a real build depended on how fast the
/// machine ran it (a release build of the pages ended before a 300 ms wait).
#[test]
fn a_second_build_is_refused_while_searches_keep_working() {
    use fs4::fs_std::FileExt;
    let sandbox = sandbox_with_many_pages();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(sandbox.index_dir().join(".tantivy-writer.lock"))
        .unwrap();
    assert!(lock.try_lock_exclusive().unwrap(), "the lock was free");
    let second = sandbox.morgue(&["index", "--rebuild", "pages"]);
    let search = sandbox.morgue(&["search", "herring"]);
    assert_eq!(second.code, 2, "{}", second.stdout);
    second.assert_stderr_has("another `morgue index` is writing to the index");
    assert_eq!(second.stderr.lines().count(), 1, "{}", second.stderr);
    assert_eq!(search.code, 0, "search during a build: {}", search.stderr);
    assert_eq!(articles(&sandbox), PAGES);

    // Once the other build is done, the next one runs.
    drop(lock);
    let third = sandbox.morgue(&["index", "pages"]);
    assert_eq!(third.code, 0, "{}", third.stderr);
}

#[test]
fn ctrl_c_commits_what_was_parsed_and_exits_130() {
    stop_signal_commits_what_was_parsed_and_exits_130("INT");
}

/// SIGTERM (`kill`, `timeout`, a service manager stopping a job) stops a build as
/// Ctrl-C does; it used to end the process at once, losing the batch in progress,
/// which on a first build is everything read so far.
#[test]
fn sigterm_commits_what_was_parsed_and_exits_130() {
    stop_signal_commits_what_was_parsed_and_exits_130("TERM");
}

fn stop_signal_commits_what_was_parsed_and_exits_130(signal: &str) {
    let sandbox = sandbox_with_many_pages();
    let mut child = sandbox.spawn_morgue(&["index", "-j", "1", "pages"]);
    // Wait until the build is under way (it has created the index) before interrupting.
    let started = Instant::now();
    while !sandbox.index_dir().join("meta.json").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the build never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    let status = std::process::Command::new("kill")
        .args(["-s", signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap().code();
    let count = articles(&sandbox);
    if code == Some(130) {
        assert!(count < PAGES, "interrupted, yet every page was indexed");
    } else {
        // The build finished before the signal arrived: nothing to interrupt.
        assert_eq!((code, count), (Some(0), PAGES));
    }
    assert_eq!(hits(&sandbox, "harbour"), count);
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has(format!("{} added", PAGES - count));
    assert_eq!(articles(&sandbox), PAGES);
}

/// A sandbox whose `pages/` (the five `news` fixtures, three of them about the
/// harbour) is indexed, then gets 200 new stories that each hold "quayside": what a
/// failed build must not half-add.
fn indexed_sandbox_with_new_pages(sandbox: &Sandbox) -> usize {
    sandbox.copy_fixture("tests/fixtures/news", "pages");
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = articles(sandbox);
    assert_eq!(before, 5);
    for i in 0..200 {
        sandbox.write(
            &format!("pages/new/story-{i:03}.html"),
            format!(
                "<html><head><title>Quayside notice {i}</title></head><body><article>\
                 <h1>Quayside notice {i}</h1><p>The quayside market opened stall {i} on \
                 Saturday, selling herring and crab to a crowd of early visitors.</p>\
                 </article></body></html>"
            ),
        );
    }
    before
}

/// Checks the index holds exactly the `count` articles of its last commit: stats and
/// search agree, the old pages are found and none of the new ones.
fn assert_last_commit_intact(sandbox: &Sandbox, count: usize) {
    assert_eq!(articles(sandbox), count, "stats after the failed build");
    assert_eq!(hits(sandbox, "harbour"), 3, "the old pages are searchable");
    assert_eq!(
        hits(sandbox, "quayside"),
        0,
        "half of the failed build is visible"
    );
}

/// A full disk (issue 6): the build stops with exit 2 and an error naming the index
/// folder and the reason, the last commit stays whole and searchable, and once
/// there is room a re-run adds everything.
#[test]
fn a_full_disk_stops_the_build_and_keeps_the_last_commit() {
    let sandbox = Sandbox::new();
    let disk = SmallDisk::mount(&sandbox.index_dir(), 4 << 20);
    let before = indexed_sandbox_with_new_pages(&sandbox);
    disk.fill();

    let run = sandbox.morgue(&["index", "pages"]);
    let index = sandbox.index_dir().display().to_string();
    run.assert_one_error_line(
        &format!(
            "error: the disk holding {index} is full; the index keeps its last commit: \
             free some space and run again: indexing into {index}"
        ),
        "No space left on device",
    );
    assert_last_commit_intact(&sandbox, before);

    disk.free();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_stdout_has("200 added");
    assert_eq!(articles(&sandbox), before + 200);
    assert_eq!(hits(&sandbox, "quayside"), 200);
}

/// Indexes the sandbox's pages, then lets the user nobody read the index folder but
/// not write it; the articles the index holds.
#[cfg(unix)]
fn index_shared_read_only(sandbox: &Sandbox) -> usize {
    let before = indexed_sandbox_with_new_pages(sandbox);
    sandbox.share_with_nobody();
    assert!(
        !sandbox.nobody_can_write_in("index"),
        "the test cannot make the index folder unwritable"
    );
    before
}

/// An index folder the user may not write (issue 6): run as nobody on an index root
/// built, the build is refused with exit 2 and an error naming the folder and the
/// reason (not "another build holds the lock"), and the index is untouched.
#[cfg(unix)]
#[test]
fn an_unwritable_index_folder_is_reported_and_left_intact() {
    let sandbox = Sandbox::new();
    let before = index_shared_read_only(&sandbox);
    let files_before = index_files(&sandbox);

    let run = sandbox.morgue_as_nobody(&["index", "pages"]);
    let index = sandbox.index_dir().display().to_string();
    run.assert_one_error_line(
        &format!(
            "error: cannot write to the index folder {index}; the index keeps its last commit"
        ),
        "Permission denied",
    );
    assert!(
        !run.stderr.contains("another `morgue index`"),
        "{}",
        run.stderr
    );
    assert_eq!(
        index_files(&sandbox),
        files_before,
        "the index folder changed"
    );
    assert_last_commit_intact(&sandbox, before);

    // The owner can still add to it.
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(articles(&sandbox), before + 200);
}

/// An index the user may read but not write (the owner's archive, shared): searches
/// and stats work. tantivy's reader lock file cannot be opened for writing there,
/// which failed them with "Failed to acquire Lockfile".
#[cfg(unix)]
#[test]
fn an_index_folder_the_user_may_not_write_is_searchable() {
    let sandbox = Sandbox::new();
    let before = index_shared_read_only(&sandbox);
    assert!(sandbox.nobody_can_read("index/meta.json"));

    let run = sandbox.morgue_as_nobody(&["search", "--json", "harbour"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json_lines().len(), 3);
    let run = sandbox.morgue_as_nobody(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json_lines()[0]["articles"], before);
}

/// A first build where nobody may create the index folder: the same error, without
/// claiming there is a last commit to keep.
#[cfg(unix)]
#[test]
fn a_first_build_that_cannot_create_the_index_folder_says_so() {
    let sandbox = Sandbox::new();
    sandbox.copy_fixture("tests/fixtures/news", "pages");
    sandbox.share_with_nobody();
    assert!(
        !sandbox.nobody_can_write_in("."),
        "the test cannot make the sandbox unwritable"
    );

    let run = sandbox.morgue_as_nobody(&["index", "pages"]);
    let index = sandbox.index_dir().display().to_string();
    run.assert_one_error_line(
        &format!("error: cannot write to the index folder {index}: indexing into {index}"),
        "Permission denied",
    );
    assert!(!sandbox.index_dir().exists());
}

/// An index folder on a read-only file system (issue 6): the build is refused with
/// exit 2 and an error naming the folder and the reason, the index is untouched, and
/// it can still be searched.
#[test]
fn an_index_folder_on_a_read_only_file_system_is_reported_left_intact_and_searchable() {
    let sandbox = Sandbox::new();
    let before = indexed_sandbox_with_new_pages(&sandbox);
    let files_before = index_files(&sandbox);
    let read_only = ReadOnlyMount::new(&sandbox.index_dir());

    let run = sandbox.morgue(&["index", "pages"]);
    let index = sandbox.index_dir().display().to_string();
    run.assert_one_error_line(
        &format!(
            "error: cannot write to the index folder {index}; the index keeps its last commit"
        ),
        "Read-only file system",
    );
    // A read-only index is still searched (tantivy's reader lock is skipped where
    // nothing can write): the last commit, whole.
    assert_last_commit_intact(&sandbox, before);

    drop(read_only);
    assert_eq!(
        index_files(&sandbox),
        files_before,
        "the index folder changed"
    );
    assert_last_commit_intact(&sandbox, before);
}

/// Names and sizes of the files in the index folder, sorted.
fn index_files(sandbox: &Sandbox) -> Vec<(String, u64)> {
    let mut files: Vec<_> = std::fs::read_dir(sandbox.index_dir())
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            (
                entry.file_name().to_string_lossy().into_owned(),
                entry.metadata().unwrap().len(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Ctrl-C during `--rebuild` drops the rebuild: committing half of it would lose the
/// rest of the old index, which stays whole and searchable. What it prints says so,
/// and counts nothing as indexed.
#[test]
fn ctrl_c_during_a_rebuild_keeps_the_old_index() {
    let sandbox = sandbox_with_many_pages();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Interrupt the rebuild once it has read a few batches (with --commit-every 50 an
    // incremental build would have committed some). How long that takes depends on
    // the machine: shorter and shorter waits until one lands mid-rebuild.
    let mut interrupted = false;
    for wait_ms in [700, 300, 150, 80, 40, 20] {
        let child = sandbox.spawn_morgue_piped(&[
            "index",
            "--rebuild",
            "-j",
            "1",
            "--commit-every",
            "50",
            "pages",
        ]);
        std::thread::sleep(Duration::from_millis(wait_ms));
        let status = std::process::Command::new("kill")
            .args(["-s", "INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let output = child.wait_with_output().unwrap();
        let code = output.status.code();
        // Interrupted, finished first (code 0) or stopped before its handler was in
        // place (no code): the index holds every article either way.
        assert_eq!(articles(&sandbox), PAGES, "after a wait of {wait_ms} ms");
        assert_eq!(hits(&sandbox, "harbour"), PAGES);
        assert!(
            matches!(code, Some(130 | 0) | None),
            "exit {code:?} after {wait_ms} ms"
        );
        if code == Some(130) {
            let stdout = String::from_utf8_lossy(&output.stdout);
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                stdout.starts_with("rebuild dropped after reading ")
                    && stdout.contains("nothing committed")
                    && stdout.contains(&format!("index: {PAGES} articles")),
                "{stdout}"
            );
            assert!(!stdout.contains("added"), "{stdout}");
            assert!(
                stderr.contains("stopping: dropping the rebuild"),
                "{stderr}"
            );
            assert!(!stderr.contains("committing what was parsed"), "{stderr}");
            interrupted = true;
            break;
        }
    }
    assert!(interrupted, "no wait landed in the middle of the rebuild");
}
