//! The corpus walk, the parallel parse and the one writer.

use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use morgue_extract::{Article, ExtractError, extract_article};
use rayon::prelude::*;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};
use xxhash_rust::xxh3::xxh3_64;

use crate::IndexError;
use crate::manifest::{Manifest, is_within, stat_stamp};
use crate::merge;
use crate::meta::IndexMeta;
use crate::page::{PageError, ReadLimits, read_page};
use crate::schema::{self, Fields, FileStamp, SCHEMA_VERSION};
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
    /// Drop every article already in the index, not only those of the given folders,
    /// and read every page again. The new articles replace the old in one commit at
    /// the end, so until then searches (and a crash) see the old index whole; a
    /// stopped rebuild is dropped, not committed.
    pub rebuild: bool,
    /// Commit after this many pages changed the index (added, updated or removed)
    /// since the last commit, so a crash loses at most one batch and the next run
    /// carries on from there. Unchanged pages do not count: a re-run over a folder
    /// mostly indexed commits in whole batches of new articles too.
    pub commit_every_pages: usize,
    /// Commit when this much time has passed since the last commit, however few
    /// pages that was.
    pub commit_every: Duration,
    /// Set it (from a Ctrl-C handler, say) to stop early: pages not yet started are
    /// left for the next run, what was parsed is committed.
    pub stop: Arc<AtomicBool>,
    /// Folders of earlier builds to forget: their articles are dropped and they leave
    /// the index's list of folders. They need not exist any more (a moved archive).
    pub forget: Vec<PathBuf>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            threads: None,
            writer_heap_bytes: 256 * 1024 * 1024,
            limits: ReadLimits::default(),
            rebuild: false,
            commit_every_pages: 10_000,
            commit_every: Duration::from_secs(60),
            stop: Arc::new(AtomicBool::new(false)),
            forget: Vec::new(),
        }
    }
}

/// Progress events, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    /// The walk is done: this many candidate pages will be looked at.
    Walked {
        /// Pages found.
        pages: usize,
    },
    /// One more page was looked at (indexed, unchanged or skipped).
    Page,
    /// A batch is being committed.
    Committing,
    /// The batch is committed: searches see it.
    Committed,
    /// Everything is committed; waiting for the background merges of segments.
    Merging,
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
    /// Reading or extracting it panicked: a bug in morgue, reported with the page
    /// instead of ending the build there (and every later run at the same page).
    #[error("morgue failed on this page, a bug to report: {0}")]
    Panicked(String),
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Articles written: `added + updated`.
    pub indexed: usize,
    /// Articles of files the index did not hold.
    pub added: usize,
    /// Articles re-read because their file changed.
    pub updated: usize,
    /// Articles dropped because their file is gone, or changed and no longer holds
    /// an article. A gone file whose article a moved one took over is not counted
    /// here but in [`BuildReport::moved`].
    pub removed: usize,
    /// Files whose article was already up to date.
    pub unchanged: usize,
    /// Of the unchanged files, those touched since they were indexed (a new
    /// modification time over the same bytes: a copy, a restore): their article was
    /// re-stamped from its stored copy, without a parse, so the next build needs only
    /// their size and time again.
    pub restamped: usize,
    /// Of the added files, those holding the bytes of a file gone from the index's
    /// folders (moved or renamed): the gone file's article was taken over under the
    /// new path, without a parse.
    pub moved: usize,
    /// Files that yielded no article, with the reason.
    pub skipped: Vec<(PathBuf, SkipReason)>,
    /// Pages not looked at because the build was stopped; the next run reads them.
    /// Only those listed by then when [`BuildReport::stopped_listing`].
    pub left: usize,
    /// True when the stop came while the pages were being listed, before any was
    /// read: nothing was written, and how many pages there are is not known.
    pub stopped_listing: bool,
    /// Bytes of pages read (after decompression).
    pub bytes_read: u64,
    /// Commits made.
    pub commits: usize,
    /// Wall time of the whole build.
    pub elapsed: Duration,
    /// Size of the index folder after the build.
    pub index_bytes: u64,
    /// Articles the index holds after the build (all folders).
    pub total_articles: u64,
    /// Segments of the index once the background merges finished.
    pub segments: usize,
    /// Folders of earlier builds, not given to this one, that no longer exist, and
    /// how many articles the index still holds from each (they stay: a folder on an
    /// unplugged drive comes back).
    pub gone_folders: Vec<(String, usize)>,
    /// Folders of earlier builds whose articles a committed rebuild dropped: it
    /// keeps only the folders it is given (and folders under them).
    pub rebuilt_without: Vec<String>,
}

impl BuildReport {
    /// Adds what the writer counted, page by page, to what the walk counted.
    fn count(&mut self, mut tally: Tally) {
        tally.skipped.sort_by(|a, b| a.0.cmp(&b.0));
        self.skipped.append(&mut tally.skipped);
        self.added = tally.added;
        self.updated = tally.updated;
        self.indexed = self.added + self.updated;
        // Each moved file's old path was deleted as gone by the first walk: its
        // article lives on under the new path, so it is no removal.
        // (Two copies of a gone file both take its article over; one counts as moved.)
        self.removed = (self.removed + tally.removed).saturating_sub(tally.moved);
        self.unchanged = tally.unchanged + tally.restamped;
        self.restamped = tally.restamped;
        self.moved = tally.moved;
        self.bytes_read = tally.bytes_read;
    }

    /// True when [`BuildOptions::stop`] ended the build before every page was read.
    pub fn is_interrupted(&self) -> bool {
        self.left > 0 || self.stopped_listing
    }
}

