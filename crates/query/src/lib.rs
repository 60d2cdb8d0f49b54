//! Searches a morgue index: parses the user's query, ranks articles (BM25, title
//! weighted over body), cuts a snippet of each body around the matched words, and
//! renders the hits as text (styled with ANSI codes) or JSON Lines.
//!
//! Building the index is `morgue-index`'s job; deciding whether the terminal gets
//! colour, printing errors and choosing exit codes is the CLI's. [`search`] never
//! prints: it returns [`Hit`]s, plain data that [`mod@render`] turns into bytes on any
//! writer.
//!
//! ```
//! use morgue_index::{build_index, open_index, BuildOptions};
//! use morgue_query::{render, search, Format, SearchOptions};
//!
//! let pages = tempfile::tempdir().unwrap();
//! std::fs::write(
//!     pages.path().join("dam.html"),
//!     "<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1>\
//!      <p>The new dam on the Rell river opened on Monday after six years of works.</p>\
//!      </article></body></html>",
//! )
//! .unwrap();
//! let index_dir = tempfile::tempdir().unwrap();
//! build_index(&[pages.path()], index_dir.path(), &BuildOptions::default(), &|_| {}).unwrap();
//! let index = open_index(index_dir.path()).unwrap();
//!
//! let hits = search(&index, "rell river", &SearchOptions::default()).unwrap();
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].title.as_deref(), Some("Dam opens"));
//!
//! // The CLI passes an `anstream` writer that keeps or strips the styles.
//! let mut out = anstream::StripStream::new(Vec::new());
//! render(&hits, Format::Text, &mut out).unwrap();
//! let text = String::from_utf8(out.into_inner()).unwrap();
//! assert!(text.starts_with("1. Dam opens\n"));
//! assert!(text.contains("on the Rell river opened"));
//! ```

mod collect;
mod date_bound;
mod exclude;
mod parse;
pub mod render;
mod search;
mod snippet;

pub use date_bound::DatePeriod;
pub use render::{Format, render};
pub use search::{Hit, SearchOptions, Searcher, SortOrder, search};
pub use snippet::Snippet;

/// What can go wrong turning a query into hits.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The query is empty or only white space.
    #[error("the query is empty: give at least one word to look for")]
    Empty,
    /// The query does not parse (an unbalanced quote or parenthesis, a dangling operator).
    #[error("invalid query at character {column}: {explanation}")]
    Syntax {
        /// The query as given.
        query: String,
        /// Where the problem is, in characters from 1.
        column: usize,
        /// What is wrong and how to fix it.
        explanation: String,
    },
    /// The query names a field morgue does not search (`foo:bar`).
    #[error(
        "unknown field `{field}:` in the query; the fields are {valid} (put the words in quotes to search for them as written)"
    )]
    UnknownField {
        /// The field name as written, without the colon.
        field: String,
        /// The valid prefixes, for the message (`title:, body:, …`).
        valid: String,
    },
    /// A word ending in `*` with too short a start to look up (`cl*`).
    #[error("`{word}` is too short a start to search by: give at least 3 letters before the *")]
    ShortPrefix {
        /// The word as written, with its `*`.
        word: String,
    },
    /// A `word~N` asking for more edits than can be looked up (`gadafi~3`).
    #[error("`{word}` asks for too many edits: give ~1 or ~2")]
    FuzzyDistance {
        /// The word as written, with its `~N`.
        word: String,
    },
    /// Every word of the query is excluded with `-`: there is nothing to look for.
    #[error("the query only excludes words (-word): add at least one word to look for")]
    OnlyExclusions,
    /// The query asks for something morgue does not search by (a `/regex/`,
    /// `title:*`, a range or `IN [...]` with no field).
    #[error("{explanation}")]
    Unsearchable {
        /// What is not supported and what to write instead.
        explanation: String,
    },
    /// Nothing the query looks for is a word the index holds (`🚀`, `!!!`, `""`):
    /// punctuation, symbols and emoji are not indexed, so it could never match.
    #[error(
        "the query holds no word to look for: punctuation, symbols and emoji are not indexed; give at least one word"
    )]
    NoWords,
    /// The query parses but asks for something morgue cannot run (a range over a
    /// text field with a phrase).
    // The reason is the source's message: a `{reason}` here printed it twice in an
    // error chain (`{:#}`).
    #[error("the query cannot be run")]
    Unsupported {
        /// tantivy's explanation (the source's message).
        reason: String,
        /// The cause.
        #[source]
        source: tantivy::query::QueryParserError,
    },
    /// A date bound (`--since`, `--until`) is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("invalid date {text:?}: {reason} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    DateBound {
        /// The bound as given.
        text: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The earliest date asked for comes after the latest one.
    #[error("the date range is empty: {since} comes after {until}")]
    EmptyDateRange {
        /// First day asked for.
        since: chrono::NaiveDate,
        /// Last day asked for.
        until: chrono::NaiveDate,
    },
    /// Highlight ranges given to [`Snippet::new`] break its invariant.
    #[error("highlight {start}..{end} {reason}")]
    Highlight {
        /// Start of the offending range, in bytes.
        start: usize,
        /// End of the offending range, in bytes.
        end: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// tantivy failed reading the index (a file vanished, a segment is corrupt).
    #[error("{action}")]
    Index {
        /// What was being done ("reading the index").
        action: &'static str,
        /// The cause.
        #[source]
        source: tantivy::TantivyError,
    },
}
