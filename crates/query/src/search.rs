//! Ranks the articles that match a query and cuts a snippet of each: query -> `Vec<Hit>`.

use std::collections::BTreeMap;
use std::ops::{Bound, Range, RangeInclusive};
use std::path::PathBuf;

use chrono::NaiveDate;
use morgue_extract::{Entity, Published};
use morgue_index::{MorgueIndex, schema};
use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, IndexReader, Order, TantivyDocument, Term};

use crate::QueryError;
use crate::collect::{ByDateInDates, TopScoresInDates};
use crate::parse::{ParsedQuery, UserQueryParser};
use crate::snippet::{self, Snippet, UnspacedRuns};

/// How to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    /// Most hits to return.
    pub limit: usize,
    /// About how long a snippet may be, in characters. tantivy cuts its fragments by
    /// bytes, so a snippet of text outside ASCII comes out shorter. `0` means no
    /// snippet: hits carry an empty one, and the search skips cutting it.
    pub snippet_chars: usize,
    /// Keep only articles published on this day or later.
    pub since: Option<NaiveDate>,
    /// Keep only articles published on this day or earlier.
    pub until: Option<NaiveDate>,
    /// The order of the hits.
    pub sort: SortOrder,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            snippet_chars: 200,
            since: None,
            until: None,
            sort: SortOrder::Relevance,
        }
    }
}

/// The order of the hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Best match first (BM25, title weighted over body).
    #[default]
    Relevance,
    /// Most recently published first; undated articles last, by relevance.
    Newest,
    /// Earliest published first (when a story was first reported); undated articles
    /// last, by relevance.
    Oldest,
}

/// One article that matched, with what a reader needs to judge it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position in the results, from 1.
    pub rank: usize,
    /// Relevance score (BM25 with the title boosted); higher is better.
    pub score: f32,
    /// The article's headline, when it has one.
    pub title: Option<String>,
    /// Byte ranges of `title` holding words the query looks for, in order, apart;
    /// empty when the search made no snippets.
    pub title_highlights: Vec<Range<usize>>,
    /// When the article was published, when the page says.
    pub published: Option<Published>,
    /// The publication's name.
    pub site: Option<String>,
    /// The address the page was saved from.
    pub url: Option<String>,
    /// The saved file.
    pub path: PathBuf,
    /// Bylines.
    pub authors: Vec<String>,
    /// People, organisations and places the article names.
    pub entities: Vec<Entity>,
    /// A passage of the body around the matched words.
    pub snippet: Snippet,
}

/// An opened index ready to answer queries: keeps one reader and one query parser,
/// so each [`Searcher::search`] only parses and ranks. Cheap to clone and share
/// between threads (a server keeps one); it sees new commits shortly after they land.
#[derive(Clone)]
pub struct Searcher {
    index: MorgueIndex,
    reader: IndexReader,
    parser: UserQueryParser,
}

impl Searcher {
    /// Prepares to search `index`.
    ///
    /// # Errors
    /// [`QueryError::Index`] when the index files cannot be read.
    pub fn new(index: &MorgueIndex) -> Result<Searcher, QueryError> {
        let reader = index.reader().map_err(|source| QueryError::Index {
            action: "opening a reader on the index",
            source,
        })?;
        Ok(Searcher {
            parser: UserQueryParser::new(index),
            index: index.clone(),
            reader,
        })
    }

