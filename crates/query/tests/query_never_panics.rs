//! Property tests: any query string gives hits or a `QueryError`, never a panic
//! (issue 6). Longer runs: see CONTRIBUTING.md.

use std::sync::OnceLock;

use morgue_index::{BuildOptions, MorgueIndex, build_index, open_index};
use morgue_query::{SearchOptions, search};
use proptest::prelude::*;

/// One small index for every case, built once.
fn index() -> &'static MorgueIndex {
    static INDEX: OnceLock<(tempfile::TempDir, MorgueIndex)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let pages = tempfile::tempdir().unwrap();
            std::fs::write(
                pages.path().join("dam.html"),
                "<html><head><title>Dam opens on the Rell</title></head><body><article>\
                 <h1>Dam opens on the Rell</h1><p>The new dam on the Rell river opened on \
                 Monday, Mayor Anna Berg said in Zürich.</p></article></body></html>",
            )
            .unwrap();
            let dir = tempfile::tempdir().unwrap();
            build_index(
                &[pages.path()],
                dir.path(),
                &BuildOptions::default(),
                &|_| {},
            )
            .unwrap();
            let index = open_index(dir.path()).unwrap();
            (dir, index)
        })
        .1
}

/// Words of the page, the query syntax's operators and field prefixes, and the
/// characters tantivy's grammar gives a meaning to.
fn query_ish() -> impl Strategy<Value = String> {
    let pieces: &[&str] = &[
        "dam", "rell", "zürich", "anna", "title:", "entity:", "site:", "body:", "author:", "foo:",
        "\"", "(", ")", "[", "]", "{", "}", " OR ", " AND ", " NOT ", "-", "+", "*", "?", "~", "^",
        "2", ":", "\\", "/", "!", "'", " TO ", "<", ">", "=", "&&", "||", " ", "東京", "\u{0}",
        "\u{1b}",
    ];
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(pieces).prop_map(str::to_owned),
            1 => "\\PC{0,6}",
        ],
        0..16,
    )
    .prop_map(|parts| parts.concat())
}

/// 300 cases in CI; `PROPTEST_CASES=N` for a longer run (see CONTRIBUTING.md).
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 300;
    }
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_query_gives_hits_or_an_error(query in query_ish()) {
        let _ = search(index(), &query, &SearchOptions::default());
    }
}
