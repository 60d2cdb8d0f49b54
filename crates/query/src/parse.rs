//! The user's query string to a tantivy query, or a one-line explanation of what is
//! wrong with it.

use morgue_index::MorgueIndex;
use std::cell::RefCell;
use std::collections::HashMap;
use tantivy::Score;

use tantivy::Term;
use tantivy::query::{
    self, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, FuzzyTermQuery, PhrasePrefixQuery,
    Query, QueryParser, QueryParserError, RegexQuery, TermQuery,
};
use tantivy::query_grammar::{self, Delimiter, Occur, UserInputAst, UserInputLeaf};
use tantivy::schema::IndexRecordOption;
use tantivy::schema::{Field, Schema};
use tantivy::termdict::TermDictionary;

use crate::QueryError;
use crate::exclude::SeekSafe;

/// Fewest letters before a `*` (`clim*`): a shorter start matches most of the
/// dictionary, and every article with it.
const MIN_PREFIX_CHARS: usize = 3;

/// Words a `word*` or `word~N` is ranked and highlighted by, the commonest it
/// stands for.
const MAX_OPEN_WORDS: usize = 32;

/// Most edits a `word~N` allows: tantivy's automata go to 2.
const MAX_EDITS: u8 = 2;

/// Deepest nesting of parentheses and `NOT`s a query may have: tantivy's grammar
/// recurses once per level, and a few hundred levels overflow a thread's stack.
const MAX_NESTING: usize = 32;

/// Why `title:[new-york TO z]` cannot run.
const RANGE_OF_WORDS: &str = "the ends of a range must be single words, as in title:[a TO c]; to filter by date, \
     use --since and --until";

/// Parses queries against one index: words ANDed over the article's text (headline
/// weighted over body: see `schema::TITLE_WEIGHT`), field prefixes limited to the
/// fields users know.
#[derive(Clone)]
pub(crate) struct UserQueryParser {
    parser: QueryParser,
    schema: Schema,
    /// The field plain words search.
    text: Field,
    /// Field names allowed as prefixes, in the order the error message lists them.
    prefixes: Vec<String>,
    /// The fields a prefix stands for when it is not the field of its name
    /// (`body:` searches `text`, `site:` the site's name and address), as
    /// (prefix, field name).
    stand_ins: [(String, String); 2],
}

/// A parsed query: what to run, and what to highlight.
pub(crate) struct ParsedQuery {
    /// The query to rank with.
    pub query: Box<dyn Query>,
    /// The same query without its excluded (`-word`) parts: its terms are the ones to
    /// highlight, whatever field they were asked in.
    pub wanted: Box<dyn Query>,
}

impl UserQueryParser {
    pub fn new(index: &MorgueIndex) -> UserQueryParser {
        let fields = &index.fields;
        let schema = index.index.schema();
        // One default field, so that a query of plain words is a pure conjunction of
        // terms, which tantivy ranks with block-max pruning instead of scoring every
        // match; `text` holds the headline too.
        let mut parser = QueryParser::new(
            schema.clone(),
            vec![fields.text],
            morgue_index::schema::query_tokenizers(),
        );
        parser.set_conjunction_by_default();
        let prefixes = [
            fields.title,
            fields.body,
            fields.entity,
            fields.site,
            fields.author,
        ]
        .iter()
        .map(|&field| schema.get_field_name(field).to_owned())
        .collect();
        let name = |field| schema.get_field_name(field).to_owned();
        let stand_ins = [
            (name(fields.body), name(fields.text)),
            (name(fields.site), name(fields.site_words)),
        ];
        UserQueryParser {
            parser,
            schema,
            text: fields.text,
            prefixes,
            stand_ins,
        }
    }

    /// Parses `query`; `searcher` is the commit it will run on, whose dictionary
    /// says which words a `word*` stands for.
    pub fn parse(
        &self,
        query: &str,
        searcher: &tantivy::Searcher,
    ) -> Result<ParsedQuery, QueryError> {
        if query.trim().is_empty() {
            return Err(QueryError::Empty);
        }
        let query = &*site_addresses_as_hosts(query);
        check_nesting(query)?;
        check_trailing_operator(query)?;
        let ast = self.syntax_tree(query)?;
        // `Title:` as `title:`: a capital at the start of a query (a phone's
        // keyboard, a habit) is no reason to refuse it.
        let ast = rename_fields(ast, &|field| {
            let lower = field.to_lowercase();
            if *field != lower && self.prefixes.contains(&lower) {
                *field = lower;
            }
        });
        self.check_fields(&ast)?;
        let ast = group_alternatives(ast);
        let ast = hosts_without_www(ast, &self.stand_ins[1].0);
        // The stored body is not indexed on its own: `body:` asks the `text` field;
        // `site:` asks the site's name and address together.
        let ast = rename_fields(ast, &|field| {
            if let Some((_, searched)) = self.stand_ins.iter().find(|(prefix, _)| prefix == field) {
                searched.clone_into(field);
            }
        });
        let wanted_ast = without_exclusions(ast.clone());
        if wanted_ast
            .as_ref()
            .is_some_and(|wanted| self.holds_no_word(wanted))
        {
            return Err(QueryError::NoWords);
        }
        let wanted_ast = wanted_ast.unwrap_or_else(|| UserInputAst::Clause(Vec::new()));
        let lookup = Lookup {
            searcher,
            words: RefCell::default(),
        };
        let query = self.build_guarded(ast, &lookup)?;
        let mut prefixes = Vec::new();
        phrase_prefixes(&wanted_ast, &mut prefixes);
        let mut wanted = self.build_guarded(wanted_ast, &lookup)?;
        // tantivy's phrase prefix (`"wheal car"*`) names no term for its last word,
        // so only `wheal` lit up: the words that last word starts are added to what
        // is highlighted (never to what is searched).
        for (field, last) in prefixes {
            if last.chars().count() < MIN_PREFIX_CHARS {
                continue;
            }
            if let Ok(words) = self.open_query(field.as_deref(), &last, Open::Prefix, &lookup) {
                wanted = Box::new(BooleanQuery::new(vec![
                    (query::Occur::Should, wanted),
                    (query::Occur::Should, words),
                ]));
            }
        }
        Ok(ParsedQuery { query, wanted })
    }

