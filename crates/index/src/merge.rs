//! Which segments the build's background merges join: those of like size, never
//! into one larger than a cap.
//!
//! A merge reads its input segments through mmap, and every page it touches counts
//! in the build's resident memory until the merge ends. tantivy's own policy
//! (`LogMergePolicy`) lets segments grow with the index, so the last merges of a
//! large build read gigabytes and its peak RSS grew with the corpus. Capping what
//! one merge reads keeps the peak flat, at the price of more segments in a large
//! index (one to two per [`MAX_MERGE_BYTES`] of index).

use std::cmp::Reverse;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::SegmentMeta;
use tantivy::index::{SegmentComponent, SegmentId};
use tantivy::indexer::IndexWriterOptions;
use tantivy::merge_policy::{LogMergePolicy, MergeCandidate, MergePolicy};

/// The most bytes of segment files one merge reads, and so the largest segment a
/// merge makes.
pub const MAX_MERGE_BYTES: u64 = 192 << 20;

/// Merges run one at a time, so the pages they map are at most [`MAX_MERGE_BYTES`].
const MERGE_THREADS: usize = 1;

/// The merge policy of a writer on the index at `index_dir`: tantivy's log policy,
/// each merge reading at most [`MAX_MERGE_BYTES`].
pub fn merge_policy(index_dir: &Path) -> Box<dyn MergePolicy> {
    Box::new(CappedMergePolicy::new(
        index_dir.to_owned(),
        MAX_MERGE_BYTES,
    ))
}

/// The most one indexing thread is given: tantivy refuses an arena of 4 GiB or
/// more (`u32::MAX` bytes less a margin).
const MAX_HEAP_BYTES_PER_THREAD: usize = 4000 << 20;

/// Options for a writer with `threads` indexing threads sharing `heap_bytes`, and
/// the one merge thread the cap on merges assumes. A budget above what the threads
/// can use is a bound not reached: `--memory 100000` failed the build with "The
/// memory arena in bytes per thread cannot exceed 4293967295", after "taking the
/// writer lock".
pub fn writer_options(threads: usize, heap_bytes: usize) -> IndexWriterOptions {
    IndexWriterOptions::builder()
        .num_worker_threads(threads)
        .memory_budget_per_thread((heap_bytes / threads.max(1)).min(MAX_HEAP_BYTES_PER_THREAD))
        .num_merge_threads(MERGE_THREADS)
        .build()
}

/// tantivy's log merge policy, with the merges it picks split so that none reads
/// more than `max_bytes` of segments.
#[derive(Debug)]
pub(crate) struct CappedMergePolicy {
    /// The index folder, where the segments' files are measured.
    dir: PathBuf,
    max_bytes: u64,
    inner: LogMergePolicy,
}

impl CappedMergePolicy {
    pub(crate) fn new(dir: PathBuf, max_bytes: u64) -> CappedMergePolicy {
        CappedMergePolicy {
            dir,
            max_bytes,
            inner: LogMergePolicy::default(),
        }
    }

    /// Bytes of the segment's files on disk; a file that cannot be measured counts
    /// as empty (the merge that reads it would fail and say so).
    fn bytes_of(&self, segment: &SegmentMeta) -> u64 {
        [
            SegmentComponent::Postings,
            SegmentComponent::Positions,
            SegmentComponent::Terms,
            SegmentComponent::Store,
            SegmentComponent::FastFields,
            SegmentComponent::FieldNorms,
        ]
        .into_iter()
        .filter_map(|part| std::fs::metadata(self.dir.join(segment.relative_path(part))).ok())
        .map(|meta| meta.len())
        .sum()
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let bytes: HashMap<SegmentId, u64> = segments
            .iter()
            .map(|segment| (segment.id(), self.bytes_of(segment)))
            .collect();
        // A segment past half the cap is finished: any merge of two such would pass it.
        let open: Vec<SegmentMeta> = segments
            .iter()
            .filter(|segment| bytes[&segment.id()] <= self.max_bytes / 2)
            .cloned()
            .collect();
        self.inner
            .compute_merge_candidates(&open)
            .into_iter()
            .flat_map(|candidate| {
                let members = candidate.0.into_iter().map(|id| (id, bytes[&id])).collect();
                pack(members, self.max_bytes)
                    .into_iter()
                    .map(MergeCandidate)
            })
            .collect()
    }
}

