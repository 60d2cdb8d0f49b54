//! Words for the index: runs of letters and digits, except in scripts written
//! without spaces.
//!
//! Chinese, Japanese, Thai, Lao, Khmer and Burmese put no space between words, so a
//! whole sentence would be one token (and dropped as too long). Each Han, kana,
//! hangul, Thai, Lao, Khmer or Burmese character (with the marks written on it) is
//! its own token instead; a query word in those scripts then becomes a phrase of
//! characters (tantivy's query parser does that for a word that yields several
//! tokens), which finds exactly the articles holding that run of characters.
//!
//! A word is letters and digits with the combining marks written on them (the
//! virama inside most Hindi words, a nukta, an accent typed as a separate mark),
//! and goes on across the joiners of Persian and Indic words and the soft hyphen.

use morgue_extract::is_unspaced_script;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Splits on non-alphanumerics (but combining marks and joiners), and around every
/// character of an unspaced script.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The tokens of one text.
pub struct WordTokenStream<'a> {
    text: &'a str,
    /// Where the next word is looked for (a char boundary).
    offset: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            offset: 0,
            token: &mut self.token,
        }
    }
}

impl WordTokenStream<'_> {
    /// The character at byte `at` (a char boundary before the end) and its length.
    /// Bytes are looked at first: ASCII, most of any text, needs no decoding.
    #[inline]
    fn char_at(&self, at: usize) -> (char, usize) {
        let byte = self.text.as_bytes()[at];
        if byte.is_ascii() {
            (char::from(byte), 1)
        } else {
            let c = self.text[at..]
                .chars()
                .next()
                .expect("a char boundary before the end starts a char");
            (c, c.len_utf8())
        }
    }

    /// Whether a letter or digit of a spaced script starts at byte `at`.
    fn letter_at(&self, at: usize) -> bool {
        at < self.text.len() && {
            let (c, _) = self.char_at(at);
            c.is_alphanumeric() && !is_unspaced_script(c)
        }
    }
}

/// Whether `c` joins the letters around it into one word without being one: the
/// zero-width non-joiner and joiner inside Persian and Indic words (`می‌کردند`), and
/// the soft hyphen that marks where a long word may break (`Gesund\u{AD}heit`).
/// A word goes on across it; the word's text leaves it out, so a query typed with
/// or without it finds the same word.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