/// Indexes every saved page under `roots` into the index at `index_dir`, creating it
/// when needed, reading only what changed since the last build.
///
/// A page whose file has the size and modification time recorded in the index is
/// not read; one whose stamp differs is read, and parsed again only when its bytes
/// hash differently. Articles of files gone from these folders are removed; articles
/// of other folders stay. Commits are batched ([`BuildOptions::commit_every_pages`]):
/// an interrupted or crashed build leaves the last commit intact, and the next run
/// carries on from it.
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
    if !options.forget.is_empty() {
        // Nothing to forget in an index that was never built: say so rather than
        // create an empty one.
        if let Err(missing @ IndexError::Missing { .. }) = IndexMeta::read(index_dir) {
            return Err(missing);
        }
    }
    let (index, fields, mut meta) = open_or_create(index_dir, options.rebuild)?;
    // Every folder to forget must be one the index knows, before anything is written.
    let forgotten = options
        .forget
        .iter()
        .map(|folder| {
            recorded_root(folder, &meta.roots).ok_or_else(|| IndexError::UnknownFolder {
                path: folder.clone(),
                known: meta.roots.clone(),
            })
        })
        .collect::<Result<Vec<String>, _>>()?;
    let threads = options.threads.unwrap_or_else(num_cpus).max(1);
    let tantivy_err = |action| move |source| write_error(action, index_dir, source);
    let mut writer = open_writer(&index, index_dir, threads, options.writer_heap_bytes)?;
    // A rebuild keeps only the folders it is given: the others' articles go.
    let mut rebuilt_without = Vec::new();
    // The commit the manifest is read from, kept open for the stored copies of
    // touched files' articles.
    let mut searcher = None;
    let mut manifest = if options.rebuild {
        writer
            .delete_all_documents()
            .map_err(tantivy_err("clearing"))?;
        rebuilt_without = std::mem::take(&mut meta.roots);
        rebuilt_without.retain(|old| {
            !roots
                .iter()
                .any(|root| is_within(old, &root.to_string_lossy()))
        });
        Manifest::default()
    } else {
        let reader = manual_reader(&index).map_err(tantivy_err("reading"))?;
        let current = reader.searcher();
        let manifest = Manifest::read(&current, &fields).map_err(tantivy_err("reading"))?;
        searcher = Some(current);
        manifest
    };

    let index_dir_abs = std::fs::canonicalize(index_dir).unwrap_or_else(|_| index_dir.to_owned());
    let mut report = BuildReport::default();
    // Out of the manifest too: a folder forgotten and indexed in one build is read
    // afresh, its files new rather than unchanged against articles just deleted.
    for root in &forgotten {
        for key in manifest.forget(root) {
            writer.delete_term(Term::from_field_text(fields.id, &schema::id_of_key(key)));
            report.removed += 1;
        }
        meta.roots.retain(|known| !is_within(known, root));
    }
    let manifest = manifest;
    // The folders are walked twice. The first walk counts the pages (for the progress
    // bar), notes the walk's errors and finds the files that are gone; the second
    // feeds the pages to the parse as it finds them. Holding the list of paths
    // between the two cost about 230 bytes a page in memory: 230 MB at a million pages.
    let listing = list_pages(
        &roots,
        &index_dir_abs,
        &manifest,
        searcher.as_ref(),
        &fields,
        options,
    )
    .map_err(tantivy_err("reading"))?;
    for &key in &listing.gone {
        writer.delete_term(Term::from_field_text(fields.id, &schema::id_of_key(key)));
    }
    report.removed += listing.gone.len();
    report.skipped.extend(listing.unwalkable);
    for root in listing.roots {
        if !meta.roots.contains(&root) {
            meta.roots.push(root);
        }
    }
    let FirstWalk {
        pages_found,
        gone_by_hash,
        listed_all,
        ..
    } = listing;
    // A folder of an earlier build that is gone, most often moved or renamed: its
    // articles stay, under their old paths, and the user is told.
    // (The folders given to this build exist: they were just walked.)
    report.gone_folders = meta
        .gone_roots()
        .map(|root| (root.clone(), manifest.count_under(root)))
        .filter(|&(_, articles)| articles > 0)
        .collect();
    progress(Progress::Walked { pages: pages_found });
    // The second walk; its errors were reported by the first.
    let pages = walk_pages(&roots, &index_dir_abs);

    let context = PageContext {
        fields: &fields,
        limits: &options.limits,
        manifest: &manifest,
        searcher: searcher.as_ref(),
        gone_by_hash: &gone_by_hash,
    };
    let mut tally = Tally::default();
    let mut writing = Writing {
        writer: &mut writer,
        meta: &mut meta,
        index_dir,
        every_pages: options.commit_every_pages.max(1),
        every: options.commit_every,
        // Writes made before the last commit; a batch that wrote nothing (an
        // unchanged folder) is not committed, which saves a sync per batch.
        writes_at_commit: if options.rebuild || report.removed > 0 {
            usize::MAX
        } else {
            0
        },
        since_commit: 0,
        last_commit: Instant::now(),
        // A rebuild commits once, at the end: until then the last commit is the old
        // index, whole, and a crash or Ctrl-C leaves it so. The writer still flushes
        // segments to disk as its memory fills; a crash leaves them unreferenced, and
        // the next writer deletes them.
        batches: !options.rebuild,
        commits: 0,
    };
    let (written, queued) = parse_and_write(
        pages,
        &context,
        threads,
        &mut writing,
        &mut tally,
        &options.stop,
        progress,
    );
    written?;
    report.commits += writing.commits;
    // The pages the first walk listed and the parse never reached. Counted, not
    // walked for: a stop must not wait for the rest of a slow share's tree.
    let left = pages_found.max(queued) - tally.looked_at;
    let is_finished = listed_all && left == 0;
    if options.rebuild && !is_finished {
        // A stopped rebuild holds part of the pages: committing it would drop the
        // rest of the old index. Drop the rebuild instead; the next one starts over.
        writer
            .rollback()
            .map_err(tantivy_err("dropping the unfinished rebuild of"))?;
        rebuilt_without.clear();
    } else {
        progress(Progress::Committing);
        commit(&mut writer, &mut meta, index_dir)?;
        report.commits += 1;
    }
    progress(Progress::Merging);
    writer
        .wait_merging_threads()
        .map_err(tantivy_err("merging segments of"))?;

    report.count(tally);
    report.left = left;
    report.rebuilt_without = rebuilt_without;
    report.stopped_listing = !listed_all;
    let reader = manual_reader(&index).map_err(tantivy_err("reading"))?;
    let searcher = reader.searcher();
    report.total_articles = searcher.num_docs();
    report.segments = searcher.segment_readers().len();
    report.index_bytes = dir_size(index_dir);
    report.elapsed = started.elapsed();
    Ok(report)
}

/// The index's writer for a build on `threads` parse threads, with the memory budget
/// the user set and the build's merge policy.
///
/// # Errors
/// [`IndexError::Locked`] when another build holds the index; a write error when the
/// lock file cannot be made.
fn open_writer(
    index: &Index,
    index_dir: &Path,
    threads: usize,
    heap_bytes: usize,
) -> Result<IndexWriter, IndexError> {
    // tantivy wants >= 15 MB per indexing thread; give it fewer threads rather than
    // exceed the budget the user set.
    let writer_threads = threads.min(8).min((heap_bytes / (15 << 20)).max(1));
    let writer: IndexWriter = index
        .writer_with_options(merge::writer_options(
            writer_threads,
            heap_bytes.max(15 << 20),
        ))
        .map_err(|source| match source {
            tantivy::TantivyError::LockFailure(
                tantivy::directory::error::LockError::LockBusy,
                _,
            ) => IndexError::Locked {
                path: index_dir.to_owned(),
            },
            // Creating the lock file failed: the folder is not writable, not busy.
            source => write_error("taking the writer lock in", index_dir, source),
        })?;
    writer.set_merge_policy(merge::merge_policy(index_dir));
    Ok(writer)
}

/// What the first walk of a build finds: how many pages, which files are gone.
struct FirstWalk {
    /// Pages found, each counted once however many of the folders hold it.
    pages_found: usize,
    /// Keys of the articles whose files are gone from the folders walked, each once.
    gone: Vec<u64>,
    /// The gone files' articles by the hash of their bytes, for moved files.
    gone_by_hash: HashMap<u64, DocAddress>,
    /// Files the walk could not enter, each once.
    unwalkable: Vec<(PathBuf, SkipReason)>,
    /// The folders walked to the end, as the index records them.
    roots: Vec<String>,
    /// False when a stop came before every page was listed.
    listed_all: bool,
}

/// The first walk of `roots`: counts the pages and finds the articles of files gone
/// since the last build (from these folders, from folders inside them indexed on
/// their own, and files inside them indexed from a folder above).
///
/// # Errors
/// tantivy's, when the commit cannot be read for the articles under a folder.
fn list_pages(
    roots: &[PathBuf],
    index_dir: &Path,
    manifest: &Manifest,
    searcher: Option<&Searcher>,
    fields: &Fields,
    options: &BuildOptions,
) -> tantivy::Result<FirstWalk> {
    let mut walk = FirstWalk {
        pages_found: 0,
        gone: Vec::new(),
        gone_by_hash: HashMap::new(),
        unwalkable: Vec::new(),
        roots: Vec::new(),
        listed_all: true,
    };
    // A file under two of the given folders is read once, for the first.
    let mut seen = HashSet::new();
    // And, gone, removed once: `news` and `news/2024` given together both find
    // the files gone from `news/2024`.
    let mut gone = HashSet::new();
    // And a file the walk could not enter, reported once.
    let mut unwalkable = HashSet::new();
    for root in roots {
        let root_str = root.to_string_lossy().into_owned();
        // Ids as numbers (`article_key`): a build holds one per page, found or seen.
        let mut found_keys = HashSet::new();
        for found in find_pages(root, Some(index_dir)) {
            // Stopped while counting (a big tree, a slow share): the second walk
            // takes no page, and no file counts as gone on a walk cut short.
            if options.stop.load(Ordering::Relaxed) {
                walk.listed_all = false;
                return Ok(walk);
            }
            match found {
                Ok(path) => {
                    let key = schema::article_key(&path);
                    found_keys.insert(key);
                    if seen.insert(key) {
                        walk.pages_found += 1;
                    }
                }
                Err(skip) => {
                    if unwalkable.insert(skip.0.clone()) {
                        walk.unwalkable.push(skip);
                    }
                }
            }
        }
        // Files indexed from this folder (or from a folder inside it, indexed on
        // its own before) and not found now are gone.
        // And files inside it indexed from a folder above (`~/news/2024` walked
        // after `~/news`).
        let from_above = match searcher {
            Some(searcher) => manifest.keys_in_folder(searcher, fields, &root_str)?,
            None => Vec::new(),
        };
        for key in manifest.keys_within(&root_str).chain(from_above) {
            if !found_keys.contains(&key) && gone.insert(key) {
                if let Some(entry) = manifest.get(key) {
                    walk.gone_by_hash
                        .entry(entry.stamp.hash)
                        .or_insert(entry.address);
                }
                walk.gone.push(key);
            }
        }
        walk.roots.push(root_str);
    }
    Ok(walk)
}

/// The pages under `roots` as the walk finds them, each once however many of the
/// folders hold it, for the first that does; the walk's errors are left out.
fn walk_pages<'a>(
    roots: &'a [PathBuf],
    index_dir: &'a Path,
) -> impl Iterator<Item = PageJob> + Send + 'a {
    let mut taken = HashSet::new();
    roots
        .iter()
        .flat_map(move |root| {
            // Shared by every page of the folder: one copy, not one per page.
            let root_shared: Arc<str> = Arc::from(root.to_string_lossy().as_ref());
            find_pages(root, Some(index_dir))
                .filter_map(Result::ok)
                .map(move |path| PageJob {
                    root: Arc::clone(&root_shared),
                    path,
                })
        })
        .filter(move |job| taken.insert(schema::article_key(&job.path)))
}

