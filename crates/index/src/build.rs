//! The corpus walk, the parallel parse and the one writer.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use morgue_extract::{Article, ExtractError, extract_article};
use rayon::prelude::*;
use tantivy::{Index, IndexWriter, Term};

use crate::IndexError;
use crate::meta::IndexMeta;
use crate::page::{PageError, ReadLimits, read_page};
use crate::schema::{self, Fields, SCHEMA_VERSION};
use crate::walk::find_pages;

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Threads parsing pages; `None` uses every core.
    pub threads: Option<usize>,
    /// Memory the index writer may use before it flushes a segment, in bytes, over all
    /// its threads (tantivy needs at least 15 MB per indexing thread).
    pub writer_heap_bytes: usize,
    /// Limits on each page read.
    pub limits: ReadLimits,
    /// Drop every article already in the index, not only those of the given folders.
    pub rebuild: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            threads: None,
            writer_heap_bytes: 256 * 1024 * 1024,
            limits: ReadLimits::default(),
            rebuild: false,
        }
    }
}

/// Progress events, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    /// The walk is done: this many candidate pages will be read.
    Walked {
        /// Pages found.
        pages: usize,
    },
    /// One more page was read (indexed or skipped).
    Page,
    /// All pages are parsed; the writer is committing and merging.
    Committing,
}

/// Why one file was skipped.
#[derive(Debug, thiserror::Error)]
pub enum SkipReason {
    /// The walk could not enter or list it (permissions, a symlink loop).
    #[error("{0}")]
    Walk(String),
    /// Reading the file failed.
    #[error(transparent)]
    Read(#[from] PageError),
    /// The file held no article.
    #[error(transparent)]
    Extract(#[from] ExtractError),
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Articles written.
    pub indexed: usize,
    /// Files that yielded no article, with the reason.
    pub skipped: Vec<(PathBuf, SkipReason)>,
    /// Bytes of pages read (after decompression).
    pub bytes_read: u64,
    /// Wall time of the whole build.
    pub elapsed: Duration,
    /// Size of the index folder after the build.
    pub index_bytes: u64,
    /// Articles the index holds after the build (all folders).
    pub total_articles: u64,
}

/// Indexes every saved page under `roots` into the index at `index_dir`, creating it
/// when needed. Articles previously indexed from the same folders are replaced, so
/// re-running does not duplicate; articles of other folders stay. Everything becomes
/// visible in one commit at the end: an interrupted build leaves the previous commit.
///
/// # Errors
/// [`IndexError`] when a folder cannot be walked, the index cannot be opened or
/// written (another build holds its lock, the disk is full). A page that cannot be
/// read or holds no article is not an error: it is listed in [`BuildReport::skipped`].
pub fn build_index<P: AsRef<Path>>(
    roots: &[P],
    index_dir: &Path,
    options: &BuildOptions,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<BuildReport, IndexError> {
    let started = Instant::now();
    let roots = roots
        .iter()
        .map(|root| canonical_dir(root.as_ref()))
        .collect::<Result<Vec<_>, _>>()?;
    let (index, fields, mut meta) = open_or_create(index_dir, options.rebuild)?;
    let threads = options.threads.unwrap_or_else(num_cpus).max(1);
    let tantivy_err = |action| {
        move |source| IndexError::Tantivy {
            action,
            path: index_dir.to_owned(),
            source,
        }
    };
    // tantivy wants >= 15 MB per indexing thread; give it fewer threads rather than
    // exceed the budget the user set.
    let writer_threads = threads
        .min(8)
        .min((options.writer_heap_bytes / (15 << 20)).max(1));
    let writer: IndexWriter = index
        .writer_with_num_threads(writer_threads, options.writer_heap_bytes.max(15 << 20))
        .map_err(tantivy_err(
            "opening a writer on (is another `morgue index` running?)",
        ))?;
    if options.rebuild {
        writer
            .delete_all_documents()
            .map_err(tantivy_err("clearing"))?;
        meta.roots.clear();
    }

    let index_dir_abs = std::fs::canonicalize(index_dir).unwrap_or_else(|_| index_dir.to_owned());
    let mut skipped = Vec::new();
    let mut pages = Vec::new();
    for root in &roots {
        writer.delete_term(Term::from_field_text(fields.root, &root.to_string_lossy()));
        let root_str = root.to_string_lossy().into_owned();
        for found in find_pages(root, Some(&index_dir_abs)) {
            match found {
                Ok(path) => pages.push((root_str.clone(), path)),
                Err(skip) => skipped.push(skip),
            }
        }
    }
    progress(Progress::Walked { pages: pages.len() });

    let indexed = AtomicUsize::new(0);
    let bytes_read = AtomicU64::new(0);
    let page_skips = Mutex::new(Vec::new());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool of a positive size builds");
    pool.install(|| {
        pages.par_iter().for_each(|(root, path)| {
            match index_page(path, root, &fields, &writer, &options.limits) {
                Ok(bytes) => {
                    indexed.fetch_add(1, Ordering::Relaxed);
                    bytes_read.fetch_add(bytes, Ordering::Relaxed);
                }
                Err(reason) => page_skips
                    .lock()
                    .expect("no thread panics while holding the skip list")
                    .push((path.clone(), reason)),
            }
            progress(Progress::Page);
        });
    });
    let mut page_skips = page_skips
        .into_inner()
        .expect("no thread panicked holding the lock");
    page_skips.sort_by(|a, b| a.0.cmp(&b.0));
    skipped.append(&mut page_skips);

    progress(Progress::Committing);
    let mut writer = writer;
    writer.commit().map_err(tantivy_err("committing to"))?;
    writer
        .wait_merging_threads()
        .map_err(tantivy_err("merging segments of"))?;

    for root in &roots {
        let root = root.to_string_lossy().into_owned();
        if !meta.roots.contains(&root) {
            meta.roots.push(root);
        }
    }
    meta.built_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    meta.morgue_version = env!("CARGO_PKG_VERSION").to_owned();
    meta.write(index_dir)?;

    let reader = index.reader().map_err(tantivy_err("reading"))?;
    Ok(BuildReport {
        indexed: indexed.into_inner(),
        skipped,
        bytes_read: bytes_read.into_inner(),
        elapsed: started.elapsed(),
        index_bytes: dir_size(index_dir),
        total_articles: reader.searcher().num_docs(),
    })
}

/// Reads and extracts the pages at `paths` in parallel, handing each result to
/// `emit` in the order of `paths` (pages are processed in chunks so memory stays
/// bounded however many paths there are).
pub fn extract_pages(
    paths: &[PathBuf],
    limits: &ReadLimits,
    threads: Option<usize>,
    mut emit: impl FnMut(&Path, Result<Article, SkipReason>),
) {
    const CHUNK: usize = 256;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or_else(num_cpus).max(1))
        .build()
        .expect("a thread pool of a positive size builds");
    for chunk in paths.chunks(CHUNK) {
        let results: Vec<Result<Article, SkipReason>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|path| {
                    let page = read_page(path, limits)?;
                    Ok(extract_article(&page.bytes, path, page.format)?)
                })
                .collect()
        });
        for (path, result) in chunk.iter().zip(results) {
            emit(path, result);
        }
    }
}

