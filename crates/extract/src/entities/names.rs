//! Candidate names: runs of capitalised words, cut and trimmed by rules, each with
//! the kind its own words give and what its context says.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::gazetteer::{self, FastHash, Gazetteer, key_of, push_lower};
use super::tokens::{Token, tokenize};
use crate::EntityKind;

/// The most words a name can have; longer runs of capitalised words are cut.
const MAX_NAME_WORDS: usize = 12;

/// One mention of a possible name.
pub(super) struct Candidate<'a> {
    /// Where it stands: the index of its text (title, body) and its byte offset.
    pub(super) order: (usize, usize),
    /// The name as written (possessive cut off).
    pub(super) surface: &'a str,
    /// Lower-case words of the name.
    pub(super) words: Vec<String>,
    /// The words joined by one space: the merge key.
    pub(super) key: String,
    /// The kind the gazetteers or the name's words give; `None` when they are silent.
    pub(super) kind: Option<EntityKind>,
    /// A person title stood before it (`President`, `Mr.`, `Comrade`).
    pub(super) is_after_title: bool,
    /// A speech verb follows (`said`, `told`).
    pub(super) is_before_speech: bool,
    /// A place word stands before it (`in`, `near`) or `-based` follows it.
    pub(super) is_after_place_word: bool,
    /// `the` stands before it.
    pub(super) is_after_article: bool,
    /// A player's position follows it (`Leicester lock`): a club where it is a city.
    pub(super) is_before_position: bool,
    /// `at` stands before it: a venue more often than not (`at Panmunjom`), though
    /// also an employer (`at Barclays`).
    pub(super) is_after_at: bool,
    /// Written as a short all-caps word (`NATO`), not in an all-caps line.
    pub(super) is_acronym: bool,
    /// Its context says a firm or a body: `shares of X`, `X shares`, `X spokesman`,
    /// `X said in a statement`.
    pub(super) is_organization_context: bool,
    /// Its context says a person: an age after it (`Kovacs, 34,`) or a verb only people
    /// take (`scored`, `resigned`).
    pub(super) is_person_context: bool,
    /// A score follows it in a results table (`Leeds 2 Chelsea 1`): a side in a match.
    pub(super) is_scored: bool,
    /// A score follows it on a line of one match (`Ajax Amsterdam 3 Fortuna Sittard
    /// 0`): a club or a national side, however it is named.
    pub(super) is_side: bool,
    /// A match verb stands next to it (`Leeds beat Chelsea`): a side or a player.
    pub(super) is_opponent: bool,
}

/// How capitals behave on a line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineCase {
    /// Ordinary sentences: a capital mid-sentence marks a name.
    Sentence,
    /// An all-caps or title-case line (a headline): every word is capitalised, so
    /// each must show it is a name by other means.
    Shouted,
    /// A table's header of column abbreviations (`W L PCT GB`, `P W D L F A PTS`):
    /// no names.
    Header,
}

/// One word of a run, with its lookup key.
struct Word<'t, 'a> {
    token: &'t Token<'a>,
    key: Cow<'t, str>,
}

/// A word is read by its key where rules take words of either kind.
impl AsRef<str> for Word<'_, '_> {
    fn as_ref(&self) -> &str {
        &self.key
    }
}

/// A text's tokens, the case of its lines, their roles, and the text with its ASCII
/// letters in lower case (see [`key_at`]).
type Document<'a> = (Vec<Token<'a>>, Vec<LineCase>, Vec<LineRole>, String);

/// What the document as a whole says about words: which are seen in lower case, and
/// which are capitalised where capitals mean a name.
struct Vocabulary<'a> {
    lower: HashSet<&'a str, FastHash>,
    named: HashSet<String, FastHash>,
}

/// The candidate names of an article, and what kind of story it is.
pub(super) struct Candidates<'a> {
    /// The candidates, in order.
    pub(super) names: Vec<Candidate<'a>>,
    /// Whether the article reports sport: its headline opens with a sport (`SOCCER -
    /// ...`), or it lists scorers.
    pub(super) is_sports: bool,
    /// Whether the article talks of sport in its words (`scored`, `striker`,
    /// `halftime`): a weaker sign than `is_sports`, enough to read `Borussia
    /// Dortmund` as a club.
    pub(super) talks_sport: bool,
}

/// Lower-case words that wire copy uses of games and hardly of anything else.
const SPORT_WORDS: &[&str] = &[
    "scored",
    "goal",
    "goals",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "halftime",
    "half-time",
    "penalty",
    "innings",
    "wicket",
    "touchdown",
    "quarterback",
    "playoff",
    "playoffs",
    "league",
    "coach",
    "tournament",
];

/// Whether a headline opens with the name of a sport and a dash, as wire sports
/// stories do (`SOCCER - JAPAN GET LUCKY WIN`, `Tennis - Results`).
fn has_sport_prefix(tokens: &[Token<'_>]) -> bool {
    sport_prefix_len(tokens) > 0
}

/// The number of tokens of a headline's sport prefix before its dash (`ICE HOCKEY`
/// of `ICE HOCKEY - NHL RESULTS`), 0 if none: names no one.
fn sport_prefix_len(tokens: &[Token<'_>]) -> usize {
    let Some(dash) = tokens
        .iter()
        .take(4)
        .position(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}"))
    else {
        return 0;
    };
    let is_sport = dash > 0
        && tokens[..dash].iter().any(|t| {
            matches!(
                lower(t.text).as_str(),
                "soccer"
                    | "football"
                    | "tennis"
                    | "cricket"
                    | "golf"
                    | "rugby"
                    | "athletics"
                    | "cycling"
                    | "baseball"
                    | "basketball"
                    | "hockey"
                    | "boxing"
                    | "racing"
                    | "skiing"
                    | "swimming"
                    | "rowing"
                    | "sailing"
                    | "badminton"
                    | "squash"
                    | "volleyball"
                    | "handball"
                    | "nfl"
                    | "nba"
                    | "nhl"
                    | "motorcycling"
                    | "equestrianism"
            )
        });
    if is_sport { dash } else { 0 }
}

/// Finds the candidate names in the given texts (title, body), in order.
pub(super) fn find_candidates<'a>(texts: &[&'a str]) -> Candidates<'a> {
    let gazetteer = Gazetteer::get();
    let documents: Vec<Document<'a>> = texts
        .iter()
        .map(|text| {
            let tokens = tokenize(text);
            let lowered = text.to_ascii_lowercase();
            let tables = table_lines(&tokens);
            let cases = line_cases(&tokens, &tables, &lowered, gazetteer);
            (tokens, cases, tables, lowered)
        })
        .collect();

    // Sized for the words of the texts, not grown (and rehashed) by doubling: a
    // story repeats its lower-case words, so a fifth of its tokens is plenty.
    let tokens = documents.iter().map(|d| d.0.len()).sum::<usize>();
    let mut vocabulary = Vocabulary {
        lower: HashSet::with_capacity_and_hasher(tokens / 5, FastHash::default()),
        named: HashSet::default(),
    };
    for (tokens, cases, _, lowered) in &documents {
        for (i, token) in tokens.iter().enumerate() {
            if !token.is_word {
                continue;
            }
            if token.text.starts_with(|c: char| c.is_lowercase()) {
                vocabulary.lower.insert(token.text);
                continue;
            }
            // An acronym (`WHO`) says nothing about the word (`Who`) at a sentence start.
            if !token.is_capitalized()
                || (token.is_all_caps() && token.text.len() <= 5)
                || token.is_sentence_start
                || cases[token.line as usize] != LineCase::Sentence
            {
                continue;
            }
            let key = key_at(lowered, token);
            // A common word counts as a name only where it stands alone (`the North`)
            // or heads an unusual name (`Moon Seong Mook`), not inside any name
            // (`Port` of `Norland Port Authority`).
            let is_capital = |t: Option<&Token<'_>>| {
                t.is_some_and(|t| t.is_capitalized() || gazetteer::is_connector(t.text))
            };
            // A title or a sentence's first word before it does not count (`Analyst
            // Park Ji Hoon`).
            let before = i.checked_sub(1).and_then(|j| tokens.get(j)).filter(|t| {
                !t.is_sentence_start && !gazetteer::is_person_title(&key_at(lowered, t))
            });
            let after = tokens.get(i + 1);
            let is_named = !gazetteer.is_common_word(&key)
                || (!is_capital(before)
                    && (!is_capital(after)
                        || after.is_some_and(|t| !gazetteer.is_common_word(&key_at(lowered, t)))));
            if is_named && !vocabulary.named.contains(key.as_ref()) {
                vocabulary.named.insert(key.into_owned());
            }
        }
    }

    // Lines of names and numbers are also spec sheets and tour dates; a list of
    // scorers, or a sport before the headline's dash, make a sports page.
    let is_sports = documents
        .first()
        .is_some_and(|(tokens, _, _, _)| has_sport_prefix(tokens))
        || documents
            .iter()
            .any(|(_, _, roles, _)| roles.contains(&LineRole::Scorers));
    // Two of the words, to pass over a lone `goal` of a policy.
    let talks_sport = SPORT_WORDS
        .iter()
        .filter(|w| vocabulary.lower.contains(*w))
        .nth(1)
        .is_some();
    let mut finder = Finder {
        gazetteer,
        text: "",
        lowered: "",
        text_index: 0,
        vocabulary: &vocabulary,
        out: Vec::new(),
        last_place_end: None,
        last_organization_end: None,
        table_lines: &[],
        pass: LineCase::Sentence,
        phrases: HashMap::default(),
        phrase_heads: HashMap::default(),
        recorded_keys: HashSet::default(),
        person_heads: HashSet::default(),
        person_surnames: HashSet::default(),
        is_sports_page: is_sports || talks_sport,
    };
    // Lines in capitals come last, to match the names the sentences gave: the
    // headline's `CANADIAN OPEN` is the body's `Canadian Open`.
    let has_shouted = documents
        .iter()
        .any(|(_, cases, _, _)| cases.contains(&LineCase::Shouted));
    let passes: &[LineCase] = if has_shouted {
        &[LineCase::Sentence, LineCase::Shouted]
    } else {
        &[LineCase::Sentence]
    };
    for &pass in passes {
        if pass == LineCase::Shouted {
            for candidate in finder.out.iter().filter(|c| c.words.len() > 1) {
                finder
                    .phrases
                    .entry(candidate.key.clone())
                    .or_insert(candidate.kind);
                let longest = finder
                    .phrase_heads
                    .entry(candidate.words[0].clone())
                    .or_insert(0);
                *longest = (*longest).max(candidate.words.len());
            }
        }
        finder.pass = pass;
        for (index, (text, (tokens, cases, tables, lowered))) in
            texts.iter().zip(&documents).enumerate()
        {
            finder.text = text;
            finder.lowered = lowered;
            finder.text_index = index;
            finder.last_place_end = None;
            finder.last_organization_end = None;
            finder.table_lines = tables;
            finder.scan(tokens, cases);
        }
    }
    if has_shouted {
        finder.out.sort_by_key(|c| c.order);
    }
    Candidates {
        names: finder.out,
        is_sports,
        talks_sport,
    }
}

/// Whether the word at `i` opens a scoreboard's line of totals (`Total ( for 3
/// wickets ) 229`, `Extras ( lb-8 nb-4 ) 12`), not the oil firm's name.
fn is_scoreboard_total(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    matches!(token.text, "Total" | "TOTAL" | "Extras" | "EXTRAS")
        && i.checked_sub(1)
            .is_none_or(|j| tokens[j].line != token.line)
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.line == token.line && (next.text == "(" || is_number(next)))
}

/// Whether the `Jan`, `Sun` or `Mar` at `i` starts a name (`Prime Minister Jan
/// Mrazik`, `Sun Microsystems Inc`), not January, Sunday or March: a date's
/// abbreviation comes before a day's number or another date word, a name's first
/// word before a capitalised word on the same line.
///
/// Asked of most words that start no name, so it turns them away first by their
/// case and length, inline.
#[inline(always)]
fn is_name_at_calendar_word(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    token.is_capitalized() && token.text.len() == 3 && is_calendar_word_before_name(tokens, i)
}

/// The rest of [`is_name_at_calendar_word`], for capitalised words of three letters.
fn is_calendar_word_before_name(tokens: &[Token<'_>], i: usize) -> bool {
    matches!(tokens[i].text, "Jan" | "Sun" | "Mar")
        && tokens.get(i + 1).is_some_and(|next| {
            next.line == tokens[i].line
                && next.is_word
                && next.is_capitalized()
                && !next.is_all_caps()
                && !is_number(next)
                && !(next.text.len() <= 9 && gazetteer::is_calendar_word(&lower(next.text)))
        })
}

/// `EASTERN CONFERENCE`, `ATLANTIC DIVISION`: a line of its own in a
/// standings table heads a group of teams, a competition's part. Asked of runs of
/// lines in capitals.
fn is_standings_heading(words: &[Word<'_, '_>], context: Context<'_, '_>) -> bool {
    (2..=3).contains(&words.len())
        && matches!(&*words[words.len() - 1].key, "conference" | "division")
        && words.iter().all(|w| w.token.is_all_caps())
        && context.before.is_none_or(|t| t.line != words[0].token.line)
        && context.after.is_none_or(|t| t.line != words[0].token.line)
}

/// `Chipmaker Nvidia said`, `Rival ANA Holdings Inc`: a firm's trade or a
/// word for a competitor opens the sentence, and the firm's name follows.
fn is_descriptor_start(words: &[Word<'_, '_>]) -> bool {
    words[0].token.is_sentence_start
        && words.len() > 1
        && words[1].token.is_capitalized()
        && (is_firm_descriptor(&words[0].key)
            // `Opposition Radical Party senator`, `Ruling Awami League`.
            || matches!(
                &*words[0].key,
                "rival" | "peer" | "opposition" | "ruling" | "governing"
            )
            // `Goaltender Dale Mackintosh made 31 saves`: a player's position
            // that is no title.
            || (is_sports_position(&words[0].key)
                && !gazetteer::is_person_title(&words[0].key)
                && !is_ambiguous_position(&words[0].key)))
}

/// Whether a cue word names an institution in common-noun use after a nationality
/// (`Slovak government`, `Israeli army`), unlike a league's or a cup's name.
fn is_generic_institution(key: &str) -> bool {
    matches!(
        key,
        "government"
            | "army"
            | "navy"
            | "police"
            | "forces"
            | "force"
            | "court"
            | "parliament"
            | "senate"
            | "congress"
            | "assembly"
            | "legislature"
            | "press"
            | "ministry"
            | "cabinet"
            | "companies"
            | "company"
            | "agency"
            | "group"
            | "bank"
            | "banks"
    )
}

/// Whether a word is a number or a score (`2`, `6-4`, `4-38`, `1996-08-22`).
fn is_number(token: &Token<'_>) -> bool {
    token.is_word && token.text.starts_with(|c: char| c.is_ascii_digit())
}

/// What a line of a sports page is, for the names followed by numbers on it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineRole {
    /// Prose, a headline or a dateline.
    Text,
    /// A results table: a name followed by a score is a side in a match.
    Results,
    /// A match in a results table, two names each followed by a score (`Ajax
    /// Amsterdam 3 Fortuna Sittard 0`): both are sides, clubs or nations, even when
    /// named like people.
    Match,
    /// A list of scorers (`Scorers: Yeboah 34, Wallace 60`): names with minutes.
    Scorers,
}