    /// The syntax tree of `query`. The strict grammar refuses some queries that read
    /// fine to people (`o'brien`, `don't`, a trailing `AND`); the lenient one reads
    /// them as words and says when it had to guess, so it decides: no complaint, no
    /// error.
    fn syntax_tree(&self, query: &str) -> Result<UserInputAst, QueryError> {
        if let Ok(ast) = query_grammar::parse_query(query) {
            // Errors are reported against the query as typed, so it is regrouped
            // only once it parses.
            return Ok(bracket_alternatives(query)
                .and_then(|grouped| query_grammar::parse_query(&grouped).ok())
                .unwrap_or(ast));
        }
        let (ast, errors) = query_grammar::parse_query_lenient(query);
        match errors.into_iter().next() {
            None => Ok(ast),
            Some(error) => {
                let pos = blamed_position(query, &error.message)
                    .unwrap_or_else(|| floor_char_boundary(query, error.pos));
                Err(QueryError::Syntax {
                    query: query.to_owned(),
                    column: query[..pos].chars().count() + 1,
                    explanation: explain(query, pos, &error.message),
                })
            }
        }
    }

    /// Refuses a field morgue does not search, and what tantivy's grammar reads but
    /// morgue cannot run, with advice (tantivy's own words were "Regex queries are
    /// not allowed." and, for `title:*`, a schema error from deep in the search).
    fn check_fields(&self, ast: &UserInputAst) -> Result<(), QueryError> {
        let leaf = match ast {
            UserInputAst::Clause(clauses) => {
                return clauses
                    .iter()
                    .try_for_each(|(_, clause)| self.check_fields(clause));
            }
            UserInputAst::Boost(inner, _) => return self.check_fields(inner),
            UserInputAst::Leaf(leaf) => leaf.as_ref(),
        };
        let field = match leaf {
            UserInputLeaf::Literal(literal) => literal.field_name.as_deref(),
            UserInputLeaf::All => None,
            UserInputLeaf::Range { field, .. }
            | UserInputLeaf::Set { field, .. }
            | UserInputLeaf::Regex { field, .. } => field.as_deref(),
            UserInputLeaf::Exists { field } => Some(field.as_str()),
        };
        if let Some(name) = field
            && !self.prefixes.iter().any(|p| p == name)
        {
            return Err(self.unknown_field(name.to_owned()));
        }
        let explanation = match leaf {
            UserInputLeaf::Regex { .. } => {
                "regular expressions (/…/) are not supported; write word* for the words a \
                 start stands for, or word~1 for other spellings of a word"
            }
            UserInputLeaf::Exists { .. } => {
                "a field prefix must be followed by a word or a \"phrase\" (`title:*` \
                 does not list the articles that have one; `*` alone lists them all)"
            }
            UserInputLeaf::Range { field: None, .. } => {
                "a range [a TO b] needs a field before it, as in title:[a TO c]; to filter \
                 by date, use --since and --until"
            }
            UserInputLeaf::Set { field: None, .. } => {
                "IN [a b] needs a field before it, as in title: IN [a b]; or write (a OR b)"
            }
            UserInputLeaf::Literal(literal) if literal.delimiter == Delimiter::None => {
                return match misplaced_mark(&literal.phrase) {
                    Some(explanation) => Err(QueryError::Unsearchable { explanation }),
                    None => Ok(()),
                };
            }
            // `"wheal car*"`: within quotes the star is punctuation, dropped, and the
            // phrase "wheal car" found nothing; after the quote it is a phrase prefix.
            UserInputLeaf::Literal(literal)
                if literal.delimiter == Delimiter::DoubleQuotes
                    && literal.phrase.trim_end().ends_with('*')
                    && literal.phrase.contains(char::is_whitespace) =>
            {
                let phrase = literal.phrase.trim_end().trim_end_matches('*');
                return Err(QueryError::Unsearchable {
                    explanation: format!(
                        "a * inside quotes is not read as \"every word it starts\": put it \
                         after the closing quote, \"{phrase}\"*, for the phrases that start so"
                    ),
                });
            }
            _ => return Ok(()),
        };
        Err(QueryError::Unsearchable {
            explanation: explanation.to_owned(),
        })
    }

    /// Whether nothing `ast` asks for is a word (`🚀`, `!!!`, `""`): the tokenizer
    /// leaves no term, and the search found nothing, as if the archive lacked it.
    fn holds_no_word(&self, ast: &UserInputAst) -> bool {
        match ast {
            UserInputAst::Clause(clauses) => {
                clauses.iter().all(|(_, clause)| self.holds_no_word(clause))
            }
            UserInputAst::Boost(inner, _) => self.holds_no_word(inner),
            UserInputAst::Leaf(leaf) => match open_word(leaf) {
                Some((_, stem, _)) => {
                    let mut analyzer = morgue_index::schema::word_analyzer();
                    let mut stream = analyzer.token_stream(stem);
                    !stream.advance()
                }
                None => {
                    matches!(leaf.as_ref(), UserInputLeaf::Literal(_))
                        && self
                            .build(UserInputAst::Leaf(leaf.clone()))
                            .is_ok_and(|query| query.is::<EmptyQuery>())
                }
            },
        }
    }