/// Whether the combining mark `c` is left out of a word's text: the accents of
/// Latin, Greek and Cyrillic (U+0300 to U+036F), which the ASCII folding of the
/// index drops from composed letters too, so `Zu\u{308}rich` is indexed as
/// `Zurich`, like `Zürich`. The other marks (the virama of Indic scripts, Thai tone
/// marks, the nukta) change the word and stay in it.
fn is_silent(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Whether a letter (or mark) of a word is folded by [`push_folded`]: Turkish's
/// `İ`, Greek (the monotonic and polytonic blocks), Russian's `ё`, and Arabic.
fn needs_folding(c: char) -> bool {
    matches!(
        c,
        '\u{0130}'
            | '\u{0370}'..='\u{03FF}'
            | '\u{1F00}'..='\u{1FFF}'
            | 'ё'
            | 'Ё'
            | '\u{0600}'..='\u{06FF}'
    )
}

/// Pushes `c` onto `text` as the index has it, for the letters the lower-casing
/// and ASCII folding after the tokenizer leave apart from what people type:
///
/// - Turkish `İ` (`İstanbul`, `İzmir`) lower-cased to `i` and U+0307, a dot the
///   folding keeps, so `istanbul` found no page that spells the city in Turkish;
///   it is the `I` the folding makes of it.
/// - Greek accents (tonos, dialytika, the breathings of polytonic text) are dropped
///   as the folding drops Latin ones: Greek capitals are written without them
///   (`ΑΘΗΝΑ` over `Αθήνα`), and `αθηνα` typed without them found neither.
/// - The final sigma `ς` is `σ`: `ΟΔΟΥΣ` lower-cases to `οδουσ`, and missed the
///   `οδούς` of the text.
/// - Russian `ё` is `е`, as most Russian text and nearly every query writes it:
///   `королев` missed a page that spells `Королёв`, and the other way round. (Not
///   `й`, a letter of its own, which its breve makes no accent.)
/// - Arabic as its search engines read it: without the short vowels and the
///   shadda some texts write (`مُحَمَّد` is `محمد`) nor the tatweel that stretches a
///   word, and with one alef for `أ`, `إ` and `آ`, `ي` for `ى`, and `ه` for `ة`,
///   which people type either way: `الاسكندرية` missed `الإسكندرية`. Persian's
///   `ی` and `ک` are Arabic's `ي` and `ك`: Persian pages are written with either,
///   as the keyboard had them (`ایران` and `ايران`).
fn push_folded(c: char, text: &mut String) {
    match c {
        '\u{0130}' => text.push('I'),
        'ς' => text.push('σ'),
        'ё' => text.push('е'),
        'Ё' => text.push('Е'),
        '\u{064B}'..='\u{0652}' | '\u{0640}' => {}
        '\u{0622}' | '\u{0623}' | '\u{0625}' => text.push('\u{0627}'),
        '\u{0649}' | '\u{06CC}' => text.push('\u{064A}'),
        '\u{06A9}' => text.push('\u{0643}'),
        '\u{0629}' => text.push('\u{0647}'),
        _ if needs_folding(c) => {
            unicode_normalization::char::decompose_canonical(c, |part| {
                if !is_silent(part) {
                    text.push(part);
                }
            });
        }
        _ => text.push(c),
    }
}

/// Whether `c` is of an Indic script (Devanagari to Sinhala), where one letter has
/// two spellings in code points: `ज़` is U+095B or `ज` then the nukta U+093C, the
/// Bengali `ো` one vowel sign or two. Pages and keyboards use either, and a query
/// typed one way missed a page written the other: a word holding an Indic letter is
/// indexed in Unicode's composed form (NFC), which gives both the same text.
fn is_indic(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0DFF}')
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        let len = self.text.len();
        let bytes = self.text.as_bytes();
        let mut at = self.offset;
        while at < len {
            let (c, width) = self.char_at(at);
            if !c.is_alphanumeric() {
                at += width;
                continue;
            }
            let start = at;
            let mut end = at + width;
            // Whether a char of the word is left out of its text (`is_silent`, `is_joiner`).
            let mut silent = false;
            // Whether the word's text is composed (NFC): a word of an Indic script
            // (`is_indic`), or a letter of an unspaced one with a mark written apart.
            let mut compose = is_indic(c);
            // Whether a letter of the word is folded (`push_folded`).
            let mut fold = needs_folding(c);
            if is_unspaced_script(c) {
                // A Thai tone mark or a Japanese voicing mark belongs to its letter;
                // `か` then U+3099 is `が`, as a query types it.
                while end < len && !bytes[end].is_ascii() {
                    let (next, width) = self.char_at(end);
                    if !is_combining_mark(next) {
                        break;
                    }
                    silent |= is_silent(next);
                    compose = true;
                    end += width;
                }
            } else {
                while end < len {
                    // An ASCII byte is a whole char, and in no unspaced script: the
                    // test is one lookup, without the Unicode tables or the ranges.
                    if bytes[end].is_ascii() {
                        if !bytes[end].is_ascii_alphanumeric() {
                            break;
                        }
                        end += 1;
                        continue;
                    }
                    let (next, width) = self.char_at(end);
                    if next.is_alphanumeric() {
                        if is_unspaced_script(next) {
                            break;
                        }
                        compose |= is_indic(next);
                        fold |= needs_folding(next);
                    } else if is_combining_mark(next) {
                        silent |= is_silent(next);
                        compose |= is_indic(next);
                        fold |= needs_folding(next);
                    } else if is_joiner(next) && self.letter_at(end + width) {
                        silent = true;
                    } else {
                        break;
                    }
                    end += width;
                }
            }
            self.offset = end;
            self.token.offset_from = start;
            self.token.offset_to = end;
            let word = &self.text[start..end];
            if fold && compose {
                let mut folded = String::with_capacity(word.len());
                word.chars()
                    .filter(|&c| !is_silent(c) && !is_joiner(c))
                    .for_each(|c| push_folded(c, &mut folded));
                self.token.text.extend(folded.chars().nfc());
            } else if fold {
                // Straight into the token's buffer: no allocation per word.
                let text = &mut self.token.text;
                word.chars()
                    .filter(|&c| !is_silent(c) && !is_joiner(c))
                    .for_each(|c| push_folded(c, text));
            } else if compose {
                self.token.text.extend(
                    word.chars()
                        .filter(|&c| !is_silent(c) && !is_joiner(c))
                        .nfc(),
                );
            } else if silent {
                self.token
                    .text
                    .extend(word.chars().filter(|&c| !is_silent(c) && !is_joiner(c)));
            } else {
                self.token.text.push_str(word);
            }
            return true;
        }
        self.offset = len;
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Declares [`COMMON_WORDS`] and the `matches!` over the same words that
/// [`is_common`] runs, so the list is written once.
macro_rules! common_words {
    ($($word:literal),* $(,)?) => {
        /// Words so frequent that a phrase holding one would read the positions of
        /// nearly every article: the most frequent function words of the languages
        /// the archive's pages are in (lower-cased and folded, as the analyzer leaves
        /// them). Sorted.
        const COMMON_WORDS: &[&str] = &[$($word),*];

        /// Whether `word` is one of the [`COMMON_WORDS`], as one `match`: the
        /// compiler sorts it by length and bytes, where a binary search over the
        /// list called a byte comparison per probe for every token of every article.
        fn is_common_word(word: &str) -> bool {
            matches!(word, $($word)|*)
        }
    };
}

common_words![
    "a", "and", "as", "at", "au", "by", "da", "das", "de", "del", "den", "der", "des", "di", "die",
    "do", "du", "een", "el", "en", "et", "for", "het", "il", "in", "is", "la", "las", "le", "les",
    "los", "na", "no", "of", "on", "que", "that", "the", "to", "und", "van", "was", "with", "y",
    "zu",
];

/// Whether `word` (lower-cased and folded) is one of the [`COMMON_WORDS`].
pub fn is_common(word: &str) -> bool {
    // Every token of every article asks: most are longer than any common word.
    word.len() <= LONGEST_COMMON_WORD && is_common_word(word)
}

/// Bytes in the longest of the [`COMMON_WORDS`].
const LONGEST_COMMON_WORD: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < COMMON_WORDS.len() {
        if COMMON_WORDS[i].len() > longest {
            longest = COMMON_WORDS[i].len();
        }
        i += 1;
    }
    longest
};

