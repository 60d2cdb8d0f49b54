//! `morgue CMD --help`: each command's long description is shown.

use crate::index::indexed_sandbox;
use crate::support::Sandbox;

/// The doc comment of each subcommand's arguments holds what a user needs to know
/// (query syntax, what a re-run reads, the JSON keys); a doc comment on the
/// subcommand's enum variant used to replace it, so `--help` showed one line.
#[test]
fn each_command_help_shows_its_long_description() {
    let sandbox = Sandbox::new();
    for (command, says) in [
        ("search", "Words are ANDed"),
        ("index", "Re-running on a folder only reads what changed"),
        ("extract", "Each line holds the article"),
        ("stats", "the folders it was built from"),
    ] {
        let run = sandbox.morgue(&[command, "--help"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let flat = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        let says = says.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&says), "`{command} --help`: {}", run.stdout);
    }
}

/// Scripts branch on the exit status: every command's help says what it means.
#[test]
fn each_help_says_what_the_exit_status_means() {
    let sandbox = Sandbox::new();
    for command in [
        &["--help"][..],
        &["search", "--help"],
        &["index", "--help"],
        &["extract", "--help"],
        &["stats", "--help"],
    ] {
        let run = sandbox.morgue(command);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let flat = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Exit status: 0"),
            "{command:?}: {}",
            run.stdout
        );
    }
}

/// `--json` help names every key the objects have: `search --help` left out
/// `rank` and `authors`.
#[test]
fn json_help_names_every_key() {
    let sandbox = indexed_sandbox();
    for (command, json) in [
        ("search", &["search", "--json", "walrus"][..]),
        ("stats", &["stats", "--json"]),
        ("extract", &["extract", "pages/news"]),
    ] {
        let help = sandbox.morgue(&[command, "--help"]).stdout;
        let run = sandbox.morgue(json);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let object = run.json_lines().remove(0);
        for key in object.as_object().unwrap().keys() {
            assert!(
                help.split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|word| word == key),
                "`{command} --help` does not name {key}: {help}"
            );
        }
    }
}
