//! What the index already holds, file by file, for incremental builds.
//!
//! The record lives in the index itself (the fast fields `id`, `root`, `file_size`,
//! `file_mtime`, `file_hash` of each document), not in a side file: it is then always
//! exactly the last commit, and a crash between a commit and a manifest write cannot
//! happen because there is no second write.

use std::collections::HashMap;
use std::fs::Metadata;
use std::path::Path;
use std::time::UNIX_EPOCH;

use tantivy::{DocAddress, Searcher};

use crate::schema::{self, Fields, FileStamp};

/// One indexed file: the folder it was indexed from and its stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Index into [`Manifest::roots`].
    root: usize,
    /// The file's state when it was read.
    pub stamp: FileStamp,
    /// Where the article lies in the commit the manifest was read from.
    pub address: DocAddress,
}

/// Every article of a commit, by article key ([`schema::article_key`]: the id as the
/// number it spells, 8 bytes rather than a 16-character string; the manifest holds
/// one entry per article of the index, a million at a million articles).
#[derive(Debug, Default)]
pub(crate) struct Manifest {
    entries: HashMap<u64, Entry>,
    roots: Vec<String>,
}

impl Manifest {
    /// Reads the manifest of the commit `searcher` sees, from fast fields only (the
    /// stored documents are never decompressed, so this stays quick on big indexes).
    pub fn read(searcher: &Searcher, fields: &Fields) -> tantivy::Result<Manifest> {
        let schema = searcher.schema();
        let name = |field| schema.get_field_name(field);
        // Sized once: growing by doubling would hold the old table and the new, twice
        // the size, at the last doubling.
        let mut manifest = Manifest {
            entries: HashMap::with_capacity(
                usize::try_from(searcher.num_docs()).unwrap_or_default(),
            ),
            roots: Vec::new(),
        };
        let mut root_names: HashMap<String, usize> = HashMap::new();
        for (segment_ord, segment) in (0u32..).zip(searcher.segment_readers()) {
            let fast = segment.fast_fields();
            let (Some(ids), Some(roots)) =
                (fast.str(name(fields.id))?, fast.str(name(fields.root))?)
            else {
                continue;
            };
            let sizes = fast.u64(name(fields.file_size))?;
            let mtimes = fast.i64(name(fields.file_mtime))?;
            let hashes = fast.u64(name(fields.file_hash))?;
            // Every id of the segment in ordinal order, read in one pass over the
            // dictionary: looking each up by ordinal decodes a block per document,
            // which made re-reading a 100k-article manifest take seconds.
            let mut id_of_ord = Vec::with_capacity(ids.dictionary().num_terms());
            let mut stream = ids.dictionary().stream()?;
            while stream.advance() {
                let id = std::str::from_utf8(stream.key()).ok();
                id_of_ord.push(id.and_then(schema::article_key_of_id));
            }
            // Segment ordinal of a root -> its index in `manifest.roots`.
            let mut root_of_ord: HashMap<u64, usize> = HashMap::new();
            let mut text = String::new();
            for doc in segment.doc_ids_alive() {
                let (Some(id_ord), Some(root_ord)) =
                    (ids.term_ords(doc).next(), roots.term_ords(doc).next())
                else {
                    continue;
                };
                let root = match root_of_ord.get(&root_ord) {
                    Some(&root) => root,
                    None => {
                        text.clear();
                        roots.ord_to_str(root_ord, &mut text)?;
                        let next = root_names.len();
                        let root = *root_names.entry(text.clone()).or_insert(next);
                        if root == manifest.roots.len() {
                            manifest.roots.push(text.clone());
                        }
                        root_of_ord.insert(root_ord, root);
                        root
                    }
                };
                let Some(&Some(key)) = usize::try_from(id_ord)
                    .ok()
                    .and_then(|ord| id_of_ord.get(ord))
                else {
                    continue;
                };
                let stamp = FileStamp {
                    size_bytes: sizes.first(doc).unwrap_or(0),
                    mtime_nanos: mtimes.first(doc).unwrap_or(0),
                    hash: hashes.first(doc).unwrap_or(0),
                };
                let address = DocAddress::new(segment_ord, doc);
                manifest.entries.insert(
                    key,
                    Entry {
                        root,
                        stamp,
                        address,
                    },
                );
            }
        }
        Ok(manifest)
    }

    /// The entry of the article with this key, if the commit holds it.
    pub fn get(&self, key: u64) -> Option<&Entry> {
        self.entries.get(&key)
    }

    /// Takes the articles indexed from the folder `root`, or from a folder inside it,
    /// out of the manifest and gives their keys: files under it found by this build
    /// count as new.
    pub fn forget(&mut self, root: &str) -> Vec<u64> {
        let within = self.roots_within(root);
        let mut keys = Vec::new();
        self.entries.retain(|&key, entry| {
            let keep = !within[entry.root];
            if !keep {
                keys.push(key);
            }
            keep
        });
        keys
    }

    /// How many articles were indexed from the folder `root`.
    pub fn count_under(&self, root: &str) -> usize {
        let wanted = self.roots.iter().position(|r| r == root);
        self.entries
            .values()
            .filter(|entry| Some(entry.root) == wanted)
            .count()
    }

    /// For each of [`Manifest::roots`], whether it is `root` or a folder inside it.
    fn roots_within(&self, root: &str) -> Vec<bool> {
        self.roots
            .iter()
            .map(|known| is_within(known, root))
            .collect()
    }

    /// Keys of the articles indexed from `root` or from a folder inside it: the
    /// files a walk of `root` finds again if they still exist.
    pub fn keys_within(&self, root: &str) -> impl Iterator<Item = u64> + '_ {
        let within = self.roots_within(root);
        self.entries
            .iter()
            .filter(move |(_, entry)| within[entry.root])
            .map(|(&key, _)| key)
    }

    /// Keys of the articles of files inside `folder` that were indexed from a
    /// folder above it (`~/news/2024/05/a.html`, indexed from `~/news`, for a walk
    /// of `~/news/2024`), found by the `folder` terms of their documents in the
    /// commit `searcher` sees (the one the manifest was read from).
    pub fn keys_in_folder(
        &self,
        searcher: &Searcher,
        fields: &Fields,
        folder: &str,
    ) -> tantivy::Result<Vec<u64>> {
        if !self
            .roots
            .iter()
            .any(|root| root != folder && is_within(folder, root))
        {
            return Ok(Vec::new());
        }
        let term = tantivy::Term::from_field_text(fields.folder, folder);
        let query = tantivy::query::TermQuery::new(term, tantivy::schema::IndexRecordOption::Basic);
        let inside = searcher.search(&query, &tantivy::collector::DocSetCollector)?;
        Ok(self
            .entries
            .iter()
            .filter(|(_, entry)| inside.contains(&entry.address))
            .map(|(&key, _)| key)
            .collect())
    }
}

/// Whether the recorded folder `folder` is `root` or lies inside it (whole path
/// components: `/news-old` is not inside `/news`).
pub(crate) fn is_within(folder: &str, root: &str) -> bool {
    Path::new(folder).starts_with(root)
}

/// Size and modification time of a file, as stamped on its article. A file system
/// without modification times gives 0, so such files are always hashed.
pub(crate) fn stat_stamp(metadata: &Metadata) -> (u64, i64) {
    let mtime_nanos = metadata
        .modified()
        .ok()
        .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
        .and_then(|since| i64::try_from(since.as_nanos()).ok())
        .unwrap_or(0);
    (metadata.len(), mtime_nanos)
}