    /// The error for a prefix morgue does not search; a date one (`date:2020`,
    /// `year:2020`) is told where dates are filtered instead.
    fn unknown_field(&self, field: String) -> QueryError {
        const DATE_WORDS: &[&str] = &["date", "published", "year", "since", "until", "time"];
        if DATE_WORDS.contains(&field.to_lowercase().as_str()) {
            return QueryError::Unsearchable {
                explanation: format!(
                    "there is no `{field}:` prefix: filter by publication date with --since \
                     and --until (YYYY, YYYY-MM or YYYY-MM-DD)"
                ),
            };
        }
        let valid = self
            .prefixes
            .iter()
            .map(|p| format!("{p}:"))
            .collect::<Vec<_>>()
            .join(", ");
        QueryError::UnknownField { field, valid }
    }

    /// As [`Self::build`], with every excluded clause wrapped in [`SeekSafe`]: groups
    /// that hold an exclusion, at any depth and under any boost, are assembled here
    /// from their parts; everything else is tantivy's parser's as it stands.
    fn build_guarded(
        &self,
        ast: UserInputAst,
        lookup: &Lookup<'_>,
    ) -> Result<Box<dyn Query>, QueryError> {
        if !has_exclusion(&ast) && !has_open_word(&ast) {
            return self.build(ast);
        }
        match ast {
            UserInputAst::Boost(inner, boost) => Ok(Box::new(BoostQuery::new(
                self.build_guarded(*inner, lookup)?,
                boost.into_inner() as Score,
            ))),
            UserInputAst::Clause(clauses) => {
                // `a AND NOT b` reads as `+a +(-b)`: a required group that only
                // excludes is an exclusion of this group, as tantivy's parser has it.
                let clauses = clauses
                    .into_iter()
                    .flat_map(|(occur, clause)| match clause {
                        UserInputAst::Clause(inner)
                            if occur != Some(Occur::MustNot)
                                && inner.iter().all(|(o, _)| *o == Some(Occur::MustNot)) =>
                        {
                            inner
                        }
                        clause => vec![(occur, clause)],
                    });
                let mut built = Vec::new();
                for (occur, clause) in clauses {
                    let query = self.build_guarded(clause, lookup)?;
                    // A word that is only punctuation holds no term: the parser
                    // leaves it out of a group, and so does this.
                    if query.is::<EmptyQuery>() {
                        continue;
                    }
                    built.push(match occur {
                        Some(Occur::MustNot) => (
                            query::Occur::MustNot,
                            Box::new(SeekSafe::new(query)) as Box<dyn Query>,
                        ),
                        Some(Occur::Should) => (query::Occur::Should, query),
                        // Words are ANDed by default.
                        Some(Occur::Must) | None => (query::Occur::Must, query),
                    });
                }
                if built
                    .iter()
                    .all(|(occur, _)| *occur == query::Occur::MustNot)
                {
                    return Err(QueryError::OnlyExclusions);
                }
                Ok(Box::new(BooleanQuery::new(built)))
            }
            UserInputAst::Leaf(leaf) => match open_word(&leaf) {
                Some((field, stem, open)) => self.open_query(field, stem, open, lookup),
                None => match leaf.as_ref() {
                    UserInputLeaf::Literal(literal)
                        if literal.prefix
                            && literal.field_name.as_deref().is_none_or(|f| f == "text") =>
                    {
                        self.phrase_prefix_query(literal, lookup)
                    }
                    _ => self.build(UserInputAst::Leaf(leaf)),
                },
            },
        }
    }

    /// `"the ama"*` over the text: its words as the index holds them, the last one
    /// open. tantivy's parser reads the phrase with the query's common grams, which
    /// make `the ama` one term, and refused it ("does not produce at least two
    /// terms"); the index holds every word at its own position too.
    fn phrase_prefix_query(
        &self,
        literal: &tantivy::query_grammar::UserInputLiteral,
        lookup: &Lookup<'_>,
    ) -> Result<Box<dyn Query>, QueryError> {
        let mut analyzer = morgue_index::schema::word_analyzer();
        let mut stream = analyzer.token_stream(&literal.phrase);
        let mut words = Vec::new();
        while stream.advance() {
            words.push(stream.token().text.clone());
        }
        match words.as_slice() {
            [] => Ok(Box::new(EmptyQuery)),
            [word] => self.open_query(None, word, Open::Prefix, lookup),
            _ => Ok(Box::new(PhrasePrefixQuery::new(
                words
                    .iter()
                    .map(|word| Term::from_field_text(self.text, word))
                    .collect(),
            ))),
        }
    }