/// Reads and extracts `pages` on a pool of `threads` and writes each page's
/// documents with `writing` as it comes; returns the writer's result and how many
/// pages were taken from the walk.
///
/// The parse and the writer run side by side: the pool's threads read and extract
/// pages as the walk finds them and hand each page's writes over a bounded channel
/// to this thread, which owns the writer and commits. Nothing makes the pool wait
/// for its slowest page or for a commit (which flushes every indexing thread's
/// segment at once); it only waits when the channel is full.
fn parse_and_write(
    mut pages: impl Iterator<Item = PageJob> + Send,
    context: &PageContext<'_>,
    threads: usize,
    writing: &mut Writing<'_>,
    tally: &mut Tally,
    stop: &AtomicBool,
    progress: &(dyn Fn(Progress) + Sync),
) -> (Result<(), IndexError>, usize) {
    let pool = parse_pool(threads);
    let (to_writer, from_parse) = std::sync::mpsc::sync_channel(writer_queue_pages(threads));
    // Set when the writer failed: the parse stops taking pages.
    let writer_failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let parse = scope.spawn(|| {
            let is_stopping =
                || stop.load(Ordering::Relaxed) || writer_failed.load(Ordering::Relaxed);
            // Pages taken from the walk.
            let mut queued = 0;
            let taken = std::iter::from_fn(|| {
                if is_stopping() {
                    return None;
                }
                let job = pages.next()?;
                queued += 1;
                Some(job)
            });
            pool.install(|| {
                taken
                    .par_bridge()
                    .for_each_with(to_writer, |to_writer, job| {
                        let writes = isolating_panics(|| Ok(read_one_page(&job, context)))
                            .unwrap_or_else(PageWrites::skip);
                        let page = PageDone {
                            path: job.path,
                            writes,
                        };
                        // Closed only when the writer failed; the page is then moot.
                        if to_writer.send(page).is_ok() {
                            progress(Progress::Page);
                        }
                    });
            });
            queued
        });
        let written = writing.write_all(from_parse, tally, progress);
        if written.is_err() {
            writer_failed.store(true, Ordering::Relaxed);
        }
        (written, parse.join().expect("the parse does not panic"))
    })
}

/// The pool that reads and extracts pages. Its threads are named, so a profiler's
/// or `top -H`'s per-thread view tells the parse from the writer's thread
/// (`morgue`) and tantivy's (`thrd-tantivy-index*`, `merge_thread_*`).
fn parse_pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("morgue-parse-{i}"))
        .build()
        .expect("a thread pool of a positive size builds")
}

/// The folder of `roots` (as the index records them: absolute, canonical when they
/// were indexed) that `folder` names, whether or not it still exists.
fn recorded_root(folder: &Path, roots: &[String]) -> Option<String> {
    let candidates = [
        std::fs::canonicalize(folder).ok(),
        std::path::absolute(folder).ok(),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|path| path.to_string_lossy().trim_end_matches('/').to_owned())
        .find(|path| roots.contains(path))
}

/// The error to report when the writer refused a document: its indexing threads
/// stopped, with an I/O error most likely (a full disk). That error comes out when the
/// threads are joined, which preparing a commit does; the prepared commit is then
/// abandoned, so the index keeps its last commit.
fn writer_failure(
    writer: &mut IndexWriter,
    index_dir: &Path,
    added: tantivy::TantivyError,
) -> IndexError {
    match writer.prepare_commit() {
        Err(source) => write_error("writing to", index_dir, source),
        Ok(prepared) => {
            let _ = prepared.abort();
            write_error("adding an article to", index_dir, added)
        }
    }
}

/// Turns tantivy's error into ours, bringing an I/O cause (a full disk, a folder
/// not writable) to the top: tantivy hides it behind a `Debug` rendering, and the
/// user needs the reason, not the wrapper.
fn write_error(action: &'static str, path: &Path, source: tantivy::TantivyError) -> IndexError {
    use tantivy::TantivyError;
    use tantivy::directory::error::{LockError, OpenWriteError};
    let io = match &source {
        TantivyError::IoError(io)
        | TantivyError::LockFailure(LockError::IoError(io), _)
        | TantivyError::OpenWriteError(OpenWriteError::IoError { io_error: io, .. }) => io,
        _ => {
            return IndexError::Tantivy {
                action,
                path: path.to_owned(),
                source,
            };
        }
    };
    let source = match io.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::new(io.kind(), io.to_string()),
    };
    IndexError::Io {
        action,
        path: path.to_owned(),
        source,
    }
}

/// Commits the writer, then records the build in `morgue.json`. The meta file only
/// names folders and the time: were the process to die between the two writes, the
/// articles (and the manifest, which lives in the same commit) are still right.
fn commit(
    writer: &mut IndexWriter,
    meta: &mut IndexMeta,
    index_dir: &Path,
) -> Result<(), IndexError> {
    writer
        .commit()
        .map_err(|source| write_error("committing to", index_dir, source))?;
    meta.built_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    meta.morgue_version = env!("CARGO_PKG_VERSION").to_owned();
    meta.write(index_dir)
}

/// A reader that loads the last commit now and never reloads on its own (no watcher
/// thread).
fn manual_reader(index: &Index) -> tantivy::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
}

/// One page to look at: where it is, which folder found it, its article id.
struct PageJob {
    root: Arc<str>,
    path: PathBuf,
}

/// What the workers share.
struct PageContext<'a> {
    fields: &'a Fields,
    limits: &'a ReadLimits,
    manifest: &'a Manifest,
    /// The commit the manifest was read from (none in a rebuild), for the stored
    /// copies of the articles of touched and moved files.
    searcher: Option<&'a Searcher>,
    /// The articles of files gone since the last build, by the hash of their bytes:
    /// a new file with the same bytes is the same page moved or renamed.
    gone_by_hash: &'a HashMap<u64, DocAddress>,
}

/// What happened to one page.
enum PageOutcome {
    Added {
        bytes: u64,
    },
    /// A new file holding the bytes of a gone one (moved, renamed): its article is
    /// the gone file's, under the new path, and was not parsed again.
    Moved {
        bytes: u64,
        /// The gone file's article.
        from: DocAddress,
    },
    Updated {
        bytes: u64,
    },
    /// Up to date; `bytes` were read to check the hash (0 when the stamp sufficed).
    Unchanged {
        bytes: u64,
    },
    /// Up to date but touched: the article is written again with the file's new
    /// stamp.
    Restamped {
        bytes: u64,
    },
    /// No article; `removed` when an older article of the file was dropped.
    Skipped {
        reason: SkipReason,
        removed: bool,
    },
}

/// One page as the parse hands it to the writer.
struct PageDone {
    path: PathBuf,
    writes: PageWrites,
}

/// What happened to one page, and the writes that make the index agree.
struct PageWrites {
    outcome: PageOutcome,
    /// The id of an old article to drop (the file changed, or holds no article any
    /// more).
    delete: Option<Term>,
    /// The new article.
    add: Option<TantivyDocument>,
}

impl PageWrites {
    /// Nothing to write.
    fn none(outcome: PageOutcome) -> PageWrites {
        PageWrites {
            outcome,
            delete: None,
            add: None,
        }
    }

    /// A page that yielded no article, its old one (if any) kept.
    fn skip(reason: SkipReason) -> PageWrites {
        PageWrites::none(PageOutcome::Skipped {
            reason,
            removed: false,
        })
    }
}

/// Pages the parse may hand over before the writer takes them: enough to keep every
/// parse thread busy through a commit (a second or so of pages), few enough that
/// their documents weigh little against the writer's budget (tens of KB each).
fn writer_queue_pages(threads: usize) -> usize {
    (threads * 128).min(2048)
}

/// The counters of a build, kept by the thread that writes.
#[derive(Default)]
struct Tally {
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    restamped: usize,
    /// Of the added, those moved.
    moved: usize,
    /// The gone articles taken over so far: a second file taking one over is a
    /// copy, added (the gone file moved once).
    taken: HashSet<DocAddress>,
    looked_at: usize,
    bytes_read: u64,
    skipped: Vec<(PathBuf, SkipReason)>,
}

impl Tally {
    /// Documents added or deleted so far.
    fn writes(&self) -> usize {
        self.added + self.updated + self.removed + self.restamped
    }

    fn record(&mut self, path: PathBuf, outcome: PageOutcome) {
        self.looked_at += 1;
        let (counter, bytes) = match outcome {
            PageOutcome::Added { bytes } => (&mut self.added, bytes),
            PageOutcome::Moved { bytes, from } => {
                if self.taken.insert(from) {
                    self.moved += 1;
                }
                (&mut self.added, bytes)
            }
            PageOutcome::Updated { bytes } => (&mut self.updated, bytes),
            PageOutcome::Unchanged { bytes } => (&mut self.unchanged, bytes),
            PageOutcome::Restamped { bytes } => (&mut self.restamped, bytes),
            PageOutcome::Skipped { reason, removed } => {
                if removed {
                    self.removed += 1;
                }
                self.skipped.push((path, reason));
                return;
            }
        };
        *counter += 1;
        self.bytes_read += bytes;
    }
}