/// Marks the lines of results tables, where a name followed by a score is a side in
/// a match: two names each followed by a number (`Leeds 2 Chelsea 1`, `Somerset 83
/// and 174 ( P. Simmons 4-38 )`), or one name followed by two numbers or more (a
/// standings row, `Newcastle 4 3 1 0 9 3 10`). A dateline (`LONDON 1996-08-22`) has
/// one name and one number, and is no table. Names in brackets (scorers) do not
/// count, and a line that opens with `Scorers` lists people, as does a scoreboard's
/// `Bowling : Wasim Akram 20-4-50-1 , Waqar Younis 18-2-61-3` (bowlers' figures).
fn table_lines(tokens: &[Token<'_>]) -> Vec<LineRole> {
    let lines = tokens.last().map_or(0, |t| t.line as usize + 1);
    let mut scored_names = vec![0u32; lines];
    let mut roles = vec![LineRole::Text; lines];
    for (i, token) in tokens.iter().enumerate() {
        let line = token.line as usize;
        if i.checked_sub(1)
            .is_none_or(|j| tokens[j].line != token.line)
            && matches!(
                token.text,
                "Scorers"
                    | "Scorer"
                    | "Goalscorers"
                    | "Goalscorer"
                    | "SCORERS"
                    | "SCORER"
                    | "Bowling"
                    | "BOWLING"
            )
            // `Bowling : Wasim Akram 20-4-50-1`, not a sentence on tenpin bowling.
            && (!token.text.eq_ignore_ascii_case("bowling")
                || tokens.get(i + 1).is_some_and(|t| t.text == ":"))
        {
            roles[line] = LineRole::Scorers;
        }
        if !token.is_capitalized()
            || is_number(token)
            || token.is_in_parens
            || roles[line] == LineRole::Scorers
        {
            continue;
        }
        let numbers = tokens[i + 1..]
            .iter()
            .take(2)
            .take_while(|t| t.line == token.line && is_number(t))
            .count();
        if numbers == 0 {
            continue;
        }
        scored_names[line] += 1;
        if numbers >= 2 || scored_names[line] >= 2 {
            roles[line] = LineRole::Results;
        }
    }
    // A line of one match has two scored names and no prose: `Vasek Pospisil edged
    // Reilly Opelka 7-6 (5)` reports a match between players.
    let mut has_prose = vec![false; lines];
    // `Essex 312-7 ( Nasser Hussain 104 ) v Durham`: a lone `v` after a scored
    // name makes the line a match though only one side has a score yet.
    let mut has_versus = vec![false; lines];
    for token in tokens {
        if token.is_word && token.text.len() > 3 && token.text.starts_with(char::is_lowercase) {
            has_prose[token.line as usize] = true;
        }
        if token.text == "v" && !token.is_in_parens {
            has_versus[token.line as usize] = true;
        }
    }
    for (role, (&scored, &versus)) in roles.iter_mut().zip(scored_names.iter().zip(&has_versus)) {
        if *role == LineRole::Text && scored >= 1 && versus {
            *role = LineRole::Results;
        }
    }
    for ((role, scored), prose) in roles.iter_mut().zip(scored_names).zip(has_prose) {
        if *role == LineRole::Results && scored >= 2 && !prose {
            *role = LineRole::Match;
        }
    }
    roles
}

impl LineRole {
    /// Whether the line is a results table, of matches or standings.
    fn is_table(self) -> bool {
        matches!(self, LineRole::Results | LineRole::Match)
    }
}

/// Whether a capitalised word is a plain English word, no known name: what a
/// title-case headline is made of (`Storm Hits Coastal Towns`), and a list of names
/// (`Pete Sampras ( U.S. ) beat Jimmy Connors`) is not.
fn is_plain_capitalised_word(token: &Token<'_>, lowered: &str, gazetteer: &Gazetteer) -> bool {
    let text = token.text;
    if text.len() > 24 || !text.is_ascii() {
        return false;
    }
    let key = &*key_at(lowered, token);
    // Surnames that are words (`Story`, `Young`) count as words here.
    gazetteer.is_common_word(key)
        && !gazetteer.is_first_name(key)
        && gazetteer.kind_of(key).is_none()
}

/// Decides for each line whether its capitals can be trusted.
fn line_cases(
    tokens: &[Token<'_>],
    roles: &[LineRole],
    lowered: &str,
    gazetteer: &Gazetteer,
) -> Vec<LineCase> {
    let lines = tokens.last().map_or(0, |t| t.line as usize + 1);
    let mut counts = vec![LineCounts::default(); lines];
    for token in tokens.iter().filter(|t| t.is_word) {
        let count = &mut counts[token.line as usize];
        if is_number(token) {
            count.numbers += 1;
            continue;
        }
        let Some(first) = token.text.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        if !first.is_uppercase() && !first.is_lowercase() {
            count.is_uncased = true;
            continue;
        }
        count.all_words += 1;
        // Short lower-case words (`of`, `the`) stay lower case in title-case headings;
        // others (`beat`, and short verbs such as `met`, `won`) make the line a
        // sentence (`He met Donald Trump on Monday.`).
        if token.text.starts_with(char::is_lowercase) {
            if is_title_case_small_word(token.text) {
                continue;
            }
            if token.text.len() <= 3 {
                count.has_verb = count.has_verb || gazetteer.is_common_word(token.text);
                continue;
            }
            if !count.has_verb && !gazetteer::is_function_word(token.text) {
                count.has_verb = true;
            }
        }
        count.words += 1;
        if token.is_all_caps() {
            count.caps += 1;
            if token.text.len() <= 3 {
                count.short_caps += 1;
                count.letters += u32::from(token.text.len() == 1);
            }
        }
        if token.is_capitalized() {
            count.capitalised += 1;
            // Looked up only until the line has one.
            count.has_plain =
                count.has_plain || is_plain_capitalised_word(token, lowered, gazetteer);
        }
    }
    counts
        .into_iter()
        .zip(roles)
        .map(|(c, &role)| {
            // Headings and headlines: mostly capitals, or every word capitalised. A
            // results table or a line of names only is capitalised for its names, and
            // a line with a lower-case word other than a connector (`Thomas Muster (
            // Austria ) beat ...`) is a sentence, as is one with two numbers or more,
            // a line of scores (`Somerset 301-8 ( M. Burns 96 )`).
            let is_title_case =
                role == LineRole::Text && c.has_plain && !c.has_verb && c.numbers < 2;
            let shouted = !c.is_uncased
                && ((c.words >= 3 && c.caps * 10 >= c.words * 7)
                    || (is_title_case
                        && c.all_words >= 5
                        && c.capitalised * 10 >= c.all_words * 8)
                    || (is_title_case && c.words >= 2 && c.capitalised == c.words));
            let is_header =
                c.words >= 3 && c.short_caps == c.words && c.letters > 0 && c.numbers == 0;
            if is_header {
                LineCase::Header
            } else if shouted {
                LineCase::Shouted
            } else {
                LineCase::Sentence
            }
        })
        .collect()
}

/// Whether a short word stays in lower case in a title-case heading (`Trump Meets
/// Putin in Helsinki`): articles, conjunctions and short prepositions.
fn is_title_case_small_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "yet"
            | "so"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "as"
            | "vs"
            | "v"
            | "via"
            | "per"
            | "up"
            | "off"
            | "out"
            | "de"
            | "la"
            | "le"
            | "da"
            | "do"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "al"
            | "el"
            | "bin"
    )
}

/// What one line's words look like, to tell a headline from a sentence.
#[derive(Clone, Copy, Default)]
struct LineCounts {
    /// Words but short lower-case ones (`of`, `the`).
    words: u32,
    /// Words in capitals only.
    caps: u32,
    /// Capitalised words.
    capitalised: u32,
    /// All cased words.
    all_words: u32,
    /// A capitalised plain English word, no known name (`Storm`, `Hits`).
    has_plain: bool,
    /// Numbers and scores.
    numbers: u32,
    /// Words in capitals of three letters at most (`PCT`), and of one (`W`).
    short_caps: u32,
    letters: u32,
    /// A lower-case word other than a connector (`beat`).
    has_verb: bool,
    /// Words of scripts without case (Chinese, Japanese) around a Latin name: such a
    /// line is running text, whatever the case of its few Latin words.
    is_uncased: bool,
}

/// Walks the tokens and collects candidates.
struct Finder<'g, 'v, 'a> {
    gazetteer: &'g Gazetteer,
    /// The text being scanned, which the tokens are slices of.
    text: &'a str,
    /// That text with ASCII letters in lower case: the keys of its ASCII words.
    lowered: &'v str,
    vocabulary: &'v Vocabulary<'a>,
    out: Vec<Candidate<'a>>,
    /// Byte offset where the last place recorded in this text ends, to read
    /// `Manitoba and Sonora` as two places.
    last_place_end: Option<usize>,
    /// Byte offset where the last organisation recorded in this text ends, to read
    /// `Goldman Sachs and Santander` as two firms.
    last_organization_end: Option<usize>,
    /// For each line of the text, whether it is a results table.
    table_lines: &'v [LineRole],
    /// Which lines this pass reads: sentences first, then lines in capitals.
    pass: LineCase,
    /// Index of the text being scanned (title, body).
    text_index: usize,
    /// Names of two words or more that the sentences gave, with their kind, to
    /// find again in lines of capitals.
    phrases: HashMap<String, Option<EntityKind>, FastHash>,
    /// For each first word of those names, the most words such a name has.
    phrase_heads: HashMap<String, usize, FastHash>,
    /// Keys of the names recorded so far (`PP` after `People's Party (PP)`), and the
    /// first words of the people of two words or more (`Harry` of `Harry Kane`):
    /// sets, so that long texts cost no scan of `out` per word.
    recorded_keys: HashSet<String, FastHash>,
    person_heads: HashSet<String, FastHash>,
    /// Last words of those people (`hill` of `Damon Hill`), which a headline in
    /// capitals names them by (`HILL WINS HUNGARIAN GRAND PRIX`) even where the word
    /// is a common one.
    person_surnames: HashSet<String, FastHash>,
    /// Whether the article reports or talks sport, where a place before a plural
    /// nationality names a club (`New York Yankees`, `Cleveland Indians`).
    is_sports_page: bool,
}