    /// The articles with a word of `field` (the text when `None`) that `stem` opens
    /// to: `climat*` finds climate, climatic and climats, `gadafi~1` finds gaddafi
    /// and qadafi. Every article with such a word matches; the [`MAX_OPEN_WORDS`]
    /// commonest of the words rank and light up the matches, as if the query had
    /// named them. A stem that is not one word (`東京*`, two characters of an
    /// unspaced script) is searched as written.
    fn open_query(
        &self,
        field: Option<&str>,
        stem: &str,
        open: Open,
        lookup: &Lookup<'_>,
    ) -> Result<Box<dyn Query>, QueryError> {
        let as_written = || {
            let mut literal = stem.to_owned();
            if let Some(field) = field {
                literal = format!("{field}:\"{stem}\"");
            }
            self.build(self.syntax_tree(&literal)?)
        };
        let mut words = Vec::new();
        let mut analyzer = morgue_index::schema::word_analyzer();
        let mut stream = analyzer.token_stream(stem);
        while let Some(token) = stream.next() {
            words.push(token.text.clone());
        }
        let [word] = words.as_slice() else {
            return as_written();
        };
        match open {
            Open::Prefix if word.chars().count() < MIN_PREFIX_CHARS => {
                return Err(QueryError::ShortPrefix {
                    word: format!("{stem}*"),
                });
            }
            Open::Fuzzy(distance) if distance > MAX_EDITS => {
                return Err(QueryError::FuzzyDistance {
                    word: format!("{stem}~{distance}"),
                });
            }
            _ => {}
        }
        let field = match field {
            None => self.text,
            Some(name) => self
                .schema
                .get_field(name)
                .map_err(|_| self.unknown_field(name.to_owned()))?,
        };
        let index_err = |source| QueryError::Index {
            action: "looking up the words a word* or word~ stands for",
            source,
        };
        let term = Term::from_field_text(field, word);
        let fuzzy = match open {
            Open::Fuzzy(distance) => Some(FuzzyTermQuery::new(term, distance, true)),
            Open::Prefix => None,
        };
        let key = (field, word.clone(), open);
        let known = lookup.words.borrow().get(&key).cloned();
        let (words, all) = match (known, &fuzzy) {
            (Some(known), _) => Ok(known),
            (None, None) => commonest_words(
                lookup.searcher,
                field,
                |_| 0,
                |terms| {
                    let mut stream = terms.range().ge(word.as_bytes()).into_stream()?;
                    let next = || {
                        stream
                            .advance()
                            .then(|| (stream.key().to_vec(), stream.value().doc_freq))
                    };
                    Ok(matching(next, |key| key.starts_with(word.as_bytes())))
                },
            ),
            (None, Some(fuzzy)) => {
                let automaton = fuzzy.automaton().map_err(index_err)?;
                let edits = |key: &[u8]| {
                    std::str::from_utf8(key).map_or(usize::MAX, |other| edit_distance(word, other))
                };
                commonest_words(lookup.searcher, field, edits, |terms| {
                    let mut stream = terms.search(&automaton).into_stream()?;
                    let next = || {
                        stream
                            .advance()
                            .then(|| (stream.key().to_vec(), stream.value().doc_freq))
                    };
                    Ok(matching(next, |_| true))
                })
            }
        }
        .map_err(index_err)?;
        lookup.words.borrow_mut().insert(key, (words.clone(), all));
        let mut clauses: Vec<(query::Occur, Box<dyn Query>)> = words
            .into_iter()
            .map(|term| {
                // A spelling nearer the word asked counts more: `zurich~2` ranked
                // articles saying Ulrich above those saying Zürich.
                let edits = match open {
                    Open::Fuzzy(_) => term
                        .value()
                        .as_str()
                        .map_or(0, |other| edit_distance(word, other)),
                    Open::Prefix => 0,
                };
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                let query: Box<dyn Query> = match edits {
                    0 => query,
                    edits => Box::new(BoostQuery::new(query, 0.5_f32.powi(edits as i32))),
                };
                (query::Occur::Should, query)
            })
            .collect();
        if !all {
            // More words than rank: the rest still match, through the dictionary's
            // automaton. (A word is letters and digits: nothing needs escaping.)
            let every: Box<dyn Query> = match fuzzy {
                Some(fuzzy) => Box::new(fuzzy),
                None => Box::new(
                    RegexQuery::from_pattern(&format!("{word}.*"), field).map_err(index_err)?,
                ),
            };
            clauses.push((
                query::Occur::Must,
                Box::new(ConstScoreQuery::new(every, 0.0)),
            ));
        }
        if clauses.is_empty() {
            return Ok(Box::new(EmptyQuery));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    fn build(&self, ast: UserInputAst) -> Result<Box<dyn Query>, QueryError> {
        self.parser
            .build_query_from_user_input_ast(ast)
            .map_err(|source| match source {
                QueryParserError::AllButQueryForbidden => QueryError::OnlyExclusions,
                QueryParserError::FieldDoesNotExist(field) => self.unknown_field(field),
                QueryParserError::UnsupportedQuery(reason)
                    if reason.starts_with("Range query boundary cannot have multiple tokens") =>
                {
                    QueryError::Unsearchable {
                        explanation: RANGE_OF_WORDS.to_owned(),
                    }
                }
                other => QueryError::Unsupported {
                    reason: other.to_string(),
                    source: other,
                },
            })
    }
}

/// Refuses a query nested deeper than [`MAX_NESTING`] before the grammar's recursion
/// sees it. Counts every `(` still open and every `NOT` so far, quotes or not: the
/// bound is far above what anyone types, and cheap to check.
fn check_nesting(query: &str) -> Result<(), QueryError> {
    let mut open = 0usize;
    let mut nots = 0usize;
    let mut previous = ' ';
    for (at, ch) in query.char_indices() {
        match ch {
            '(' => open += 1,
            ')' => open = open.saturating_sub(1),
            'N' if (previous.is_whitespace() || previous == '(')
                && query[at..].starts_with("NOT") =>
            {
                nots += 1;
            }
            _ => {}
        }
        previous = ch;
        if open + nots > MAX_NESTING {
            return Err(QueryError::Syntax {
                query: query.to_owned(),
                column: query[..at].chars().count() + 1,
                explanation: format!(
                    "the query nests too deeply: at most {MAX_NESTING} parentheses and NOTs"
                ),
            });
        }
    }
    Ok(())
}

/// `query` with each run of words joined by OR put in parentheses when other words
/// stand beside it: `mine OR colliery rescue OR trapped` as `(mine OR colliery)
/// (rescue OR trapped)`, the reading of web search engines. tantivy's grammar keeps
/// no trace of where one OR ends and the next begins, and read it as any of the
/// four words (see [`group_alternatives`], which regroups what it can after it).
/// `None` when there is nothing to regroup, or when the top level holds an AND
/// (which binds first) or an exclusion beside an OR, left as the grammar reads them.
fn bracket_alternatives(query: &str) -> Option<String> {
    let items: Vec<&str> = top_level_items(query).map(|(_, item)| item).collect();
    // A field prefix standing apart (`title: a`) and the AND that binds first leave
    // the query to the grammar.
    if items
        .iter()
        .any(|item| matches!(*item, "AND" | "&&") || item.ends_with(':'))
    {
        return None;
    }
    // Runs of items joined by OR.
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut joined = false;
    for item in items {
        if matches!(item, "OR" | "||") {
            joined = true;
        } else if joined && let Some(run) = runs.last_mut() {
            run.push(item);
            joined = false;
        } else {
            runs.push(vec![item]);
            joined = false;
        }
    }
    let alternatives = runs.iter().filter(|run| run.len() > 1).count();
    let excludes = |run: &Vec<&str>| {
        run.iter()
            .any(|item| item.starts_with(['-', '+']) || *item == "NOT")
    };
    if runs.len() < 2 || alternatives == 0 || runs.iter().filter(|run| run.len() > 1).any(excludes)
    {
        return None;
    }
    let grouped: Vec<String> = runs
        .iter()
        .map(|run| match run.as_slice() {
            [one] => (*one).to_owned(),
            many => format!("({})", many.join(" OR ")),
        })
        .collect();
    Some(grouped.join(" "))
}

/// The query's top-level items, with their byte offsets: words, "phrases",
/// (groups), field:[ranges], and the operators between them, as white space
/// outside quotes and brackets separates them.
fn top_level_items(query: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    let mut start: Option<usize> = None;
    for (at, c) in query.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '(' | '[' | '{' if !quoted => depth += 1,
            ')' | ']' | '}' if !quoted => depth = depth.saturating_sub(1),
            c if c.is_whitespace() && !quoted && depth == 0 => {
                if let Some(from) = start.take() {
                    items.push((from, &query[from..at]));
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(at);
    }
    if let Some(from) = start {
        items.push((from, &query[from..]));
    }
    items.into_iter()
}

/// A query that ends with AND or OR (`mine OR`), refused as one that starts with
/// them is: the grammar searched the operator as a word, and `mine AND` matched
/// nearly every article, through "and".
fn check_trailing_operator(query: &str) -> Result<(), QueryError> {
    match top_level_items(query).last() {
        Some((at, "AND" | "OR" | "&&" | "||")) => Err(QueryError::Syntax {
            query: query.to_owned(),
            column: query[..at].chars().count() + 1,
            explanation: "AND and OR must stand between two words".to_owned(),
        }),
        _ => Ok(()),
    }
}

/// `ast` with the words joined by OR beside a required word made one required
/// alternative: `putin summit OR meeting` as `putin (summit OR meeting)`. The grammar
/// reads it as `+putin ?summit ?meeting`, where the required word makes the others
/// optional, so every article naming Putin matched, with neither word in it. An
/// explicit AND still binds first (`a AND b OR c` is `(a AND b) OR c`). The grammar
/// keeps no trace of where one OR ends and the next begins, so `a b OR c d OR e`
/// arrives here from [`bracket_alternatives`] as `a (b OR c) (d OR e)`; inside
/// parentheses it gives `a (b OR c OR d OR e)`, wider than meant, never narrower. A
/// run holding an exclusion (`a -b OR c`) is left as the grammar read it.
fn group_alternatives(ast: UserInputAst) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => {
            let clauses: Vec<_> = clauses
                .into_iter()
                .map(|(occur, clause)| (occur, group_alternatives(clause)))
                .collect();
            let is_required = |occur: &Option<Occur>| matches!(occur, None | Some(Occur::Must));
            if !clauses.iter().any(|(occur, _)| is_required(occur)) {
                return UserInputAst::Clause(clauses);
            }
            let mut grouped = Vec::with_capacity(clauses.len());
            let mut run: Vec<(Option<Occur>, UserInputAst)> = Vec::new();
            let flush = |run: &mut Vec<(Option<Occur>, UserInputAst)>,
                         grouped: &mut Vec<(Option<Occur>, UserInputAst)>| {
                if run.len() >= 2 && !run.iter().any(|(_, clause)| has_exclusion(clause)) {
                    grouped.push((Some(Occur::Must), UserInputAst::Clause(std::mem::take(run))));
                } else {
                    grouped.append(run);
                }
            };
            for (occur, clause) in clauses {
                if occur == Some(Occur::Should) {
                    run.push((occur, clause));
                } else {
                    flush(&mut run, &mut grouped);
                    grouped.push((occur, clause));
                }
            }
            flush(&mut run, &mut grouped);
            UserInputAst::Clause(grouped)
        }
        UserInputAst::Boost(inner, boost) => {
            UserInputAst::Boost(Box::new(group_alternatives(*inner)), boost)
        }
        leaf @ UserInputAst::Leaf(_) => leaf,
    }
}

/// `ast` with every field prefix passed through `rename`.
fn rename_fields(ast: UserInputAst, rename: &impl Fn(&mut String)) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, clause)| (occur, rename_fields(clause, rename)))
                .collect(),
        ),
        UserInputAst::Boost(inner, boost) => {
            UserInputAst::Boost(Box::new(rename_fields(*inner, rename)), boost)
        }
        UserInputAst::Leaf(mut leaf) => {
            let field = match leaf.as_mut() {
                UserInputLeaf::Literal(literal) => literal.field_name.as_mut(),
                UserInputLeaf::Range { field, .. }
                | UserInputLeaf::Set { field, .. }
                | UserInputLeaf::Regex { field, .. } => field.as_mut(),
                UserInputLeaf::Exists { field } => Some(field),
                UserInputLeaf::All => None,
            };
            if let Some(field) = field {
                rename(field);
            }
            UserInputAst::Leaf(leaf)
        }
    }
}