/// Reads, extracts and adds one page; returns the bytes read.
fn index_page(
    path: &Path,
    root: &str,
    fields: &Fields,
    writer: &IndexWriter,
    limits: &ReadLimits,
) -> Result<u64, SkipReason> {
    let page = read_page(path, limits)?;
    let article = extract_article(&page.bytes, path, page.format)?;
    let id = schema::article_id(path);
    // The same file may have been indexed from another (nested) folder before.
    writer.delete_term(Term::from_field_text(fields.id, &id));
    let doc = schema::to_document(&article, fields, &id, root);
    writer
        .add_document(doc)
        .expect("the writer's indexing threads outlive the parse");
    Ok(page.bytes.len() as u64)
}

fn canonical_dir(root: &Path) -> Result<PathBuf, IndexError> {
    let root_err = |source| IndexError::Root {
        path: root.to_owned(),
        source,
    };
    let canonical = std::fs::canonicalize(root).map_err(root_err)?;
    if !canonical.is_dir() {
        return Err(root_err(std::io::Error::new(
            std::io::ErrorKind::NotADirectory,
            "not a folder",
        )));
    }
    Ok(canonical)
}

fn open_or_create(dir: &Path, rebuild: bool) -> Result<(Index, Fields, IndexMeta), IndexError> {
    let tantivy_err = |action| {
        move |source| IndexError::Tantivy {
            action,
            path: dir.to_owned(),
            source,
        }
    };
    match IndexMeta::read(dir) {
        Ok(meta) => {
            let opened = crate::open_index(dir)?;
            Ok((opened.index, opened.fields, meta))
        }
        Err(IndexError::SchemaMismatch { .. }) if rebuild => {
            // An index of another schema cannot be opened; --rebuild replaces it whole.
            std::fs::remove_dir_all(dir).map_err(|source| IndexError::Io {
                action: "removing old index at",
                path: dir.to_owned(),
                source,
            })?;
            open_or_create(dir, rebuild)
        }
        Err(IndexError::Missing { .. }) => {
            if dir.join("meta.json").exists() {
                return Err(IndexError::SchemaMismatch {
                    path: dir.to_owned(),
                    found: 0,
                    expected: SCHEMA_VERSION,
                });
            }
            std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
                action: "creating index folder",
                path: dir.to_owned(),
                source,
            })?;
            let (schema, fields) = schema::build_schema();
            let index =
                Index::create_in_dir(dir, schema).map_err(tantivy_err("creating index at"))?;
            schema::register_tokenizers(&index);
            let meta = IndexMeta {
                schema_version: SCHEMA_VERSION,
                morgue_version: env!("CARGO_PKG_VERSION").to_owned(),
                built_at: String::new(),
                roots: Vec::new(),
            };
            meta.write(dir)?;
            Ok((index, fields, meta))
        }
        Err(other) => Err(other),
    }
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}