impl<'v, 'a> Finder<'_, 'v, 'a> {
    fn scan(&mut self, tokens: &[Token<'a>], cases: &[LineCase]) {
        // The words of each run, in one buffer for the whole text rather than a new
        // vector per run.
        let mut words = Vec::new();
        let mut i = if self.text_index == 0 {
            sport_prefix_len(tokens)
        } else {
            0
        };
        while i < tokens.len() {
            // Credits are read on whatever line they stand, a byline being in title
            // case (`By Laila Kearney and Florence Tan`).
            if self.pass == LineCase::Sentence
                && let Some(next) = self.take_credited_people(tokens, i)
            {
                i = next;
                continue;
            }
            if cases[tokens[i].line as usize] != self.pass {
                i += 1;
                continue;
            }
            if self.pass == LineCase::Sentence
                && let Some((inner, next)) = quoted_title(tokens, i)
            {
                let words = words_of(&tokens[inner]);
                let context = Context {
                    before: None,
                    before2: None,
                    after: None,
                    after2: None,
                    following: &[],
                };
                self.record(&words, Some(EntityKind::Other), context, false, false);
                i = next;
                continue;
            }
            if is_scoreboard_total(tokens, i) {
                i += 1;
                continue;
            }
            if !self.starts_name(&tokens[i]) && !is_name_at_calendar_word(tokens, i) {
                self.take_prefixed_nationality(&tokens[i]);
                i += 1;
                continue;
            }
            let end = self
                .run_end(tokens, i)
                .max(self.known_phrase_end(tokens, i));
            let shouted = cases[tokens[i].line as usize] == LineCase::Shouted;
            let begin = if is_ordinal_before_circuit(tokens, i, end) {
                i - 1
            } else {
                i
            };
            self.take_run(tokens, begin, end, shouted, &mut words);
            i = end;
        }
    }

    /// Records the people a byline or a wire credit names, whatever their names
    /// look like (`By Laila Kearney and Florence Tan`, `(Reporting by Jan Harvey;
    /// Editing by Mark Potter)`, where `Florence`, `Jan` and `Potter` say otherwise).
    /// `i` is a `by` that opens a line or follows `Reporting`, `Editing`, `Writing`;
    /// returns the index after the names taken, if any.
    fn take_credited_people(&mut self, tokens: &[Token<'a>], i: usize) -> Option<usize> {
        let by = &tokens[i];
        if !matches!(by.text, "by" | "By") {
            return None;
        }
        let previous = i.checked_sub(1).map(|j| &tokens[j]);
        let opens_line = previous.is_none_or(|t| t.line != by.line);
        let is_credit = previous.is_some_and(|t| {
            matches!(
                lower(t.text).as_str(),
                "reporting" | "editing" | "writing" | "compiled" | "reported"
            )
        });
        if !(opens_line || is_credit) {
            return None;
        }
        let mut j = i + 1;
        let mut taken = false;
        loop {
            let start = j;
            while let Some(t) = tokens.get(j)
                && t.is_word
                && t.line == by.line
                && t.is_capitalized()
                && !t.is_all_caps()
                && !gazetteer::is_weekday(&lower(t.text))
                && j - start < 4
            {
                j += 1;
            }
            if !(2..=4).contains(&(j - start)) {
                break;
            }
            let words = words_of(&tokens[start..j]);
            let context = Context {
                before: None,
                before2: None,
                after: tokens.get(j),
                after2: tokens.get(j + 1),
                following: &[],
            };
            self.record(&words, Some(EntityKind::Person), context, false, true);
            taken = true;
            // `and Florence Tan`, `, Mark Potter`: more names in the same credit.
            if tokens.get(j).is_some_and(|t| matches!(t.text, "and" | ",")) {
                j += 1;
            } else {
                break;
            }
        }
        taken.then_some(j)
    }

    /// Records a nationality behind a lower-case prefix, `pro-Western` or
    /// `anti-American`, as one word of kind `other`.
    fn take_prefixed_nationality(&mut self, token: &Token<'a>) {
        // Asked of every token that starts no name: the hyphen of a prefix (five
        // letters at most) is found among the first bytes without a search.
        let Some(hyphen) = token.text.bytes().take(6).position(|b| b == b'-') else {
            return;
        };
        let (prefix, rest) = (&token.text[..hyphen], &token.text[hyphen + 1..]);
        if !token.is_word
            || !matches!(
                prefix,
                "pro" | "anti" | "non" | "ex" | "pan" | "neo" | "intra" | "inter"
            )
            || !rest.starts_with(char::is_uppercase)
        {
            return;
        }
        let key = Cow::Owned(lower(token.text));
        if compound_kind(self.gazetteer, &key).is_none() {
            return;
        }
        let context = Context {
            before: None,
            before2: None,
            after: None,
            after2: None,
            following: &[],
        };
        self.record(
            &[Word { token, key }],
            Some(EntityKind::Other),
            context,
            false,
            false,
        );
    }

    /// Whether a token can be (part of) a name: capitalised, not a month or weekday.
    fn starts_name(&self, token: &Token<'_>) -> bool {
        if !token.is_capitalized() {
            return false;
        }
        // Called for every capitalised word, so no allocation: calendar words are short
        // and ASCII.
        let text = token.text;
        if text.len() <= 9
            && text.is_ascii()
            && gazetteer::is_calendar_word(&key_at(self.lowered, token))
        {
            return false;
        }
        !is_contraction(text)
    }

    /// Whether a word takes the numeral `I` after it: a given name (`Elizabeth I`)
    /// or `War`.
    fn is_numbered_by_i(&self, word: &Token<'_>) -> bool {
        word.text == "War" || self.gazetteer.is_first_name(&lower(word.text))
    }

    /// Whether the weekday at `i` ends a club's name in a results table (`Sheffield
    /// Wednesday 2`), where a date has no place.
    fn is_weekday_of_club(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let token = &tokens[i];
        token.is_capitalized()
            && matches!(
                token.text,
                "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            )
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.line == token.line && is_number(t))
            && self
                .table_lines
                .get(token.line as usize)
                .is_some_and(|role| role.is_table())
    }

    /// The end (exclusive) of the run of name words starting at `start`.
    fn run_end(&self, tokens: &[Token<'a>], start: usize) -> usize {
        let line = tokens[start].line;
        let mut end = start + 1;
        let mut has_takes_of = false;
        let mut has_org_cue = false;
        let mut has_of = false;
        let mut previous = &tokens[start];
        loop {
            let key = key_at(self.lowered, previous);
            // `takes_of` is the cue or another word: the cue is looked up once.
            let is_org_cue = gazetteer::is_organization_cue(&key);
            has_takes_of |= is_org_cue || gazetteer::takes_of_beside_bodies(&key);
            has_org_cue |= is_org_cue;
            // A possessive ends a name, but for `People's` (`People's Democratic Party`,
            // `People's Daily`), which names no one, and a group's word before a
            // body's (`Children's Fund`).
            let is_name_end = previous.is_possessive
                && previous.text != "People"
                && !self.is_group_before_body(previous, tokens.get(end));
            if is_name_end || has_descriptive_suffix(previous.text) {
                return end;
            }
            let Some(next) = tokens.get(end) else {
                return end;
            };
            // A sentence may start right after an abbreviation's full stop (`Fresno,
            // Calif. Police said`).
            if next.line != line || (next.is_sentence_start && previous.text.ends_with('.')) {
                return end;
            }
            // No name runs this long; cutting here keeps the work per run bounded on
            // text that is all capitals.
            if end - start >= MAX_NAME_WORDS {
                return end;
            }
            // The pronoun `I` ends a run (`in Turkey I saw`, `As I said`), but for a
            // monarch's or a war's number (`Elizabeth I`, `World War I`).
            if next.text == "I" && !self.is_numbered_by_i(previous) {
                return end;
            }
            // `Saudi Arabian Airlines Boeing 747`: a known body after a name that a
            // firm's plural word or legal form ends is a second name (`UAE Team
            // Emirates` is one).
            if is_org_cue
                && (key.ends_with('s') || gazetteer::is_legal_form(&key))
                && next.is_capitalized()
                && self.gazetteer.kind_of(&lower(next.text)) == Some(EntityKind::Organization)
            {
                return end;
            }
            if self.starts_name(next)
                || is_name_at_calendar_word(tokens, end)
                || self.is_weekday_of_club(tokens, end)
                || is_named_day(previous, next)
            {
                previous = next;
                end += 1;
                continue;
            }
            // A market index keeps its number: `FTSE 100 index`, `Nikkei 225 average`,
            // `CAC 40`.
            let is_index_head = matches!(
                previous.text,
                "FTSE"
                    | "CAC"
                    | "DAX"
                    | "S&P"
                    | "Nikkei"
                    | "Stoxx"
                    | "MSCI"
                    | "IBEX"
                    | "AEX"
                    | "Euro"
            );
            if is_number(next)
                && (is_index_head
                    || tokens.get(end + 1).is_some_and(|t| {
                        t.line == line
                            && matches!(
                                t.text,
                                "index" | "indices" | "average" | "futures" | "share"
                            )
                    }))
            {
                return end + 1;
            }
            if end - start <= 2 && self.is_model_number(tokens, end) {
                return end + 1;
            }
            // A lower-case connector joins two capitalised words: `Bank of England`.
            let joins = next.is_word
                && match next.text {
                    "of" => has_takes_of,
                    // `the Alternative for Germany party`
                    "for" => has_org_cue || self.ends_before_party(tokens, end + 1),
                    "on" => has_org_cue,
                    // `Committee to Protect Journalists`
                    "to" => gazetteer::is_organization_cue(&lower(previous.text)),
                    // `Ministry of Trade and Industry`, `Institute for Peace and
                    // Security`, `Food and Drug Administration`, not `Airlines and
                    // Holdings`.
                    "and" => {
                        // `the Law and Justice party`
                        self.ends_before_party(tokens, end + 1)
                            || self.ends_in_legal_form(tokens, end)
                            || (has_of && has_org_cue && !self.ends_at_place(tokens, end))
                            || ((end == start + 1
                                || (end == start + 2 && tokens[start].text == "The"))
                                && !has_org_cue
                                && self.ends_in_body_cue(tokens, end + 1))
                    }
                    "the" => previous.text == "of",
                    "&" => true,
                    text => gazetteer::is_connector(text) && text.len() <= 4,
                };
            let joins = joins || (next.text == "&" && !next.is_word);
            if !joins {
                // Wire copy spaces a possessive off its word: `European People 's
                // Party`, `U.N. Children 's Fund`, `Workers ' Party`.
                if matches!(next.text, "'" | "\u{2019}") {
                    let cue = match tokens.get(end + 1) {
                        Some(s) if s.text == "s" => end + 2,
                        _ => end + 1,
                    };
                    if tokens.get(cue).is_some_and(|t| t.line == line)
                        && self.is_group_before_body(previous, tokens.get(cue))
                    {
                        previous = &tokens[cue];
                        end = cue + 1;
                        continue;
                    }
                }
                return end;
            }
            // The connector may be followed by `the` (`Bank of the West`).
            has_of |= matches!(next.text, "of" | "for");
            let mut after = end + 1;
            if next.text == "of" && tokens.get(after).is_some_and(|t| t.text == "the") {
                after += 1;
            }
            // Two particles in a row: `Gerard van der Lem`, `Ursula von der Leyen`,
            // `Oscar de la Hoya`.
            if matches!(next.text, "van" | "von" | "de")
                && tokens
                    .get(after)
                    .is_some_and(|t| matches!(t.text, "der" | "den" | "la" | "las" | "los"))
            {
                after += 1;
            }
            match tokens.get(after) {
                Some(t) if t.line == line && self.starts_name(t) => {
                    previous = t;
                    end = after + 1;
                }
                _ => return end,
            }
        }
    }

    /// Whether the `and` at `i` sits inside a firm's name that ends in a legal form
    /// (`Reckitt and Colman Plc`, `Far East Bank and Trust Co`): one word between
    /// them, after an unknown word, so that `BP and Exxon Corp` and `Orlan Airlines
    /// and Velmar Holdings Inc.` stay lists.
    fn ends_in_legal_form(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let (Some(before), Some(after)) = (tokens.get(i.wrapping_sub(1)), tokens.get(i + 1)) else {
            return false;
        };
        let run = tokens[i + 1..]
            .iter()
            .take(3)
            .take_while(|t| t.line == after.line && t.is_capitalized())
            .count();
        run == 2
            && gazetteer::is_legal_form(&lower(tokens[i + 2].text))
            && !before.text.bytes().all(|b| b.is_ascii_uppercase())
            && self.gazetteer.kind_of(&lower(before.text)).is_none()
    }

    /// Whether a possessive word names a group of people, not one of them, before a
    /// body's word (`Children's Fund`, `Workers' Party`): a plural dictionary word
    /// that is no known name, so `Britain's Parliament` and `U.S. Attorney's Office`
    /// stay two names.
    fn is_group_before_body(&self, owner: &Token<'_>, next: Option<&Token<'_>>) -> bool {
        next.is_some_and(|next| {
            next.is_capitalized()
                && next.line == owner.line
                && gazetteer::is_organization_cue(&lower(next.text))
                && {
                    let key = lower(owner.text);
                    (key.ends_with('s')
                        || matches!(key.as_str(), "people" | "children" | "women" | "men"))
                        && self.gazetteer.is_common_word(&key)
                        && self.gazetteer.kind_of(&key).is_none()
                }
        })
    }

    /// Whether the word before the `and` at `i` is a known place that ends a body's
    /// name (`Royal Bank of Canada and CIBC`), unless the place goes on past the
    /// `and` (`Bank of Trinidad and Tobago`).
    fn ends_at_place(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let (Some(place), Some(next)) = (tokens.get(i.wrapping_sub(1)), tokens.get(i + 1)) else {
            return false;
        };
        let key = lower(place.text);
        self.gazetteer.kind_of(&key) == Some(EntityKind::Location)
            && self
                .gazetteer
                .kind_of(&format!("{key} and {}", lower(next.text)))
                .is_none()
    }

    /// Whether the capitalised words from `i` on (at most three) are followed by a
    /// lower-case `party`: the end of a party's name with a connector inside it.
    fn ends_before_party(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let Some(line) = tokens.get(i).map(|t| t.line) else {
            return false;
        };
        let run = tokens[i..]
            .iter()
            .take(4)
            .take_while(|t| t.line == line && t.is_capitalized())
            .count();
        (1..=3).contains(&run) && tokens.get(i + run).is_some_and(|t| t.text == "party")
    }

    /// Whether `and` at `i - 1` joins two plain words into the name of a body that
    /// the capitalised words after it end (`Food and Drug Administration`,
    /// `Securities and Exchange Commission`); two names (`Wistron and Global
    /// Lighting Technologies`) do not join.
    fn ends_in_body_cue(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let (Some(before), Some(after)) = (tokens.get(i.wrapping_sub(2)), tokens.get(i)) else {
            return false;
        };
        // `England and Wales Cricket Board`: two places join as two plain words do.
        let is_plain = |t: &Token<'_>| {
            let key = lower(t.text);
            self.gazetteer.is_common_word(&key)
                || self.gazetteer.kind_of(&key) == Some(EntityKind::Location)
        };
        if !is_plain(before) || !is_plain(after) {
            return false;
        }
        let run = tokens[i..]
            .iter()
            .take(3)
            .take_while(|t| t.line == after.line && t.is_capitalized())
            .count();
        run > 1 && gazetteer::is_organization_cue(&lower(tokens[i + run - 1].text))
    }

    /// The end (exclusive) of the longest gazetteer name starting at `start`, with
    /// whatever lower-case words it holds (`Organisation for Security and Cooperation
    /// in Europe`); `start` itself if none is longer than one word.
    fn known_phrase_end(&self, tokens: &[Token<'_>], start: usize) -> usize {
        // A sentence's `The` is left out of the name later.
        let start = if tokens[start].text == "The"
            && tokens
                .get(start + 1)
                .is_some_and(|t| t.line == tokens[start].line)
        {
            start + 1
        } else {
            start
        };
        let first = &tokens[start];
        // Asked at every run: the key is a slice of the lower-cased text for an ASCII
        // word, as most are.
        let longest = self.gazetteer.phrase_words(&key_at(self.lowered, first));
        if longest < 2 {
            return start;
        }
        // A possessive ends a name: `New York's Times Square`.
        let mut available = 0;
        for token in tokens[start..].iter().take(longest) {
            if !token.is_word || token.line != first.line {
                break;
            }
            available += 1;
            if token.is_possessive {
                break;
            }
        }
        (2..=available)
            .rev()
            .find(|&len| {
                let key = key_of(tokens[start..start + len].iter().map(|t| t.text));
                self.gazetteer.kind_of(&key).is_some()
            })
            .map_or(start, |len| start + len)
    }

    /// Whether the number at `i` belongs to the one-word name before it, as a model
    /// or a series (`an Ariane 4 rocket`, `Boeing 747 jets`): a short number on a
    /// line of prose, after a word that is no place, nationality or person, and
    /// before a lower-case word that is no function word or unit (`Chelsea 2
    /// goals`).
    fn is_model_number(&self, tokens: &[Token<'_>], i: usize) -> bool {
        let (Some(name), Some(number), Some(next)) =
            (tokens.get(i - 1), tokens.get(i), tokens.get(i + 1))
        else {
            return false;
        };
        if !(number.is_word
            && number.text.len() <= 3
            && number.text.bytes().all(|b| b.is_ascii_digit())
            && next.is_word
            && next.line == number.line
            && next.text.starts_with(|c: char| c.is_lowercase())
            && self
                .table_lines
                .get(number.line as usize)
                .is_none_or(|role| *role == LineRole::Text))
        {
            return false;
        }
        let next_key = lower(next.text);
        let name_key = lower(name.text);
        !gazetteer::is_function_word(&next_key)
            && !is_quantity_word(&next_key)
            && !matches!(
                self.gazetteer.kind_of(&name_key),
                Some(EntityKind::Location | EntityKind::Other | EntityKind::Person)
            )
            && !self.gazetteer.is_surname(&name_key)
    }

    /// Cuts one run into names and records them.
    fn take_run<'t>(
        &mut self,
        tokens: &'t [Token<'a>],
        start: usize,
        end: usize,
        shouted: bool,
        words: &mut Vec<Word<'t, 'a>>,
    ) where
        'v: 't,
    {
        words.clear();
        words.extend(tokens[start..end].iter().map(|token| Word {
            token,
            key: key_of_part(self.lowered, token.start, name_part(token.text)),
        }));
        let words = &words[..];
        let context = Context {
            before: start.checked_sub(1).map(|i| &tokens[i]),
            before2: start.checked_sub(2).map(|i| &tokens[i]),
            after: tokens.get(end),
            after2: tokens.get(end + 1),
            following: &tokens[end..tokens.len().min(end + 5)],
        };
        if shouted && is_standings_heading(words, context) {
            self.record(words, Some(EntityKind::Other), context, true, false);
            return;
        }
        if shouted {
            self.take_shouted_run(tokens, start, words, context);
            return;
        }
        if is_descriptor_start(words) {
            let context = Context {
                before: Some(words[0].token),
                before2: context.before,
                ..context
            };
            self.take_segment(&words[1..], context, true);
            return;
        }
        let first = self.name_start_in_sentence(words, context);
        if first == 0 {
            self.take_segment(words, context, true);
            return;
        }
        // A sentence's first word left out of the name is still its context: `At
        // Taunton`, `The Kremlin`.
        let dropped = words[first - 1].token;
        if first == 1 && gazetteer::is_function_word(&words[0].key) {
            let context = Context {
                before: Some(dropped),
                before2: context.before,
                ..context
            };
            self.take_segment(&words[first..], context, true);
        } else {
            self.take_segment(&words[first..], context, false);
        }
    }

    /// Cuts a run of a line in capitals into names and records them; `start` is the
    /// index of the run's first token.
    fn take_shouted_run<'t>(
        &mut self,
        tokens: &'t [Token<'a>],
        start: usize,
        words: &[Word<'t, 'a>],
        context: Context<'t, 'a>,
    ) {
        // A stretch cut out of a line in capitals is followed by the word that cut
        // it, not by what follows the run: `GERMAN BUND` of `GERMAN BUND FUTURES
        // EDGE HIGHER , DOLLAR FIRM` has no comma after it, and is no dateline.
        let context_until = |i: usize| {
            if i < words.len() {
                let next = start + i;
                Context {
                    after: tokens.get(next),
                    after2: tokens.get(next + 1),
                    following: &tokens[next..tokens.len().min(next + 5)],
                    ..context
                }
            } else {
                context
            }
        };
        // Every word is capitalised: keep only stretches of words that are names
        // by the gazetteer or by the rest of the article.
        let mut segment_start = 0;
        let mut i = 0;
        while i < words.len() {
            if let Some((len, kind)) = self.article_phrase_at(&words[i..]) {
                self.take_segment(
                    &words[segment_start..i],
                    context_until(i),
                    segment_start == 0,
                );
                self.record(&words[i..i + len], kind, context.of_piece(i), i == 0, false);
                i += len;
                segment_start = i;
                continue;
            }
            let key = &*words[i].key;
            // `SLOVAK GOVERNMENT`, `ISRAELI PARLIAMENT`: a lone nationality before
            // a word for an institution, which the body writes in lower case
            // (`Slovak government`), is a name of its own; the institution is one
            // only where the article names it so (`ARGENTINE SENATE` over `the
            // Senate`). So too after a known place or body: `U.K. COMPANY
            // RESULTS`, `U.N. AGENCY APPEALS`.
            if i == segment_start + 1
                && is_generic_institution(key)
                && self.gazetteer.kind_of(&words[segment_start].key).is_some()
            {
                self.take_segment(
                    &words[segment_start..i],
                    context_until(i),
                    segment_start == 0,
                );
                segment_start = i;
            }
            let phrase = self.phrase_at(&words[i..]);
            // `IN FIRST READING` over `a first reading`: a plain word that the
            // article writes in lower case names nothing here, though a town has
            // its name.
            if i == segment_start
                && phrase.is_none_or(|len| len == 1)
                && self.is_plain_word_of_article(key)
            {
                i += 1;
                segment_start = i;
                continue;
            }
            if let Some(len) = phrase {
                i += len;
                continue;
            }
            // `KESSINGEN CITY`: a cue word after a name word stays with it.
            let is_cue = i > segment_start
                && (gazetteer::is_organization_cue(key) || gazetteer::is_location_cue(key));
            let is_first_name = self.is_shouted_first_name(words, i);
            if i == segment_start && self.is_shouted_surname(words, i) {
                let kind = Some(EntityKind::Person);
                self.record(&words[i..=i], kind, context.of_piece(i), i == 0, false);
                i += 1;
                segment_start = i;
                continue;
            }
            if is_cue || is_first_name || self.is_name_word(key) {
                i += 1;
                continue;
            }
            self.take_segment(
                &words[segment_start..i],
                context_until(i),
                segment_start == 0,
            );
            i += 1;
            segment_start = i;
        }
        self.take_segment(&words[segment_start..], context, segment_start == 0);
    }

    /// `FRANK NOBILO`: a first name that is a word too, before a surname that is
    /// none. `i` indexes the word in `words`, a run of a line in capitals.
    fn is_shouted_first_name(&self, words: &[Word<'_, '_>], i: usize) -> bool {
        let key = &*words[i].key;
        self.gazetteer.is_first_name(key)
            && !gazetteer::is_function_word(key)
            && words.get(i + 1).is_some_and(|next| {
                !self.gazetteer.is_common_word(&next.key) && self.is_name_word(&next.key)
            })
    }

    /// `HILL WINS` over a story on Damon Hill: his surname, though a word. `i`
    /// indexes the word in `words`, a run of a line in capitals.
    fn is_shouted_surname(&self, words: &[Word<'_, '_>], i: usize) -> bool {
        self.person_surnames.contains(&*words[i].key)
            && words
                .get(i + 1)
                .is_none_or(|next| !self.is_name_word(&next.key))
    }

    /// Where the name starts in a run of a sentence: after the sentence's first
    /// word where that word is no part of it, and after connectors.
    fn name_start_in_sentence(&self, words: &[Word<'_, '_>], context: Context<'_, '_>) -> usize {
        let mut first = usize::from(self.is_sentence_word_before_name(words, context));
        // Connectors cannot start a name; a court's ordinal can (`2nd Circuit`).
        while first < words.len()
            && !words[first].token.is_capitalized()
            && !is_ordinal(words[first].token.text)
        {
            first += 1;
        }
        first
    }

    /// Whether a run's first word is capitalised only because it opens a sentence,
    /// and is no part of the name after it.
    fn is_sentence_word_before_name(
        &self,
        words: &[Word<'_, '_>],
        context: Context<'_, '_>,
    ) -> bool {
        words[0].token.is_sentence_start
            && self.phrase_at(words).is_none()
            && !self.is_name_word(&words[0].key)
            && !self.is_name_with_sentence_word(words, context)
    }

    /// Whether a run at a sentence start whose first word is an ordinary word is
    /// still one name with it, for the shape of the run or the words after it.
    fn is_name_with_sentence_word(&self, words: &[Word<'_, '_>], context: Context<'_, '_>) -> bool {
        // A first name before a surname: `Wade Pellerin`, though `wade` is a word.
        (words.len() > 1
            && self.gazetteer.is_first_name(&words[0].key)
            && (!self.gazetteer.is_common_word(&words[0].key)
                || (!gazetteer::is_function_word(&words[0].key)
                    && !self.gazetteer.is_common_word(&words[1].key))))
            // A storm's name: `Typhoon Herb`, `Hurricane Fran`.
            || (words.len() > 1 && is_storm_word(&words[0].key))
            // `"Harry is a machine"` after `Harry Kane`: the given name of someone
            // the article has named in full.
            || (words.len() == 1
                && self.gazetteer.is_first_name(&words[0].key)
                && self.person_heads.contains(&*words[0].key))
            // A body named by its cue and `of`: `Bank of America analysts said`,
            // `Election Commission of India data showed`.
            || (words.len() > 2
                && words[1].key == "of"
                && gazetteer::takes_of(&words[0].key)
                && gazetteer::is_organization_cue(&words[0].key))
            || (words.len() > 3
                && words[2].key == "of"
                && !gazetteer::is_function_word(&words[0].key)
                && gazetteer::takes_of(&words[1].key)
                && gazetteer::is_organization_cue(&words[1].key))
            // Initials before a surname: `D. Gough` after a semicolon.
            || is_initialled_name(words)
            // A title before a name, which is cut off later: `Secretary of State Mike
            // Pompeo said`.
            || title_length(words) != 0
            || self.is_named_by_its_cue(words)
            // `Black Friday sales rose`
            || (words.len() == 2 && gazetteer::is_weekday(&words[1].key))
            // `Planned Parenthood said`, `Paramount Global called it`: capitalised
            // words that a verb of speech follows name who spoke.
            || self.is_speaker_at_start(words, context.after)
            // A name that took its number in (`Euro 96`, `FTSE 100`).
            || words.last().is_some_and(|w| is_number(w.token))
            // `Major League Baseball standings`, `Premier League leaders`, `Super
            // Bowl`: a competition whose first word is a word.
            || (words.len() > 1
                && !gazetteer::is_function_word(&words[0].key)
                && matches!(
                    &*words[1].key,
                    "league" | "cup" | "prix" | "bowl" | "series" | "championship"
                ))
            // `In Milan : Inter 3 Guingamp 1`, `West Coast 18.10 ( 118 )`: a side
            // before its score on a results line, though a word or two.
            || (words.len() <= 3
                && !words[0].token.is_all_caps()
                && !gazetteer::is_function_word(&words[0].key)
                && context
                    .after
                    .is_some_and(|t| t.line == words[0].token.line && is_number(t))
                && self.table_lines.get(words[0].token.line as usize) == Some(&LineRole::Match))
    }

    /// Whether a run of two or three capitalised words at a sentence start is a
    /// name whole because a verb of speech follows it (`Planned Parenthood said`):
    /// in a sentence only a name capitalises its second word. Quantifiers, adverbs
    /// and groups (`Many Democrats said`) name no one.
    fn is_speaker_at_start(&self, words: &[Word<'_, '_>], after: Option<&Token<'_>>) -> bool {
        let first = &*words[0].key;
        let last = &*words[words.len() - 1].key;
        (2..=3).contains(&words.len())
            && words.iter().all(|w| w.token.is_capitalized())
            && after.is_some_and(|t| {
                t.text == "called" || (t.text != "who" && gazetteer::is_speech_verb(t.text))
            })
            && !gazetteer::is_function_word(first)
            && !first.ends_with("ly")
            && !matches!(
                first,
                "many" | "several" | "few" | "both" | "other" | "such" | "each" | "every"
            )
            && self.gazetteer.kind_of(last) != Some(EntityKind::Other)
            // `Later Lee told reporters`: an adverb before a person's name.
            && !self.gazetteer.is_surname(last)
            && !self.gazetteer.is_first_name(last)
    }

    /// Whether a run at a sentence start is one name with its first word, because it
    /// ends in a word that names a body (`Reform Party`, `Finance Ministry`): the first
    /// word is no function word, participle or adverb (`Following Congress`).
    fn is_named_by_its_cue(&self, words: &[Word<'_, '_>]) -> bool {
        let first = &*words[0].key;
        // `Rival General Motors`, `Rival Honda Motor Co`: a known body after the
        // sentence's first word, which is then no part of its name.
        let is_known_body_after = words.len() > 2
            && self.phrase_at(&words[1..]).is_some_and(|len| {
                self.gazetteer
                    .kind_of(&key_of_keys(words[1..=len].iter().map(|w| &*w.key)))
                    == Some(EntityKind::Organization)
            });
        !is_known_body_after
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| w.token.is_capitalized())
            && gazetteer::is_organization_cue(&words[words.len() - 1].key)
            && !gazetteer::is_function_word(first)
            && !gazetteer::is_person_title(first)
            && !first.ends_with("ing")
            && !first.ends_with("ed")
            && !first.ends_with("ly")
    }

    /// The longest name of two words or more at the start of `words` that the
    /// article's sentences gave, with its length and kind.
    fn article_phrase_at(&self, words: &[Word<'_, '_>]) -> Option<(usize, Option<EntityKind>)> {
        if self.phrases.is_empty() || words.len() < 2 {
            return None;
        }
        let longest = self.phrase_heads.get(&*words[0].key).copied().unwrap_or(0);
        (2..=words.len().min(longest)).rev().find_map(|len| {
            let key = key_of_keys(words[..len].iter().map(|w| &*w.key));
            self.phrases.get(&*key).map(|&kind| (len, kind))
        })
    }

    /// Length in words of the longest gazetteer name at the start of `words`.
    fn phrase_at(&self, words: &[Word<'_, '_>]) -> Option<usize> {
        let first = words.first()?;
        let longest = words.len().min(self.gazetteer.phrase_words(&first.key));
        (1..=longest).rev().find(|&len| {
            if len == 1 && first.token.is_all_caps() {
                return self.gazetteer.kind_of(&first.key).is_some()
                    || self.gazetteer.kind_of_acronym(&first.key).is_some();
            }
            let key = key_of_keys(words[..len].iter().map(|w| &*w.key));
            self.gazetteer.kind_of(&key).is_some()
        })
    }

    /// Whether a word of a line in capitals is an ordinary word that the article
    /// writes in lower case and never capitalises as a name (`READING` over `a first
    /// reading`); countries stay names whatever their other sense (`TURKEY`).
    fn is_plain_word_of_article(&self, key: &str) -> bool {
        self.vocabulary.lower.contains(key)
            && !self.vocabulary.named.contains(key)
            && self.gazetteer.is_common_word(key)
            && !self.gazetteer.is_country(key)
            && !self.person_surnames.contains(key)
    }

    /// Whether a capitalised word where capitals mean nothing (sentence start,
    /// headline) is still a name: known as one, or no ordinary word.
    fn is_name_word(&self, key: &str) -> bool {
        if self.gazetteer.kind_of(key).is_some() || self.vocabulary.named.contains(key) {
            return true;
        }
        if self.gazetteer.is_common_word(key) || self.vocabulary.lower.contains(key) {
            return false;
        }
        // Digits and single letters are no names on their own.
        key.chars().filter(|c| c.is_alphabetic()).count() > 1
    }

    /// Trims titles, articles and leading nationalities off a run segment and records
    /// what is left.
    fn take_segment(
        &mut self,
        words: &[Word<'_, 'a>],
        context: Context<'_, 'a>,
        at_run_start: bool,
    ) {
        let words = without_trailing_titles(words);
        if words.is_empty() {
            return;
        }
        let whole = key_of_keys(words.iter().map(|w| &*w.key));
        if let Some(kind) = self.gazetteer.kind_of(&whole) {
            self.record(words, Some(kind), context, at_run_start, false);
            return;
        }
        // `The Kremlin`, `A Russian court`: articles are not part of names.
        let words = if matches!(&*words[0].key, "the" | "a" | "an") {
            &words[1..]
        } else {
            words
        };
        if words.is_empty() {
            return;
        }
        if self.is_post_and_field(words, context) {
            return;
        }
        if self.take_legislature_pair(words, context, at_run_start) {
            return;
        }
        let last_key = &*words[words.len() - 1].key;
        // `Mr Ian Lang , Secretary of State for Scotland`: a title alone ends in a
        // cue (`State`) and names nothing.
        let ends_in_cue = words.len() > 1
            && (gazetteer::is_organization_cue(last_key)
                || gazetteer::is_location_cue(last_key)
                || gazetteer::is_other_cue(last_key))
            && title_length(words) < words.len();
        // Nationalities in a row make one group: `Bosnian Serb`, `BOSNIAN SERBS`.
        // Nationalities in a row that the gazetteer does not know together (it knows
        // `Bosnian Serb`) are one each: `Rwandan Hutu refugees`.
        let nationalities = self.nationality_run(words);
        if nationalities > 1 && nationalities == words.len() {
            let kinds = std::iter::repeat(Some(EntityKind::Other));
            self.record_each(words, kinds, context, at_run_start);
            return;
        }
        // A leading place or nationality before a title or a person's name is a name of
        // its own: `Russian President Vladimir Putin`, `U.S. Secretary of State`,
        // `Bosnian Serb leader Radovan Karadzic`.
        // `Nikkei 225`: a known index keeps the number the run took in.
        let ends_in_number = words.last().is_some_and(|w| is_number(w.token));
        if !ends_in_cue
            && !ends_in_number
            && words.len() > 1
            && self.take_leading_name(words, context, at_run_start, nationalities)
        {
            return;
        }
        if !ends_in_cue && self.take_after_title(words, context) {
            return;
        }
        if !ends_in_cue && let Some(split) = self.person_start(words) {
            self.take_person_after_name(words, split, context, at_run_start);
            return;
        }
        self.record(words, None, context, at_run_start, false);
    }

    /// `U.S. Senate`, `Senate Democrats`: a country and its legislature, a
    /// legislature and a party's members there, are two names each. Returns
    /// whether `words` were such a pair, and recorded.
    fn take_legislature_pair(
        &mut self,
        words: &[Word<'_, 'a>],
        context: Context<'_, 'a>,
        at_run_start: bool,
    ) -> bool {
        let [head, tail] = words else {
            return false;
        };
        if !self.is_legislature_pair(head, tail) {
            return false;
        }
        let is_chamber_first = matches!(&*head.key, "senate" | "congress" | "house");
        let (head_kind, tail_kind) = if is_chamber_first {
            (Some(EntityKind::Organization), Some(EntityKind::Other))
        } else {
            (Some(EntityKind::Location), Some(EntityKind::Organization))
        };
        self.record(
            std::slice::from_ref(head),
            head_kind,
            context,
            at_run_start,
            false,
        );
        let rest = context.later_piece();
        self.record(std::slice::from_ref(tail), tail_kind, rest, false, false);
        true
    }

    /// Records a known place or body, or a run of `nationalities`, that opens `words`
    /// as a name of its own where what follows is another name (a person, a group, a
    /// place someone's job is about) or a title, and then the rest. Returns whether
    /// it split `words` so.
    fn take_leading_name(
        &mut self,
        words: &[Word<'_, 'a>],
        context: Context<'_, 'a>,
        at_run_start: bool,
        nationalities: usize,
    ) -> bool {
        let Some(len) = self.phrase_at(words).map(|len| len.max(nationalities)) else {
            return false;
        };
        if len >= words.len() {
            return false;
        }
        let head = key_of_keys(words[..len].iter().map(|w| &*w.key));
        let kind = if len == nationalities {
            Some(EntityKind::Other)
        } else {
            self.gazetteer.kind_of(&head)
        };
        let before_title = title_length(&words[len..]) > 0;
        // `Baltic Freight Lines` is one name; `Croatian Ivo Kovac` and `North Korean
        // Kim Jong Un` are two.
        let rest = &words[len..];
        let rest_is_person = self.is_person_after_nationality(rest);
        // `Paris Benoit Tessier` (a photo credit): a place, then a first name.
        let place_then_person = kind == Some(EntityKind::Location)
            && self.gazetteer.is_first_name(&rest[0].key)
            && !self.gazetteer.is_common_word(&rest[0].key)
            && rest.len() > 1;
        // `a Virginia Democrat`, `Texas Republicans`: a place, then who (but on
        // a sports page `New York Yankees`, a club).
        let place_then_group =
            kind == Some(EntityKind::Location) && self.nationality_run(rest) == rest.len();
        // `Christian Vieri`: a nationality or faith that is a first name too
        // starts the person's name.
        // Not before another given name or a known name: `German Jens Weissflog`,
        // `German Hoechst`.
        let head_is_first_name = len == 1
            && self.gazetteer.is_first_name(&words[0].key)
            && !self.gazetteer.is_first_name(&rest[0].key)
            && self
                .gazetteer
                .kind_of(&key_of_keys(rest.iter().map(|w| &*w.key)))
                .is_none();
        // `White House Russia adviser`, `Kremlin Ukraine envoy`: a body, then the
        // place someone's job is about.
        let body_then_place = kind == Some(EntityKind::Organization)
            && self
                .gazetteer
                .kind_of(&key_of_keys(rest.iter().map(|w| &*w.key)))
                == Some(EntityKind::Location)
            && context
                .after
                .is_some_and(|t| t.is_word && is_post_after_place(&lower(t.text)));
        if place_then_group && self.is_sports_page && rest.len() == 1 && rest[0].key.ends_with('s')
        {
            self.record(
                words,
                Some(EntityKind::Organization),
                context,
                at_run_start,
                false,
            );
            return true;
        }
        if !((kind == Some(EntityKind::Other) && rest_is_person && !head_is_first_name)
            || place_then_person
            || place_then_group
            || body_then_place
            || before_title)
        {
            return false;
        }
        self.record(&words[..len], kind, context, at_run_start, false);
        if self.take_after_title(rest, context) {
            return true;
        }
        let rest_context = context.later_piece();
        let rest_kind = place_then_group.then_some(EntityKind::Other);
        self.record(rest, rest_kind, rest_context, false, false);
        true
    }

    /// `Italian Jannik Sinner`: a word that is no ordinary word, then more, is
    /// a given name the gazetteer does not know (`Italian Space Agency` is no
    /// person).
    fn is_person_after_nationality(&self, rest: &[Word<'_, '_>]) -> bool {
        self.gazetteer.is_first_name(&rest[0].key)
            || rest.iter().all(|w| !self.gazetteer.is_common_word(&w.key))
            || (rest.len() > 1
                && !self.gazetteer.is_common_word(&rest[0].key)
                && !rest.iter().any(|w| {
                    gazetteer::is_organization_cue(&w.key)
                        || gazetteer::is_location_cue(&w.key)
                        || gazetteer::is_other_cue(&w.key)
                }))
    }

    /// Records the name after the title that opens `words`, if one does (the title
    /// itself names no one). Returns whether a title opened them.
    fn take_after_title(&mut self, words: &[Word<'_, 'a>], context: Context<'_, 'a>) -> bool {
        let titled = title_length(words);
        if titled == 0 {
            return false;
        }
        if titled < words.len() {
            self.record_titled(&words[titled..], context);
        }
        true
    }

    /// Records a name, maybe a title, then a person that starts at `split`.
    fn take_person_after_name(
        &mut self,
        words: &[Word<'_, 'a>],
        split: usize,
        context: Context<'_, 'a>,
        at_run_start: bool,
    ) {
        // `T-Mobile CEO John Legere`, `NASA Administrator Jim Bridenstine`: a name,
        // maybe a title, then a person.
        let titled = title_length(&words[split..]);
        // `Work and Pensions Secretary Liz Kendall`, `Culture Secretary Lisa
        // Nandy`: dictionary words before a title qualify it and name nothing.
        let head = self.without_title_qualifiers(&words[..split], titled);
        let qualifies_title = titled > 0
            && self
                .gazetteer
                .kind_of(&key_of_keys(head.iter().map(|w| &*w.key)))
                .is_none()
            && head
                .iter()
                .all(|w| self.gazetteer.is_common_word(&w.key) || gazetteer::is_connector(&w.key));
        // `Kentucky GOP Gov. Matt Bevin`, `Texas Democratic Rep.`: known names
        // in a row before a title are a name each.
        let kinds: Vec<Option<EntityKind>> = head
            .iter()
            .map(|w| {
                self.gazetteer.kind_of(&w.key).or_else(|| {
                    w.token
                        .is_all_caps()
                        .then(|| self.gazetteer.kind_of_acronym(&w.key))
                        .flatten()
                })
            })
            .collect();
        if titled > 0 && head.len() > 1 && kinds.iter().all(Option::is_some) {
            self.record_each(head, kinds, context, at_run_start);
        } else if !qualifies_title {
            // `Airbus SE Chief Executive Guillaume Faury`: a firm by its legal
            // form, which a title after it does not make a person.
            let head_kind = head
                .last()
                .is_some_and(|w| gazetteer::is_legal_form(&w.key) && w.token.is_all_caps())
                .then_some(EntityKind::Organization);
            self.record(head, head_kind, context, at_run_start, false);
        }
        let rest = context.later_piece();
        let person = &words[split + titled..];
        let kind = self
            .gazetteer
            .kind_of(&key_of_keys(person.iter().map(|w| &*w.key)));
        self.record(person, kind.or(Some(EntityKind::Person)), rest, false, true);
    }

    /// The name before a title (`head`, where `titled` words of title follow it)
    /// without the words that qualify the title.
    fn without_title_qualifiers<'w, 't>(
        &self,
        head: &'w [Word<'t, 'a>],
        titled: usize,
    ) -> &'w [Word<'t, 'a>] {
        // `EU Farm Commissioner Franz Fischler`, `Britain 's Agriculture Minister`:
        // dictionary words after a name and before a title qualify the title.
        if titled > 0
            && head.len() > 1
            && self
                .gazetteer
                .kind_of(&key_of_keys(head.iter().map(|w| &*w.key)))
                .is_none()
        {
            let qualifiers = head
                .iter()
                .rev()
                .take_while(|w| {
                    self.gazetteer.is_common_word(&w.key)
                        && !gazetteer::is_organization_cue(&w.key)
                        && !gazetteer::is_location_cue(&w.key)
                        && !gazetteer::is_connector(&w.key)
                })
                .count();
            if qualifiers < head.len() && self.is_name_word(&head[0].key) {
                return &head[..head.len() - qualifiers];
            }
        }
        head
    }

    /// Whether a run is a post's field, or a post and its field, which name no one:
    /// dictionary words that no list knows as a name after a title (its modifiers
    /// before it) and `of`: `Head of Research`, `the Minister of Finance`, `Sales`
    /// of `Senior Vice President of Sales`, a run of its own. `President of Russia`
    /// and `Bank of England` are no such run.
    fn is_post_and_field(&self, words: &[Word<'_, '_>], context: Context<'_, '_>) -> bool {
        let is_post =
            |key: &str| gazetteer::is_person_title(key) || is_job_title(key) || key == "head";
        let post = words
            .iter()
            .take_while(|w| is_post(&w.key) || gazetteer::is_title_modifier(&w.key))
            .count();
        let field = if post > 0
            && is_post(&words[post - 1].key)
            && words.get(post).is_some_and(|w| w.key == "of")
        {
            &words[post + 1..]
        } else if post == 0
            && context.before.is_some_and(|t| t.text == "of")
            && context
                .before2
                .is_some_and(|t| t.is_capitalized() && is_post(&lower(t.text)))
        {
            words
        } else {
            return false;
        };
        !field.is_empty()
            && field.iter().all(|w| {
                w.token.is_capitalized()
                    && self.gazetteer.is_common_word(&w.key)
                    && self.gazetteer.kind_of(&w.key).is_none()
                    && !self.gazetteer.is_first_name(&w.key)
            })
            && self
                .gazetteer
                .kind_of(&key_of_keys(field.iter().map(|w| &*w.key)))
                .is_none()
    }

    /// Whether two words are a country and its legislature (`U.S. Senate`, `U.S.
    /// Congress`) or a legislature and a party's members in it (`Senate Democrats`,
    /// `House Republicans`).
    fn is_legislature_pair(&self, head: &Word<'_, '_>, tail: &Word<'_, '_>) -> bool {
        let is_legislature = |key: &str| matches!(key, "senate" | "congress" | "house");
        let is_country = self.gazetteer.is_country(&head.key)
            || (head.token.is_all_caps()
                && self.gazetteer.kind_of_acronym(&head.key) == Some(EntityKind::Location))
            || matches!(&*head.key, "u.s." | "us");
        (is_country && is_legislature(&tail.key) && tail.token.is_capitalized())
            || (is_legislature(&head.key)
                && matches!(
                    &*tail.key,
                    "democrats" | "republicans" | "democrat" | "republican"
                ))
    }

    /// How many words at the start of `words` are each a nationality or group
    /// (`Bosnian`, `Serb`), where no gazetteer phrase covers them together.
    fn nationality_run(&self, words: &[Word<'_, '_>]) -> usize {
        words
            .iter()
            .take_while(|w| self.gazetteer.kind_of(&w.key) == Some(EntityKind::Other))
            .count()
    }

    /// Where a person's name starts inside a longer run, after another name: at a
    /// title followed by a name, or at a first name that no first name precedes.
    fn person_start(&self, words: &[Word<'_, '_>]) -> Option<usize> {
        for split in 1..words.len() {
            let titled = title_length(&words[split..]);
            // `Martin Luther King Jr.`: a title word before a generation is a surname.
            let is_generation_after = words[split + titled..]
                .iter()
                .all(|w| matches!(&*w.key, "jr" | "jr." | "sr" | "sr." | "ii" | "iii"));
            if titled > 0 && split + titled < words.len() && !is_generation_after {
                return Some(split);
            }
            let key = &*words[split].key;
            if split + 1 < words.len()
                && words[split].token.is_capitalized()
                && self.gazetteer.is_first_name(key)
                && !self.gazetteer.is_common_word(key)
                && self.gazetteer.kind_of(key).is_none()
                // `Siemens AG Chief Executive`: `Ag` is a first name too.
                && !gazetteer::is_legal_form(key)
                // `Hicham El Guerrouj`: a particle, though a given name too, goes on
                // with the surname.
                && !matches!(key, "el" | "al" | "bin" | "ibn" | "abu" | "ould")
                // `Sajjad Ali Shah`: one word no list knows before a name that is a
                // family name as well as a given one (`Ali`, `Ahmed`) starts the same
                // name (`Getty John Smith`, a credit, still splits, as does a run
                // whose middle word is a given name only).
                && !(split == 1
                    && words.len() == 3
                    && self.gazetteer.is_surname(key)
                    && !self.is_known_word(&words[0].key)
                    && !words[0].token.is_all_caps())
                // `Luiz Inacio Lula da Silva`: a name with a particle after the
                // first name is one long name (`Lula` is a first name too).
                && !words[split + 1..].iter().any(|w| !w.token.is_capitalized())
                && words[..split]
                    .iter()
                    .all(|w| !self.gazetteer.is_first_name(&w.key) && w.token.is_capitalized())
                // `Yoon Suk Yeol`: a family name before a two-part given name, one
                // person (`Getty John Smith` still splits).
                && !(split == 1
                    && words.len() == 3
                    && self.gazetteer.is_surname(&words[0].key)
                    && !self.gazetteer.is_surname(&words[2].key))
            {
                return Some(split);
            }
        }
        None
    }

    /// Whether any list knows a word: as a name, a given name, a surname or a
    /// dictionary word.
    fn is_known_word(&self, key: &str) -> bool {
        self.gazetteer.kind_of(key).is_some()
            || self.gazetteer.is_first_name(key)
            || self.gazetteer.is_surname(key)
            || self.gazetteer.is_common_word(key)
    }

    /// Records the name after a stripped title: a person unless the gazetteer knows it.
    fn record_titled(&mut self, words: &[Word<'_, 'a>], context: Context<'_, 'a>) {
        let rest = context.later_piece();
        self.record(words, None, rest, false, true);
    }

    /// Records each word of a run as a name of its own, of the given kinds.
    fn record_each(
        &mut self,
        words: &[Word<'_, 'a>],
        kinds: impl IntoIterator<Item = Option<EntityKind>>,
        context: Context<'_, 'a>,
        at_run_start: bool,
    ) {
        for (i, (word, kind)) in words.iter().zip(kinds).enumerate() {
            let first = at_run_start && i == 0;
            self.record(
                std::slice::from_ref(word),
                kind,
                context.of_piece(i),
                first,
                false,
            );
        }
    }

    /// Records one candidate: drops what names nothing by its shape or its place,
    /// settles the kind its words and the words around it give, and notes what later
    /// names are read against (lists, people named in full, keys seen).
    fn record(
        &mut self,
        words: &[Word<'_, 'a>],
        kind: Option<EntityKind>,
        context: Context<'_, 'a>,
        at_run_start: bool,
        is_after_title: bool,
    ) {
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return;
        };
        if words.len() == 1 && is_no_name_alone(first) {
            return;
        }
        if words.len() == 1 && kind.is_none() && self.take_joined_places(first.token, context) {
            return;
        }
        let name_end = last.token.start + name_part(last.token.text).len();
        let surface = &self.text[first.token.start..name_end];
        // Asked by several of the rules below: read the word once.
        let is_first_all_caps = first.token.is_all_caps();
        let word_keys: Vec<String> = words.iter().map(|w| w.key.to_string()).collect();
        let key = key_of_keys(word_keys.iter().map(String::as_str)).into_owned();
        let kind = kind.or_else(|| self.listed_kind(words, &key, name_end, is_first_all_caps));
        let is_known = kind.is_some();
        // `GDP`, `IPOs`, `SUVs`: capitals that abbreviate common nouns name nothing.
        if !is_known
            && words.len() == 1
            && (gazetteer::is_common_acronym(&key) || is_plural_acronym(first.token.text))
        {
            return;
        }
        let kind = kind.or_else(|| self.kind_from_words(&word_keys, is_after_title));
        let before = if at_run_start { context.before } else { None };
        let before_key = before
            .filter(|t| t.is_word)
            .map(|t| key_at(self.lowered, t));
        let after_key = context
            .after
            .filter(|t| t.is_word)
            .map(|t| key_at(self.lowered, t));
        if words.len() == 1
            && self.is_no_name_by_its_context(first.token, &key, context, before_key.as_deref())
        {
            return;
        }
        let m = Mention {
            words,
            first,
            last,
            key: &key,
            name_end,
            context,
            at_run_start,
            before_key: before_key.as_deref(),
            after_key: after_key.as_deref(),
            is_first_all_caps,
            is_known,
        };
        let is_dateline = m.is_dateline();
        let is_listed_after_place = self.is_listed(&m, self.last_place_end, false);
        let is_listed_after_organization = self.is_listed_after_organization(&m);
        let is_after_place_word = is_dateline || m.is_after_place_word(is_listed_after_place);
        let is_credit = m.is_credit();
        let abbreviated = self.abbreviated_kind(&m);
        let kind = abbreviated.or(kind);
        if self.is_emphasis(&m, abbreviated.is_some(), is_dateline, is_credit) {
            return;
        }
        let kind = self.kind_by_brackets_commas_or_party(&m, kind, is_credit, is_dateline);
        let kind = self.kind_in_list_of_bodies(&m, kind, is_listed_after_organization);
        self.note_list_end(
            kind,
            name_end,
            is_after_place_word,
            is_listed_after_organization,
        );
        let has_score = m.has_score();
        let role = self
            .table_lines
            .get(last.token.line as usize)
            .copied()
            .unwrap_or(LineRole::Text);
        let is_scorer = m.is_scorer(has_score, role);
        let kind = self.kind_on_scoreboard(&m, kind, has_score, is_scorer);
        let is_scored = has_score && role.is_table() && !first.token.is_in_parens;
        let is_side = is_scored && role == LineRole::Match;
        let kind = self.kind_as_team_index_grade_or_work(&m, kind);
        let kind = m.kind_in_apposition_to_firm(kind, is_after_title);
        let is_organization_context = is_organization_context(&context, m.before_key)
            || (is_listed_after_organization && kind.is_none());
        let is_after_position = m.is_after_position();
        // Stronger than the shape of the words (`Regi Blinker`, whose `blinker` is a
        // thing), weaker than a known name.
        let kind = if is_after_position
            && matches!(kind, None | Some(EntityKind::Organization))
            && self.gazetteer.kind_of(&key).is_none()
        {
            Some(EntityKind::Person)
        } else {
            kind
        };
        // `the Thunder scored`: a team. `the Trump administration`: a president.
        // `Netanyahu's government`, `Netanyahu 's wife`: someone's.
        let is_person_context = is_scorer
            || is_after_position
            || (m.before_key != Some("the") && is_person_context(&context))
            || matches!(m.after_key, Some("administration" | "presidency"))
            || (words.len() == 1 && m.is_persons_own());
        let is_opponent = m.is_opponent();
        let is_after_title = is_after_title || m.before_key.is_some_and(gazetteer::is_person_title);
        let is_before_speech = m.is_before_speech();
        let is_after_at = m.before_key == Some("at");
        let is_after_article = m.before_key == Some("the");
        let is_acronym = m.is_acronym();
        self.note_person_in_full(kind, &word_keys);
        if !self.recorded_keys.contains(&key) {
            self.recorded_keys.insert(key.clone());
        }
        self.out.push(Candidate {
            order: (self.text_index, first.token.start),
            surface,
            words: word_keys,
            key,
            kind,
            is_after_title,
            is_before_speech,
            is_after_at,
            is_before_position: context
                .following
                .first()
                .is_some_and(|t| t.is_word && is_sports_position(t.text)),
            is_after_place_word,
            is_after_article,
            is_acronym,
            is_scored,
            is_side,
            is_opponent,
            is_organization_context,
            is_person_context,
        });
    }

    /// The kind the lists give a name: as a name, as an acronym, or as a compound of
    /// known names.
    fn listed_kind(
        &self,
        words: &[Word<'_, '_>],
        key: &str,
        name_end: usize,
        is_first_all_caps: bool,
    ) -> Option<EntityKind> {
        let first = words[0].token;
        self.gazetteer
            .kind_of(key)
            .or_else(|| {
                // `NATO-led`, `EU-backed`: the capitals before a descriptive suffix.
                let is_acronym = words.len() == 1
                    && (is_first_all_caps || {
                        let part = &first.text[..name_end - first.start];
                        part.len() < first.text.len()
                            && part.bytes().all(|b| !b.is_ascii_lowercase())
                            && part.bytes().any(|b| b.is_ascii_uppercase())
                    });
                is_acronym
                    .then(|| self.gazetteer.kind_of_acronym(key))
                    .flatten()
            })
            .or_else(|| {
                (words.len() == 1)
                    .then(|| compound_kind(self.gazetteer, key))
                    .flatten()
            })
    }

    /// Whether a name follows, in a list, the name that ended at byte `end`;
    /// `comma_list` reads a comma before it as a list's only where the list goes on.
    ///
    /// `Manitoba and Sonora`, `Paris, Lyon`: listed after a place, a place. A name
    /// after a comma that a verb or a possessive follows starts a clause instead
    /// (`In Dortmund, Serhou Guirassy's goal`, `In Bonn, Karl Weber said`).
    fn is_listed(&self, m: &Mention<'_>, end: Option<usize>, comma_list: bool) -> bool {
        let context = &m.context;
        m.at_run_start
            && context.before2.is_some_and(|t| end == Some(t.end()))
            && context.before.is_some_and(|t| match t.text {
                "and" | "or" => true,
                // `SpaceX, Hawthorne, California`: a town, then its state.
                "," if comma_list => {
                    context
                        .after
                        .is_some_and(|t| matches!(t.text, "," | "and" | "or"))
                        && context.after2.is_none_or(|t| {
                            self.gazetteer.kind_of(&lower(t.text)) != Some(EntityKind::Location)
                        })
                }
                "," => {
                    !m.last.token.is_possessive
                        && context
                            .after
                            .is_none_or(|t| !(t.is_word && t.text.starts_with(char::is_lowercase)))
                }
                _ => false,
            })
    }

    /// `Goldman Sachs and Santander advised`, `Elliott Management, Blackstone,
    /// Carlyle and KKR`: listed after a body, a body. A comma after a body more
    /// often gives its seat (`University of California, San Diego`, `Acme Corp,
    /// Houston`), so a known place after a comma is taken for a seat, and any
    /// other name only where the list goes on.
    fn is_listed_after_organization(&self, m: &Mention<'_>) -> bool {
        let is_known_place = self.gazetteer.kind_of(m.key) == Some(EntityKind::Location);
        if is_known_place {
            m.context
                .before
                .is_some_and(|t| matches!(t.text, "and" | "or"))
                && self.is_listed(m, self.last_organization_end, false)
        } else {
            self.is_listed(m, self.last_organization_end, true)
        }
    }

    /// `People's Party (PP)`: capitals in brackets that are the initials of the name
    /// just before them abbreviate it, and share its kind.
    fn abbreviated_kind(&self, m: &Mention<'_>) -> Option<EntityKind> {
        (m.words.len() == 1 && m.is_first_all_caps && m.is_in_brackets())
            .then(|| self.out.last())
            .flatten()
            .filter(|c| {
                c.surface.len() > m.key.len()
                    && (initials(&c.words, false) == m.key || initials(&c.words, true) == m.key)
            })
            .map(|c| c.kind.unwrap_or(EntityKind::Organization))
    }

    /// Ordinary words in capitals (`FROM`, `ORDER BY`, `MUST`) are emphasis or code,
    /// unless the gazetteer knows them as a name or they open a story (`BATH,
    /// England`).
    fn is_emphasis(
        &self,
        m: &Mention<'_>,
        is_abbreviation: bool,
        is_dateline: bool,
        is_credit: bool,
    ) -> bool {
        !m.is_known
            && !is_abbreviation
            && !is_dateline
            && !is_credit
            && m.words
                .iter()
                .all(|w| w.token.is_all_caps() && self.gazetteer.is_common_word(&w.key))
            // `PP leader ...` after `People's Party (PP)`.
            && !self.recorded_keys.contains(m.key)
    }

    /// The kind that brackets, commas or a following `party` give a name: a town, a
    /// party, an agency.
    fn kind_by_brackets_commas_or_party(
        &self,
        m: &Mention<'_>,
        kind: Option<EntityKind>,
        is_credit: bool,
        is_dateline: bool,
    ) -> Option<EntityKind> {
        let context = &m.context;
        // `Ato Boldon ( Trinidad )`: a word in brackets after a name, in results and
        // lists, is where the person comes from (acronyms are parties and firms).
        let is_origin = m.at_run_start
            && !is_credit
            && m.words.len() == 1
            && !m.is_first_all_caps
            && m.is_in_brackets()
            && context.before2.is_some_and(Token::is_capitalized);
        // `in Everett, Washington`: after `in`, a name that a comma and a known
        // place follow is a town in its state or country.
        let is_town_before_region = m.at_run_start
            && !m.last.token.is_possessive
            && m.before_key.is_some_and(gazetteer::is_place_preposition)
            && context.after.is_some_and(|t| t.text == ",")
            && context.after2.is_some_and(|t| {
                t.is_capitalized()
                    && self.gazetteer.kind_of(&lower(t.text)) == Some(EntityKind::Location)
            });
        // `a strike at its Sudbury , Ontario , operations`: an unknown word between
        // commas before a known place is a town in its region, whatever comes
        // before it.
        let is_town_in_region = m.words.len() == 1
            && !m.is_known
            && matches!(context.following, [comma, region, close, ..]
                if comma.text == ","
                    && matches!(close.text, "," | "." | ";" | ")")
                    && region.is_capitalized()
                    && !region.is_possessive)
            && !m.last.token.is_possessive
            && !gazetteer::is_organization_cue(m.key)
            && !self.gazetteer.is_first_name(m.key)
            && context.following.get(1).is_some_and(|region| {
                self.gazetteer.kind_of(&lower(region.text)) == Some(EntityKind::Location)
            });
        // The agency's name may be a surname too (`Reuter`).
        // `the Law and Justice party`, `the ruling Morena party`: a party.
        let is_party_name =
            m.after_key == Some("party") && context.after.is_some_and(|t| t.text == "party");
        // `Menem 's Peronist party`: a follower's word names no party.
        let is_follower_word = m.words.len() == 1 && is_follower_word(&m.first.key);
        if is_party_name && is_follower_word && !m.is_known {
            Some(EntityKind::Other)
        } else if (is_credit || is_party_name) && matches!(kind, None | Some(EntityKind::Person)) {
            Some(EntityKind::Organization)
        } else if is_party_name
            && kind == Some(EntityKind::Other)
            && m.words.len() > 1
            && is_number(m.last.token)
        {
            // `the ruling Cambio 90 party`: a party named with a year or a number.
            Some(EntityKind::Organization)
        } else if (is_origin || is_town_in_region)
            && matches!(kind, None | Some(EntityKind::Person))
        {
            Some(EntityKind::Location)
        } else if (is_dateline || is_town_before_region)
            && !m.is_known
            && kind == Some(EntityKind::Person)
        {
            // `AUGUSTA, Georgia (Reuters)`, `a plant in Everett, Washington`: a town
            // that is a first name too.
            Some(EntityKind::Location)
        } else {
            kind
        }
    }

    /// A town listed after a body is a body of the same name (`Santander`); a
    /// country stays a place (`the EU and Britain`).
    fn kind_in_list_of_bodies(
        &self,
        m: &Mention<'_>,
        kind: Option<EntityKind>,
        is_listed_after_organization: bool,
    ) -> Option<EntityKind> {
        if is_listed_after_organization
            && kind == Some(EntityKind::Location)
            && !self.gazetteer.is_country(m.key)
        {
            Some(EntityKind::Organization)
        } else {
            kind
        }
    }

    /// Notes where the name ends if it may go on a list of places or of bodies.
    fn note_list_end(
        &mut self,
        kind: Option<EntityKind>,
        name_end: usize,
        is_after_place_word: bool,
        is_listed_after_organization: bool,
    ) {
        // An unknown name after `in` counts as a place for the list it may start (`in
        // Rostal and Halden`), and one listed after a body as a body for the rest of
        // the list.
        match kind {
            Some(EntityKind::Location) => self.last_place_end = Some(name_end),
            None if is_after_place_word => self.last_place_end = Some(name_end),
            None if is_listed_after_organization => {
                self.last_organization_end = Some(name_end);
            }
            Some(EntityKind::Organization) => self.last_organization_end = Some(name_end),
            _ => {}
        }
    }

    /// The kind a name takes on a scoreboard: scorers and dismissed batsmen are
    /// people.
    fn kind_on_scoreboard(
        &self,
        m: &Mention<'_>,
        kind: Option<EntityKind>,
        has_score: bool,
        is_scorer: bool,
    ) -> Option<EntityKind> {
        // `Syria 1 ( Hassan 55 )`: a scorer with his minute is a person, though his
        // name is a town's too; a country there is an own goal's side.
        let kind = if is_scorer
            && has_score
            && kind == Some(EntityKind::Location)
            && !self.gazetteer.is_country(m.key)
        {
            Some(EntityKind::Person)
        } else {
            kind
        };
        // `Zahoor Elahi b Cairns 86`, `c Spearman b Vaughan`, `st Germon`: on a
        // scoreboard the fielder and the bowler after the mode of dismissal are people,
        // though named like towns.
        let is_dismissal = m
            .context
            .before
            .is_some_and(|t| matches!(t.text, "b" | "c" | "st"))
            && m.context.before2.is_some_and(|t| {
                t.line == m.first.token.line
                    && (t.is_capitalized() || matches!(t.text, "lbw" | "and"))
            });
        if is_dismissal
            && (kind.is_none()
                || (kind == Some(EntityKind::Location) && !self.gazetteer.is_country(m.key)))
        {
            Some(EntityKind::Person)
        } else {
            kind
        }
    }

    /// The kind the words after a name give it: a team after its rider's country, a
    /// market index, a grade of oil; or the word before it, a work.
    fn kind_as_team_index_grade_or_work(
        &self,
        m: &Mention<'_>,
        kind: Option<EntityKind>,
    ) -> Option<EntityKind> {
        let context = &m.context;
        // `the DAX index`, `the Nikkei average`, `the Dow Jones industrial average`: a
        // market index.
        let is_index = context
            .following
            .iter()
            .take(3)
            .take_while(|t| t.is_word && t.text.starts_with(char::is_lowercase))
            .any(|t| matches!(t.text, "index" | "indices" | "average"));
        // `the film Oppenheimer`, `her album Midnights`: a work after a word for one.
        let is_work = m.before_key.is_some_and(is_work_noun);
        // `Brent crude`, `Urals crude`: a grade of oil, named after a field or a place.
        let is_crude_grade = m.words.len() == 1
            && context.after.is_some_and(|t| t.text == "crude")
            && !self.gazetteer.is_country(m.key);
        // `1. Laurent Dumas ( France ) Festina 4:32:10`: in race results a name after
        // the rider's country in brackets, before the time, is the rider's team.
        let is_team_after_country = context.before.is_some_and(|t| t.text == ")")
            && context
                .before2
                .is_some_and(|t| t.is_in_parens && t.is_capitalized())
            && !m.first.token.is_in_parens
            && context
                .after
                .is_some_and(|t| t.line == m.last.token.line && (is_number(t) || t.text == "same"))
            && matches!(kind, None | Some(EntityKind::Person));
        let kind = if is_team_after_country {
            Some(EntityKind::Organization)
        } else {
            kind
        };
        if (is_index
            && matches!(
                kind,
                None | Some(EntityKind::Organization | EntityKind::Person)
            ))
            || is_crude_grade
            || is_work
        {
            Some(EntityKind::Other)
        } else {
            kind
        }
    }

    /// Notes the first and last words of a person named in full, which later
    /// mentions name them by (`Harry`, `HILL WINS`).
    fn note_person_in_full(&mut self, kind: Option<EntityKind>, word_keys: &[String]) {
        if kind == Some(EntityKind::Person) && word_keys.len() > 1 {
            self.person_heads.insert(word_keys[0].clone());
            if let Some(last) = word_keys.last() {
                self.person_surnames.insert(last.clone());
            }
        }
    }

    /// Whether a lone capitalised word names nothing, for its shape and the words
    /// around it (each rule below). `before_key` is the word before a run's first
    /// word.
    ///
    /// Asked of every lone word recorded, and kept out of line: inlined, it made
    /// `record` larger and the whole extraction slower.
    #[inline(never)]
    fn is_no_name_by_its_context(
        &self,
        token: &Token<'_>,
        key: &str,
        context: Context<'_, '_>,
        before_key: Option<&str>,
    ) -> bool {
        let before = context.before.filter(|t| t.line == token.line);
        // A time zone after a clock time: `1:39 PM ET`, `at 9:00 CET`, `5:45 p.m.
        // ET` (whose `p.m.` is four tokens).
        if is_time_zone(token.text)
            && (before.is_some_and(|t| is_clock_suffix(t.text))
                || (before.is_some_and(|t| t.text == ".")
                    && context.before2.is_some_and(|t| matches!(t.text, "m" | "M")))
                || (before.is_some_and(|t| t.text.len() == 2 && is_number(t))
                    && context.before2.is_some_and(|t| t.text == ":")))
        {
            return true;
        }
        // A unit after a number: `151 PS along with 197 Nm of torque`, `150 kW`, `at
        // 30 FPS`.
        if is_unit_symbol(token.text) && before.is_some_and(|t| is_number(t)) {
            return true;
        }
        // A shout drawn out (`SNOWWWW!`), or a German compound that meets three
        // letters (`Schnelllebigkeit`): a word, no name.
        if is_drawn_out(token.text) && self.gazetteer.kind_of(key).is_none() {
            return true;
        }
        // An interjection that opens a sentence before a mark: `Ahh, if only`, `Oh!
        // Not again`, `Hmmm.` (but `Oh Se-hoon said`, a surname).
        if token.is_sentence_start
            && !token.is_possessive
            && is_interjection(key)
            && context
                .after
                .is_some_and(|t| matches!(t.text, "," | "!" | "?" | "." | "\u{2026}"))
            && self.gazetteer.kind_of(key).is_none()
        {
            return true;
        }
        // An adverb of manner or a negated participle that opens a sentence:
        // `Unsurprisingly, the car`, `Wheezingly he spoke`, `Undiagnosed, it can`.
        if token.is_sentence_start
            && !token.is_possessive
            && is_adverb_or_negated_participle(key)
            && self.gazetteer.kind_of(key).is_none()
            && !self.gazetteer.is_first_name(key)
            && !self.gazetteer.is_surname(key)
        {
            return true;
        }
        // A dictionary word's possessive after `a`, which qualifies the noun after
        // it: `a Master's degree`, `a Bachelor's degree` (surnames that are words,
        // `Master`, count as words here).
        if token.is_possessive
            && matches!(before_key, Some("a" | "an"))
            && context
                .following
                .first()
                .is_some_and(|t| t.is_word && t.text.starts_with(char::is_lowercase))
            && self.gazetteer.is_common_word(key)
            && self.gazetteer.kind_of(key).is_none()
            && !self.gazetteer.is_first_name(key)
        {
            return true;
        }
        false
    }

    /// Records `US` and `China` of `US-China`, `Israel` and `PLO` of `Israel-PLO`:
    /// a hyphenated word that is no known name itself but whose parts are all known
    /// places or bodies names each of them. Returns whether it did.
    fn take_joined_places(&mut self, token: &Token<'a>, context: Context<'_, 'a>) -> bool {
        if !token.text.contains('-') {
            return false;
        }
        let key = lower(token.text);
        if self.gazetteer.kind_of(&key).is_some() || compound_kind(self.gazetteer, &key).is_some() {
            return false;
        }
        let is_known_place_or_body = |part: &str| {
            let part_key = lower(part);
            let kind = self.gazetteer.kind_of(&part_key).or_else(|| {
                (part.len() > 1 && part.chars().all(|c| c.is_ascii_uppercase()))
                    .then(|| self.gazetteer.kind_of_acronym(&part_key))
                    .flatten()
            });
            matches!(kind, Some(EntityKind::Location | EntityKind::Organization))
        };
        if !token.text.split('-').all(is_known_place_or_body) {
            return false;
        }
        let mut offset = 0;
        for (i, part) in token.text.split('-').enumerate() {
            let part_token = token.part(offset..offset + part.len());
            offset += part.len() + 1;
            let word = Word {
                token: &part_token,
                key: Cow::Owned(lower(part)),
            };
            self.record(&[word], None, context.of_piece(i), i == 0, false);
        }
        true
    }

    /// The kind the words of a name give by themselves, if any.
    fn kind_from_words(&self, words: &[String], is_after_title: bool) -> Option<EntityKind> {
        let last = words.last()?.as_str();
        let first = words[0].as_str();
        if words.len() > 1 && last.starts_with(|c: char| c.is_ascii_digit()) {
            // `FTSE 100`: an index (or a product) with its number.
            return Some(EntityKind::Other);
        }
        if words.len() > 1 && is_storm_word(first) {
            return Some(EntityKind::Other);
        }
        // `2nd Circuit`: an appeals court by its number.
        if words.len() > 1 && is_ordinal(first) && words.iter().any(|w| w == "circuit") {
            return Some(EntityKind::Organization);
        }
        // `Black Friday`, `Super Tuesday`: a day named by its event.
        if words.len() > 1 && gazetteer::is_weekday(last) {
            return Some(EntityKind::Other);
        }
        // `Tour de France`, `Giro d'Italia`, `Vuelta a Espana`: cycling's stage races.
        if words.len() > 1 && matches!(first, "tour" | "giro" | "vuelta") {
            return Some(EntityKind::Other);
        }
        // `World Series of Golf`, `Cup of Nations`: an event named before `of`.
        if let Some(of) = words.iter().position(|w| w == "of")
            && of > 0
            && gazetteer::is_other_cue(&words[of - 1])
        {
            return Some(EntityKind::Other);
        }
        // `Rabobank`, `Commerzbank`: a bank by its name's ending.
        if words.len() == 1 && first.len() > 6 && first.ends_with("bank") {
            return Some(EntityKind::Organization);
        }
        // `M3`, `A320`, `F-16`: a model or a measure, letters and digits in one word.
        if words.len() == 1
            && first.chars().any(|c| c.is_ascii_digit())
            && first.chars().any(char::is_alphabetic)
        {
            return Some(EntityKind::Other);
        }
        // `Damon Hill`, `Sally Field`: a plain first name before `Hill` or `Field`,
        // surnames as often as a place's last word (`Chapel Hill`, `Tropicana Field`
        // have none).
        if let [given, family] = words
            && matches!(family.as_str(), "hill" | "field")
            && self.gazetteer.is_first_name(given)
            && !self.gazetteer.is_common_word(given)
        {
            return Some(EntityKind::Person);
        }
        // `Brighton & Hove Albion`, `Marks & Spencer`: an ampersand joins firms' and
        // clubs' names, not people's.
        if words.len() > 2 && words.iter().any(|w| w == "&") {
            return Some(EntityKind::Organization);
        }
        if words.len() > 1 {
            if gazetteer::is_organization_cue(last) {
                return Some(EntityKind::Organization);
            }
            if gazetteer::is_location_cue(last) {
                return Some(EntityKind::Location);
            }
            if gazetteer::is_other_cue(last) {
                return Some(EntityKind::Other);
            }
            if matches!(
                first,
                "university"
                    | "tv"
                    | "radio"
                    | "banco"
                    | "banca"
                    | "banque"
                    | "caja"
                    | "caixa"
                    | "credito"
                    | "compagnie"
                    | "societe"
                    | "société"
                    | "grupo"
                    | "groupe"
                    | "gruppo"
                    | "deutsche"
                    | "bank"
                    | "ministry"
                    | "department"
                    | "office"
                    | "fc"
                    | "f.c."
                    | "afc"
                    | "ac"
                    | "sc"
                    | "cf"
                    | "real"
                    | "sporting"
                    | "club"
            ) {
                return Some(EntityKind::Organization);
            }
            if gazetteer::is_location_head(first) {
                let rest = key_of_keys(words[1..].iter().map(String::as_str));
                let rest_kind = self.gazetteer.kind_of(&rest);
                if rest_kind == Some(EntityKind::Location)
                    || matches!(
                        first,
                        "mount"
                            | "boulevard"
                            | "avenue"
                            | "mt"
                            | "mt."
                            | "lake"
                            | "port"
                            | "cape"
                            | "fort"
                            | "sea"
                            | "gulf"
                            | "isle"
                            | "bay"
                            | "strait"
                    )
                {
                    return Some(EntityKind::Location);
                }
            }
        }
        if words.len() == 1 && gazetteer::is_compass_word(first) {
            return Some(EntityKind::Location);
        }
        if words.len() > 1
            && words[..words.len() - 1]
                .iter()
                .any(|w| is_strong_organization_word(w))
        {
            return Some(EntityKind::Organization);
        }
        // A first name that is also a word (`Major`, `Mark`) starts a person's name
        // only if no plain word follows (`Mark Taylor`, not `Major League Rowing`).
        let is_first_name = self.gazetteer.is_first_name(first)
            && if self.gazetteer.is_common_word(first) {
                words.len() > 1
                    && words[1..].iter().all(|w| {
                        !self.gazetteer.is_common_word(w)
                            || self.gazetteer.is_first_name(w)
                            || self.gazetteer.is_surname(w)
                    })
            } else {
                true
            };
        // A lone surname (`Brenner`) is left to its contexts, which make it a person
        // unless they say otherwise (`at Taunton`, `in Houston`): many surnames are
        // places too.
        // `U.S. Customs` is no `J.R. Smith`: known initials name a place or a body.
        let is_initialled = is_initialled_name(words) && self.gazetteer.kind_of(first).is_none();
        if is_after_title || is_first_name || is_initialled {
            return Some(EntityKind::Person);
        }
        // People's names are rarely made of dictionary words: `Gull Wire`, `Freight
        // Lines` name things (surnames such as `Miller` aside).
        if words.len() > 1
            && words[1..].iter().any(|w| {
                self.gazetteer.is_common_word(w)
                    && !self.gazetteer.is_surname(w)
                    && !self.gazetteer.is_first_name(w)
            })
        {
            return Some(EntityKind::Organization);
        }
        None
    }
}