/// The writer's side of a build: applies each page's writes in the order the parse
/// finished them, and commits a batch when it is due.
struct Writing<'a> {
    writer: &'a mut IndexWriter,
    meta: &'a mut IndexMeta,
    index_dir: &'a Path,
    /// Commit after this many pages that wrote ...
    every_pages: usize,
    /// ... or when this much time passed since the last commit.
    every: Duration,
    /// [`Tally::writes`] at the last commit: a batch that wrote nothing is not
    /// committed.
    writes_at_commit: usize,
    since_commit: usize,
    last_commit: Instant,
    /// Whether batches are committed as they fill (not in a rebuild).
    batches: bool,
    commits: usize,
}

impl Writing<'_> {
    /// Writes every page the parse sends until it ends.
    ///
    /// # Errors
    /// The writer's, when it refused a document or a commit failed; the pages still
    /// coming are then dropped, so the parse sees a closed channel and stops.
    fn write_all(
        &mut self,
        pages: std::sync::mpsc::Receiver<PageDone>,
        tally: &mut Tally,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<(), IndexError> {
        for PageDone { path, writes } in pages {
            let wrote = writes.delete.is_some() || writes.add.is_some();
            if let Some(term) = writes.delete {
                self.writer.delete_term(term);
            }
            if let Some(doc) = writes.add
                && let Err(added) = self.writer.add_document(doc)
            {
                return Err(writer_failure(self.writer, self.index_dir, added));
            }
            tally.record(path, writes.outcome);
            self.since_commit += usize::from(wrote);
            let writes = tally.writes();
            if self.batches
                && writes != self.writes_at_commit
                && (self.since_commit >= self.every_pages
                    || self.last_commit.elapsed() >= self.every)
            {
                self.writes_at_commit = writes;
                progress(Progress::Committing);
                commit(self.writer, self.meta, self.index_dir)?;
                self.commits += 1;
                progress(Progress::Committed);
                self.since_commit = 0;
                self.last_commit = Instant::now();
            }
        }
        Ok(())
    }
}

/// Looks at one page: nothing to write when its file's stamp is the one recorded,
/// else read, hash, and (when the bytes differ) extract the article that replaces
/// the old one. A page that cannot be read or extracted is a skip.
fn read_one_page(job: &PageJob, context: &PageContext) -> PageWrites {
    let path = &job.path;
    let key = schema::article_key(path);
    let id = schema::id_of_key(key);
    let entry = context.manifest.get(key);
    let known = entry.map(|entry| entry.stamp);
    // Stat before reading: a write after the stat changes the mtime again, so the
    // next run sees it.
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(err) => return PageWrites::skip(PageError::Io(err).into()),
    };
    let (size_bytes, mtime_nanos) = stat_stamp(&metadata);
    if let Some(stamp) = known
        && mtime_nanos != 0
        && stamp.size_bytes == size_bytes
        && stamp.mtime_nanos == mtime_nanos
    {
        return PageWrites::none(PageOutcome::Unchanged { bytes: 0 });
    }
    // A file that cannot be read now keeps its article: the failure may pass.
    let page = match read_page(path, context.limits) {
        Ok(page) => page,
        Err(err) => return PageWrites::skip(err.into()),
    };
    let bytes = page.bytes.len() as u64;
    let hash = xxh3_64(&page.bytes);
    let stamp = FileStamp {
        size_bytes,
        mtime_nanos,
        hash,
    };
    // Touched but not changed (copied, restored from a backup): the article stands.
    // It is written again from its stored copy with the new stamp, which costs no
    // parse, so the next run needs only the stat (a file system without
    // modification times is hashed on every run anyway).
    if let Some(entry) = entry
        && entry.stamp.hash == hash
    {
        let restamped = (mtime_nanos != 0 && entry.stamp != stamp)
            .then(|| restamp(entry.address, &stamp, &id, job, context))
            .flatten();
        return match restamped {
            Some(doc) => PageWrites {
                outcome: PageOutcome::Restamped { bytes },
                delete: Some(Term::from_field_text(context.fields.id, &id)),
                add: Some(doc),
            },
            None => PageWrites::none(PageOutcome::Unchanged { bytes }),
        };
    }
    // A new file with the bytes of a gone one: the page moved (a folder reorganised,
    // a file renamed). Its article is taken over without a parse.
    if entry.is_none()
        && let Some(&address) = context.gone_by_hash.get(&hash)
        && let Some(doc) = restamp(address, &stamp, &id, job, context)
    {
        return PageWrites {
            outcome: PageOutcome::Moved {
                bytes,
                from: address,
            },
            delete: None,
            add: Some(doc),
        };
    }
    // The manifest knows every article of the last commit, whichever folder it was
    // indexed from: only a known id has an old copy to drop. A delete is applied to
    // every segment at commit, so a fresh build of a million pages queues none.
    let delete = known.map(|_| Term::from_field_text(context.fields.id, &id));
    let article = match extract_article(&page.bytes, path, page.format) {
        Ok(article) => article,
        // The file changed and holds no article any more (its bytes turned binary,
        // a PDF was saved over the page): its old one goes.
        Err(err) => {
            return PageWrites {
                outcome: PageOutcome::Skipped {
                    reason: err.into(),
                    removed: known.is_some(),
                },
                delete,
                add: None,
            };
        }
    };
    PageWrites {
        outcome: match known {
            Some(_) => PageOutcome::Updated { bytes },
            None => PageOutcome::Added { bytes },
        },
        delete,
        add: Some(schema::to_document(
            &article,
            context.fields,
            &id,
            &job.root,
            &stamp,
        )),
    }
}

/// The article at `address` in the commit, read back and stamped anew as the
/// article of `job`'s file; `None` when the stored copy cannot be read (the page is
/// then parsed, or its article stays as it is).
fn restamp(
    address: DocAddress,
    stamp: &FileStamp,
    id: &str,
    job: &PageJob,
    context: &PageContext,
) -> Option<TantivyDocument> {
    let stored: TantivyDocument = context.searcher?.doc(address).ok()?;
    let mut article = schema::from_document(&stored, context.fields);
    // The same path for a touched file; the new one for a moved file.
    article.path.clone_from(&job.path);
    Some(schema::to_document(
        &article,
        context.fields,
        id,
        &job.root,
        stamp,
    ))
}

/// Pages [`extract_pages`] lets each thread read ahead of the page it hands over
/// next: enough that the threads run on past a page that takes up to about 32 times
/// as long as the others, few enough that the articles waiting for their turn stay
/// a few megabytes.
const PAGES_AHEAD_PER_THREAD: usize = 32;

/// Reads and extracts the pages `paths` yields, in parallel, handing each result to
/// `emit` in the order of `paths`. Paths are taken from the iterator as the threads
/// need them, so a folder's walk streams through; at most 32 pages a thread are read
/// ahead of the one `emit` gets next, so memory is bounded however many paths there
/// are, and no thread waits for a batch's slowest page. When `emit` breaks (its
/// output was closed), no further page is read and the pages under way are dropped.
pub fn extract_pages(
    paths: impl IntoIterator<Item = PathBuf>,
    limits: &ReadLimits,
    threads: Option<usize>,
    mut emit: impl FnMut(&Path, Result<Article, SkipReason>) -> ControlFlow<()>,
) {
    let threads = threads.unwrap_or_else(num_cpus).max(1);
    let pool = parse_pool(threads);
    let ahead = threads * PAGES_AHEAD_PER_THREAD;
    let stopped = AtomicBool::new(false);
    let mut paths = paths.into_iter();
    let (to_emit, finished) = std::sync::mpsc::channel();
    pool.in_place_scope(|scope| {
        // Slot i holds the (i + first)th page, filled when its thread is done.
        let mut slots: VecDeque<Option<(PathBuf, Result<Article, SkipReason>)>> =
            VecDeque::with_capacity(ahead);
        let mut first = 0usize;
        loop {
            while slots.len() < ahead
                && let Some(path) = paths.next()
            {
                let seq = first + slots.len();
                slots.push_back(None);
                let to_emit = to_emit.clone();
                let stopped = &stopped;
                scope.spawn(move |_| {
                    if stopped.load(Ordering::Relaxed) {
                        return;
                    }
                    let result = isolating_panics(|| {
                        let page = read_page(&path, limits)?;
                        Ok(extract_article(&page.bytes, &path, page.format)?)
                    });
                    // The receiver outlives the scope: a send cannot fail.
                    let _ = to_emit.send((seq, path, result));
                });
            }
            if slots.is_empty() {
                return;
            }
            let (seq, path, result) = finished
                .recv()
                .expect("a page under way always sends its result");
            slots[seq - first] = Some((path, result));
            while let Some(Some(_)) = slots.front() {
                let (path, result) = slots.pop_front().flatten().expect("checked above");
                first += 1;
                if emit(&path, result).is_break() {
                    stopped.store(true, Ordering::Relaxed);
                    return;
                }
            }
        }
    });
}