/// Separates the two words of a common gram; the tokenizer never puts one in a word.
const GRAM_SEPARATOR: char = ' ';

/// Whether `term` is a common gram rather than a word.
pub fn is_gram(term: &str) -> bool {
    term.contains(GRAM_SEPARATOR)
}

/// Index side of "common grams": after each [`COMMON_WORDS`] word, also emits the pair
/// of it and the next word as one token (`the government`) at the common word's
/// position, so that a phrase holding a common word is looked up as a rare pair
/// (see [`QueryGrams`]) instead of by reading the common word's positions in nearly
/// every article. Costs one extra token per common word.
#[derive(Clone, Copy, Debug, Default)]
pub struct IndexGrams;

impl TokenFilter for IndexGrams {
    type Tokenizer<T: Tokenizer> = IndexGramsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> IndexGramsFilter<T> {
        IndexGramsFilter {
            inner: tokenizer,
            buffers: GramBuffers::default(),
        }
    }
}

/// The tokenizer [`IndexGrams`] makes of another.
#[derive(Clone)]
pub struct IndexGramsFilter<T> {
    inner: T,
    buffers: GramBuffers,
}

/// Tokens kept between calls, so a stream allocates nothing per token.
#[derive(Clone, Default)]
struct GramBuffers {
    /// A common word, kept while the word after it is read.
    word: Token,
    /// The pair of the common word and the next.
    gram: Token,
}