    /// Finds the articles matching `query`, best first (or newest first), at most
    /// `options.limit` of them.
    ///
    /// Words are ANDed; `"a phrase"`, `OR`, `-word`, `word*` (every word it starts,
    /// ranked by the commonest of them), `word~N` (every word within N edits of it,
    /// N up to 2), parentheses and the prefixes
    /// `title:`, `body:`, `entity:`, `site:` and `author:` work as in tantivy's
    /// query language. A word counts more in the title than in the body.
    ///
    /// # Errors
    /// [`QueryError::Empty`], [`QueryError::Syntax`], [`QueryError::UnknownField`],
    /// [`QueryError::OnlyExclusions`], [`QueryError::ShortPrefix`],
    /// [`QueryError::FuzzyDistance`], [`QueryError::Unsearchable`], [`QueryError::NoWords`] or
    /// [`QueryError::Unsupported`] for a query that
    /// cannot be run, each with a message a user can act on;
    /// [`QueryError::EmptyDateRange`] when `since` is after `until`;
    /// [`QueryError::Index`] when reading the index fails.
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<Hit>, QueryError> {
        let query_text = query;
        let searcher = self.reader.searcher();
        let ParsedQuery { query, wanted } = self.parser.parse(query, &searcher)?;
        let dates = Self::date_range(options)?;
        // tantivy allocates room for twice the limit up front: a huge `-n` must not
        // become a huge allocation, and no search returns more than the index holds.
        let limit = options
            .limit
            .min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
        if limit == 0 {
            return Ok(Vec::new());
        }
        let index_err = |action| move |source| QueryError::Index { action, source };
        let date = self
            .index
            .index
            .schema()
            .get_field_name(self.index.fields.date)
            .to_owned();
        let top: Vec<(f32, DocAddress)> = match (options.sort, dates) {
            (SortOrder::Relevance, None) => searcher
                .search(&query, &TopDocs::with_limit(limit).order_by_score())
                .map_err(index_err("ranking the matches"))?,
            (SortOrder::Relevance, Some(dates)) => {
                let in_dates = TopScoresInDates {
                    limit,
                    date_field: date,
                    dates,
                };
                searcher
                    .search(&query, &in_dates)
                    .map_err(index_err("ranking the matches"))?
            }
            (sort @ (SortOrder::Newest | SortOrder::Oldest), dates) => {
                let oldest = sort == SortOrder::Oldest;
                let window = Self::at_the_dates_edge(
                    &searcher,
                    query.as_ref(),
                    dates.as_ref(),
                    &date,
                    limit,
                    oldest,
                );
                match window {
                    Ok(Some(found)) => Ok(found),
                    Ok(None) if oldest => self.oldest(&searcher, query, dates, &date, limit),
                    Ok(None) => self.newest(&searcher, query, dates, &date, limit),
                    Err(err) => Err(err),
                }
                .map_err(index_err("sorting the matches by date"))?
            }
        };
        let snippets = if options.snippet_chars == 0 {
            None
        } else {
            let generator = self
                .snippet_generator(&searcher, wanted.as_ref(), options.snippet_chars)
                .map_err(index_err("preparing snippets"))?;
            Some(generator)
        };
        let runs = UnspacedRuns::of(query_text);
        top.into_iter()
            .enumerate()
            .map(|(i, (score, address))| {
                let doc: TantivyDocument = searcher
                    .doc(address)
                    .map_err(index_err("reading a matched article"))?;
                let lit = Lit {
                    snippets: snippets.as_ref(),
                    runs: &runs,
                };
                Ok(self.to_hit(i + 1, score, &doc, lit, options.snippet_chars))
            })
            .collect()
    }

    /// How many articles match `query` within the options' dates, however many
    /// [`Searcher::search`] would return (`limit`, `sort` and `snippet_chars` do not
    /// matter). Nothing is ranked and no article is read.
    ///
    /// # Errors
    /// As [`Searcher::search`].
    pub fn count(&self, query: &str, options: &SearchOptions) -> Result<usize, QueryError> {
        let searcher = self.reader.searcher();
        let ParsedQuery { query, .. } = self.parser.parse(query, &searcher)?;
        let query = match Self::date_range(options)? {
            Some(dates) => self.filtered(query, &dates),
            None => query,
        };
        searcher
            .search(query.as_ref(), &Count)
            .map_err(|source| QueryError::Index {
                action: "counting the matches",
                source,
            })
    }

