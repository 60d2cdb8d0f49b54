//! What morgue knows about names before reading an article: the gazetteers compiled
//! by `scripts/gen_gazetteers.py` into `crates/extract/data/`, and the short word
//! lists (titles, cue words) that the rules use.
//!
//! Every lookup takes a lower-cased key; phrases are single-space joined.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::EntityKind;

/// The gazetteers, built once on first use.
pub(super) struct Gazetteer {
    /// Known names (one word or a phrase) and their kind.
    names: HashMap<&'static str, EntityKind, FastHash>,
    /// Known names written in capitals only (`WHO`, `AP`, `US`), by lower-case key:
    /// they match only a word written in capitals, not `Who` or `us`.
    acronyms: HashMap<&'static str, EntityKind, FastHash>,
    /// For each first word of a known phrase, the most words such a phrase has: bounds
    /// the phrase search, and skips it for words that start no phrase.
    phrase_words: HashMap<&'static str, usize, FastHash>,
    /// Common English first names.
    first_names: HashSet<&'static str, FastHash>,
    /// Frequent surnames (US census).
    surnames: HashSet<&'static str, FastHash>,
    /// Lower-case dictionary words, function words among them.
    common_words: HashSet<&'static str, FastHash>,
    /// Function words (`in`, `the`, `he`): asked of many words, so hashed rather
    /// than searched.
    function_words: HashSet<&'static str, FastHash>,
    /// Countries (a subset of the places): a team named by one is a national side,
    /// still a place by the wire convention, unlike a club named by its city.
    countries: HashSet<&'static str, FastHash>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

static ORGANIZATIONS: &str = include_str!("../../data/organizations.txt");
static LOCATIONS: &str = include_str!("../../data/locations.txt");
static DEMONYMS: &str = include_str!("../../data/demonyms.txt");
static COUNTRIES: &str = include_str!("../../data/countries.txt");
static FIRST_NAMES: &str = include_str!("../../data/first_names.txt");
static SURNAMES: &str = include_str!("../../data/surnames.txt");
static COMMON_WORDS: &str = include_str!("../../data/common_words.txt");

/// The lines of a data file, without its `#` header and blank lines.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The entries of a data file lower-cased into the key form the tables use
/// (typographic apostrophes become `'`, runs of white space one space). Leaks one
/// string per file, which holds every key: only called while building the static
/// tables.
fn leak_keys(file: &'static str) -> Vec<&'static str> {
    let mut all = String::with_capacity(file.len());
    let mut ends = Vec::new();
    for name in entries(file) {
        for (i, word) in name.split_whitespace().enumerate() {
            if i > 0 {
                all.push(' ');
            }
            push_lower(&mut all, word);
        }
        ends.push(all.len());
    }
    let all: &'static str = Box::leak(all.into_boxed_str());
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let key = &all[start..end];
            start = end;
            key
        })
        .collect()
}

/// A set of the keys of a data file, sized for them up front.
fn key_set(keys: Vec<&'static str>) -> HashSet<&'static str, FastHash> {
    let mut set = HashSet::with_capacity_and_hasher(keys.len(), FastHash::default());
    set.extend(keys);
    set
}

/// The lookup key of a sequence of words.
pub(super) fn key_of<'a>(words: impl Iterator<Item = &'a str> + Clone) -> String {
    // Sized once (lower case keeps the length of ASCII text), not grown by doubling
    // from nothing: a key is built for every candidate and most runs.
    let bytes = words.clone().map(|word| word.len() + 1).sum::<usize>();
    let mut key = String::with_capacity(bytes.saturating_sub(1));
    for word in words {
        if !key.is_empty() {
            key.push(' ');
        }
        push_lower(&mut key, word);
    }
    key
}