/// `query` with each address given to `site:` as a browser's address bar shows it
/// (`site:https://www.bbc.co.uk/news/uk-123`, `site:bbc.co.uk/news`) cut to its
/// host (`site:www.bbc.co.uk`), quoted or not. Pasted whole, the address was refused
/// as a syntax error (its second `:`), or, quoted, found nothing: the index holds a
/// page's host, not its path.
fn site_addresses_as_hosts(query: &str) -> std::borrow::Cow<'_, str> {
    const PREFIX: &str = "site:";
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = query[at..]
        .char_indices()
        .find(|&(i, _)| {
            let start = at + i;
            query
                .get(start..start + PREFIX.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(PREFIX))
                && query[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || "(+-".contains(c))
        })
        .map(|(i, _)| at + i + PREFIX.len())
    {
        let quoted = query[found..].starts_with('"');
        let value_start = found + usize::from(quoted);
        let value_end = query[value_start..]
            .find(|c: char| {
                if quoted {
                    c == '"'
                } else {
                    c.is_whitespace() || c == ')'
                }
            })
            .map_or(query.len(), |end| value_start + end);
        let value = &query[value_start..value_end];
        let has_scheme = ["https://", "http://"].iter().any(|scheme| {
            value
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        });
        let is_address = has_scheme || (!quoted && value.contains('/'));
        // The host as a page's address gives it to the index (`host_of`).
        if is_address && let Some(host) = morgue_extract::host_of(value) {
            out.push_str(&query[copied..value_start]);
            out.push_str(&host);
            copied = value_end;
        }
        at = value_end.max(found);
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(query);
    }
    out.push_str(&query[copied..]);
    std::borrow::Cow::Owned(out)
}