    /// The `limit` newest (or, with `oldest`, oldest) matches of `query` within
    /// `dates`, when a window at that end of the archive's dates holds them. Sorting
    /// every match of a common word by date reads a date per match; the newest ones
    /// are usually among the most recent few percent of the archive (the oldest
    /// among the earliest), so the search first looks only there ([`ByDateInDates`],
    /// driven by the date column) and widens the window until it holds `limit`
    /// matches. A window that holds them holds the answer: everything outside it is
    /// older (newer). `None` when no window did.
    fn at_the_dates_edge(
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        dates: Option<&RangeInclusive<tantivy::DateTime>>,
        date_field: &str,
        limit: usize,
        oldest: bool,
    ) -> tantivy::Result<Option<Vec<(f32, DocAddress)>>> {
        let Some((first, last)) = dated_span(searcher, date_field)? else {
            return Ok(None);
        };
        let (from, to) = match dates {
            Some(dates) => (first.max(*dates.start()), last.min(*dates.end())),
            None => (first, last),
        };
        let (from_secs, to_secs) = (from.into_timestamp_secs(), to.into_timestamp_secs());
        for share in [64, 8] {
            let width = (to_secs - from_secs) / share;
            let window = if oldest {
                from_secs..=from_secs + width
            } else {
                to_secs - width..=to_secs
            };
            if width <= 0 || window.end() - window.start() >= to_secs - from_secs {
                break;
            }
            let window = ByDateInDates {
                limit,
                date_field: date_field.to_owned(),
                dates: tantivy::DateTime::from_timestamp_secs(*window.start())
                    ..=tantivy::DateTime::from_timestamp_secs(*window.end()),
                oldest,
            };
            let found = searcher.search(query, &window)?;
            if found.len() >= limit {
                return Ok(Some(
                    found
                        .into_iter()
                        .map(|(_, score, address)| (score, address))
                        .collect(),
                ));
            }
        }
        Ok(None)
    }

    /// The `limit` newest matches of `query` within `dates` (undated ones last, by
    /// score), by sorting every match: for when no window of the newest dates held
    /// them ([`Self::at_the_dates_edge`]).
    fn newest(
        &self,
        searcher: &tantivy::Searcher,
        query: Box<dyn Query>,
        dates: Option<RangeInclusive<tantivy::DateTime>>,
        date_field: &str,
        limit: usize,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        let query = match dates {
            Some(dates) => self.filtered(query, &dates),
            None => query,
        };
        by_date_then_score(searcher, query.as_ref(), date_field, Order::Desc, limit)
    }

    /// The `limit` oldest matches of `query` within `dates`, then, when no dates are
    /// asked and too few are dated, the undated ones by score, for when no window of
    /// the oldest dates held them ([`Self::at_the_dates_edge`]): the dated ones are
    /// sorted within a filter on the date field (an article without a date has no
    /// value to sort by, and must not come first).
    fn oldest(
        &self,
        searcher: &tantivy::Searcher,
        query: Box<dyn Query>,
        dates: Option<RangeInclusive<tantivy::DateTime>>,
        date_field: &str,
        limit: usize,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        let every_day = Self::date_range(&SearchOptions {
            since: Some(earliest_indexable_day()),
            ..SearchOptions::default()
        })
        .expect("a range with one bound is not empty")
        .expect("a range with a bound");
        let is_asked = dates.is_some();
        let dated = self.filtered(query.box_clone(), &dates.unwrap_or(every_day.clone()));
        let mut found =
            by_date_then_score(searcher, dated.as_ref(), date_field, Order::Asc, limit)?;
        if !is_asked && found.len() < limit {
            let term = |date| Term::from_field_date_for_search(self.index.fields.date, date);
            let any_date = RangeQuery::new(
                Bound::Included(term(*every_day.start())),
                Bound::Included(term(*every_day.end())),
            );
            let undated = BooleanQuery::new(vec![
                (Occur::Must, query),
                (Occur::MustNot, Box::new(any_date)),
            ]);
            let rest = TopDocs::with_limit(limit - found.len()).order_by_score();
            found.extend(searcher.search(&undated, &rest)?);
        }
        Ok(found)
    }