/// Splits one merge into merges of at most `max_bytes` each (first fit, largest
/// first); a segment left alone is not merged.
fn pack<Id>(mut members: Vec<(Id, u64)>, max_bytes: u64) -> Vec<Vec<Id>> {
    members.sort_by_key(|&(_, bytes)| Reverse(bytes));
    let mut bins: Vec<(u64, Vec<Id>)> = Vec::new();
    for (id, bytes) in members {
        match bins.iter_mut().find(|(used, _)| used + bytes <= max_bytes) {
            Some((used, ids)) => {
                *used += bytes;
                ids.push(id);
            }
            None => bins.push((bytes, vec![id])),
        }
    }
    bins.into_iter()
        .filter(|(_, ids)| ids.len() >= 2)
        .map(|(_, ids)| ids)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_beyond_what_a_thread_can_use_still_opens_a_writer() {
        let index = tantivy::Index::create_in_ram(tantivy::schema::Schema::builder().build());
        for threads in [1, 2] {
            let options = writer_options(threads, 100_000 << 20);
            assert!(
                index
                    .writer_with_options::<tantivy::TantivyDocument>(options)
                    .is_ok(),
                "{threads} threads"
            );
        }
    }

    #[test]
    fn a_merge_within_the_cap_is_kept_whole() {
        let merges = pack(vec![(1, 10), (2, 30), (3, 20)], 60);
        assert_eq!(merges, vec![vec![2, 3, 1]]);
    }

    #[test]
    fn a_merge_past_the_cap_is_split_into_merges_under_it() {
        let merges = pack((0..8).map(|id| (id, 30)).collect(), 100);
        assert_eq!(merges, vec![vec![0, 1, 2], vec![3, 4, 5], vec![6, 7]]);
        for merge in &merges {
            assert!(merge.len() * 30 <= 100);
        }
    }

    #[test]
    fn a_segment_that_fits_with_no_other_is_left_alone() {
        let merges = pack(vec![(1, 70), (2, 60), (3, 30)], 100);
        assert_eq!(merges, vec![vec![1, 3]]);
    }
}

#[cfg(test)]
mod merge_tests {
    use morgue_extract::Article;

    use super::*;
    use crate::schema::{self, FileStamp};

    #[test]
    fn merges_in_a_build_never_make_a_segment_past_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let (index, fields) = schema::create_index(dir.path()).unwrap();
        let mut writer: tantivy::IndexWriter = index
            .writer_with_options(writer_options(1, 15 << 20))
            .unwrap();
        let cap = 200_000;
        let mut policy = CappedMergePolicy::new(dir.path().to_owned(), cap);
        policy.inner.set_min_num_segments(2);
        writer.set_merge_policy(Box::new(policy));
        // Twenty commits of one article each: twenty segments of about 10 KB, which
        // the log policy alone would merge into one of 210 KB.
        for number in 0..20u64 {
            let body: String = (0..3_000)
                .map(|word| format!("w{} ", word * 7919 % (number + 997)))
                .collect();
            let article = Article {
                path: format!("/pages/{number}.html").into(),
                body,
                ..Article::default()
            };
            let id = schema::article_id(&article.path);
            let doc = schema::to_document(&article, &fields, &id, "/pages", &FileStamp::default());
            writer.add_document(doc).unwrap();
            writer.commit().unwrap();
        }
        writer.wait_merging_threads().unwrap();

        let segments = index.searchable_segment_metas().unwrap();
        let checker = CappedMergePolicy::new(dir.path().to_owned(), cap);
        let sizes: Vec<u64> = segments
            .iter()
            .map(|segment| checker.bytes_of(segment))
            .collect();
        assert!(segments.len() < 20, "nothing was merged: {sizes:?}");
        assert!(sizes.iter().all(|&bytes| bytes <= cap), "{sizes:?}");
        assert_eq!(
            index.reader().unwrap().searcher().num_docs(),
            20,
            "an article was lost in the merges"
        );
    }
}