/// Appends `word` lower-cased, with `’` as `'`.
pub(super) fn push_lower(key: &mut String, word: &str) {
    if word.is_ascii() {
        // One copy and an in-place pass, not a push per character: every word of
        // every article comes through here.
        let start = key.len();
        key.push_str(word);
        key[start..].make_ascii_lowercase();
    } else {
        for c in word.chars() {
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else if c == '\u{2019}' {
                key.push('\'');
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let mut names = HashMap::default();
        let mut acronyms = HashMap::default();
        // First entry wins: the hand-written organisations are the most specific, and
        // a place that is also a demonym (`Djibouti`) is a place.
        let files = [
            (ORGANIZATIONS, EntityKind::Organization),
            (LOCATIONS, EntityKind::Location),
            (DEMONYMS, EntityKind::Other),
        ];
        for (file, kind) in files {
            for (name, key) in entries(file).zip(leak_keys(file)) {
                let table = if is_acronym(name) {
                    &mut acronyms
                } else {
                    &mut names
                };
                table.entry(key).or_insert(kind);
            }
        }
        // Market indices, which markets copy names alone (`Japan's Nikkei rose`), and
        // prizes by their short names (`the Oscars`) and sporting events whose words
        // are plain ones (`Grand Prix`): of kind other, as the wire convention has it.
        for index in MARKET_INDICES.iter().chain(AWARDS).chain(EVENTS) {
            let key: &'static str = index.to_lowercase().leak();
            let table = if is_acronym(index) {
                &mut acronyms
            } else {
                &mut names
            };
            table.entry(key).or_insert(EntityKind::Other);
        }
        // `St Louis`, `ST LOUIS`: wire copy drops the full stop of `St.` as often as
        // it keeps it, so each `St.` name is known without it too.
        let saints: Vec<(&'static str, EntityKind)> = names
            .iter()
            .filter_map(|(key, kind)| {
                let rest = key.strip_prefix("st. ")?;
                Some((&*format!("st {rest}").leak(), *kind))
            })
            .collect();
        for (key, kind) in saints {
            names.entry(key).or_insert(kind);
        }
        // `Mich.` as the tokens keep it after a town: a place, full stop and all.
        for state in super::tokens::STATE_ABBREVIATIONS {
            let key: &'static str = format!("{}.", state.to_lowercase()).leak();
            names.entry(key).or_insert(EntityKind::Location);
        }
        let mut phrase_words: HashMap<&'static str, usize, FastHash> = HashMap::default();
        for key in names.keys().chain(acronyms.keys()) {
            let words = key.split(' ').count();
            let first = key.split(' ').next().unwrap_or(key);
            let longest = phrase_words.entry(first).or_insert(1);
            *longest = (*longest).max(words);
        }
        Gazetteer {
            names,
            phrase_words,
            acronyms,
            first_names: key_set(leak_keys(FIRST_NAMES)),
            surnames: key_set(leak_keys(SURNAMES)),
            // Function words count as common words: one lookup answers both. The
            // file is in lower case already.
            common_words: key_set(
                entries(COMMON_WORDS)
                    .chain(FUNCTION_WORDS.iter().copied())
                    .collect(),
            ),
            function_words: FUNCTION_WORDS.iter().copied().collect(),
            countries: key_set(leak_keys(COUNTRIES)),
        }
    }

    /// The shared tables.
    pub(super) fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    /// The kind of a known name or phrase, by key.
    pub(super) fn kind_of(&self, key: &str) -> Option<EntityKind> {
        self.names.get(key).copied()
    }

    /// The kind of a known name written in capitals (`WHO`), by lower-case key.
    pub(super) fn kind_of_acronym(&self, key: &str) -> Option<EntityKind> {
        self.acronyms.get(key).copied()
    }

    /// The most words a known name starting with `first` has (0: none starts so).
    pub(super) fn phrase_words(&self, first: &str) -> usize {
        self.phrase_words.get(first).copied().unwrap_or(0)
    }

    /// Whether a key is a common first name.
    pub(super) fn is_first_name(&self, key: &str) -> bool {
        self.first_names.contains(key)
    }

    /// Whether a key is a frequent surname.
    pub(super) fn is_surname(&self, key: &str) -> bool {
        self.surnames.contains(key)
    }

    /// Whether a key names a country (`germany`, `u.s.`, `england`).
    pub(super) fn is_country(&self, key: &str) -> bool {
        self.countries.contains(key)
    }

    /// Whether a key is an ordinary English word (or a function word).
    pub(super) fn is_common_word(&self, key: &str) -> bool {
        self.common_words.contains(key)
    }
}

/// Stock market indices named without `index` after them.
const MARKET_INDICES: &[&str] = &[
    "Nikkei",
    "DAX",
    "FTSE",
    "STOXX",
    "Stoxx",
    "CAC",
    "CAC-40",
    "CAC 40",
    "Hang Seng",
    "Kospi",
    "KOSPI",
    "Sensex",
    "Nifty",
    "Topix",
    "TOPIX",
    "IBEX",
    "AEX",
    "SMI",
    "ASX",
    "Euro Stoxx",
    "Euro STOXX",
    "MSCI",
    "Bovespa",
    "Merval",
    "TSX",
    "Straits Times Index",
    "Mibtel",
];

/// Prizes and ceremonies by their short names; not those that are given names or
/// surnames too (`Oscar`, `Tony`, `Booker`).
const AWARDS: &[&str] = &[
    "Oscars",
    "Emmys",
    "Grammys",
    "Tonys",
    "Bafta",
    "Baftas",
    "BAFTA",
    "BAFTAs",
    "Golden Globe",
    "Golden Globes",
    "Ballon d'Or",
];

/// Sporting events named by plain words, which a line in capitals or title case
/// (`Results of the Belgian Grand Prix on Sunday :`) would otherwise cut up.
const EVENTS: &[&str] = &[
    "Grand Prix",
    "Grand Slam",
    "World Cup",
    "Super Bowl",
    "World Series",
    "Stanley Cup",
    "Davis Cup",
    "Ryder Cup",
    "Olympic Games",
];

/// A hash eight bytes at a time: the tables are looked up for every capitalised
/// word, and their keys are short, so a simple hash beats the default
/// DoS-resistant one; keys come from our own data files and the article's words,
/// never from an adversary who could flood one bucket to any effect but a slower
/// article. (FNV-1a, before, took a multiply per byte.) Nothing iterates these
/// tables where order would show, so the hash decides no output.
pub(super) type FastHash = BuildHasherDefault<WordHash>;

/// The hasher behind [`FastHash`]: each eight bytes (the last ones read as two
/// overlapping halves, or three bytes) xored in and multiplied; `finish` folds
/// the 128-bit product with a second odd constant, so the low bits hashbrown picks
/// a bucket with depend on every byte.
#[derive(Default)]
pub(super) struct WordHash(u64);

impl WordHash {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    const FOLD: u64 = 0xA076_1D64_78BD_642F;

    fn mix(&mut self, word: u64) {
        self.0 = (self.0 ^ word)
            .wrapping_mul(Self::MULTIPLIER)
            .rotate_left(23);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        let product = u128::from(self.0) * u128::from(Self::FOLD);
        (product as u64) ^ ((product >> 64) as u64)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(u64::from_le_bytes(
                chunk.try_into().expect("chunks_exact gives 8 bytes"),
            ));
        }
        let rest = chunks.remainder();
        let half = |at: usize| {
            u64::from(u32::from_le_bytes(
                rest[at..at + 4].try_into().expect("4 bytes"),
            ))
        };
        let last = match rest.len() {
            0 => return,
            1..=3 => {
                u64::from(rest[0]) << 16
                    | u64::from(rest[rest.len() / 2]) << 8
                    | u64::from(rest[rest.len() - 1])
            }
            n => half(0) << 32 | half(n - 4),
        };
        // The length tells `ab` from `abb`, read as the same three bytes.
        self.mix(last ^ (rest.len() as u64) << 56);
    }

    fn write_u8(&mut self, byte: u8) {
        // The end mark `str` writes after its bytes.
        self.mix(u64::from(byte));
    }
}

/// Whether a gazetteer name is an acronym: two to five capitals, nothing else.
fn is_acronym(name: &str) -> bool {
    (2..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words that never start or end a name, whatever their case.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "who",
    "when",
    "where",
    "why",
    "how",
    "if",
    "not",
    "no",
    "yes",
    "so",
    "do",
    "did",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "after",
    "before",
    "while",
    "about",
    "over",
    "under",
    "all",
    "some",
    "any",
    "more",
    "most",
    "new",
    "one",
    "two",
    "three",
    "first",
    "last",
    "mr",
    "mrs",
    "ms",
    "st",
    "vs",
    "via",
    "per",
    "also",
    "just",
    "only",
    "even",
    "still",
    "ok",
    "okay",
    "hi",
    "hello",
    "please",
    "thanks",
    "thank",
    "dear",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "breaking",
    "update",
    "updates",
    "live",
    "photo",
    "video",
    "watch",
    "read",
    "advertisement",
    "subscribe",
    "share",
    "click",
    "image",
    "credit",
];

/// Whether a key is a function word (`in`, `the`, `he`), which no name starts with.
pub(super) fn is_function_word(key: &str) -> bool {
    GAZETTEER.function_words.contains(key)
}

/// Points of the compass: alone (`the North`) they stand for a country or region
/// named in full elsewhere, or for a part of the world (`the West`).
pub(super) fn is_compass_word(key: &str) -> bool {
    matches!(key, "north" | "south" | "east" | "west")
}

/// The days of the week, lower-cased.
pub(super) fn is_weekday(key: &str) -> bool {
    matches!(
        key,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Calendar words: capitalised in English but never an entity here.
pub(super) fn is_calendar_word(key: &str) -> bool {
    is_weekday(key)
        || matches!(
            key,
            "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "mon"
                | "tue"
                | "wed"
                | "thu"
                | "fri"
                | "sat"
                | "sun"
                | "am"
                | "pm"
                | "a.m."
                | "p.m."
                | "gmt"
                | "utc"
                | "edt"
                | "est"
                | "pst"
                | "pdt"
                | "cet"
                | "bst"
        )
}

/// Titles that announce a person and are not part of the name (`President`, `Mr.`).
pub(super) fn is_person_title(key: &str) -> bool {
    matches!(
        key,
        "president"
            | "administrator"
            | "director-general"
            | "secretary-general"
            // Ranks and offices written with a hyphen in British and Commonwealth
            // copy: `Major-General Harun Siregar`, `Attorney-General`.
            | "major-general"
            | "lieutenant-general"
            | "brigadier-general"
            | "lieutenant-colonel"
            | "vice-admiral"
            | "rear-admiral"
            | "air-marshal"
            | "attorney-general"
            | "solicitor-general"
            | "governor-general"
            | "lieutenant-governor"
            | "undersecretary"
            | "vice-president"
            | "cto"
            | "cfo"
            | "coo"
            | "mr"
            | "mr."
            | "mrs"
            | "mrs."
            | "ms"
            | "ms."
            | "dr"
            | "dr."
            | "miss"
            | "comrade"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "emperor"
            | "empress"
            | "pope"
            | "sheikh"
            | "sheik"
            | "emir"
            | "sultan"
            | "ayatollah"
            | "imam"
            | "rabbi"
            | "reverend"
            | "rev"
            | "rev."
            | "father"
            | "archbishop"
            | "bishop"
            | "cardinal"
            | "chancellor"
            | "premier"
            | "minister"
            | "secretary"
            | "senator"
            | "sen"
            | "sen."
            | "representative"
            | "rep"
            | "rep."
            | "congressman"
            | "congresswoman"
            | "governor"
            | "gov"
            | "gov."
            | "mayor"
            | "judge"
            | "justice"
            | "ambassador"
            | "envoy"
            | "general"
            | "gen"
            | "gen."
            | "admiral"
            | "adm."
            | "colonel"
            | "col"
            | "col."
            | "lieutenant"
            | "lt"
            | "lt."
            | "sergeant"
            | "sgt"
            | "sgt."
            | "captain"
            | "capt"
            | "capt."
            | "major"
            | "maj."
            | "brigadier"
            | "brig."
            | "marshal"
            | "commander"
            | "cmdr."
            | "corporal"
            | "private"
            | "officer"
            | "detective"
            | "inspector"
            | "chief"
            | "director"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "ceo"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "professor"
            | "prof"
            | "prof."
            | "coach"
            | "manager"
            | "leader"
            | "speaker"
            | "commissioner"
            | "attorney"
            | "prosecutor"
            | "dictator"
            | "vice"
            | "deputy"
            | "acting"
            | "former"
            | "late"
            | "saint"
            | "st."
            | "president-elect"
            | "presidents"
            | "crown"
            | "grand"
            | "supreme"
            | "head"
            | "founder"
            | "co-founder"
            | "analyst"
            | "economist"
            | "author"
            | "writer"
            | "actor"
            | "actress"
            | "singer"
            | "star"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "player"
            | "champion"
            | "nurse"
            | "doctor"
            | "auditor"
            | "lawmaker"
            | "legislator"
            | "mp"
            | "executive"
    )
}

/// Words that build a title with the next word (`Foreign Minister`, `Defense Secretary`)
/// but are names in their own right elsewhere (`Foreign Ministry`).
pub(super) fn is_title_modifier(key: &str) -> bool {
    matches!(
        key,
        "prime"
            | "foreign"
            | "defense"
            | "defence"
            | "finance"
            | "interior"
            | "health"
            | "home"
            | "trade"
            | "economy"
            | "energy"
            | "education"
            | "culture"
            | "transport"
            | "labor"
            | "labour"
            | "agriculture"
            | "environment"
            | "state"
            | "executive"
            | "chief"
            | "senior"
            | "assistant"
            | "associate"
            | "managing"
            | "general"
            | "attorney"
            | "white"
            | "house"
            | "press"
            | "army"
            | "navy"
            | "police"
            | "opposition"
            | "majority"
            | "minority"
            | "party"
            | "team"
            | "club"
            | "union"
            | "board"
            | "company"
            | "government"
            | "military"
            | "security"
            | "national"
            | "first"
            | "former"
            | "vice"
            | "deputy"
            | "acting"
            | "supreme"
            | "commanding"
            | "district"
            | "circuit"
            | "magistrate"
    )
}

/// Words after a title's `of` that still belong to the title (`Secretary of State`).
pub(super) fn is_title_object(key: &str) -> bool {
    matches!(
        key,
        "state"
            | "defense"
            | "defence"
            | "staff"
            | "homeland"
            | "security"
            | "commerce"
            | "the"
            | "treasury"
            | "justice"
            | "energy"
            | "health"
            | "education"
            | "transportation"
            | "agriculture"
            | "labor"
            | "interior"
            | "police"
    )
}

/// Whether a word is a firm's legal form (`SA`, `Inc.`, `plc`), which a story may
/// leave off the name.
pub(super) fn is_legal_form(key: &str) -> bool {
    matches!(
        key,
        "inc"
            | "inc."
            | "corp"
            | "corp."
            | "co"
            | "co."
            | "ltd"
            | "ltd."
            | "llc"
            | "plc"
            | "ag"
            | "gmbh"
            | "sa"
            | "s.a."
            | "nv"
            | "n.v."
            | "lp"
            | "llp"
            | "a/s"
            | "asa"
            | "ab"
            | "oy"
            | "oyj"
            | "spa"
            | "s.p.a."
            | "bv"
            | "b.v."
            | "se"
            | "holdings"
    )
}

/// The last word of a name that makes it an organisation: a legal form (but
/// `SpA` and `SE`, which end places and words too: `Bath Spa`) or a body's word.
pub(super) fn is_organization_cue(key: &str) -> bool {
    (is_legal_form(key) && !matches!(key, "spa" | "se"))
        || matches!(
            key,
            "corporation"
                | "group"
                | "bank"
                | "ministry"
                | "council"
                | "university"
                | "party"
                | "airlines"
                | "airways"
                | "air"
                | "institute"
                | "agency"
                | "committee"
                | "commission"
                | "department"
                | "association"
                | "union"
                | "federation"
                | "foundation"
                | "fund"
                | "court"
                | "army"
                | "navy"
                | "police"
                | "forces"
                | "force"
                | "club"
                | "company"
                | "companies"
                | "industries"
                | "motors"
                // `Philippine Dealing System`, `Federal Reserve System`.
                | "system"
                | "systems"
                | "technologies"
                | "technology"
                | "labs"
                | "laboratories"
                | "times"
                | "post"
                | "news"
                // `-- Frankfurt Newsroom , +49 69 756525`: a wire's contact line.
                | "newsroom"
                | "press"
                | "journal"
                | "herald"
                | "tribune"
                | "gazette"
                | "network"
                | "networks"
                | "office"
                | "assembly"
                | "parliament"
                | "senate"
                | "congress"
                | "board"
                | "bureau"
                | "service"
                | "services"
                | "authority"
                | "organization"
                | "organisation"
                | "school"
                | "college"
                | "academy"
                | "hospital"
                | "church"
                | "exchange"
                | "reserve"
                | "trust"
                | "partners"
                | "capital"
                | "media"
                | "pharmaceuticals"
                | "pharma"
                | "energy"
                | "oil"
                | "telecom"
                | "communications"
                | "brothers"
                | "bros"
                | "bros."
                | "team"
                | "league"
                | "society"
                | "alliance"
                | "coalition"
                | "movement"
                | "front"
                | "brigade"
                | "brigades"
                | "guard"
                | "command"
                | "cabinet"
                | "government"
                | "administration"
                | "secretariat"
                | "directorate"
                | "tribunal"
                | "commissioner"
                | "corps"
                | "securities"
                | "investments"
                | "ventures"
                | "entertainment"
                | "studios"
                | "records"
                | "publishing"
                | "magazine"
                | "radio"
                | "tv"
                | "television"
                | "channel"
                | "broadcasting"
                | "united"
                | "city fc"
                | "fc"
                | "f.c."
                | "rovers"
                | "wanderers"
                | "athletic"
                | "athletico"
                | "sporting"
                | "orchestra"
                | "band"
                | "center"
                | "centre"
                | "centers"
                | "centres"
                | "institutes"
                | "museum"
                | "library"
                | "council's"
                | "cooperative"
                | "co-op"
                | "railway"
                | "railways"
                | "electric"
                | "motor"
                | "steel"
                | "mining"
                | "petroleum"
                | "chemical"
                | "chemicals"
                | "foods"
                | "stores"
                | "insurance"
                | "software"
                | "semiconductor"
                | "aerospace"
                | "dynamics"
                | "robotics"
                | "management"
                | "investment"
                | "advisors"
                | "advisers"
                | "associates"
                | "equity"
                | "brands"
                | "logistics"
                | "shipping"
                | "power"
                | "utilities"
                | "resources"
                | "metals"
                | "minerals"
                | "cement"
                | "properties"
                | "hotels"
                | "resorts"
                | "petrochemical"
                | "petrochemicals"
        )
}

/// Words that take an `of` inside a name (`Bank of England`, `Sea of Japan`).
pub(super) fn takes_of(key: &str) -> bool {
    is_organization_cue(key) || takes_of_beside_bodies(key)
}

/// The words of [`takes_of`] that are no organisation's cue (`Sea`, `Cup`): for a
/// caller that knows the cue already.
pub(super) fn takes_of_beside_bodies(key: &str) -> bool {
    matches!(
        key,
        "republic"
            | "kingdom"
            | "sea"
            | "gulf"
            | "bay"
            | "isle"
            | "island"
            | "islands"
            | "strait"
            | "straits"
            | "cape"
            | "lake"
            | "mount"
            | "port"
            | "province"
            | "state"
            | "states"
            | "city"
            | "county"
            | "district"
            | "duchy"
            | "emirate"
            | "commonwealth"
            | "house"
            | "chamber"
            | "palace"
            | "cathedral"
            | "battle"
            | "siege"
            | "treaty"
            | "day"
            | "feast"
            | "statue"
            | "tower"
            | "bill"
            | "declaration"
            | "order"
            | "duke"
            | "earl"
            | "archbishop"
            | "bishop"
            | "secretary"
            | "minister"
            | "chief"
            | "head"
            | "court"
            | "tomb"
            | "temple"
            | "dome"
            | "valley"
            | "mountains"
            | "plains"
            | "queen"
            | "king"
            | "prince"
            | "princess"
            | "sultan"
            | "emir"
            | "series"
            | "tournament"
            // `Tour of Switzerland`, `Tour of Flanders`: a stage race.
            | "tour"
            | "championship"
            | "championships"
            | "cup"
            | "plan"
            | "act"
            | "convention"
            | "protocol"
            | "charter"
    )
}

/// The last word of a name that makes it a place.
pub(super) fn is_location_cue(key: &str) -> bool {
    matches!(
        key,
        "city"
            | "county"
            | "province"
            | "island"
            | "islands"
            | "river"
            | "lake"
            | "mountain"
            | "mountains"
            | "mount"
            | "valley"
            | "sea"
            | "ocean"
            | "bay"
            | "gulf"
            | "strait"
            | "straits"
            | "peninsula"
            | "region"
            | "district"
            | "street"
            | "st"
            | "square"
            | "avenue"
            | "ave"
            | "road"
            | "boulevard"
            | "airport"
            | "park"
            | "bridge"
            | "cosmodrome"
            | "spaceport"
            | "coast"
            | "desert"
            | "canal"
            // `the Khyber Pass`, `the Brenner Pass`.
            | "pass"
            | "heights"
            | "hills"
            | "hill"
            | "beach"
            | "forest"
            | "harbor"
            | "harbour"
            | "station"
            | "stadium"
            // `Bellerive Oval`: a cricket ground.
            | "oval"
            | "arena"
            | "palace"
            | "cathedral"
            | "village"
            | "town"
            | "township"
            | "prefecture"
            | "oblast"
            | "territory"
            | "territories"
            | "state"
            | "republic"
            | "kingdom"
            | "emirates"
            | "highway"
            | "square's"
            | "plaza"
            | "port"
            | "peak"
            | "glacier"
            | "volcano"
            | "falls"
            | "reservoir"
            | "dam"
            | "base"
            | "prison"
            | "camp"
            | "tower"
            | "towers"
            | "building"
            | "hall"
            | "zone"
            | "border"
            | "corridor"
            | "province's"
            | "capital"
            | "metro"
            | "metropolitan"
            | "shoal"
            | "garden"
            | "gardens"
            | "field"
            | "reef"
            | "atoll"
            | "archipelago"
            | "plateau"
            | "basin"
            | "delta"
            | "canyon"
            | "lagoon"
    )
}

/// The first word of a name that makes it a place (`Mount Fuji`, `Lake Geneva`).
pub(super) fn is_location_head(key: &str) -> bool {
    matches!(
        key,
        "mount"
            | "boulevard"
            | "avenue"
            | "mt"
            | "mt."
            | "lake"
            | "port"
            | "cape"
            | "fort"
            | "ft."
            | "san"
            | "santa"
            | "saint"
            | "st."
            | "sea"
            | "gulf"
            | "strait"
            | "isle"
            | "new"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "upper"
            | "lower"
            | "inner"
            | "outer"
            | "greater"
            | "los"
            | "las"
            | "el"
            | "rio"
            | "al"
    )
}

/// The last word of a name that makes it an event, law, work or prize (`other`).
pub(super) fn is_other_cue(key: &str) -> bool {
    matches!(
        key,
        "war"
            | "show"
            | "cup"
            | "open"
            | "championship"
            | "championships"
            | "finals"
            | "games"
            | "olympics"
            | "prize"
            | "award"
            | "awards"
            | "festival"
            | "act"
            | "treaty"
            | "agreement"
            | "accord"
            | "accords"
            | "day"
            | "summit"
            | "conference"
            | "crisis"
            | "revolution"
            | "series"
            | "prix"
            | "trophy"
            // `Sheffield Shield`, `Charity Shield`: a trophy.
            | "shield"
            | "tournament"
            | "marathon"
            | "expo"
            | "week"
            | "doctrine"
            | "plan"
            | "bill"
            | "protocol"
            | "convention"
            | "declaration"
            | "uprising"
            | "massacre"
            | "election"
            | "elections"
            | "referendum"
            | "index"
            | "average"
            | "amendment"
            | "constitution"
            | "depression"
            | "slam"
            | "ii"
            | "iii"
            | "pro"
            | "max"
            | "edition"
            | "masters"
            | "classic"
            | "invitational"
    )
}

/// Abbreviations of common nouns that news copy writes in capitals (`GDP`, `IPO`,
/// `CEO`, `HIV`), by lower-case key: no names, though capitals alone would make
/// them bodies.
pub(super) fn is_common_acronym(key: &str) -> bool {
    matches!(
        key,
        "gdp"
            | "mvp"
            // `NY RANGERS 3 Philadelphia 3 ( OT )`: overtime.
            | "ot"
            | "gnp"
            | "cpi"
            | "ppi"
            | "pmi"
            | "ipo"
            | "etf"
            | "vat"
            | "eps"
            | "ebitda"
            | "fx"
            | "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "mp"
            | "mps"
            | "hiv"
            | "aids"
            | "dna"
            | "rna"
            | "mri"
            | "icu"
            | "suv"
            | "ev"
            | "lng"
            | "lpg"
            | "ai"
            | "gps"
            | "pc"
            | "tv"
            | "usb"
            | "pdf"
            | "url"
            | "api"
            | "atm"
            | "gmt"
            | "utc"
            | "ok"
            | "hq"
            | "id"
            | "iq"
            | "ngo"
            | "sms"
            | "uav"
            | "icbm"
            | "wmd"
            | "r&d"
            | "m&a"
            | "q1"
            | "q2"
            | "q3"
            | "q4"
    )
}

/// Connectors allowed inside a name between two capitalised words.
pub(super) fn is_connector(key: &str) -> bool {
    matches!(
        key,
        "of" | "de"
            | "da"
            | "di"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "du"
            | "des"
            | "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "y"
            | "for"
            | "&"
            | "and"
            | "the"
            | "on"
            | "upon"
    )
}

/// Words before a name that say the name is a place (`in Kyiv`).
pub(super) fn is_place_preposition(key: &str) -> bool {
    // `to` and `from` take people and firms as often as places, so they do not count.
    matches!(
        key,
        "in" | "near"
            | "outside"
            | "across"
            | "throughout"
            | "around"
            | "toward"
            | "towards"
            | "visit"
            | "visited"
            | "visiting"
    )
}

/// Words after a name that say it is a side in a match (`Leeds beat Chelsea`,
/// `Leeds v Chelsea`).
pub(super) fn is_match_verb_after(key: &str) -> bool {
    matches!(
        key,
        "beat"
            | "beats"
            | "drew"
            | "defeated"
            | "edged"
            | "thrashed"
            | "routed"
            | "trounced"
            | "overcame"
            | "outplayed"
            | "v"
            | "vs"
            | "vs."
    )
}

/// Words before a name that say it is a side in a match (`beat Chelsea`, `v Leeds`).
pub(super) fn is_match_verb_before(key: &str) -> bool {
    matches!(
        key,
        "beat" | "defeated" | "edged" | "thrashed" | "routed" | "trounced" | "v" | "vs" | "vs."
    )
}

/// Verbs after a name that say the name is someone speaking (`Miller said`).
pub(super) fn is_speech_verb(key: &str) -> bool {
    matches!(
        key,
        "said"
            | "says"
            | "told"
            | "added"
            | "asked"
            | "wrote"
            | "explained"
            | "noted"
            | "argued"
            | "insisted"
            | "recalled"
            | "admitted"
            | "stressed"
            | "replied"
            | "tweeted"
            | "declared"
            | "claimed"
            | "warned"
            | "urged"
            | "believes"
            | "thinks"
            | "believed"
            | "thought"
            | "who"
    )
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    use super::*;

    #[test]
    fn word_hash_spreads_the_common_words_over_the_low_bits() {
        let hasher = FastHash::default();
        let words: Vec<&str> = entries(COMMON_WORDS).take(4096).collect();
        let hashes: HashSet<u64> = words.iter().map(|w| hasher.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len(), "no two words hash alike");
        // hashbrown picks a bucket by the low bits: 4,096 keys in 4,096 buckets
        // fill about 1 - 1/e of them when the hash is uniform.
        let buckets: HashSet<u64> = hashes.iter().map(|h| h & 4095).collect();
        assert!(buckets.len() > 2400, "{} buckets used", buckets.len());
    }
}