/// Whether the words around a name say it is a firm or a body: `shares of X`, `a
/// stake in X`, `X shares`, `X spokesman`, `X said in a statement`.
fn is_organization_context(context: &Context<'_, '_>, before_key: Option<&str>) -> bool {
    // `merchant bank Kleinwort Benson`, `weather service Somar`: a name in apposition
    // to a kind of firm or body.
    // `planemaker Embraer`, `chipmaker Nvidia`, `miner Glencore` too.
    let is_named_firm = before_key.is_some_and(|k| {
        is_firm_descriptor(k)
            || matches!(
                k,
                "bank"
                    | "group"
                    | "company"
                    | "firm"
                    | "brewer"
                    | "carrier"
                    | "airline"
                    | "agency"
                    | "service"
                    | "newspaper"
                    | "daily"
                    | "weekly"
                    | "magazine"
                    | "broker"
                    | "brokerage"
                    | "insurer"
                    | "lender"
                    | "maker"
                    | "manufacturer"
                    | "retailer"
                    | "conglomerate"
                    | "broadcaster"
                    | "network"
                    | "utility"
                    | "subsidiary"
                    | "unit"
                    | "concern"
                    | "house"
                    // `English club Saracens`
                    | "club"
            )
    });
    let is_holding = matches!(before_key, Some("of" | "in"))
        && context.before2.is_some_and(|t| {
            matches!(
                lower(t.text).as_str(),
                "shares" | "stake" | "unit" | "subsidiary" | "division" | "shareholders"
            )
        });
    // `analysts at Barings`: people who work at a firm.
    let is_employer = before_key == Some("at")
        && context.before2.is_some_and(|t| {
            matches!(
                lower(t.text).as_str(),
                "analyst"
                    | "analysts"
                    | "economist"
                    | "economists"
                    | "strategist"
                    | "strategists"
                    | "trader"
                    | "traders"
                    | "dealer"
                    | "dealers"
                    | "executives"
                    | "researchers"
            )
        });
    let words: Vec<&str> = context
        .following
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.text)
        .collect();
    // `Rostal coach`, `Yorkshire captain`: a club's people.
    let is_owner = words.first().copied().is_some_and(is_sports_position)
        || matches!(
            words.first().copied(),
            Some(
                "fans"
                    | "supporters"
                    | "squad"
                    | "shares"
                    | "stock"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "shareholders"
                    | "subsidiary"
                    | "chairman"
                    | "chairwoman"
                    // `Bernstein analyst Callum Elliott`: a firm's staff.
                    | "analyst"
                    | "analysts"
                    | "economist"
                    | "economists"
                    | "strategist"
                    | "strategists"
                    | "executive"
                    | "executives"
                    | "employees"
                    | "boss"
                    | "banker"
                    | "bankers"
                    | "trader"
                    | "traders"
                    | "staff"
                    | "workers"
            )
        );
    let is_statement = matches!(
        words.as_slice(),
        ["said" | "says", "in", "a", "statement", ..]
    );
    // `Barclays rose 14 pence`, `Alcatel Alsthom lost 1.20 francs`: a share price's
    // move (a decimal amount may come in several tokens).
    let is_share_move = match context.following {
        [verb, amount, rest @ ..]
            if matches!(
                verb.text,
                "rose"
                    | "fell"
                    | "added"
                    | "gained"
                    | "lost"
                    | "eased"
                    | "slipped"
                    | "climbed"
                    | "dropped"
                    | "shed"
                    | "jumped"
                    | "firmed"
            ) && amount.text.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest.iter()
                .find(|t| !t.text.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
                .is_some_and(|unit| {
                    matches!(
                        unit.text,
                        "pence"
                            | "p"
                            | "cents"
                            | "pfennigs"
                            | "pfennig"
                            | "centimes"
                            | "yen"
                            | "francs"
                            | "marks"
                            | "guilders"
                            | "lire"
                            | "pesetas"
                            | "crowns"
                            | "kronor"
                            | "rand"
                    )
                })
        }
        _ => false,
    };
    // `with Alcatel Alsthom down 2.3 percent`: a share's move in a market report.
    let is_share_move = is_share_move
        || matches!(context.following, [dir, amount, rest @ ..]
            if matches!(dir.text, "up" | "down")
                && amount.text.starts_with(|c: char| c.is_ascii_digit())
                && rest
                    .iter()
                    .find(|t| !t.text.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
                    .is_some_and(|unit| matches!(unit.text, "percent" | "pct")));
    is_named_firm || is_holding || is_employer || is_owner || is_statement || is_share_move
}