    /// The instants of the days `since..=until`, as the date field holds them; `None`
    /// when neither bound is given. Dates are indexed as the publisher's wall-clock
    /// time read as UTC, so whole UTC days compare as the dates the pages print.
    fn date_range(
        options: &SearchOptions,
    ) -> Result<Option<RangeInclusive<tantivy::DateTime>>, QueryError> {
        if let (Some(since), Some(until)) = (options.since, options.until)
            && since > until
        {
            return Err(QueryError::EmptyDateRange { since, until });
        }
        if options.since.is_none() && options.until.is_none() {
            return Ok(None);
        }
        // tantivy counts nanoseconds in an i64, which spans 1677 to 2262: clamp so
        // `--until 9999` means "no upper bound" rather than an overflow.
        let midnight = |day: NaiveDate| {
            let day = day.clamp(earliest_indexable_day(), latest_indexable_day());
            schema::to_tantivy_date(&Published::Day(day)).expect("a clamped day is storable")
        };
        let first = midnight(options.since.unwrap_or(earliest_indexable_day()));
        // The last second of `until`: the field is indexed to the second.
        let next_day = options
            .until
            .and_then(|day| day.succ_opt())
            .unwrap_or(latest_indexable_day());
        let last =
            tantivy::DateTime::from_timestamp_secs(midnight(next_day).into_timestamp_secs() - 1);
        Ok(Some(first..=last))
    }

    /// `query` restricted to articles published within `dates`.
    fn filtered(
        &self,
        query: Box<dyn Query>,
        dates: &RangeInclusive<tantivy::DateTime>,
    ) -> Box<dyn Query> {
        let term = |date| Term::from_field_date_for_search(self.index.fields.date, date);
        let range = RangeQuery::new(
            Bound::Included(term(*dates.start())),
            Bound::Included(term(*dates.end())),
        );
        // A constant score of zero: the filter decides which articles count, not how
        // well they match.
        let in_range = ConstScoreQuery::new(Box::new(range), 0.0);
        Box::new(BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Must, Box::new(in_range)),
        ]))
    }

    /// A generator that highlights in the body every word the query looks for, in
    /// whatever field it was asked (`title:putin` still lights up "Putin" in the
    /// body), weighting rarer words more as tantivy does.
    fn snippet_generator(
        &self,
        searcher: &tantivy::Searcher,
        wanted: &dyn Query,
        snippet_chars: usize,
    ) -> tantivy::Result<SnippetGenerator> {
        let fields = &self.index.fields;
        let text = fields.text;
        let mut words = std::collections::BTreeSet::new();
        wanted.query_terms(&mut |term, _| {
            let field = term.field();
            let is_text = field == fields.title || field == text || field == fields.entity;
            if let Some(word) = term.value().as_str().filter(|_| is_text) {
                words.insert(word.to_owned());
            }
        });
        let mut weights = BTreeMap::new();
        for word in words {
            let doc_freq = searcher.doc_freq(&Term::from_field_text(text, &word))?;
            if doc_freq > 0 {
                weights.insert(word, 1.0 / (1.0 + doc_freq as f32));
            }
        }
        // A phrase looked up as common grams is lit up by the index's analyzer of
        // `text`, which makes them (both words at once); plain words by the analyzer
        // without grams, which reads a long body in a third less time.
        let tokenizer = if weights.keys().any(|word| schema::is_gram(word)) {
            searcher.index().tokenizer_for_field(text)?
        } else {
            schema::word_analyzer()
        };
        Ok(SnippetGenerator::new(
            weights,
            tokenizer,
            fields.body,
            snippet_chars.max(1),
        ))
    }

    fn to_hit(
        &self,
        rank: usize,
        score: f32,
        doc: &TantivyDocument,
        lit: Lit<'_>,
        snippet_chars: usize,
    ) -> Hit {
        let Lit { snippets, runs } = lit;
        // The stored fields, read as the build wrote them.
        let article = schema::from_document(doc, &self.index.fields);
        let title = article.title;
        // The headline's words lit up as the body's are, over the whole headline.
        let title_highlights = match (snippets, &title) {
            (Some(snippets), Some(title)) => {
                let found = snippets.snippet(title);
                let start = found.fragment_range().start;
                let mut ranges: Vec<Range<usize>> = found
                    .highlighted()
                    .iter()
                    .filter(|r| r.start < r.end)
                    .map(|r| r.start + start..r.end + start)
                    .collect();
                ranges.sort_by_key(|r| (r.start, r.end));
                let ranges = runs.keep_asked(title, ranges);
                // As in the snippet: a phrase's pair and its words light up the same
                // bytes, and words side by side light up as one.
                snippet::merge_across_space(title, ranges)
            }
            _ => Vec::new(),
        };
        let snippet = match snippets {
            None => Snippet::plain(String::new()),
            Some(snippets) => {
                let body = &article.body;
                let mut lit = lit_fragment(snippets, runs, body, 0);
                // Every Thai letter or Chinese character of the query is a term,
                // lit wherever it stands, and tantivy picks the fragment where the
                // most stand, which need not hold the query's run: then the
                // fragment is looked for where the run first stands.
                if lit.1.is_empty()
                    && let Some(at) = runs.first_in(body)
                {
                    let mut end = (at + 4 * snippet_chars).min(body.len());
                    while !body.is_char_boundary(end) {
                        end += 1;
                    }
                    lit = lit_fragment(snippets, runs, &body[..end], at);
                }
                let (fragment, ranges) = lit;
                if ranges.is_empty() {
                    snippet::lead(body, snippet_chars)
                } else {
                    snippet::from_fragment(body, fragment, &ranges)
                }
            }
        };
        Hit {
            rank,
            score,
            title_highlights,
            title,
            published: article.published,
            site: article.site,
            url: article.url,
            path: article.path,
            authors: article.authors,
            entities: article.entities,
            snippet,
        }
    }
}

