//! Turns folders of saved news pages into a tantivy index, and opens it again.
//!
//! The walk, the reading of files (gzip included) and the parallel build live here;
//! what a page means is `morgue-extract`'s job, and searching is `morgue-query`'s.
//!
//! ```
//! use morgue_index::{build_index, open_index, BuildOptions};
//!
//! let pages = tempfile::tempdir().unwrap();
//! std::fs::write(
//!     pages.path().join("story.html"),
//!     "<html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1>\
//!      <p>The new dam on the Rell river opened on Monday.</p></article></body></html>",
//! )
//! .unwrap();
//! let index_dir = tempfile::tempdir().unwrap();
//! let report = build_index(&[pages.path()], index_dir.path(), &BuildOptions::default(), &|_| {}).unwrap();
//! assert_eq!(report.indexed, 1);
//! let index = open_index(index_dir.path()).unwrap();
//! assert_eq!(index.reader().unwrap().searcher().num_docs(), 1);
//! ```

mod build;
mod directory;
mod manifest;
mod merge;
mod meta;
pub mod page;
pub mod schema;
mod stats;
mod tokenizer;
mod walk;

use std::path::{Path, PathBuf};

pub use build::{
    BuildOptions, BuildReport, Progress, SkipReason, build_index, extract_pages, panic_message,
};
pub use merge::{MAX_MERGE_BYTES, merge_policy, writer_options};
pub use meta::IndexMeta;
pub use page::{PageError, ReadLimits, SavedPage, read_page};
pub use schema::Fields;
pub use stats::{IndexStats, index_stats};
pub use walk::find_pages;

/// What can go wrong opening or building an index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// No index at the path: nothing was built there yet. (The CLI says how to build
    /// one: the command depends on how it was told where the index is.)
    #[error("no index at {}", path.display())]
    Missing {
        /// Where the index was looked for.
        path: PathBuf,
    },
    /// The index path names a file: an index is a folder.
    #[error(
        "{} is a file, not an index folder; give the index a folder of its own",
        path.display()
    )]
    NotAFolder {
        /// The path given for the index.
        path: PathBuf,
    },
    /// The index folder holds no index but other files: a folder of the user's
    /// (given to `--index` by mistake, or the folder of pages itself), which a build
    /// would have filled with the index's files.
    #[error(
        "{} holds no index but other files ({example}); give the index a folder of its own, new or empty",
        path.display()
    )]
    NotAnIndex {
        /// The index folder given.
        path: PathBuf,
        /// One of the files found there, and how many others.
        example: String,
    },
    /// The index was written by a morgue with another schema (the CLI says how to
    /// rebuild it).
    #[error("{}", schema_mismatch(path, *found, *expected))]
    SchemaMismatch {
        /// The index folder.
        path: PathBuf,
        /// Schema version found in the index; 0 when its `morgue.json` is missing
        /// or cannot be read.
        found: u32,
        /// Schema version this build reads.
        expected: u32,
        /// The folders the index says it was built from, to build again from
        /// (empty when it cannot say).
        roots: Vec<String>,
    },
    /// A folder to index does not exist or is not a folder.
    #[error("cannot index {}", path.display())]
    Root {
        /// The folder given.
        path: PathBuf,
        /// Why it cannot be walked.
        #[source]
        source: std::io::Error,
    },
    /// Reading or writing the index folder failed.
    #[error("{action} {}", path.display())]
    Io {
        /// What was being done ("creating index folder").
        action: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A folder to forget is not one the index holds articles from.
    #[error(
        "{} is not a folder of this index (its folders: {})",
        path.display(),
        if known.is_empty() { "none".to_owned() } else { known.join(", ") }
    )]
    UnknownFolder {
        /// The folder given.
        path: PathBuf,
        /// The folders the index records.
        known: Vec<String>,
    },
    /// Another build holds the index's writer lock.
    #[error(
        "another `morgue index` is writing to the index at {}; wait for it to finish, then run again",
        path.display()
    )]
    Locked {
        /// The index folder.
        path: PathBuf,
    },
    /// tantivy failed (a full disk, a corrupt segment).
    #[error("{action} {}", path.display())]
    Tantivy {
        /// What was being done.
        action: &'static str,
        /// The index folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: tantivy::TantivyError,
    },
}

/// The text of [`IndexError::SchemaMismatch`]. Schema 0 is no version at all: a
/// tantivy index without a readable `morgue.json` (damaged, or not morgue's), which
/// "built by another version (schema 0)" misnamed.
fn schema_mismatch(path: &Path, found: u32, expected: u32) -> String {
    if found == 0 {
        format!(
            "the index at {} has no readable morgue.json (damaged, or not built by morgue)",
            path.display()
        )
    } else if found == expected {
        format!(
            "the index at {} says schema {found} but lacks its fields (written by a \
             development build of morgue, or damaged)",
            path.display()
        )
    } else {
        format!(
            "the index at {} was built by another version of morgue (schema {found}, this morgue reads {expected})",
            path.display()
        )
    }
}