/// Whether a word after a place names a player's place in its side (`Leicester
/// lock`, `Bath centre`), which makes the place a club.
/// Whether a word is an ordinal written in digits (`2nd`, `11th`).
fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 2 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// Whether the run `start..end` names a US appeals court after its ordinal (`the
/// 2nd Circuit`, `the 5th U.S. Circuit Court of Appeals`), which is part of the name.
fn is_ordinal_before_circuit(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    start > 0
        && tokens[start - 1].line == tokens[start].line
        && is_ordinal(tokens[start - 1].text)
        && tokens[start..end]
            .iter()
            .take(2)
            .any(|t| t.text == "Circuit")
}

/// Whether a weekday after `previous` names a day of its own (`Black Friday`,
/// `Super Tuesday`, `Good Friday`), an event, where a weekday alone names none.
fn is_named_day(previous: &Token<'_>, next: &Token<'_>) -> bool {
    matches!(
        previous.text,
        "Black"
            | "Cyber"
            | "Good"
            | "Super"
            | "Easter"
            | "Palm"
            | "Bloody"
            | "Ash"
            | "Maundy"
            | "Shrove"
            | "Holy"
    ) && matches!(
        next.text,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// Whether a word is a kind of firm that a firm's name follows in apposition
/// (`merchant bank Kleinwort Benson`, `brewer Bass`, `planemaker Embraer`).
fn is_firm_noun(key: &str) -> bool {
    is_firm_descriptor(key)
        || matches!(
            key,
            "bank" | "firm" | "company" | "carrier" | "airline" | "lender" | "broadcaster"
        )
}

/// Whether a word says what trade a firm named after it is in (`chipmaker Nvidia`,
/// `miner Glencore`, `Insurer Allianz SE said`): never part of the name, even at a
/// sentence start, where it is capitalised.
fn is_firm_descriptor(key: &str) -> bool {
    // `chipmaker`, `planemaker`; not the people who make films, laws or goals.
    (key.len() > 5
        && key.ends_with("maker")
        && !matches!(
            key,
            "filmmaker"
                | "moviemaker"
                | "lawmaker"
                | "policymaker"
                | "peacemaker"
                | "playmaker"
                | "kingmaker"
                | "matchmaker"
                | "dealmaker"
                | "homemaker"
                | "troublemaker"
        ))
        || matches!(
            key,
            "miner"
                | "refiner"
                | "operator"
                | "supplier"
                | "provider"
                | "startup"
                | "start-up"
                | "shipbuilder"
                | "builder"
                | "exporter"
                | "importer"
                | "distributor"
                | "publisher"
                | "developer"
                | "owner"
                | "insurer"
                | "reinsurer"
                | "lender"
                | "retailer"
                | "brewer"
                | "broker"
                | "brokerage"
                | "conglomerate"
                | "broadcaster"
                | "manufacturer"
        )
}

/// Whether a word names the followers of a person or a creed (`Peronist`,
/// `Islamists`, `Gaullist`), of kind other: not the Nordic surnames (`Lundqvist`,
/// `Ahlquist`).
pub(super) fn is_follower_word(key: &str) -> bool {
    let stem = key.strip_suffix('s').unwrap_or(key);
    stem.len() >= 5
        && stem.ends_with("ist")
        && !stem.ends_with("vist")
        && !stem.ends_with("uist")
        && stem.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether a player's position is also a word for places or things (`centre`,
/// `lock`), or a club's post (`manager`), so that it says nothing of the name after it.
fn is_ambiguous_position(word: &str) -> bool {
    matches!(
        word,
        "centre" | "center" | "forward" | "lock" | "prop" | "manager" | "opener"
    )
}

fn is_sports_position(word: &str) -> bool {
    matches!(
        word,
        "coach"
            | "captain"
            | "skipper"
            | "manager"
            | "striker"
            | "goalkeeper"
            | "keeper"
            | "midfielder"
            | "defender"
            | "forward"
            | "winger"
            | "lock"
            | "prop"
            | "hooker"
            | "flanker"
            | "centre"
            | "center"
            | "fullback"
            | "full-back"
            | "fly-half"
            | "scrum-half"
            | "batsman"
            | "bowler"
            | "wicketkeeper"
            | "opener"
            | "pitcher"
            | "quarterback"
            | "catcher"
            | "shortstop"
            | "outfielder"
            | "infielder"
            | "linebacker"
            | "goaltender"
            | "goalie"
            | "netminder"
    )
}

/// Whether the words after a name say it is a person: an age in commas (`Kovacs,
/// 34,`) or a verb that only people take.
fn is_person_context(context: &Context<'_, '_>) -> bool {
    match context.following {
        // `Yeltsin, who is on holiday`
        [comma, who, ..] if comma.text == "," && matches!(who.text, "who" | "whose") => true,
        [comma, age, close, ..]
            if comma.text == ","
                && close.text == ","
                && age.text.len() == 2
                && age.text.bytes().all(|b| b.is_ascii_digit()) =>
        {
            true
        }
        [verb, ..] => matches!(
            verb.text,
            "scored"
                | "resigned"
                | "retired"
                | "died"
                | "married"
                | "smiled"
                | "shrugged"
                | "nodded"
                | "netted"
                | "volleyed"
        ),
        [] => false,
    }
}

/// Whether a name is initials and a surname (`P. Simmons`, `J.R. Smith`): a person.
fn is_initialled_name(words: &[impl AsRef<str>]) -> bool {
    let Some((last, initials)) = words.split_last() else {
        return false;
    };
    !initials.is_empty()
        && last.as_ref().chars().count() > 1
        && initials.iter().map(AsRef::as_ref).all(|w: &str| {
            w.ends_with('.')
                && w.split('.')
                    .all(|part| part.chars().count() <= 1 && part.chars().all(char::is_alphabetic))
        })
}

/// Words that make a name an organisation wherever they stand in it (`Institute for
/// National Strategy`, `University of Kent Press`).
fn is_strong_organization_word(key: &str) -> bool {
    matches!(
        key,
        "institute"
            | "university"
            | "ministry"
            | "council"
            | "committee"
            | "commission"
            | "department"
            | "agency"
            | "foundation"
            | "association"
            | "federation"
            | "organization"
            | "organisation"
            | "bank"
            | "party"
            | "corporation"
            | "college"
            | "academy"
            | "school"
            | "society"
            | "union"
            | "bureau"
    )
}

/// The words around a run.
#[derive(Clone, Copy)]
struct Context<'t, 'a> {
    before: Option<&'t Token<'a>>,
    before2: Option<&'t Token<'a>>,
    after: Option<&'t Token<'a>>,
    after2: Option<&'t Token<'a>>,
    /// The first few tokens after the run (empty where unknown).
    following: &'t [Token<'a>],
}

impl Context<'_, '_> {
    /// The context of the `i`th piece of a run split into names of their own: only
    /// the first piece has the run's words before it.
    fn of_piece(self, i: usize) -> Self {
        if i == 0 { self } else { self.later_piece() }
    }

    /// The context of a piece after the first: the run's words before it are not
    /// its own.
    fn later_piece(self) -> Self {
        Context {
            before: None,
            before2: None,
            ..self
        }
    }
}

/// A candidate that [`Finder::record`] weighs: its words, the words around it, and
/// what its rules ask more than once, read once.
struct Mention<'m> {
    words: &'m [Word<'m, 'm>],
    first: &'m Word<'m, 'm>,
    last: &'m Word<'m, 'm>,
    /// The words' keys joined by spaces.
    key: &'m str,
    /// Byte offset where the name ends, its possessive cut off.
    name_end: usize,
    context: Context<'m, 'm>,
    /// Whether the name opens its run, so that the words before the run are its own.
    at_run_start: bool,
    /// The key of the word before the name, where that word is its own.
    before_key: Option<&'m str>,
    /// The key of the word after the name.
    after_key: Option<&'m str>,
    is_first_all_caps: bool,
    /// Whether the name came with a kind or the lists know it.
    is_known: bool,
}

impl Mention<'_> {
    /// Whether the name stands in brackets of its own: `( Trinidad )`, `(PP)`.
    fn is_in_brackets(&self) -> bool {
        self.context.before.is_some_and(|t| t.text == "(")
            && self.context.after.is_some_and(|t| t.text == ")")
    }

    /// A dateline opens a wire story: `HALDEN, Sweden 2024-10-08`, `OSLO (Wire) -`.
    fn is_dateline(&self) -> bool {
        self.at_run_start
            && self
                .context
                .before
                .is_none_or(|t| t.line != self.first.token.line)
            && self.is_first_all_caps
            && self.context.after.is_some_and(|t| {
                matches!(t.text, "," | "(" | "-")
                    || t.text.starts_with(|c: char| c.is_ascii_digit())
            })
    }

    /// Whether the words around the name say it is a place: a place word before it
    /// (`in`, `near`), a word for a place after it, a list of places, `-based`.
    fn is_after_place_word(&self, is_listed_after_place: bool) -> bool {
        self.is_route_start()
            || self.is_before_place_noun()
            || is_listed_after_place
            || self.is_named_place()
            // `in Miller's view` is no place.
            || (!self.last.token.is_possessive
                && self.before_key.is_some_and(gazetteer::is_place_preposition))
            || self.name_end < self.last.token.end()
    }

    /// `the village of Qantara`, `the port city of Rostal`.
    fn is_named_place(&self) -> bool {
        self.before_key == Some("of")
            && self.context.before2.is_some_and(|t| {
                matches!(
                    t.text,
                    "village"
                        | "town"
                        | "city"
                        | "region"
                        | "province"
                        | "district"
                        | "port"
                        | "suburb"
                        | "island"
                        | "capital"
                        | "state"
                        | "county"
                        | "enclave"
                        | "republic"
                        // `the West Bank settlement of Kiryat Sefer`
                        | "settlement"
                        | "camp"
                        | "township"
                        | "oasis"
                        // `parts of Kordofan`, `the outskirts of Homs`, `north of Kyiv`.
                        | "parts"
                        | "outskirts"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                )
            })
    }

    /// `the Fordow site`, `the Rafah crossing`: a place before a word for one.
    /// `the Tonawanda engine plant`, `the Sellafield nuclear site`: a place before
    /// a kind of works, a word for what it makes between them.
    fn is_before_place_noun(&self) -> bool {
        self.words.len() == 1
            && !self.last.token.is_possessive
            && match self.context.following {
                [next, ..] if is_place_noun(next) => true,
                [between, next, ..] => {
                    between.is_word
                        && between.text.starts_with(char::is_lowercase)
                        && !gazetteer::is_function_word(between.text)
                        && is_place_noun(next)
                }
                _ => false,
            }
    }

    /// `from Locarno to Lugano`: a route's start, a place in all likelihood.
    fn is_route_start(&self) -> bool {
        self.before_key == Some("from")
            && self.context.after.is_some_and(|t| t.text == "to")
            && self.context.after2.is_some_and(Token::is_capitalized)
    }

    /// `(Gull Wire) -` after a dateline credits the agency that filed the story.
    fn is_credit(&self) -> bool {
        self.at_run_start
            && self.is_in_brackets()
            && self
                .context
                .after2
                .is_some_and(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}"))
    }

    /// Whether a number follows the name on its line.
    fn has_score(&self) -> bool {
        self.context
            .after
            .is_some_and(|t| t.line == self.last.token.line && is_number(t))
    }

    /// A name in brackets on a results line is a scorer or a bowler (`Leeds 2 (
    /// Yeboah 34, Wallace )`), as is one with a number on a line of scorers.
    fn is_scorer(&self, has_score: bool, role: LineRole) -> bool {
        (role.is_table() && self.first.token.is_in_parens)
            || (has_score && role == LineRole::Scorers)
    }

    /// `merchant bank Harcourt Lyle`: a name in apposition to a kind of firm is
    /// the firm's, though it starts with a given name.
    fn kind_in_apposition_to_firm(
        &self,
        kind: Option<EntityKind>,
        is_after_title: bool,
    ) -> Option<EntityKind> {
        if kind == Some(EntityKind::Person)
            && !self.is_known
            && !is_after_title
            && self.words.len() > 1
            && self
                .before_key
                .is_some_and(|k| is_firm_noun(k) && !gazetteer::is_person_title(k))
        {
            Some(EntityKind::Organization)
        } else {
            kind
        }
    }

    /// `Netanyahu's government`, `Netanyahu 's wife`: what the name owns is a
    /// person's.
    fn is_persons_own(&self) -> bool {
        let context = &self.context;
        let owned = if self.last.token.is_possessive {
            context.following.first()
        } else if context
            .after
            .is_some_and(|t| matches!(t.text, "'" | "\u{2019}"))
            && context.after2.is_some_and(|t| t.text == "s")
        {
            context.following.get(2)
        } else {
            None
        };
        owned.is_some_and(|t| {
            matches!(
                t.text,
                "government"
                    | "cabinet"
                    | "administration"
                    | "presidency"
                    | "premiership"
                    | "wife"
                    | "husband"
                    | "son"
                    | "daughter"
                    | "family"
                    | "aide"
                    | "aides"
            )
        })
    }

    /// `Dutch winger Regi Blinker`, `fly-half Michael Lynagh`: a player after his
    /// position (not the words that also name places or things: `centre`, `lock`).
    fn is_after_position(&self) -> bool {
        self.before_key
            .is_some_and(|k| is_sports_position(k) && !is_ambiguous_position(k))
    }

    /// Whether a match verb stands next to the name (`Leeds beat Chelsea`).
    fn is_opponent(&self) -> bool {
        self.after_key.is_some_and(gazetteer::is_match_verb_after)
            || self.before_key.is_some_and(gazetteer::is_match_verb_before)
    }

    /// Whether a speech verb follows the name.
    fn is_before_speech(&self) -> bool {
        self.after_key.is_some_and(gazetteer::is_speech_verb)
            // `the mayor of Halden said`: a name after a preposition is not who spoke.
            && !self.before_key.is_some_and(|k| {
                matches!(
                    k,
                    "at" | "in" | "of" | "for" | "from" | "with" | "by" | "on"
                )
            })
    }

    /// Whether the name is a short all-caps word (`NATO`) outside a line in capitals.
    fn is_acronym(&self) -> bool {
        self.words.len() == 1
            && self.is_first_all_caps
            && self.first.key.len() <= 6
            && self.context.before.is_none_or(|t| !t.is_all_caps())
    }
}