/// What lights up the matched words of a hit: the snippet generator (none when no
/// snippets are asked) and the query's runs of unspaced characters.
#[derive(Clone, Copy)]
struct Lit<'a> {
    snippets: Option<&'a SnippetGenerator>,
    runs: &'a UnspacedRuns,
}

/// The `limit` matches of `query` sorted by date (`order`), then by score (best
/// first), with their scores; articles without a date sort as tantivy puts them.
fn by_date_then_score(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    date_field: &str,
    order: Order,
    limit: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    let collector = TopDocs::with_limit(limit).order_by((
        (
            SortByStaticFastValue::<tantivy::DateTime>::for_field(date_field),
            order,
        ),
        (SortBySimilarityScore, Order::Desc),
    ));
    Ok(searcher
        .search(query, &collector)?
        .into_iter()
        .map(|((_, score), address)| (score, address))
        .collect())
}

/// The fragment of `text` after byte `from` (a char boundary) that `snippets`
/// chooses, and the ranges lit in it (relative to the fragment) that `runs` keeps.
fn lit_fragment(
    snippets: &SnippetGenerator,
    runs: &UnspacedRuns,
    text: &str,
    from: usize,
) -> (Range<usize>, Vec<Range<usize>>) {
    let found = snippets.snippet(&text[from..]);
    let fragment = found.fragment_range();
    let fragment = fragment.start + from..fragment.end + from;
    let mut ranges: Vec<Range<usize>> = found
        .highlighted()
        .iter()
        .map(|r| r.start + fragment.start..r.end + fragment.start)
        .collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let ranges = runs
        .keep_asked(text, ranges)
        .into_iter()
        .map(|r| r.start - fragment.start..r.end - fragment.start)
        .collect();
    (fragment, ranges)
}

/// The oldest and newest publication instants in the index; `None` when no article
/// has a date.
fn dated_span(
    searcher: &tantivy::Searcher,
    date_field: &str,
) -> tantivy::Result<Option<(tantivy::DateTime, tantivy::DateTime)>> {
    let mut span: Option<(tantivy::DateTime, tantivy::DateTime)> = None;
    for segment in searcher.segment_readers() {
        let column = segment.fast_fields().date(date_field)?;
        if column.values.num_vals() == 0 {
            continue;
        }
        let (low, high) = (column.min_value(), column.max_value());
        span = Some(match span {
            None => (low, high),
            Some((oldest, newest)) => (oldest.min(low), newest.max(high)),
        });
    }
    Ok(span)
}

fn earliest_indexable_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1679, 1, 1).expect("a valid date")
}

fn latest_indexable_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2261, 1, 1).expect("a valid date")
}

/// Finds the articles of `index` matching `query`: opens a [`Searcher`] and runs
/// [`Searcher::search`]. A program answering many queries keeps a [`Searcher`]
/// instead.
///
/// # Errors
/// As [`Searcher::new`] and [`Searcher::search`].
pub fn search(
    index: &MorgueIndex,
    query: &str,
    options: &SearchOptions,
) -> Result<Vec<Hit>, QueryError> {
    Searcher::new(index)?.search(query, options)
}

#[cfg(test)]
mod tests;