/// Whether `cause`, one link of the chain of an error met opening or reading an
/// index, says the index's own files are damaged: a segment file lost, cut short
/// or overwritten, a `meta.json` that does not parse. A `--rebuild` replaces such an
/// index (the build drops what it cannot open), so the CLI says to run one; a file
/// that cannot be read for another reason (permissions, a drive gone) is not damage.
pub fn is_damage(cause: &(dyn std::error::Error + 'static)) -> bool {
    use tantivy::TantivyError;
    use tantivy::directory::error::OpenReadError;
    let is_bad_bytes = |io: &std::io::Error| {
        matches!(
            io.kind(),
            std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof
        )
    };
    match cause.downcast_ref::<TantivyError>() {
        // A schema error after the fields were checked at opening: a fast field
        // whose bytes no longer hold its column.
        Some(
            TantivyError::DataCorruption(_)
            | TantivyError::SchemaError(_)
            | TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(_)),
        ) => true,
        Some(TantivyError::OpenReadError(OpenReadError::IoError { io_error, .. })) => {
            is_bad_bytes(io_error)
        }
        Some(TantivyError::IoError(io)) => is_bad_bytes(io),
        _ => false,
    }
}

/// An opened morgue index: the tantivy index and the handles to its fields.
#[derive(Clone)]
pub struct MorgueIndex {
    /// The tantivy index, tokenizers registered.
    pub index: tantivy::Index,
    /// Handles to the schema's fields.
    pub fields: Fields,
    /// What the last build recorded.
    pub meta: IndexMeta,
}

impl MorgueIndex {
    /// A reader that sees the last commit.
    ///
    /// # Errors
    /// tantivy's, when the index files cannot be read.
    pub fn reader(&self) -> tantivy::Result<tantivy::IndexReader> {
        self.index.reader()
    }
}

/// Most threads one search runs on.
const SEARCH_THREADS: usize = 8;

/// Opens the index at `dir` for searching.
///
/// # Errors
/// [`IndexError::Missing`] when nothing was built there, [`IndexError::SchemaMismatch`]
/// when another morgue built it, [`IndexError::Tantivy`] when it cannot be read.
pub fn open_index(dir: &Path) -> Result<MorgueIndex, IndexError> {
    // A folder of the user's files given as the index (`--index ~/Documents`) is
    // named so, not offered a build that would refuse it.
    let meta = IndexMeta::read(dir).map_err(|err| match err {
        IndexError::Missing { .. } => match build::foreign_files(dir) {
            Some(example) => IndexError::NotAnIndex {
                path: dir.to_owned(),
                example,
            },
            None => err,
        },
        err => err,
    })?;
    // `morgue.json` is written before tantivy's files: a first build killed in
    // between left no index yet, which the next build creates.
    if !dir.join("meta.json").exists() {
        return Err(IndexError::Missing {
            path: dir.to_owned(),
        });
    }
    let tantivy_err = |source| IndexError::Tantivy {
        action: "opening index at",
        path: dir.to_owned(),
        source,
    };
    let mut index = directory::ReadableDirectory::open(dir)
        .and_then(tantivy::Index::open)
        .map_err(tantivy_err)?;
    // A search runs over the segments in parallel: a large index has many (merges
    // stop at `MAX_MERGE_BYTES`), and one core would visit them one by one.
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads > 1 {
        index
            .set_multithread_executor(threads.min(SEARCH_THREADS))
            .map_err(tantivy_err)?;
    }
    schema::register_tokenizers(&index);
    let fields = schema::fields_of(&index.schema()).map_err(|_| IndexError::SchemaMismatch {
        path: dir.to_owned(),
        found: meta.schema_version,
        expected: schema::SCHEMA_VERSION,
        roots: meta.roots.clone(),
    })?;
    Ok(MorgueIndex {
        index,
        fields,
        meta,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The causes of `err`, itself first.
    fn chain(err: &IndexError) -> Vec<&(dyn std::error::Error + 'static)> {
        std::iter::successors(Some(err as &(dyn std::error::Error + 'static)), |cause| {
            cause.source()
        })
        .collect()
    }

    #[test]
    fn a_segment_file_cut_short_or_lost_is_damage() {
        let pages = tempfile::tempdir().unwrap();
        std::fs::write(
            pages.path().join("story.html"),
            "<html><head><title>Dam opens</title></head><body><p>The dam opened.</p></body></html>",
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
        let segment_file = |ext: &str| {
            std::fs::read_dir(dir.path())
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .find(|path| path.extension().is_some_and(|e| e == ext))
                .unwrap()
        };
        // What a search meets: the index opens, a reader on its segments does not.
        let reading = || {
            let index = open_index(dir.path())?;
            index.reader().map_err(|source| IndexError::Tantivy {
                action: "reading",
                path: dir.path().to_owned(),
                source,
            })
        };
        std::fs::write(segment_file("idx"), b"").unwrap();
        let err = reading().err().unwrap();
        assert!(chain(&err).into_iter().any(is_damage), "{err:?}");
        std::fs::remove_file(segment_file("store")).unwrap();
        let err = reading().err().unwrap();
        assert!(chain(&err).into_iter().any(is_damage), "{err:?}");
    }

    #[test]
    fn no_index_or_an_unreadable_file_is_no_damage() {
        let dir = tempfile::tempdir().unwrap();
        let err = open_index(dir.path()).err().unwrap();
        assert!(!chain(&err).into_iter().any(is_damage), "{err:?}");
        let denied = tantivy::TantivyError::IoError(std::sync::Arc::new(std::io::Error::from(
            std::io::ErrorKind::PermissionDenied,
        )));
        assert!(!is_damage(&denied));
        let cut = tantivy::TantivyError::IoError(std::sync::Arc::new(std::io::Error::from(
            std::io::ErrorKind::UnexpectedEof,
        )));
        assert!(is_damage(&cut));
    }
}