/// Whether a lone word names nothing by its own shape: a prefix and a word, the
/// month, a letter or a number.
fn is_no_name_alone(word: &Word<'_, '_>) -> bool {
    if is_prefixed_word(word.token.text) {
        return true;
    }
    // `May` alone is the month far more often than Theresa May.
    if word.key == "may" {
        return true;
    }
    word.key.len() < 2 || !word.key.chars().any(char::is_alphabetic)
}

/// Whether a word after a place names a kind of place (`the Fordow site`, `the
/// Rafah crossing`).
fn is_place_noun(t: &Token<'_>) -> bool {
    matches!(
        t.text,
        "site"
            | "region"
            | "area"
            | "border"
            | "crossing"
            | "enclave"
            | "airbase"
            | "plant"
            | "refinery"
            | "mine"
            | "facility"
            // `the Ikoyi district of Lagos`, `Kirikiri prison`.
            | "district"
            | "suburb"
            | "township"
            | "province"
            | "prison"
            | "jail"
            // `the Meghna river`, `the Bekaa valley`: a natural feature
            // named before its lower-case kind.
            | "river"
            | "valley"
            | "delta"
            | "basin"
    )
}

/// How many words at the start of `words` are a person title (`President`,
/// `Prime Minister`, `Secretary of State`).
fn title_length(words: &[Word<'_, '_>]) -> usize {
    let mut n = 0;
    while n < words.len() {
        let key = &*words[n].key;
        if gazetteer::is_person_title(key) {
            n += 1;
            if words.get(n).is_some_and(|w| w.key == "of")
                && words
                    .get(n + 1)
                    .is_some_and(|w| gazetteer::is_title_object(&w.key))
            {
                n += 2;
            }
        } else if gazetteer::is_title_modifier(key)
            && words
                .get(n + 1)
                .is_some_and(|w| gazetteer::is_person_title(&w.key))
        {
            n += 1;
        } else {
            break;
        }
    }
    // Words that are titles only sometimes (`Major League Baseball`, `General
    // Motors`, `Grand Prix`) count as one only before what looks like a person's name.
    if n > 0 && n < words.len() && words[..n].iter().all(|w| is_sometimes_title(&w.key)) {
        let gazetteer = Gazetteer::get();
        let rest = &words[n..];
        // `Chief Justice Sajjad Shah`: a surname may be a word too (`shah`).
        let looks_personal = gazetteer.is_first_name(&rest[0].key)
            || (!gazetteer.is_common_word(&rest[0].key)
                && rest
                    .iter()
                    .all(|w| !gazetteer.is_common_word(&w.key) || gazetteer.is_surname(&w.key)));
        if !looks_personal {
            return 0;
        }
    }
    n
}

