//! `morgue.json`, written beside tantivy's files: the schema version and build facts.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::IndexError;
use crate::schema::SCHEMA_VERSION;

const FILE_NAME: &str = "morgue.json";

/// What morgue records about an index besides tantivy's own files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexMeta {
    /// The schema version the index was written with.
    pub schema_version: u32,
    /// The morgue version that wrote it last.
    pub morgue_version: String,
    /// When the last build committed, RFC 3339.
    pub built_at: String,
    /// The folders indexed into it, absolute.
    pub roots: Vec<String>,
}

impl IndexMeta {
    /// The [`IndexMeta::roots`] that no longer exist (moved, renamed, or on a drive
    /// not mounted); the index keeps their articles.
    pub fn gone_roots(&self) -> impl Iterator<Item = &String> {
        self.roots.iter().filter(|root| !Path::new(root).exists())
    }

    /// The folders the index at `dir` was built from, also when another version of
    /// morgue built it (to build it again from them).
    ///
    /// # Errors
    /// As [`IndexMeta::read`], but for another schema. A `morgue.json` that cannot be
    /// read (schema 0) is an error, not an index of no folders.
    pub fn roots_of(dir: &Path) -> Result<Vec<String>, IndexError> {
        match IndexMeta::read(dir) {
            Ok(meta) => Ok(meta.roots),
            Err(IndexError::SchemaMismatch { roots, found, .. }) if found != 0 => Ok(roots),
            Err(other) => Err(other),
        }
    }

    /// Reads the meta file of the index at `dir`.
    ///
    /// # Errors
    /// [`IndexError::Missing`] when there is none, [`IndexError::SchemaMismatch`] when it
    /// names another schema version or cannot be parsed.
    pub fn read(dir: &Path) -> Result<IndexMeta, IndexError> {
        if dir.is_file() {
            return Err(IndexError::NotAFolder {
                path: dir.to_owned(),
            });
        }
        let path = dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(IndexError::Missing {
                    path: dir.to_owned(),
                });
            }
            Err(source) => {
                return Err(IndexError::Io {
                    action: "reading",
                    path,
                    source,
                });
            }
        };
        let meta: IndexMeta = match serde_json::from_str(&text) {
            Ok(meta) => meta,
            Err(_) => {
                // Another version's file may lack or add fields: what it says of
                // its schema and folders still tells how to rebuild it.
                #[derive(Deserialize)]
                struct Older {
                    schema_version: u32,
                    #[serde(default)]
                    roots: Vec<String>,
                }
                let older: Option<Older> = serde_json::from_str(&text).ok();
                return Err(IndexError::SchemaMismatch {
                    path: dir.to_owned(),
                    found: older.as_ref().map_or(0, |o| o.schema_version),
                    expected: SCHEMA_VERSION,
                    roots: older.map(|o| o.roots).unwrap_or_default(),
                });
            }
        };
        if meta.schema_version != SCHEMA_VERSION {
            return Err(IndexError::SchemaMismatch {
                path: dir.to_owned(),
                found: meta.schema_version,
                expected: SCHEMA_VERSION,
                roots: meta.roots,
            });
        }
        Ok(meta)
    }

    /// Writes the meta file atomically (temporary file, then rename).
    ///
    /// # Errors
    /// [`IndexError::Io`] when the file cannot be written.
    pub fn write(&self, dir: &Path) -> Result<(), IndexError> {
        let path = dir.join(FILE_NAME);
        let tmp = dir.join(format!("{FILE_NAME}.tmp"));
        let text = serde_json::to_string_pretty(self).expect("meta always serializes");
        std::fs::write(&tmp, text)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|source| {
                // A full disk leaves a partial temporary file: take it away (the
                // meta file itself is untouched).
                let _ = std::fs::remove_file(&tmp);
                IndexError::Io {
                    action: "writing",
                    path,
                    source,
                }
            })
    }
}
