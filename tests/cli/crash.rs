//! Crash safety and concurrency: `morgue index` killed with SIGKILL mid-build, two
//! builds at once, searches during a build (issue 6).

use std::time::{Duration, Instant};

use crate::support::Sandbox;

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

/// Starts a build, kills it with SIGKILL after `delay`, and checks what it left: the
/// index opens, holds whole batches (what some commit held), and searches agree.
fn kill_after(sandbox: &Sandbox, args: &[&str], delay: Duration) -> usize {
    let batch = BATCH.to_string();
    let mut command = vec!["index", "--commit-every", &batch, "-j", "2"];
    command.extend_from_slice(args);
    command.push("pages");
    let mut child = sandbox.spawn_morgue(&command);
    std::thread::sleep(delay);
    // Child::kill is SIGKILL on Unix: no handler runs, nothing is flushed.
    child.kill().unwrap();
    child.wait().unwrap();
    let count = articles(sandbox);
    assert!(
        count.is_multiple_of(BATCH) && count <= PAGES,
        "{count} articles after a kill: not what any commit held"
    );
    assert_eq!(hits(sandbox, "harbour"), count, "search and stats disagree");
    count
}

#[test]
fn sigkill_at_any_moment_leaves_the_last_commit_and_a_rerun_finishes() {
    let sandbox = sandbox_with_many_pages();
    let started = Instant::now();
    let run = sandbox.morgue(&["index", "--commit-every", &BATCH.to_string(), "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let full_build = started.elapsed();
    assert_eq!(articles(&sandbox), PAGES);

    // Kill points spread over a build, relative to this machine's speed.
    for percent in [10, 30, 50, 70, 90] {
        let delay = full_build * percent / 100;
        // A rebuild drops everything in its first commit, then refills.
        let after_rebuild = kill_after(&sandbox, &["--rebuild"], delay);
        // An incremental run carries on from the last commit and never loses it.
        let after_resume = kill_after(&sandbox, &[], delay / 2);
        assert!(
            after_resume >= after_rebuild,
            "resuming lost articles: {after_rebuild} -> {after_resume}"
        );
        let run = sandbox.morgue(&["index", "pages"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(articles(&sandbox), PAGES, "after the re-run at {percent}%");
        eprintln!(
            "kill at {percent}% of {full_build:?}: {after_rebuild} articles after a killed \
             rebuild, {after_resume} after a killed resume, {PAGES} after the re-run"
        );
        assert_eq!(hits(&sandbox, "berth0477"), 1);
    }
}

#[test]
fn a_second_build_is_refused_while_searches_keep_working() {
    let sandbox = sandbox_with_many_pages();
    let run = sandbox.morgue(&["index", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // A rebuild re-reads every page, so it holds the lock for a while.
    let mut first = sandbox.spawn_morgue(&["index", "--rebuild", "-j", "1", "pages"]);
    std::thread::sleep(Duration::from_millis(300));
    let second = sandbox.morgue(&["index", "pages"]);
    let search = sandbox.morgue(&["search", "herring"]);
    let still_running = first.try_wait().unwrap().is_none();
    assert!(first.wait().unwrap().success());
    assert!(
        still_running,
        "the first build ended before the second started; the test needs more pages"
    );
    assert_eq!(second.code, 2, "{}", second.stdout);
    assert!(
        second
            .stderr
            .contains("another `morgue index` is writing to the index"),
        "{}",
        second.stderr
    );
    assert_eq!(second.stderr.lines().count(), 1, "{}", second.stderr);
    assert_eq!(search.code, 0, "search during a build: {}", search.stderr);
    assert_eq!(articles(&sandbox), PAGES);
}

#[test]
fn ctrl_c_commits_what_was_parsed_and_exits_130() {
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
        .args(["-s", "INT", &child.id().to_string()])
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
    assert!(
        run.stdout.contains(&format!("{} added", PAGES - count)),
        "{}",
        run.stdout
    );
    assert_eq!(articles(&sandbox), PAGES);
}