/// A title of a work in quotation marks (`“Dancing with the Stars”`) starting at token
/// `open`: the range of its words and the index after the closing mark. Spoken
/// quotations are not titles: every word but short connectors must be capitalised,
/// and there must be three words or more, or a connector (`“Comrade Putin”` is none).
fn quoted_title(tokens: &[Token<'_>], open: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let closing = match tokens[open].text {
        "\u{201c}" => "\u{201d}",
        "\"" => "\"",
        _ => return None,
    };
    let line = tokens[open].line;
    let start = open + 1;
    let close = (start..tokens.len().min(start + 12))
        .find(|&i| tokens[i].text == closing || tokens[i].line != line)?;
    if tokens[close].text != closing {
        return None;
    }
    // Punctuation before the closing mark (`Stars.”`) is not part of the title.
    let mut end = close;
    while end > start && !tokens[end - 1].is_word {
        end -= 1;
    }
    let inner = &tokens[start..end];
    if inner.is_empty() || inner.iter().any(|t| !t.is_word) {
        return None;
    }
    let mut has_connector = false;
    for (i, token) in inner.iter().enumerate() {
        if token.is_capitalized() {
            continue;
        }
        let is_inner_connector = i > 0
            && i + 1 < inner.len()
            && matches!(
                token.text,
                "of" | "the" | "and" | "with" | "in" | "on" | "a" | "to" | "for"
            );
        if !is_inner_connector {
            return None;
        }
        has_connector = true;
    }
    if inner.len() < 3 && !has_connector {
        return None;
    }
    if starts_with_person_title(inner) {
        return None;
    }
    Some((start..end, close + 1))
}