/// What a panic said, from the payload `catch_unwind` returns: `panic!`'s message,
/// formatted or not.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|message| (*message).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// Runs `read` for one page, turning a panic into [`SkipReason::Panicked`]: a bug
/// that one page out of a million hits must not stop the build at it. Extraction
/// holds no state across pages, so nothing is left half-done by the unwinding.
fn isolating_panics<T>(read: impl FnOnce() -> Result<T, SkipReason>) -> Result<T, SkipReason> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|payload| Err(SkipReason::Panicked(panic_message(payload.as_ref()))))
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

/// Removes an index's own files from `dir` (morgue's `morgue.json`, tantivy's
/// `meta.json`, `.managed.json` and segment files), and nothing else: the folder
/// may be one the user keeps other files in, even the pages. The lock files stay,
/// so a build that holds one keeps its hold.
fn remove_index_files(dir: &Path) -> Result<(), IndexError> {
    let io_err = |source| IndexError::Io {
        action: "removing old index at",
        path: dir.to_owned(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io_err)? {
        let entry = entry.map_err(io_err)?;
        let name = entry.file_name();
        if is_index_file(&name.to_string_lossy()) && entry.file_type().map_err(io_err)?.is_file() {
            std::fs::remove_file(entry.path()).map_err(io_err)?;
        }
    }
    Ok(())
}

/// The files of `dir` that no index wrote, as one named and how many others
/// (`notes.txt and 2 others`), or `None` when it has none or cannot be listed (then
/// creating the index says why). Hidden files are not counted: tantivy's locks are,
/// and a folder the user just made may hold a `.DS_Store`.
pub(crate) fn foreign_files(dir: &Path) -> Option<String> {
    let mut names = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.') && !is_index_file(name));
    let first = names.next()?;
    Some(match names.count() {
        0 => first,
        others => format!(
            "{first} and {others} other{}",
            if others == 1 { "" } else { "s" }
        ),
    })
}

/// Whether a file name is one an index writes: `morgue.json`, `meta.json`,
/// `.managed.json`, or a segment's `<32 hex digits>.<ext>` (a delete file's
/// `<32 hex digits>.<opstamp>.del`).
fn is_index_file(name: &str) -> bool {
    if matches!(name, "morgue.json" | "meta.json" | ".managed.json") {
        return true;
    }
    let Some((segment, rest)) = name.split_once('.') else {
        return false;
    };
    let ext = rest.rsplit('.').next().unwrap_or(rest);
    segment.len() == 32
        && segment.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(
            ext,
            "fast" | "fieldnorm" | "idx" | "pos" | "store" | "term" | "del"
        )
}

fn open_or_create(dir: &Path, rebuild: bool) -> Result<(Index, Fields, IndexMeta), IndexError> {
    open_or_create_in(dir, rebuild, false)
}

/// [`open_or_create`]; `replacing` when a rebuild has just removed the files of an
/// index it could not open: other files of the folder stood beside an index then,
/// and are no reason to refuse the folder.
fn open_or_create_in(
    dir: &Path,
    rebuild: bool,
    replacing: bool,
) -> Result<(Index, Fields, IndexMeta), IndexError> {
    let tantivy_err = |action| move |source| write_error(action, dir, source);
    let create = |meta: IndexMeta| -> Result<(Index, Fields, IndexMeta), IndexError> {
        let (index, fields) =
            schema::create_index(dir).map_err(tantivy_err("creating index at"))?;
        Ok((index, fields, meta))
    };
    match IndexMeta::read(dir) {
        // `morgue.json` is written before tantivy's files: without them, a first build
        // was killed while creating the index, and creating it again loses nothing.
        Ok(meta) if !dir.join("meta.json").exists() => create(meta),
        Ok(meta) => match crate::open_index(dir) {
            Ok(opened) => Ok((opened.index, opened.fields, meta)),
            // An index tantivy cannot open (a damaged `meta.json`, a segment file
            // lost), or whose fields are not this schema's, has nothing whole to
            // keep: --rebuild replaces it.
            Err(IndexError::Tantivy { .. } | IndexError::SchemaMismatch { .. }) if rebuild => {
                remove_index_files(dir)?;
                open_or_create_in(dir, rebuild, true)
            }
            Err(other) => Err(other),
        },
        Err(IndexError::SchemaMismatch { .. }) if rebuild => {
            // An index of another schema cannot be opened; --rebuild replaces it whole.
            remove_index_files(dir)?;
            open_or_create_in(dir, rebuild, true)
        }
        Err(IndexError::Missing { .. }) => {
            if dir.join("meta.json").exists() {
                return Err(IndexError::SchemaMismatch {
                    path: dir.to_owned(),
                    found: 0,
                    expected: SCHEMA_VERSION,
                    roots: Vec::new(),
                });
            }
            if let Some(example) = foreign_files(dir).filter(|_| !replacing) {
                return Err(IndexError::NotAnIndex {
                    path: dir.to_owned(),
                    example,
                });
            }
            std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
                action: "creating index folder",
                path: dir.to_owned(),
                source,
            })?;
            let meta = IndexMeta {
                schema_version: SCHEMA_VERSION,
                morgue_version: env!("CARGO_PKG_VERSION").to_owned(),
                built_at: String::new(),
                roots: Vec::new(),
            };
            meta.write(dir)?;
            create(meta)
        }
        Err(other) => Err(other),
    }
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Bytes of the files under `dir`.
pub(crate) fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    fn story(word: &str) -> String {
        format!(
            "<html><head><title>Story of the {word}</title></head><body><article>\
             <h1>Story of the {word}</h1><p>The {word} was seen near the harbour on Tuesday \
             morning by several fishermen, who reported it to the coastguard.</p>\
             </article></body></html>"
        )
    }

    struct Folder {
        pages: tempfile::TempDir,
        index: tempfile::TempDir,
    }

    impl Folder {
        fn with_pages(words: &[&str]) -> Folder {
            let folder = Folder {
                pages: tempfile::tempdir().unwrap(),
                index: tempfile::tempdir().unwrap(),
            };
            for word in words {
                folder.write(word, &story(word));
            }
            folder
        }

        fn write(&self, name: &str, text: &str) {
            std::fs::write(self.pages.path().join(format!("{name}.html")), text).unwrap();
        }

        /// Moves a file's modification time, as a copy or a restore would.
        fn touch(&self, name: &str, seconds_ago: u64) {
            let file = std::fs::File::options()
                .write(true)
                .open(self.pages.path().join(format!("{name}.html")))
                .unwrap();
            file.set_modified(SystemTime::now() - Duration::from_secs(seconds_ago))
                .unwrap();
        }

        fn build(&self, options: &BuildOptions) -> BuildReport {
            build_index(&[self.pages.path()], self.index.path(), options, &|_| {}).unwrap()
        }
    }

    #[test]
    fn re_running_an_unchanged_folder_reads_no_page() {
        let folder = Folder::with_pages(&["walrus", "heron", "otter"]);
        let first = folder.build(&BuildOptions::default());
        assert_eq!((first.added, first.unchanged), (3, 0));
        let again = folder.build(&BuildOptions::default());
        assert_eq!((again.added, again.updated, again.removed), (0, 0, 0));
        assert_eq!(again.unchanged, 3);
        assert_eq!(again.bytes_read, 0);
        assert_eq!(again.total_articles, 3);
    }

    #[test]
    fn re_run_adds_new_updates_changed_and_removes_deleted_files() {
        let folder = Folder::with_pages(&["walrus", "heron", "otter"]);
        folder.build(&BuildOptions::default());
        folder.write("heron", &story("grey heron"));
        folder.touch("heron", 100);
        std::fs::remove_file(folder.pages.path().join("otter.html")).unwrap();
        folder.write("seal", &story("seal"));
        let report = folder.build(&BuildOptions::default());
        assert_eq!(
            (
                report.added,
                report.updated,
                report.removed,
                report.unchanged
            ),
            (1, 1, 1, 1)
        );
        assert_eq!(report.total_articles, 3);
    }

    #[test]
    fn a_touched_file_with_the_same_bytes_is_not_parsed_again() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        folder.build(&BuildOptions::default());
        folder.touch("walrus", 3600);
        let report = folder.build(&BuildOptions::default());
        assert_eq!((report.updated, report.unchanged), (0, 2));
        assert!(report.bytes_read > 0, "the touched file was hashed");
    }

    /// The stored article of the page `name` and its stamp, as the last commit holds
    /// them, and how many articles hold the word `word` in their searched text.
    fn indexed(folder: &Folder, name: &str, word: &str) -> (Article, FileStamp, usize) {
        let index = Index::open_in_dir(folder.index.path()).unwrap();
        schema::register_tokenizers(&index);
        let fields = schema::fields_of(&index.schema()).unwrap();
        let searcher = manual_reader(&index).unwrap().searcher();
        let manifest = Manifest::read(&searcher, &fields).unwrap();
        let page = std::fs::canonicalize(folder.pages.path().join(format!("{name}.html")));
        let entry = manifest.get(schema::article_key(&page.unwrap())).unwrap();
        let stored: TantivyDocument = searcher.doc(entry.address).unwrap();
        let word = tantivy::query::TermQuery::new(
            Term::from_field_text(fields.text, word),
            tantivy::schema::IndexRecordOption::Basic,
        );
        let found = searcher.search(&word, &tantivy::collector::Count).unwrap();
        (schema::from_document(&stored, &fields), entry.stamp, found)
    }

    #[test]
    fn a_touched_file_is_restamped_without_a_parse_and_then_only_statted() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        let options = BuildOptions::default();
        folder.build(&options);
        let (article, stamp, found) = indexed(&folder, "walrus", "walrus");
        assert_eq!(found, 1);
        folder.touch("walrus", 3600);
        let report = folder.build(&options);
        assert_eq!(
            (
                report.updated,
                report.unchanged,
                report.restamped,
                report.total_articles
            ),
            (0, 2, 1, 2)
        );
        let (restamped, new_stamp, found) = indexed(&folder, "walrus", "walrus");
        assert_eq!(restamped, article);
        assert_eq!(found, 1, "searchable as before");
        assert_eq!(new_stamp.hash, stamp.hash);
        assert_ne!(new_stamp.mtime_nanos, stamp.mtime_nanos);
        let again = folder.build(&options);
        assert_eq!(
            (again.unchanged, again.restamped, again.bytes_read),
            (2, 0, 0),
            "only statted"
        );
    }

    #[test]
    fn a_moved_file_takes_its_article_over_without_a_parse() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        let options = BuildOptions::default();
        folder.build(&options);
        let (article, _, _) = indexed(&folder, "walrus", "walrus");
        let pages = folder.pages.path();
        std::fs::rename(pages.join("walrus.html"), pages.join("seal.html")).unwrap();
        let report = folder.build(&options);
        assert_eq!(
            (
                report.added,
                report.moved,
                report.removed,
                report.total_articles
            ),
            (1, 1, 0, 2)
        );
        let (moved, _, found) = indexed(&folder, "seal", "walrus");
        assert_eq!(
            found, 1,
            "found by its words, once: the old path's copy went"
        );
        let new_path = std::fs::canonicalize(pages.join("seal.html")).unwrap();
        assert_eq!(moved.path, new_path);
        assert_eq!(
            Article {
                path: article.path.clone(),
                ..moved
            },
            article
        );
    }

    #[test]
    fn a_changed_file_that_no_longer_holds_an_article_leaves_the_index() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        folder.build(&BuildOptions::default());
        folder.write("walrus", "");
        folder.touch("walrus", 100);
        let report = folder.build(&BuildOptions::default());
        assert_eq!((report.removed, report.skipped.len()), (1, 1));
        assert_eq!(report.total_articles, 1);
    }

    #[test]
    fn a_page_overwritten_by_a_pdf_leaves_the_index_and_one_unreadable_stays() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        folder.build(&BuildOptions::default());
        folder.write(
            "walrus",
            "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        );
        folder.touch("walrus", 100);
        let report = folder.build(&BuildOptions::default());
        assert_eq!((report.removed, report.skipped.len()), (1, 1));
        assert_eq!(report.total_articles, 1);
        // A gzip cut short may be a copy under way: the article stays until it reads.
        std::fs::write(
            folder.pages.path().join("heron.html"),
            [0x1f, 0x8b, 0x08, 0],
        )
        .unwrap();
        folder.touch("heron", 50);
        let report = folder.build(&BuildOptions::default());
        assert_eq!((report.removed, report.skipped.len()), (0, 2));
        assert_eq!(report.total_articles, 1);
    }

    #[test]
    fn rebuild_reads_every_page_again() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        folder.build(&BuildOptions::default());
        let report = folder.build(&BuildOptions {
            rebuild: true,
            ..BuildOptions::default()
        });
        assert_eq!((report.added, report.unchanged), (2, 0));
        assert_eq!(report.total_articles, 2);
    }

    #[test]
    fn a_rebuild_commits_once_and_a_stopped_one_keeps_the_old_index() {
        let folder = Folder::with_pages(&["a", "b", "c", "d", "e"]);
        folder.build(&BuildOptions::default());
        let report = folder.build(&BuildOptions {
            rebuild: true,
            commit_every_pages: 2,
            ..BuildOptions::default()
        });
        assert_eq!((report.commits, report.total_articles), (1, 5));

        std::fs::remove_file(folder.pages.path().join("a.html")).unwrap();
        let report = folder.build(&BuildOptions {
            rebuild: true,
            stop: Arc::new(AtomicBool::new(true)),
            ..BuildOptions::default()
        });
        assert!(report.is_interrupted());
        assert_eq!(report.commits, 0);
        assert_eq!(
            report.total_articles, 5,
            "the stopped rebuild dropped the old index"
        );
    }

    #[test]
    fn commits_once_per_batch_and_once_at_the_end() {
        let folder = Folder::with_pages(&["a", "b", "c", "d", "e"]);
        let report = folder.build(&BuildOptions {
            commit_every_pages: 2,
            ..BuildOptions::default()
        });
        // After pages 2 and 4, then the last page with the final commit.
        assert_eq!(report.commits, 3);
        assert_eq!(report.total_articles, 5);
    }

    #[test]
    fn extract_pages_hands_pages_over_in_the_order_given() {
        let words: Vec<String> = (0..300).map(|i| format!("walrus{i}")).collect();
        let folder = Folder::with_pages(&[]);
        let mut paths = Vec::new();
        for (i, word) in words.iter().enumerate() {
            // Pages of very different sizes finish out of order.
            let padding =
                "<p>Padding paragraph of the page.</p>".repeat(if i % 7 == 0 { 2000 } else { 1 });
            folder.write(
                word,
                &story(word).replace("</article>", &format!("{padding}</article>")),
            );
            paths.push(folder.pages.path().join(format!("{word}.html")));
        }
        // Paths that cannot be read come back in their place too, as skips.
        paths.insert(150, folder.pages.path().join("gone.html"));
        let mut emitted = Vec::new();
        extract_pages(
            paths.clone(),
            &ReadLimits::default(),
            Some(3),
            |path, result| {
                let title = result.map(|article| article.title.unwrap_or_default());
                emitted.push((path.to_owned(), title.ok()));
                ControlFlow::Continue(())
            },
        );
        let emitted_paths: Vec<&PathBuf> = emitted.iter().map(|(path, _)| path).collect();
        assert_eq!(emitted_paths, paths.iter().collect::<Vec<_>>());
        assert_eq!(emitted[150].1, None);
        assert_eq!(emitted[151].1.as_deref(), Some("Story of the walrus150"));
    }

    #[test]
    fn extract_pages_stops_taking_paths_when_emit_breaks() {
        let folder = Folder::with_pages(&["walrus"]);
        let page = folder.pages.path().join("walrus.html");
        let taken = std::cell::Cell::new(0usize);
        let paths = std::iter::repeat_with(|| {
            taken.set(taken.get() + 1);
            page.clone()
        })
        .take(100_000);
        let mut emitted = 0;
        extract_pages(paths, &ReadLimits::default(), Some(2), |_, result| {
            assert!(result.is_ok());
            emitted += 1;
            ControlFlow::Break(())
        });
        assert_eq!(emitted, 1);
        // The pages read ahead of the first, and no more.
        assert!(
            taken.get() <= 2 * PAGES_AHEAD_PER_THREAD + 1,
            "{}",
            taken.get()
        );
    }

    #[test]
    fn a_gone_folder_of_an_earlier_build_is_reported_and_kept() {
        let kept = Folder::with_pages(&["walrus", "heron"]);
        let moved = tempfile::tempdir().unwrap();
        std::fs::write(moved.path().join("otter.html"), story("otter")).unwrap();
        let options = BuildOptions::default();
        build_index(&[moved.path()], kept.index.path(), &options, &|_| {}).unwrap();
        let moved_root = std::fs::canonicalize(moved.path()).unwrap();
        let first = kept.build(&options);
        assert!(first.gone_folders.is_empty(), "{:?}", first.gone_folders);
        drop(moved);
        let report = kept.build(&options);
        assert_eq!(
            report.gone_folders,
            [(moved_root.to_string_lossy().into_owned(), 1)]
        );
        assert_eq!(report.total_articles, 3, "its article stays");
    }

    #[test]
    fn forgetting_a_gone_folder_drops_its_articles_and_only_them() {
        let kept = Folder::with_pages(&["walrus", "heron"]);
        let moved = tempfile::tempdir().unwrap();
        std::fs::write(moved.path().join("otter.html"), story("otter")).unwrap();
        std::fs::write(moved.path().join("seal.html"), story("seal")).unwrap();
        let options = BuildOptions::default();
        build_index(&[moved.path()], kept.index.path(), &options, &|_| {}).unwrap();
        kept.build(&options);
        let moved_path = moved.path().to_owned();
        drop(moved);
        let forget = BuildOptions {
            forget: vec![moved_path],
            ..BuildOptions::default()
        };
        let no_folders: [&Path; 0] = [];
        let report = build_index(&no_folders, kept.index.path(), &forget, &|_| {}).unwrap();
        assert_eq!((report.removed, report.total_articles), (2, 2));
        assert!(report.gone_folders.is_empty(), "{:?}", report.gone_folders);
        let again = kept.build(&options);
        assert_eq!(
            (again.removed, again.unchanged, again.total_articles),
            (0, 2, 2)
        );
        assert!(again.gone_folders.is_empty(), "{:?}", again.gone_folders);
    }

    /// A folder `sub` inside `folder.pages`, with one page per word.
    fn subfolder(folder: &Folder, words: &[&str]) -> PathBuf {
        let sub = folder.pages.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        for word in words {
            std::fs::write(sub.join(format!("{word}.html")), story(word)).unwrap();
        }
        sub
    }

    #[test]
    fn a_file_gone_from_a_folder_indexed_on_its_own_goes_when_its_parent_is_indexed() {
        let folder = Folder::with_pages(&["walrus"]);
        let sub = subfolder(&folder, &["otter", "seal"]);
        let options = BuildOptions::default();
        build_index(&[&sub], folder.index.path(), &options, &|_| {}).unwrap();
        std::fs::remove_file(sub.join("seal.html")).unwrap();
        let report = folder.build(&options);
        assert_eq!(
            (
                report.added,
                report.unchanged,
                report.removed,
                report.total_articles
            ),
            (1, 1, 1, 2)
        );
    }

    #[test]
    fn a_file_moved_and_copied_counts_one_move_and_one_addition() {
        let folder = Folder::with_pages(&["walrus", "otter"]);
        let options = BuildOptions::default();
        folder.build(&options);
        let dir = folder.pages.path();
        std::fs::copy(dir.join("walrus.html"), dir.join("copy.html")).unwrap();
        std::fs::rename(dir.join("walrus.html"), dir.join("moved.html")).unwrap();
        let report = folder.build(&options);
        assert_eq!(
            (
                report.added - report.moved,
                report.moved,
                report.removed,
                report.total_articles
            ),
            (1, 1, 0, 3),
            "two new files, one old gone, the index one article larger"
        );
    }

    #[test]
    fn a_walk_of_a_folder_inside_one_indexed_settles_the_files_gone_from_it() {
        let folder = Folder::with_pages(&["walrus"]);
        let sub = subfolder(&folder, &["otter", "seal", "heron"]);
        let options = BuildOptions::default();
        folder.build(&options);
        // One file deleted, one renamed, inside the folder walked on its own now.
        std::fs::remove_file(sub.join("seal.html")).unwrap();
        std::fs::rename(sub.join("heron.html"), sub.join("egret.html")).unwrap();
        let report = build_index(&[&sub], folder.index.path(), &options, &|_| {}).unwrap();
        assert_eq!(
            (
                report.moved,
                report.unchanged,
                report.removed,
                report.total_articles
            ),
            (1, 1, 1, 3),
            "the renamed file is one article, not two"
        );
        // The parent's next walk finds nothing left to do.
        let again = folder.build(&options);
        assert_eq!((again.added, again.removed, again.unchanged), (0, 0, 3));
    }

    #[test]
    fn a_file_gone_from_two_nested_folders_given_together_is_removed_once() {
        let folder = Folder::with_pages(&["walrus"]);
        let sub = subfolder(&folder, &["otter", "seal", "heron"]);
        let options = BuildOptions::default();
        let both = [folder.pages.path(), sub.as_path()];
        build_index(&both, folder.index.path(), &options, &|_| {}).unwrap();
        std::fs::remove_file(sub.join("seal.html")).unwrap();
        std::fs::rename(sub.join("heron.html"), sub.join("egret.html")).unwrap();
        let report = build_index(&both, folder.index.path(), &options, &|_| {}).unwrap();
        assert_eq!(
            (report.moved, report.removed, report.total_articles),
            (1, 1, 3),
            "one file deleted, one renamed"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_under_two_nested_folders_given_together_is_skipped_once() {
        let folder = Folder::with_pages(&["walrus"]);
        let sub = subfolder(&folder, &["otter"]);
        std::os::unix::fs::symlink("..", sub.join("up")).unwrap();
        let both = [folder.pages.path(), sub.as_path()];
        let report = build_index(
            &both,
            folder.index.path(),
            &BuildOptions::default(),
            &|_| {},
        )
        .unwrap();
        let skipped: Vec<&PathBuf> = report.skipped.iter().map(|(path, _)| path).collect();
        assert_eq!(skipped, [&sub.join("up")]);
        assert_eq!(report.total_articles, 2);
    }

    #[test]
    fn forgetting_a_folder_forgets_the_folders_inside_it_indexed_on_their_own() {
        let folder = Folder::with_pages(&["walrus"]);
        let sub = subfolder(&folder, &["otter", "seal"]);
        let options = BuildOptions::default();
        build_index(&[&sub], folder.index.path(), &options, &|_| {}).unwrap();
        folder.build(&options);
        let forget = BuildOptions {
            forget: vec![folder.pages.path().to_owned()],
            ..BuildOptions::default()
        };
        let no_folders: [&Path; 0] = [];
        let report = build_index(&no_folders, folder.index.path(), &forget, &|_| {}).unwrap();
        assert_eq!((report.removed, report.total_articles), (3, 0));
        let meta = IndexMeta::read(folder.index.path()).unwrap();
        assert!(meta.roots.is_empty(), "{:?}", meta.roots);
    }

    #[test]
    fn forgetting_a_folder_the_index_does_not_know_changes_nothing() {
        let kept = Folder::with_pages(&["walrus", "heron"]);
        kept.build(&BuildOptions::default());
        let stranger = tempfile::tempdir().unwrap();
        let forget = BuildOptions {
            forget: vec![stranger.path().to_owned()],
            ..BuildOptions::default()
        };
        let err =
            build_index(&[kept.pages.path()], kept.index.path(), &forget, &|_| {}).unwrap_err();
        assert!(matches!(err, IndexError::UnknownFolder { .. }), "{err}");
        assert!(
            err.to_string()
                .contains(&*stranger.path().to_string_lossy()),
            "{err}"
        );
        assert_eq!(kept.build(&BuildOptions::default()).total_articles, 2);
    }

    #[test]
    fn forgetting_a_folder_and_indexing_it_reads_it_afresh() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        folder.build(&BuildOptions::default());
        let again = BuildOptions {
            forget: vec![folder.pages.path().to_owned()],
            ..BuildOptions::default()
        };
        let report = folder.build(&again);
        assert_eq!(
            (
                report.removed,
                report.added,
                report.unchanged,
                report.total_articles
            ),
            (2, 2, 0, 2)
        );
    }

    #[test]
    fn a_rebuild_replaces_an_index_tantivy_cannot_open_and_only_its_files() {
        let folder = Folder::with_pages(&["walrus", "heron"]);
        folder.build(&BuildOptions::default());
        let index = folder.index.path();
        std::fs::write(index.join("meta.json"), "{ not json").unwrap();
        std::fs::write(index.join("notes.txt"), "the user's own file").unwrap();
        assert!(matches!(
            build_index(
                &[folder.pages.path()],
                index,
                &BuildOptions::default(),
                &|_| {}
            ),
            Err(IndexError::Tantivy { .. })
        ));
        let rebuild = BuildOptions {
            rebuild: true,
            ..BuildOptions::default()
        };
        assert_eq!(folder.build(&rebuild).total_articles, 2);
        assert_eq!(
            std::fs::read_to_string(index.join("notes.txt")).unwrap(),
            "the user's own file"
        );
    }

    #[test]
    fn a_folder_of_other_files_is_refused_as_an_index_and_left_alone() {
        let folder = Folder::with_pages(&["walrus"]);
        let index = folder.index.path();
        std::fs::write(index.join("novel.txt"), "chapter one").unwrap();
        std::fs::write(index.join("notes.md"), "to do").unwrap();
        std::fs::write(index.join(".DS_Store"), "").unwrap();
        for rebuild in [false, true] {
            let options = BuildOptions {
                rebuild,
                ..BuildOptions::default()
            };
            let err = build_index(&[folder.pages.path()], index, &options, &|_| {}).unwrap_err();
            assert!(
                matches!(&err, IndexError::NotAnIndex { example, .. } if example.ends_with(" and 1 other")),
                "{err:?}"
            );
        }
        let mut left: Vec<_> = std::fs::read_dir(index)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, [".DS_Store", "notes.md", "novel.txt"]);
        // Only hidden files (a folder just made in a file manager) are no obstacle.
        std::fs::remove_file(index.join("novel.txt")).unwrap();
        std::fs::remove_file(index.join("notes.md")).unwrap();
        assert_eq!(folder.build(&BuildOptions::default()).total_articles, 1);
    }

    #[test]
    fn index_files_are_told_from_other_files() {
        for name in [
            "morgue.json",
            "meta.json",
            ".managed.json",
            "8c411c95c8714bae88bb04b21ddb3dd5.idx",
            "8c411c95c8714bae88bb04b21ddb3dd5.store",
            "8c411c95c8714bae88bb04b21ddb3dd5.123.del",
        ] {
            assert!(is_index_file(name), "{name}");
        }
        for name in [
            "story.html",
            "notes.txt",
            ".tantivy-writer.lock",
            "8c411c95.idx",
            "8c411c95c8714bae88bb04b21ddb3dd5.html",
        ] {
            assert!(!is_index_file(name), "{name}");
        }
    }

    #[test]
    fn a_rebuild_names_the_folders_it_dropped_and_a_stopped_one_none() {
        let kept = Folder::with_pages(&["walrus"]);
        let other = tempfile::tempdir().unwrap();
        std::fs::write(other.path().join("otter.html"), story("otter")).unwrap();
        build_index(
            &[other.path()],
            kept.index.path(),
            &BuildOptions::default(),
            &|_| {},
        )
        .unwrap();
        kept.build(&BuildOptions::default());
        let other_root = std::fs::canonicalize(other.path()).unwrap();
        let stopped = kept.build(&BuildOptions {
            rebuild: true,
            stop: Arc::new(AtomicBool::new(true)),
            ..BuildOptions::default()
        });
        assert!(stopped.rebuilt_without.is_empty());
        let rebuild = BuildOptions {
            rebuild: true,
            ..BuildOptions::default()
        };
        let report = kept.build(&rebuild);
        assert_eq!(report.rebuilt_without, [other_root.to_string_lossy()]);
        assert_eq!(report.total_articles, 1);
    }

    #[test]
    fn forgetting_without_an_index_creates_none() {
        let folder = Folder::with_pages(&["walrus"]);
        let index = folder.index.path().join("never-built");
        let forget = BuildOptions {
            forget: vec![folder.pages.path().to_owned()],
            ..BuildOptions::default()
        };
        let no_folders: [&Path; 0] = [];
        let err = build_index(&no_folders, &index, &forget, &|_| {}).unwrap_err();
        assert!(matches!(err, IndexError::Missing { .. }), "{err}");
        assert!(!index.exists());
    }

    #[test]
    fn the_parse_threads_are_named_for_profilers() {
        let pool = parse_pool(2);
        let names: Vec<Option<String>> =
            pool.broadcast(|_| std::thread::current().name().map(str::to_owned));
        let mut names: Vec<String> = names.into_iter().flatten().collect();
        names.sort();
        assert_eq!(names, ["morgue-parse-0", "morgue-parse-1"]);
    }

    #[test]
    fn a_batch_counts_pages_that_changed_the_index_not_pages_looked_at() {
        let folder = Folder::with_pages(&["b", "d", "f"]);
        folder.build(&BuildOptions::default());
        for word in ["a", "c", "e", "g"] {
            folder.write(word, &story(word));
        }
        let report = folder.build(&BuildOptions {
            commit_every_pages: 2,
            threads: Some(1),
            ..BuildOptions::default()
        });
        // The walk meets new and unchanged pages in turn (a, b, c, ...): counted as
        // pages looked at, each commit would hold one new article; counted as
        // changes, one commits after c, one after g, then the final one.
        assert_eq!((report.added, report.unchanged), (4, 3));
        assert_eq!(report.commits, 3);
        assert_eq!(report.total_articles, 7);
    }

    #[test]
    fn a_stopped_build_commits_what_it_did_and_the_next_run_finishes() {
        let folder = Folder::with_pages(&["a", "b", "c"]);
        let stop = Arc::new(AtomicBool::new(true));
        let report = folder.build(&BuildOptions {
            stop,
            ..BuildOptions::default()
        });
        // Stopped before the listing of the pages was done: none was read.
        assert!(report.is_interrupted());
        assert_eq!((report.stopped_listing, report.total_articles), (true, 0));
        let report = folder.build(&BuildOptions::default());
        assert_eq!((report.added, report.total_articles), (3, 3));
    }

    #[test]
    fn a_build_stopped_while_counting_removes_nothing_it_did_not_see() {
        let folder = Folder::with_pages(&["a", "b", "c"]);
        folder.build(&BuildOptions::default());
        // Stopped before the counting walk saw a file: every file would look gone.
        let report = folder.build(&BuildOptions {
            stop: Arc::new(AtomicBool::new(true)),
            ..BuildOptions::default()
        });
        assert!(report.is_interrupted() && report.stopped_listing);
        assert_eq!((report.removed, report.total_articles), (0, 3));
    }

    #[test]
    fn a_build_stopped_midway_counts_the_pages_the_walk_had_not_reached_as_left() {
        let folder = Folder::with_pages(&["a", "b", "c", "d", "e", "f", "g"]);
        let stop = Arc::new(AtomicBool::new(false));
        let options = BuildOptions {
            stop: Arc::clone(&stop),
            // One parse thread: the stop comes with the first page done, and the walk
            // hands out no page after it.
            threads: Some(1),
            ..BuildOptions::default()
        };
        let report = build_index(
            &[folder.pages.path()],
            folder.index.path(),
            &options,
            &|event| {
                if let Progress::Page = event {
                    stop.store(true, Ordering::Relaxed);
                }
            },
        )
        .unwrap();
        assert_eq!((report.indexed, report.left), (1, 6));
        let report = folder.build(&BuildOptions::default());
        assert_eq!(
            (report.added, report.unchanged, report.total_articles),
            (6, 1, 7)
        );
    }

    #[test]
    fn a_page_under_two_of_the_folders_is_read_once() {
        let folder = Folder::with_pages(&["a", "b"]);
        std::fs::create_dir(folder.pages.path().join("inner")).unwrap();
        folder.write("inner/c", &story("c"));
        let inner = folder.pages.path().join("inner");
        let report = build_index(
            &[inner.as_path(), folder.pages.path()],
            folder.index.path(),
            &BuildOptions::default(),
            &|_| {},
        )
        .unwrap();
        assert_eq!((report.added, report.total_articles), (3, 3));
    }

    #[test]
    fn a_file_removed_between_walk_and_read_is_skipped_with_the_reason() {
        let folder = Folder::with_pages(&["walrus"]);
        folder.build(&BuildOptions::default());
        let opened = crate::open_index(folder.index.path()).unwrap();
        let path = folder.pages.path().join("gone.html");
        let job = PageJob {
            root: Arc::from(folder.pages.path().to_string_lossy().as_ref()),
            path,
        };
        let context = PageContext {
            fields: &opened.fields,
            limits: &ReadLimits::default(),
            manifest: &Manifest::default(),
            searcher: None,
            gone_by_hash: &HashMap::new(),
        };
        let writes = read_one_page(&job, &context);
        let PageOutcome::Skipped { reason, removed } = writes.outcome else {
            panic!("a missing file cannot be indexed");
        };
        assert!(!removed);
        assert!(writes.delete.is_none() && writes.add.is_none());
        assert!(reason.to_string().starts_with("cannot read"), "{reason}");
    }

    #[test]
    fn a_panic_on_a_page_becomes_a_skip_with_its_message() {
        let result: Result<(), SkipReason> =
            isolating_panics(|| panic!("index {} out of range", 7));
        let Err(SkipReason::Panicked(message)) = result else {
            panic!("the panic was not caught as a skip");
        };
        assert_eq!(message, "index 7 out of range");
        let result: Result<(), SkipReason> = isolating_panics(|| panic!("no arguments"));
        assert_eq!(
            result.unwrap_err().to_string(),
            "morgue failed on this page, a bug to report: no arguments"
        );
        assert_eq!(isolating_panics(|| Ok(3)).unwrap(), 3);
    }

    #[test]
    fn a_second_writer_is_refused_as_locked() {
        let folder = Folder::with_pages(&["a"]);
        folder.build(&BuildOptions::default());
        let opened = crate::open_index(folder.index.path()).unwrap();
        let _held: IndexWriter = opened.index.writer(15 << 20).unwrap();
        let err = build_index(
            &[folder.pages.path()],
            folder.index.path(),
            &BuildOptions::default(),
            &|_| {},
        )
        .unwrap_err();
        assert!(matches!(err, IndexError::Locked { .. }), "{err:?}");
    }
}