impl<T: Tokenizer> Tokenizer for IndexGramsFilter<T> {
    type TokenStream<'a> = IndexGramsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        IndexGramsStream {
            tail: self.inner.token_stream(text),
            buffers: &mut self.buffers,
            read_ahead: false,
            gram_pending: false,
            current: Current::Tail,
        }
    }
}

/// Where the stream's current token is.
#[derive(Clone, Copy)]
enum Current {
    /// In the inner stream: a word that is not common, passed on without a copy.
    Tail,
    /// In [`GramBuffers::word`]: a common word, whose successor the inner stream holds.
    Word,
    /// In [`GramBuffers::gram`].
    Gram,
}

/// The tokens of one text with the common grams among them.
pub struct IndexGramsStream<'a, T> {
    tail: T,
    buffers: &'a mut GramBuffers,
    /// The inner stream holds a word read ahead and not yet emitted.
    read_ahead: bool,
    /// The pair of `word` and the word read ahead is to be emitted next.
    gram_pending: bool,
    current: Current,
}

impl<T: TokenStream> TokenStream for IndexGramsStream<'_, T> {
    fn advance(&mut self) -> bool {
        let b = &mut *self.buffers;
        if self.gram_pending {
            self.gram_pending = false;
            self.current = Current::Gram;
            let next = self.tail.token();
            b.gram.text.clear();
            b.gram.text.push_str(&b.word.text);
            b.gram.text.push(GRAM_SEPARATOR);
            b.gram.text.push_str(&next.text);
            b.gram.offset_from = b.word.offset_from;
            b.gram.offset_to = next.offset_to;
            b.gram.position = b.word.position;
            b.gram.position_length = 2;
            return true;
        }
        if !std::mem::take(&mut self.read_ahead) && !self.tail.advance() {
            return false;
        }
        if !is_common(&self.tail.token().text) {
            self.current = Current::Tail;
            return true;
        }
        // A common word: kept aside while the next word is read for the gram.
        self.current = Current::Word;
        copy_token(&mut b.word, self.tail.token());
        if self.tail.advance() {
            self.read_ahead = true;
            self.gram_pending = self.tail.token().position == b.word.position + 1;
        }
        true
    }

    fn token(&self) -> &Token {
        match self.current {
            Current::Tail => self.tail.token(),
            Current::Word => &self.buffers.word,
            Current::Gram => &self.buffers.gram,
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.current {
            Current::Tail => self.tail.token_mut(),
            Current::Word => &mut self.buffers.word,
            Current::Gram => &mut self.buffers.gram,
        }
    }
}

/// Copies `from` into `to`, reusing `to`'s text buffer: `Token`'s derived
/// `clone_from` allocates a new string for every word of every article.
#[inline]
fn copy_token(to: &mut Token, from: &Token) {
    to.offset_from = from.offset_from;
    to.offset_to = from.offset_to;
    to.position = from.position;
    to.position_length = from.position_length;
    to.text.clear();
    to.text.push_str(&from.text);
}

/// Query side of "common grams", for a text indexed with [`IndexGrams`]: a run of
/// words becomes the pairs that start with a common word plus the other words they
/// do not cover, at the words' positions, so `"bank of the north"` is looked up as
/// the phrase `bank`, `of the`, `the north` and `"the government"` as the single
/// term `the government`. A lone word stays itself, common or not.
#[derive(Clone, Copy, Debug, Default)]
pub struct QueryGrams;

impl TokenFilter for QueryGrams {
    type Tokenizer<T: Tokenizer> = QueryGramsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> QueryGramsFilter<T> {
        QueryGramsFilter { inner: tokenizer }
    }
}