/// `ast` with `www.` taken off the addresses asked in the field `site`
/// (`site:www.bbc.co.uk`): the index holds a page's host without it, so the address
/// as pasted from a browser found nothing.
fn hosts_without_www(ast: UserInputAst, site: &str) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, clause)| (occur, hosts_without_www(clause, site)))
                .collect(),
        ),
        UserInputAst::Boost(inner, boost) => {
            UserInputAst::Boost(Box::new(hosts_without_www(*inner, site)), boost)
        }
        UserInputAst::Leaf(mut leaf) => {
            if let UserInputLeaf::Literal(literal) = leaf.as_mut()
                && literal.field_name.as_deref() == Some(site)
                && let Some(host) = literal.phrase.get(4..).filter(|host| {
                    literal.phrase[..4].eq_ignore_ascii_case("www.") && host.contains('.')
                })
            {
                literal.phrase = host.to_owned();
            }
            UserInputAst::Leaf(leaf)
        }
    }
}

/// The words a `word*` or `word~N` stands for that rank its matches: of those
/// `stream` finds in each segment's dictionary of `field`, the [`MAX_OPEN_WORDS`]
/// nearest the word asked (by `edits`: a `word~N` keeps its own spelling and the
/// nearest ones before farther, commoner ones), then found in the most articles,
/// and whether they are all there are.
fn commonest_words(
    searcher: &tantivy::Searcher,
    field: Field,
    edits: impl Fn(&[u8]) -> usize,
    mut stream: impl FnMut(&TermDictionary) -> std::io::Result<Vec<(Vec<u8>, u32)>>,
) -> tantivy::Result<Expansion> {
    let mut articles: HashMap<Vec<u8>, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        for (key, doc_freq) in stream(inverted.terms())? {
            *articles.entry(key).or_default() += u64::from(doc_freq);
        }
    }
    let mut words: Vec<(usize, Vec<u8>, u64)> = articles
        .into_iter()
        .map(|(key, count)| (edits(&key), key, count))
        .collect();
    words.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| b.2.cmp(&a.2))
            .then_with(|| a.1.cmp(&b.1))
    });
    let all = words.len() <= MAX_OPEN_WORDS;
    let words = words
        .into_iter()
        .take(MAX_OPEN_WORDS)
        .filter_map(|(_, key, _)| {
            std::str::from_utf8(&key)
                .ok()
                .map(|word| Term::from_field_text(field, word))
        })
        .collect();
    Ok((words, all))
}

/// The edits between `a` and `b`, a swap of two letters side by side counting one
/// (as tantivy's automaton for `word~N` counts them).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two back (for swaps), one back, this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The words of a dictionary stream and their article counts, while `wanted` holds;
/// common grams (two words in one term) left out: an article holding one holds its
/// words.
fn matching(
    mut next: impl FnMut() -> Option<(Vec<u8>, u32)>,
    wanted: impl Fn(&[u8]) -> bool,
) -> Vec<(Vec<u8>, u32)> {
    let mut words = Vec::new();
    while let Some((key, doc_freq)) = next() {
        if !wanted(&key) {
            break;
        }
        if !std::str::from_utf8(&key).is_ok_and(morgue_index::schema::is_gram) {
            words.push((key, doc_freq));
        }
    }
    words
}

