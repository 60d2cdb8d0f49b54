//! Excluded clauses (`-word`, `-"a phrase"`, `NOT …`) made safe to seek.
//!
//! tantivy 0.27 checks an excluded clause by seeking it to each candidate, and may
//! ask a clause that is already past the candidate, or exhausted, to seek back. Most
//! scorers answer; the phrase scorer debug-asserts that it is never asked (found by
//! fuzzing `lighthouse -"keeper last"`, a phrase whose words occur but never in that
//! order). The query parser wraps every excluded clause in [`SeekSafe`], whose
//! scorer keeps tantivy's default checked seek, which only ever moves forward (a
//! document before the clause's current one is not in it).

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

/// A query whose scorers never pass a backward seek on to the wrapped one.
#[derive(Debug)]
pub(crate) struct SeekSafe(Box<dyn Query>);

impl SeekSafe {
    pub(crate) fn new(query: Box<dyn Query>) -> SeekSafe {
        SeekSafe(query)
    }
}

impl Clone for SeekSafe {
    fn clone(&self) -> Self {
        SeekSafe(self.0.box_clone())
    }
}

impl Query for SeekSafe {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(SeekSafeWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct SeekSafeWeight(Box<dyn Weight>);

impl Weight for SeekSafeWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(SeekSafeScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct SeekSafeScorer(Box<dyn Scorer>);

impl DocSet for SeekSafeScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if target <= doc {
            return doc;
        }
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }

    fn cost(&self) -> u64 {
        self.0.cost()
    }
}

impl Scorer for SeekSafeScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}