/// The tokenizer [`QueryGrams`] makes of another.
#[derive(Clone)]
pub struct QueryGramsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for QueryGramsFilter<T> {
    type TokenStream<'a> = QueryGramsStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> QueryGramsStream {
        let mut words = Vec::new();
        let mut tail = self.inner.token_stream(text);
        while tail.advance() {
            words.push(tail.token().clone());
        }
        let pairs_with_next = |i: usize| {
            is_common(&words[i].text)
                && words
                    .get(i + 1)
                    .is_some_and(|next| next.position == words[i].position + 1)
        };
        let mut tokens = Vec::with_capacity(words.len());
        for i in 0..words.len() {
            if pairs_with_next(i) {
                let (word, next) = (&words[i], &words[i + 1]);
                tokens.push(Token {
                    offset_from: word.offset_from,
                    offset_to: next.offset_to,
                    position: word.position,
                    text: format!("{}{GRAM_SEPARATOR}{}", word.text, next.text),
                    position_length: 2,
                });
            } else if i == 0 || !pairs_with_next(i - 1) {
                tokens.push(words[i].clone());
            }
        }
        QueryGramsStream {
            tokens,
            index: None,
        }
    }
}

/// The tokens of one query text: its words, or the common grams that cover them.
pub struct QueryGramsStream {
    tokens: Vec<Token>,
    index: Option<usize>,
}