/// The commit a query runs on, and the words each `word*` or `word~N` of it stands
/// for, read from the dictionaries once for the query and its highlights both.
struct Lookup<'a> {
    searcher: &'a tantivy::Searcher,
    /// By field, word and how it is open: the words, and whether they are all.
    words: RefCell<HashMap<(Field, String, Open), Expansion>>,
}

/// The commonest words a `word*` or `word~N` stands for, and whether they are all.
type Expansion = (Vec<Term>, bool);

/// A word that stands for other words: `climat*` for those it starts, `gadafi~1`
/// for those spelt within one edit of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Open {
    /// `word*`.
    Prefix,
    /// `word~N` (`word~` allows as many edits as the word's length bears: see
    /// [`auto_edits`]).
    Fuzzy(u8),
}

/// A word ending in `*` or `~N` (`climat*`, `title:climat*`, `gadafi~1`): its field as
/// written, its stem and how it is open. tantivy's grammar reads the mark as part of
/// the word, and the tokenizer then drops it, which searched `climat` alone (and
/// `gadafi~1` as a phrase of `gadafi` and `1`).
fn open_word(leaf: &UserInputLeaf) -> Option<(Option<&str>, &str, Open)> {
    let UserInputLeaf::Literal(literal) = leaf else {
        return None;
    };
    if literal.delimiter != Delimiter::None {
        return None;
    }
    let phrase = literal.phrase.as_str();
    let (stem, open) = if let Some(stem) = phrase.strip_suffix('*') {
        (stem, Open::Prefix)
    } else {
        let (stem, distance) = phrase.rsplit_once('~')?;
        let distance = match distance {
            "" => auto_edits(stem),
            digits => digits.parse().ok()?,
        };
        (stem, Open::Fuzzy(distance))
    };
    let is_word =
        !stem.is_empty() && !stem.contains(['*', '?', '~']) && !stem.contains(char::is_whitespace);
    is_word.then_some((literal.field_name.as_deref(), stem, open))
}

/// The edits `word~` allows, by the word's length (Elasticsearch's `AUTO`): none up
/// to 2 letters, 1 up to 5, 2 beyond. Two edits of a short word reach most short
/// words: `tin~2` matched in, the and to, 675 of 710 articles.
fn auto_edits(word: &str) -> u8 {
    match word.chars().count() {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// What is wrong with a `*` or `~` where morgue cannot read it: `*mine` (a star
/// only ends a word), `tin~1.5`, `tin~-1` (a tilde takes 1 or 2). tantivy's grammar
/// keeps them in the word and the tokenizer drops them, so `*mine` searched `mine`
/// and `tin~1.5` the phrase "tin 1 5", and nothing said so. (A star inside a word,
/// `f*ck`, finds the word written so.)
fn misplaced_mark(word: &str) -> Option<String> {
    let rest = word.trim_matches('*');
    if word.starts_with('*') && !rest.is_empty() {
        return Some(format!(
            "`{word}`: a * can only end a word, as in {rest}* (every word it starts); \
             words cannot be looked up by their end"
        ));
    }
    let (stem, distance) = word.rsplit_once('~')?;
    let is_number_attempt = distance.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c));
    (!stem.is_empty() && is_number_attempt && !distance.bytes().all(|b| b.is_ascii_digit())).then(
        || {
            format!(
                "`{word}`: ~ takes 1 or 2, as in {stem}~1 (the words spelt within one edit of \
                 it), or nothing ({stem}~ is {stem}~2)"
            )
        },
    )
}

/// The field and last word of each phrase prefix (`"wheal car"*`) in `ast`.
fn phrase_prefixes(ast: &UserInputAst, found: &mut Vec<(Option<String>, String)>) {
    match ast {
        UserInputAst::Clause(clauses) => clauses
            .iter()
            .for_each(|(_, clause)| phrase_prefixes(clause, found)),
        UserInputAst::Boost(inner, _) => phrase_prefixes(inner, found),
        UserInputAst::Leaf(leaf) => {
            if let UserInputLeaf::Literal(literal) = leaf.as_ref()
                && literal.prefix
            {
                let mut analyzer = morgue_index::schema::word_analyzer();
                let mut stream = analyzer.token_stream(&literal.phrase);
                let mut last = None;
                while stream.advance() {
                    last = Some(stream.token().text.clone());
                }
                if let Some(last) = last {
                    found.push((literal.field_name.clone(), last));
                }
            }
        }
    }
}

/// Whether `ast` holds a word ending in `*` or `~N`, at any depth.
fn has_open_word(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses.iter().any(|(_, clause)| has_open_word(clause)),
        UserInputAst::Boost(inner, _) => has_open_word(inner),
        UserInputAst::Leaf(leaf) => {
            open_word(leaf).is_some()
                || matches!(leaf.as_ref(), UserInputLeaf::Literal(literal) if literal.prefix)
        }
    }
}

/// Whether `ast` excludes anything (`-word`, `NOT word`), at any depth.
fn has_exclusion(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses
            .iter()
            .any(|(occur, clause)| *occur == Some(Occur::MustNot) || has_exclusion(clause)),
        UserInputAst::Boost(inner, _) => has_exclusion(inner),
        UserInputAst::Leaf(_) => false,
    }
}

