//! A top-k collector for a date-filtered search that keeps tantivy's block-max
//! pruning.
//!
//! Filtering with a `RangeQuery` clause turns a conjunction of terms into a generic
//! boolean query, which tantivy scores match by match. Here the query runs alone,
//! with pruning, and the date is checked as each candidate comes out: a document
//! pruned for its score could not have entered the top k whatever its date, so the
//! result is the same as the filtered query's.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::ops::RangeInclusive;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::Weight;
use tantivy::{DateTime, DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// The `limit` best-scoring documents whose date (a fast field) lies in `dates`;
/// documents without a date never match.
pub(crate) struct TopScoresInDates {
    pub limit: usize,
    pub date_field: String,
    pub dates: RangeInclusive<DateTime>,
}

/// A score with a total order, for the heap (NaN, which BM25 never gives, sorts low).
#[derive(Clone, Copy, PartialEq)]
struct Ranked(Score, Reverse<DocId>);

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

/// One segment's share of [`TopScoresInDates`].
pub(crate) struct InDatesSegment {
    limit: usize,
    segment: SegmentOrdinal,
    column: Column<DateTime>,
    dates: RangeInclusive<DateTime>,
    /// The best so far, worst on top.
    best: BinaryHeap<Reverse<Ranked>>,
}

impl InDatesSegment {
    /// Offers a document; returns the score a document must now beat.
    fn offer(&mut self, doc: DocId, score: Score) -> Score {
        let in_range = self
            .column
            .first(doc)
            .is_some_and(|date| self.dates.contains(&date));
        if in_range {
            let ranked = Ranked(score, Reverse(doc));
            if self.best.len() < self.limit {
                self.best.push(Reverse(ranked));
            } else if self.best.peek().is_some_and(|worst| ranked > worst.0) {
                self.best.pop();
                self.best.push(Reverse(ranked));
            }
        }
        self.threshold()
    }

    fn threshold(&self) -> Score {
        match self.best.peek() {
            Some(worst) if self.best.len() >= self.limit => worst.0.0,
            _ => Score::MIN,
        }
    }
}

impl SegmentCollector for InDatesSegment {
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.offer(doc, score);
    }

    fn harvest(self) -> Self::Fruit {
        let segment = self.segment;
        self.best
            .into_iter()
            .map(|Reverse(Ranked(score, Reverse(doc)))| (score, DocAddress::new(segment, doc)))
            .collect()
    }
}

impl Collector for TopScoresInDates {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = InDatesSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<InDatesSegment> {
        Ok(InDatesSegment {
            limit: self.limit,
            segment,
            column: reader.fast_fields().date(&self.date_field)?,
            dates: self.dates.clone(),
            best: BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        let mut child = self.for_segment(segment, reader)?;
        if self.limit == 0 {
            return Ok(Vec::new());
        }
        let alive = reader.alive_bitset();
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            if alive.is_some_and(|alive| alive.is_deleted(doc)) {
                return child.threshold();
            }
            child.offer(doc, score)
        })?;
        Ok(child.harvest())
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(Score, DocAddress)>>,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        let mut all: Vec<(Score, DocAddress)> = fruits.into_iter().flatten().collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        all.truncate(self.limit);
        Ok(all)
    }
}

/// The `limit` newest (or, with `oldest`, oldest) documents matching the query
/// among those dated within `dates`, in that order, then best first.
///
/// Driven by the dates rather than by the query: the documents of the window are
/// read off the date column, and the query's scorer is only moved to each of them.
/// For a narrow window of a large index that is a few thousand seeks instead of
/// reading every match of a common word.
pub(crate) struct ByDateInDates {
    pub limit: usize,
    pub date_field: String,
    pub dates: RangeInclusive<DateTime>,
    pub oldest: bool,
}

/// A match of [`ByDateInDates`]: its date, its score and where it is.
pub(crate) type Dated = (DateTime, Score, DocAddress);

/// Newest (or oldest) first, then best first, then first in the index.
fn by_date(oldest: bool) -> impl Fn(&Dated, &Dated) -> Ordering {
    move |a, b| {
        let dates = if oldest { a.0.cmp(&b.0) } else { b.0.cmp(&a.0) };
        dates.then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2))
    }
}

/// Keeps the `limit` first of `found` by date, in order: a selection, then a sort of
/// those only (a window of a common word holds thousands of matches).
fn top(found: &mut Vec<Dated>, limit: usize, oldest: bool) {
    if found.len() > limit && limit > 0 {
        found.select_nth_unstable_by(limit - 1, by_date(oldest));
    }
    found.truncate(limit);
    found.sort_by(by_date(oldest));
}

/// One segment's share of [`ByDateInDates`], when a scorer is not at hand: documents
/// offered one by one (only [`ByDateInDates::collect_segment`] is used in searches).
pub(crate) struct ByDateSegment {
    limit: usize,
    oldest: bool,
    segment: SegmentOrdinal,
    column: Column<DateTime>,
    dates: RangeInclusive<DateTime>,
    found: Vec<Dated>,
}

impl ByDateSegment {
    fn offer(&mut self, doc: DocId, score: Score) {
        if let Some(date) = self.column.first(doc).filter(|d| self.dates.contains(d)) {
            self.found
                .push((date, score, DocAddress::new(self.segment, doc)));
        }
    }
}

impl SegmentCollector for ByDateSegment {
    type Fruit = Vec<Dated>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.offer(doc, score);
    }

    fn harvest(mut self) -> Vec<Dated> {
        top(&mut self.found, self.limit, self.oldest);
        self.found
    }
}

impl Collector for ByDateInDates {
    type Fruit = Vec<Dated>;
    type Child = ByDateSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<ByDateSegment> {
        Ok(ByDateSegment {
            limit: self.limit,
            oldest: self.oldest,
            segment,
            column: reader.fast_fields().date(&self.date_field)?,
            dates: self.dates.clone(),
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<Dated>> {
        let mut child = self.for_segment(segment, reader)?;
        let mut in_window = Vec::new();
        child.column.get_docids_for_value_range(
            self.dates.clone(),
            0..reader.max_doc(),
            &mut in_window,
        );
        if in_window.is_empty() || self.limit == 0 {
            return Ok(Vec::new());
        }
        let alive = reader.alive_bitset();
        let mut scorer = weight.scorer(reader, 1.0)?;
        for doc in in_window {
            if alive.is_some_and(|alive| alive.is_deleted(doc)) {
                continue;
            }
            let mut at = scorer.doc();
            if at < doc {
                at = scorer.seek(doc);
            }
            if at == tantivy::TERMINATED {
                break;
            }
            if at == doc {
                child.offer(doc, scorer.score());
            }
        }
        Ok(child.harvest())
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Dated>>) -> tantivy::Result<Vec<Dated>> {
        let mut all: Vec<Dated> = fruits.into_iter().flatten().collect();
        top(&mut all, self.limit, self.oldest);
        Ok(all)
    }
}