impl TokenStream for QueryGramsStream {
    fn advance(&mut self) -> bool {
        let next = self.index.map_or(0, |i| i + 1);
        self.index = Some(next);
        next < self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index.unwrap_or(0)]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index.unwrap_or(0)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(String, usize, usize)> {
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn splits_words_on_punctuation_like_the_simple_tokenizer() {
        let found: Vec<String> = tokens("Kim's U.N. envoy, 2024!")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(found, ["Kim", "s", "U", "N", "envoy", "2024"]);
    }

    #[test]
    fn every_unspaced_character_is_a_token_with_its_offsets() {
        assert_eq!(
            tokens("港湾Meridian社"),
            [
                ("港".to_owned(), 0, 3),
                ("湾".to_owned(), 3, 6),
                ("Meridian".to_owned(), 6, 14),
                ("社".to_owned(), 14, 17)
            ]
        );
    }

    fn analyzed(grams: impl TokenFilter, text: &str) -> Vec<(String, usize)> {
        let mut analyzer = tantivy::tokenizer::TextAnalyzer::builder(WordTokenizer::default())
            .filter(tantivy::tokenizer::LowerCaser)
            .filter(grams)
            .build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position));
        }
        out
    }

    fn owned(tokens: &[(&str, usize)]) -> Vec<(String, usize)> {
        tokens.iter().map(|&(t, p)| (t.to_owned(), p)).collect()
    }

    #[test]
    fn the_index_pairs_each_common_word_with_the_next_at_its_position() {
        assert_eq!(
            analyzed(IndexGrams, "Bank of the North."),
            owned(&[
                ("bank", 0),
                ("of", 1),
                ("of the", 1),
                ("the", 2),
                ("the north", 2),
                ("north", 3),
            ])
        );
    }

    #[test]
    fn a_common_word_at_the_end_pairs_with_nothing() {
        assert_eq!(
            analyzed(IndexGrams, "what is"),
            owned(&[("what", 0), ("is", 1)])
        );
    }

    #[test]
    fn a_query_phrase_becomes_the_grams_and_the_words_they_leave_out() {
        assert_eq!(
            analyzed(QueryGrams, "Bank of the North"),
            owned(&[("bank", 0), ("of the", 1), ("the north", 2)])
        );
        assert_eq!(
            analyzed(QueryGrams, "the government"),
            owned(&[("the government", 0)])
        );
        assert_eq!(
            analyzed(QueryGrams, "minister of"),
            owned(&[("minister", 0), ("of", 1)])
        );
    }

    #[test]
    fn a_lone_word_stays_itself_common_or_not() {
        assert_eq!(analyzed(QueryGrams, "The"), owned(&[("the", 0)]));
        assert_eq!(analyzed(QueryGrams, "Putin"), owned(&[("putin", 0)]));
        assert!(analyzed(QueryGrams, "  ").is_empty());
    }

    #[test]
    fn every_query_gram_is_a_token_the_index_holds_at_the_same_position() {
        let text = "The mayor of the city said on Monday that the bridge is to close";
        let indexed = analyzed(IndexGrams, text);
        for token in analyzed(QueryGrams, text) {
            assert!(indexed.contains(&token), "{token:?} not in {indexed:?}");
        }
    }

    #[test]
    fn common_words_are_sorted_and_each_is_common() {
        assert!(COMMON_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON_WORDS.iter().all(|w| is_common(w)));
        assert!(!is_common("") && !is_common("thee") && !is_common("th"));
        assert_eq!(LONGEST_COMMON_WORD, 4);
        assert!(is_common("the") && !is_common("government"));
    }

    /// The tokenizer's rules one char at a time: the reference the byte-wise one
    /// must agree with.
    fn reference_tokens(text: &str) -> Vec<(String, usize, usize)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let spaced_letter = |c: char| c.is_alphanumeric() && !is_unspaced_script(c);
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            i += 1;
            if !c.is_alphanumeric() {
                continue;
            }
            let mut word = vec![c];
            while let Some(&(_, next)) = chars.get(i) {
                let joins = if is_unspaced_script(c) {
                    is_combining_mark(next)
                } else {
                    spaced_letter(next)
                        || (!next.is_alphanumeric() && is_combining_mark(next))
                        || (is_joiner(next)
                            && chars.get(i + 1).is_some_and(|&(_, c)| spaced_letter(c)))
                };
                if !joins {
                    break;
                }
                word.push(next);
                i += 1;
            }
            let end = chars.get(i).map_or(text.len(), |&(at, _)| at);
            let mut folded = String::new();
            word.iter()
                .copied()
                .filter(|&c| !is_silent(c) && !is_joiner(c))
                .for_each(|c| push_folded(c, &mut folded));
            let kept = folded.chars().nfc().collect();
            out.push((kept, start, end));
        }
        out
    }

    #[test]
    fn thai_lao_khmer_and_burmese_letters_are_tokens_with_their_marks() {
        // "Bangkok" in Thai: the vowel mark under ร and the tone mark over ต stay
        // on their letters.
        let found: Vec<String> = tokens("กรุงเทพ ต้อง").into_iter().map(|t| t.0).collect();
        assert_eq!(found, ["ก", "รุ", "ง", "เ", "ท", "พ", "ต้", "อ", "ง"]);
        assert_eq!(tokens("ລາວ").len(), 3);
        // A voicing mark written apart is the letter a query types in one.
        assert_eq!(tokens("か\u{3099}")[0].0, "が");
        assert_eq!(
            (tokens("か\u{3099}")[0].1, tokens("か\u{3099}")[0].2),
            (0, 6)
        );
        assert_eq!(tokens("ខ្មែរ").len(), 3);
        assert_eq!(tokens("မြန်မာ").len(), 3);
    }

    #[test]
    fn a_virama_or_nukta_inside_an_indic_word_keeps_it_one_word() {
        assert_eq!(
            tokens("हिन्दी समाचार"),
            [("हिन्दी".to_owned(), 0, 18), ("समाचार".to_owned(), 19, 37)]
        );
        assert_eq!(tokens("ज़िंदगी").len(), 1);
    }

    #[test]
    fn a_letter_with_its_nukta_in_one_code_point_is_indexed_as_letter_and_nukta() {
        // `ज़िंदगी` typed with U+095B, and with `ज` then the nukta U+093C.
        let one = tokens("\u{95B}\u{93F}\u{902}\u{926}\u{917}\u{940}");
        let apart = tokens("\u{91C}\u{93C}\u{93F}\u{902}\u{926}\u{917}\u{940}");
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].0, apart[0].0);
        // The offsets are the text's, not the composed form's.
        assert_eq!((one[0].1, one[0].2), (0, 18));
        assert_eq!(tokens("\u{A5B}\u{A41}").len(), 1);
        // Bengali `ো` as one vowel sign and as its two halves.
        assert_eq!(
            tokens("\u{995}\u{9CB}")[0].0,
            tokens("\u{995}\u{9C7}\u{9BE}")[0].0
        );
        assert_eq!(tokens("বাংলা ভাষা").len(), 2);
    }

    #[test]
    fn joiners_and_soft_hyphens_join_a_word_and_are_left_out_of_its_text() {
        // (Its Persian `ی` and `ک` written as Arabic's, as `push_folded` has them.)
        assert_eq!(tokens("می\u{200C}کردند"), [("ميكردند".to_owned(), 0, 17)]);
        assert_eq!(
            tokens("Gesund\u{AD}heits\u{AD}vorsorge"),
            [("Gesundheitsvorsorge".to_owned(), 0, 23)]
        );
        // A joiner with no letter after it ends the word, as any other mark would.
        assert_eq!(
            tokens("word\u{200C} next\u{AD}")
                .into_iter()
                .map(|t| t.0)
                .collect::<Vec<_>>(),
            ["word", "next"]
        );
    }

    #[test]
    fn a_decomposed_accent_is_left_out_like_the_folding_drops_a_composed_one() {
        assert_eq!(tokens("Zu\u{308}rich"), [("Zurich".to_owned(), 0, 8)]);
        // A mark after a space starts no word.
        assert_eq!(
            tokens("a \u{301}b")
                .into_iter()
                .map(|t| t.0)
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
    }

    /// What the index holds for `text`: the tokenizer, lower-casing and folding.
    fn analyzed_words(text: &str) -> Vec<String> {
        let mut analyzer = crate::schema::word_analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut words = Vec::new();
        while stream.advance() {
            words.push(stream.token().text.clone());
        }
        words
    }

    #[test]
    fn turkish_dotted_capital_i_and_greek_accents_fold_as_people_type_them() {
        assert_eq!(analyzed_words("İstanbul İZMİR"), ["istanbul", "izmir"]);
        assert_eq!(
            analyzed_words("Αθήνα ΑΘΗΝΑ ΑΘΉΝΑ αθηνα"),
            ["αθηνα", "αθηνα", "αθηνα", "αθηνα"]
        );
        assert_eq!(analyzed_words("οδούς ΟΔΟΎΣ"), ["οδουσ", "οδουσ"]);
        assert_eq!(analyzed_words("ἀρχὴ Ϊ"), ["αρχη", "ι"]);
        assert_eq!(
            analyzed_words("Королёв ЁЛКА йод"),
            ["королев", "елка", "йод"]
        );
        assert_eq!(
            analyzed_words("مُحَمَّد الإسكندرية احتجاجاً مستشفى مدينة جـــميل"),
            ["محمد", "الاسكندريه", "احتجاجا", "مستشفي", "مدينه", "جميل"]
        );
        assert_eq!(
            analyzed_words("ایران ايران کتاب كتاب"),
            ["ايران", "ايران", "كتاب", "كتاب"]
        );
        // The offsets are still those of the text as written.
        let found = tokens("Αθήνα");
        assert_eq!((found[0].1, found[0].2), (0, "Αθήνα".len()));
    }

    #[test]
    fn agrees_with_the_char_by_char_reference_on_mixed_scripts() {
        const PIECES: &[&str] = &[
            "Zürich",
            " ",
            "港湾",
            "Meridian",
            "社",
            "-",
            "2024",
            "ÉCOLE",
            "’s",
            "\u{200b}",
            "Москва",
            ",",
            "ｶﾅ",
            "x",
            "\u{1F600}",
            "ß",
            "\n",
            "한국",
            "ǅ",
            "٣",
            "हिन",
            "\u{94D}",
            "दी",
            "\u{200C}",
            "\u{AD}",
            "\u{308}",
            "กรุง",
            "\u{E49}",
            "ខ្មែរ",
            "\u{95B}",
            "\u{93C}",
            "न",
            "\u{9C7}\u{9BE}",
            "か",
            "\u{3099}",
            "Ελλάδα",
            "ΟΔΟΎΣ",
            "ς",
            "ἀρχή",
            "İstanbul",
            "\u{130}",
            "Королёв",
            "Ё",
            "مُحَمَّد",
            "الإسكندرية",
            "\u{651}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            assert_eq!(tokens(&text), reference_tokens(&text), "{text:?}");
        }
    }
}