/// `ast` without the clauses that exclude (`-word`, `NOT word`); `None` when nothing
/// is left.
fn without_exclusions(ast: UserInputAst) -> Option<UserInputAst> {
    match ast {
        UserInputAst::Clause(clauses) => {
            let kept: Vec<_> = clauses
                .into_iter()
                .filter(|(occur, _)| *occur != Some(Occur::MustNot))
                .filter_map(|(occur, clause)| without_exclusions(clause).map(|c| (occur, c)))
                .collect();
            (!kept.is_empty()).then_some(UserInputAst::Clause(kept))
        }
        UserInputAst::Boost(inner, boost) => {
            without_exclusions(*inner).map(|inner| UserInputAst::Boost(Box::new(inner), boost))
        }
        leaf @ UserInputAst::Leaf(_) => Some(leaf),
    }
}

/// Where to point for complaints the grammar reports at the end of the query: the
/// quote left open, the operator with nothing before it.
fn blamed_position(query: &str, message: &str) -> Option<usize> {
    if message.starts_with("missing delimiter") {
        let quote = if message.contains('\'') { '\'' } else { '"' };
        let mut open = None;
        let mut is_escaped = false;
        for (at, ch) in query.char_indices() {
            if ch == quote && !is_escaped {
                open = if open.is_some() { None } else { Some(at) };
            }
            is_escaped = ch == '\\' && !is_escaped;
        }
        return open;
    }
    if message == "Found unexpected boolean operator before term" {
        let start = query.len() - query.trim_start().len();
        return Some(start);
    }
    if message == "missing space" || message == "missing ]" {
        return unclosed_bracket(query);
    }
    None
}

/// Where the first `[` or `{` never closed stands, outside quotes: a range the
/// grammar read to the end of the query, and reported as "missing space".
fn unclosed_bracket(query: &str) -> Option<usize> {
    let mut open = Vec::new();
    let mut quote = None;
    let mut is_escaped = false;
    for (at, ch) in query.char_indices() {
        match (quote, ch) {
            _ if is_escaped => {}
            (Some(q), _) if ch == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(ch),
            (None, '[' | '{') => open.push(at),
            (None, ']' | '}') => {
                open.pop();
            }
            _ => {}
        }
        is_escaped = ch == '\\' && !is_escaped;
    }
    open.first().copied()
}

/// Turns the grammar's complaint at byte `pos` into advice a user can act on.
fn explain(query: &str, pos: usize, message: &str) -> String {
    let next = query[pos..].chars().next();
    if message.starts_with("missing delimiter") {
        let quote = if message.contains('\'') { '\'' } else { '"' };
        return format!("unbalanced quote: a {quote} is never closed; close it or remove it");
    }
    match message {
        "expected ')'" => "unbalanced parenthesis: a ( is never closed".to_owned(),
        "missing ]" | "missing space" if matches!(next, Some('[' | '{')) => format!(
            "unbalanced bracket: a {} is never closed (a range is written title:[a TO c]); \
             close it or remove it",
            next.unwrap_or('[')
        ),
        "missing ]" => "unbalanced bracket: a [ is never closed".to_owned(),
        "expected word" => {
            "a field prefix or operator must be followed by a word or a \"phrase\"".to_owned()
        }
        "parsed possible invalid field as term" => {
            "a `:` must follow a field name such as title: or entity:".to_owned()
        }
        "parsed keyword NOT as term. It should be quoted" => {
            "NOT must be followed by a word; to search for the word itself, write \"not\""
                .to_owned()
        }
        "Found unexpected boolean operator before term" => {
            "AND and OR must stand between two words".to_owned()
        }
        _ => match next {
            Some(')') => "unbalanced parenthesis: this ) has no matching (".to_owned(),
            Some('^') => "^ must be followed by a number (word^2 counts a word twice)".to_owned(),
            Some(c) => {
                format!("unexpected {c:?}; put the words in quotes to search for them as written")
            }
            None => format!("unexpected end of query ({message})"),
        },
    }
}

fn floor_char_boundary(text: &str, mut pos: usize) -> usize {
    pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs_of_alternatives_beside_other_words_are_bracketed() {
        let grouped = |q: &str| bracket_alternatives(q);
        assert_eq!(
            grouped("mine OR colliery rescue OR trapped").as_deref(),
            Some("(mine OR colliery) (rescue OR trapped)")
        );
        assert_eq!(
            grouped("kyiv OR kiev  \"air raid\" title:(drone OR missile) OR shelling").as_deref(),
            Some("(kyiv OR kiev) \"air raid\" (title:(drone OR missile) OR shelling)")
        );
        assert_eq!(
            grouped("\"a OR b\" c OR d").as_deref(),
            Some("\"a OR b\" (c OR d)")
        );
        // Nothing to regroup: one run, or no OR.
        assert_eq!(grouped("mine OR colliery OR pit"), None);
        assert_eq!(grouped("mine rescue"), None);
        // Left to the grammar: an AND, an exclusion or a required word in a run, a
        // prefix standing apart.
        assert_eq!(grouped("a AND b OR c d"), None);
        assert_eq!(grouped("a -b OR c"), None);
        assert_eq!(grouped("a +b OR c"), None);
        assert_eq!(grouped("title: a OR b c"), None);
        // An exclusion beside the runs stays as it is.
        assert_eq!(grouped("a OR b -c").as_deref(), Some("(a OR b) -c"));
    }

    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        for (a, b, edits) in [
            ("zurich", "zurich", 0),
            ("zurich", "ulrich", 2),
            ("zurich", "zurihc", 1),
            ("okafor", "okafur", 1),
            ("tin", "in", 1),
            ("", "abc", 3),
            ("zürich", "zurich", 1),
        ] {
            assert_eq!(edit_distance(a, b), edits, "{a} {b}");
            assert_eq!(edit_distance(b, a), edits, "{b} {a}");
        }
    }
}