/// Whether a quoted run opens with a person title (`“President Lee”`): a name, not a
/// work.
fn starts_with_person_title(tokens: &[Token<'_>]) -> bool {
    tokens
        .first()
        .is_some_and(|t| gazetteer::is_person_title(&lower(t.text)))
}

/// Titles that are also ordinary words starting names of things.
fn is_sometimes_title(key: &str) -> bool {
    matches!(
        key,
        "major"
            | "general"
            | "private"
            | "chief"
            | "grand"
            | "crown"
            | "supreme"
            | "star"
            | "head"
            | "late"
            | "former"
            | "acting"
            | "first"
            | "justice"
            | "chair"
            | "officer"
            | "leader"
            | "champion"
            | "player"
            | "manager"
            | "coach"
            | "father"
            | "king"
            | "queen"
            | "prince"
            | "lady"
            | "lord"
            | "saint"
            | "st."
            | "captain"
    )
}

/// `words` without what ends a run segment but is no part of its name.
fn without_trailing_titles<'w, 't, 'a>(words: &'w [Word<'t, 'a>]) -> &'w [Word<'t, 'a>] {
    let mut words = words;
    // Trailing connectors, and job titles after a name (`NASA Administrator`, `CBS
    // Insider`), are not part of it.
    while let Some(last) = words.last() {
        let is_trailing_title = words.len() > 1 && is_job_title(&last.key);
        // A number ends a name only where the run took it in (`FTSE 100`).
        if !(last.token.is_capitalized() || is_number(last.token)) || is_trailing_title {
            words = &words[..words.len() - 1];
        } else {
            break;
        }
    }
    words
}

/// Job titles that follow the name of an employer rather than make part of it.
fn is_job_title(key: &str) -> bool {
    matches!(
        key,
        "administrator"
            | "director-general"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "chairman"
            | "chairwoman"
            | "director"
            | "analyst"
            | "correspondent"
            | "editor"
            | "reporter"
            | "insider"
            | "columnist"
    )
}

/// Whether a lower-case word after a place names a post that deals with it (`Russia
/// adviser`, `Ukraine envoy`).
fn is_post_after_place(key: &str) -> bool {
    is_job_title(key)
        || gazetteer::is_person_title(key)
        || matches!(
            key,
            "adviser"
                | "advisor"
                | "advisers"
                | "advisors"
                | "envoy"
                | "envoys"
                | "expert"
                | "experts"
                | "specialist"
                | "official"
                | "officials"
                | "aide"
                | "aides"
                | "negotiator"
                | "czar"
                | "hawk"
                | "hawks"
        )
}

/// The initials of a name's words, connectors left out or not (`People's Party` ->
/// `pp`, `Bank of England` -> `be`, `Joint Comprehensive Plan of Action` -> `jcpoa`).
fn initials(words: &[String], with_connectors: bool) -> String {
    words
        .iter()
        .filter(|w| with_connectors || !gazetteer::is_connector(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Whether a lower-case word names a kind of work, whose title may follow it (`the
/// film Oppenheimer`).
fn is_work_noun(key: &str) -> bool {
    matches!(
        key,
        "film"
            | "movie"
            | "album"
            | "novel"
            | "book"
            | "memoir"
            | "song"
            | "musical"
            | "opera"
            | "documentary"
            | "sitcom"
            | "miniseries"
            | "painting"
            | "poem"
            | "franchise"
            | "series"
            | "show"
            | "play"
            | "podcast"
            | "game"
            // `the weight-loss drug Wegovy`: a product named after its kind.
            | "drug"
            | "drugs"
            | "medicine"
            | "pill"
            | "vaccine"
            | "treatment"
            | "therapy"
    )
}

/// Whether a word is the plural of an abbreviation (`SUVs`, `MPs`, `APIs`): capitals
/// and a lower-case `s`, a common noun's plural rather than a name.
fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| {
        stem.len() >= 2
            && stem
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    })
}

/// Whether a capitalised word is a prefix and a lower-case word (`Pre-tax`,
/// `Non-food`, `Anti-government` at a line's start), which names nothing. Asked once
/// per name, not per word.
fn is_prefixed_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(hyphen) = bytes.iter().take(8).position(|&b| b == b'-') else {
        return false;
    };
    if !bytes.get(hyphen + 1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let prefix = &text[..hyphen];
    [
        "pre", "post", "non", "anti", "semi", "mid", "multi", "ex", "pro", "re", "co", "sub",
        "over", "under", "inter", "intra", "self", "cross", "counter", "quasi", "ultra",
    ]
    .iter()
    .any(|p| prefix.eq_ignore_ascii_case(p))
}

/// Whether a word ends in a descriptive suffix (`Seoul-based`, `Kremlin-backed`): the
/// name inside ends the run.
fn has_descriptive_suffix(word: &str) -> bool {
    // A byte search: most words are short and have no hyphen.
    let hyphen = word.bytes().rposition(|b| b == b'-');
    hyphen.is_some_and(|i| {
        let (head, tail) = (&word[..i], &word[i + 1..]);
        !head.is_empty()
            && tail.len() >= 3
            && tail.starts_with(|c: char| c.is_lowercase())
            && Gazetteer::get().is_common_word(tail)
    })
}

/// The part of a word that names: `Seoul` of `Seoul-based`. A nationality keeps its
/// suffix: `Russian-born` is one word of kind `other`, as wire annotation has it.
fn name_part(word: &str) -> &str {
    if has_descriptive_suffix(word) {
        let hyphen = word.bytes().rposition(|b| b == b'-');
        let head = &word[..hyphen.expect("a suffix follows a hyphen")];
        if Gazetteer::get().kind_of(&lower(head)) == Some(EntityKind::Other) {
            word
        } else {
            head
        }
    } else {
        word
    }
}

/// Combining forms of nationalities (`Anglo-Dutch`, `Sino-British`).
fn is_combining_form(key: &str) -> bool {
    matches!(
        key,
        "anglo"
            | "sino"
            | "franco"
            | "indo"
            | "afro"
            | "euro"
            | "russo"
            | "greco"
            | "austro"
            | "judeo"
            | "italo"
            | "germano"
            | "serbo"
            | "turko"
            | "arab"
            | "israeli"
            | "hispano"
            | "luso"
    )
}

/// The kind of a hyphenated word made of nationalities: `Anglo-Dutch`,
/// `Russian-born`, `French-speaking`, `pro-Western`, `anti-American` are `other`.
fn compound_kind(gazetteer: &Gazetteer, key: &str) -> Option<EntityKind> {
    let (head, tail) = key.split_once('-')?;
    let is_nationality =
        |part: &str| gazetteer.kind_of(part) == Some(EntityKind::Other) || is_combining_form(part);
    let is_compound = if matches!(
        head,
        "pro" | "anti" | "non" | "ex" | "pan" | "neo" | "intra" | "inter"
    ) {
        is_nationality(tail)
    } else {
        is_nationality(head)
            && (tail.split('-').all(is_nationality)
                || (!tail.contains('-') && gazetteer.is_common_word(tail)))
    };
    is_compound.then_some(EntityKind::Other)
}

/// Words that name a storm with the name after them (`Typhoon Herb`).
fn is_storm_word(key: &str) -> bool {
    matches!(key, "typhoon" | "hurricane" | "cyclone")
}

/// Words that count what a number before them measures (`2 goals`, `40 percent`):
/// the number is no part of a name before it.
fn is_quantity_word(key: &str) -> bool {
    matches!(
        key,
        "percent"
            | "pct"
            | "per"
            | "points"
            | "point"
            | "goals"
            | "goal"
            | "votes"
            | "seats"
            | "years"
            | "year"
            | "days"
            | "weeks"
            | "months"
            | "hours"
            | "minutes"
            | "million"
            | "billion"
            | "times"
            | "runs"
            | "wickets"
            // `Benetton 1 lap behind`: a race's gap.
            | "lap"
            | "laps"
            | "seconds"
            | "shares"
            | "people"
            | "players"
            | "members"
            | "dead"
            | "killed"
            | "wounded"
    )
}

/// Whether a word is written as a time zone's abbreviation: capitals ending in `T`
/// (`ET`, `PST`, `GMT`, `CEST`), or one of the few that end otherwise.
fn is_time_zone(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && (word.ends_with('T') || matches!(word, "UTC" | "MEZ" | "MESZ" | "MSK" | "WIB"))
}

/// Whether a word ends a clock time before its zone: `p.m.`, `AM`.
fn is_clock_suffix(word: &str) -> bool {
    matches!(
        word,
        "a.m." | "p.m." | "a.m" | "p.m" | "A.M." | "P.M." | "am" | "pm" | "AM" | "PM"
    )
}

/// Whether a word, as written, is the symbol of a unit that a number comes before
/// (`197 Nm`, `151 PS`, `150 kW`, `64 GB`, `30 FPS`): case matters, as `NM` is New
/// Mexico.
fn is_unit_symbol(word: &str) -> bool {
    matches!(
        word,
        "Nm" | "PS"
            | "HP"
            | "bhp"
            | "kW"
            | "KW"
            | "kWh"
            | "KWh"
            | "MW"
            | "MWh"
            | "GW"
            | "GWh"
            | "mAh"
            | "Hz"
            | "kHz"
            | "MHz"
            | "GHz"
            | "KB"
            | "MB"
            | "GB"
            | "TB"
            | "Kbps"
            | "Mbps"
            | "Gbps"
            | "FPS"
            | "MPH"
            | "KPH"
            | "RPM"
            | "PSI"
            | "MPG"
            | "dB"
            | "TFLOPS"
    )
}

/// Whether a word of letters only has one letter three times or more in a row:
/// drawn out (`SNOWWWW`, `Sooooo`), or a German compound (`Schnelllebigkeit`), as
/// no name is; codes with digits (`FFF-255`) are left alone.
fn is_drawn_out(word: &str) -> bool {
    word.len() >= 5
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && word.as_bytes().windows(3).any(|w| {
            w[0].is_ascii_alphabetic()
                && w[0].eq_ignore_ascii_case(&w[1])
                && w[1].eq_ignore_ascii_case(&w[2])
        })
}

/// Whether a lower-case word is an interjection, its letters drawn out or not
/// (`ah`, `ahh`, `oooh`, `hmmm`, `wow`).
fn is_interjection(key: &str) -> bool {
    // The word with each run of one letter cut to one: `ahhh` is `ah`.
    let mut short = [0u8; 8];
    let mut len = 0;
    for &b in key.as_bytes() {
        if len > 0 && short[len - 1] == b {
            continue;
        }
        if len == short.len() {
            return false;
        }
        short[len] = b;
        len += 1;
    }
    matches!(
        &short[..len],
        b"ah"
            | b"oh"
            | b"aw"
            | b"uh"
            | b"um"
            | b"hm"
            | b"huh"
            | b"wow"
            | b"whoa"
            | b"ugh"
            | b"phew"
            | b"yay"
            | b"yikes"
            | b"ops"
            | b"gosh"
            | b"alas"
            | b"eh"
            | b"ha"
            | b"aha"
            | b"haha"
            | b"hey"
            | b"meh"
            | b"nah"
            | b"ouch"
            | b"yep"
            | b"yup"
            | b"nope"
    )
}

/// Whether a lower-case word is an adverb of manner (`unsurprisingly`,
/// `wheezingly`, `reportedly`) or a negated participle (`undiagnosed`,
/// `unfazed`) by its ending, long enough to be no name (`Kelly`, `Donnelly`).
fn is_adverb_or_negated_participle(key: &str) -> bool {
    key.len() >= 8
        && ([
            "ingly", "edly", "ously", "fully", "ably", "ibly", "ively", "ically", "lessly",
        ]
        .iter()
        .any(|suffix| key.ends_with(suffix))
            || (key.starts_with("un") && key.ends_with("ed")))
}

/// Whether a word is a contraction (`I'm`, `They’ll`), never a name.
fn is_contraction(word: &str) -> bool {
    let word = word.as_bytes();
    // Each suffix has an apostrophe (`'`, or `’` whose last byte is 0x99) in its last
    // five bytes: most words have none there, and need no comparison.
    if !word.iter().rev().take(5).any(|&b| b == b'\'' || b == 0x99) {
        return false;
    }
    [
        "'m",
        "'ll",
        "'re",
        "'ve",
        "'d",
        "n't",
        "\u{2019}m",
        "\u{2019}ll",
        "\u{2019}re",
        "\u{2019}ve",
        "\u{2019}d",
        "n\u{2019}t",
    ]
    .iter()
    .any(|suffix| {
        word.len() >= suffix.len()
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    })
}

/// Tokens as the words of a candidate, each with its key.
fn words_of<'t, 'a>(tokens: &'t [Token<'a>]) -> Vec<Word<'t, 'a>> {
    tokens
        .iter()
        .map(|token| Word {
            token,
            key: Cow::Owned(lower(token.text)),
        })
        .collect()
}

/// A word lower-cased into a key.
fn lower(word: &str) -> String {
    let mut key = String::with_capacity(word.len());
    push_lower(&mut key, word);
    key
}

/// The key of words that are keys already: what [`key_of`] gives, which lower-cases
/// them again and so changes nothing in words of lower-case ASCII. Such a word alone
/// is its own key, with no copy; several are joined by spaces.
fn key_of_keys<'k>(keys: impl Iterator<Item = &'k str> + Clone) -> Cow<'k, str> {
    let is_key = |k: &str| k.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
    let mut first_two = keys.clone();
    if let (Some(only), None) = (first_two.next(), first_two.next())
        && is_key(only)
    {
        return Cow::Borrowed(only);
    }
    if !keys.clone().all(is_key) {
        return Cow::Owned(key_of(keys));
    }
    let bytes = keys.clone().map(|k| k.len() + 1).sum::<usize>();
    let mut key = String::with_capacity(bytes.saturating_sub(1));
    for k in keys {
        // As `key_of` does: no space before the first word that adds anything.
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(k);
    }
    Cow::Owned(key)
}

/// The key of a token, as [`lower`] gives it: for an ASCII word (most are) a slice
/// of `lowered`, its text with ASCII letters in lower case, which costs no
/// allocation.
fn key_at<'l>(lowered: &'l str, token: &Token<'_>) -> Cow<'l, str> {
    key_of_part(lowered, token.start, token.text)
}

/// The key of `word`, which stands at byte `start` of the text that `lowered` is
/// in lower case: see [`key_at`].
fn key_of_part<'l>(lowered: &'l str, start: usize, word: &str) -> Cow<'l, str> {
    if word.is_ascii() {
        let key = &lowered[start..start + word.len()];
        debug_assert!(key.eq_ignore_ascii_case(word), "{word:?} is not at {start}");
        Cow::Borrowed(key)
    } else {
        Cow::Owned(lower(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_of_keys_agrees_with_key_of() {
        let cases: &[&[&str]] = &[
            &[],
            &["bank"],
            &["bank", "of", "england"],
            &["", "x"],
            &["müller"],
            &["o\u{2019}brien", "fund"],
            &["Mixed", "case"],
        ];
        for keys in cases {
            let expected = key_of(keys.iter().copied());
            assert_eq!(key_of_keys(keys.iter().copied()), expected, "{keys:?}");
        }
    }

    #[test]
    fn turns_away_words_without_an_apostrophe_at_their_end() {
        assert!(is_contraction("They\u{2019}ll"));
        assert!(is_contraction("DON'T"));
        assert!(is_contraction("I'm"));
        assert!(!is_contraction("O'Brien"));
        assert!(!is_contraction("Reuters"));
    }
}
