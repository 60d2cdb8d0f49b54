//! Cuts text into words and punctuation, keeping what name finding needs: byte
//! offsets, the line of each token, and whether a word starts a sentence.

use crate::is_unspaced_script;

/// One word or punctuation mark of the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'a> {
    /// The word as written, without a possessive `'s`; one char for punctuation.
    pub(super) text: &'a str,
    /// Byte offset of `text` in the whole text.
    pub(super) start: usize,
    /// Whether this is a word (starts with a letter or digit).
    pub(super) is_word: bool,
    /// Whether the word was written with a possessive `'s` / `’s` (now cut off).
    pub(super) is_possessive: bool,
    /// Whether the word begins with an upper-case letter or is a name behind a
    /// particle: computed once, as most rules ask it of every word.
    is_capitalized: bool,
    /// Whether the word starts a sentence, a line or a quotation, where capitals say
    /// nothing about names.
    pub(super) is_sentence_start: bool,
    /// Index of the line the token is on.
    pub(super) line: u32,
    /// Whether the token stands inside parentheses opened on its line (a scorer in
    /// `Leeds 2 ( Yeboah 34 )`).
    pub(super) is_in_parens: bool,
}

impl<'a> Token<'a> {
    /// Byte offset just past the token's text.
    pub(super) fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the word begins with an upper-case letter (or is a name behind a
    /// particle, `al-Assad`).
    pub(super) fn is_capitalized(&self) -> bool {
        self.is_capitalized
    }

    /// The part of a word at `range` of its text, as a word of its own (`China` of
    /// `US-China`).
    pub(super) fn part(&self, range: std::ops::Range<usize>) -> Token<'a> {
        let text = &self.text[range.clone()];
        Token {
            text,
            start: self.start + range.start,
            is_possessive: self.is_possessive && range.end == self.text.len(),
            is_capitalized: text.starts_with(char::is_uppercase),
            is_sentence_start: self.is_sentence_start && range.start == 0,
            ..*self
        }
    }

    /// Whether every letter of the word is upper case (and it has at least one).
    pub(super) fn is_all_caps(&self) -> bool {
        // The same test on bytes while they are ASCII, without decoding; a word with
        // other letters is read again by chars.
        let mut has_letter = false;
        for &b in self.text.as_bytes() {
            if !b.is_ascii() {
                return self.is_all_caps_by_chars();
            }
            if b.is_ascii_lowercase() {
                return false;
            }
            has_letter |= b.is_ascii_alphabetic();
        }
        has_letter
    }

    /// [`Token::is_all_caps`] for any text.
    fn is_all_caps_by_chars(&self) -> bool {
        let mut has_letter = false;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            has_letter |= c.is_alphabetic();
        }
        has_letter
    }
}

/// Whether a word is a name behind a lower-case particle: `al-Assad`, `el-Sisi`,
/// `bin-Laden`, `d'Estaing`.
fn has_name_particle(word: &str) -> bool {
    // Asked of every word not capitalised: the particles have three bytes at most, so
    // a word with no mark in its first four bytes (`’` starts with 0xE2) has none.
    if !word
        .bytes()
        .take(4)
        .any(|b| matches!(b, b'-' | b'\'' | 0xE2))
    {
        return false;
    }
    let Some((particle, rest)) = word.split_once(['-', '\'', '\u{2019}']) else {
        return false;
    };
    matches!(
        particle,
        "al" | "el"
            | "ad"
            | "an"
            | "as"
            | "ash"
            | "at"
            | "az"
            | "bin"
            | "ibn"
            | "abu"
            | "ul"
            | "ud"
            | "d"
            | "l"
    ) && rest.starts_with(char::is_uppercase)
}

/// Abbreviations whose full stop belongs to the word (`Mr.`, `Inc.`), so that it
/// neither ends a sentence nor gets lost from a name.
fn keeps_full_stop(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Prof"
            | "Rev"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "Mt"
            | "Ft"
            | "Brig"
            | "Maj"
            | "Adm"
            | "Cmdr"
            | "Bros"
            | "Messrs"
            | "Pres"
    ) || is_initial(word)
}

/// The abbreviations of US states in AP style (`Calif.`, `Mich.`), which wire copy
/// writes after a town (`Lansing, Mich.`) and in party tags (`D-Minn.`). Shared with
/// the gazetteer, which knows them (full stop and all) as places.
pub(super) const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
];

/// Whether a word is a party tag of a US lawmaker (`D-Minn`, `R-Texas`, `I-Vt`): a
/// party's initial and a state, no name of its own.
fn is_party_tag(word: &str) -> bool {
    let Some(state) = word
        .strip_prefix("D-")
        .or_else(|| word.strip_prefix("R-"))
        .or_else(|| word.strip_prefix("I-"))
    else {
        return false;
    };
    let state = state.trim_end_matches('.');
    STATE_ABBREVIATIONS.contains(&state)
        || is_initialism(state)
        || (state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()))
        || matches!(
            state,
            "Alaska" | "Hawaii" | "Idaho" | "Iowa" | "Maine" | "Ohio" | "Texas" | "Utah"
        )
}

/// Firms and grounds whose name is a possessive (`Moody's`, `McDonald's`, `Lord's`):
/// the `'s` is part of the name, which the gazetteer knows whole, unless a given name
/// comes before.
fn is_named_with_possessive(stem: &str) -> bool {
    matches!(
        stem,
        "Moody" | "McDonald" | "Sotheby" | "Sainsbury" | "Macy" | "Kellogg" | "Lord"
    )
}

/// Whether the text after a single letter's full stop starts a new sentence rather
/// than the rest of a name (`John F. Kennedy`): a function word (`Xbox One S. That`)
/// or a known place or body that is nobody's name (`posted on X. Belgium's rider`).
fn is_sentence_after_letter(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    if !rest.starts_with(char::is_uppercase) {
        return false;
    }
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    // `J. A. Smith`: a second initial is no word.
    if end < 2 {
        return false;
    }
    let key = rest[..end].to_lowercase();
    let gazetteer = super::gazetteer::Gazetteer::get();
    super::gazetteer::is_function_word(&key)
        || (matches!(
            gazetteer.kind_of(&key),
            Some(crate::EntityKind::Location | crate::EntityKind::Organization)
        ) && !gazetteer.is_surname(&key)
            && !gazetteer.is_first_name(&key))
}

/// A single capital letter (`F` of `John F. Kennedy`).
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Whether `word` is written as initials (`U.S`, `U.N`), to take the final `.` too.
fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Cuts `text` into tokens; white space is dropped, other marks are one token each.
pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5);
    let mut line = LineState {
        at_start: true,
        ..LineState::default()
    };
    let mut pos = 0;
    while pos < text.len() {
        let c = next_char(text, pos);
        let width = c.len_utf8();
        if c == '\n' {
            line.next();
            pos += 1;
            continue;
        }
        if c.is_whitespace() {
            pos += width;
            continue;
        }
        if !is_alphanumeric(c) {
            tokens.push(Token {
                text: &text[pos..pos + width],
                start: pos,
                is_word: false,
                is_possessive: false,
                is_capitalized: false,
                is_sentence_start: false,
                line: line.number,
                is_in_parens: line.parens > 0,
            });
            line.read_mark(c, &text[pos + width..]);
            pos += width;
            continue;
        }
        let start = pos;
        pos = word_end(text, start, c);
        let mut word = &text[start..pos];
        let is_possessive = match possessive_stem(word, &tokens) {
            Some(stem) => {
                word = stem;
                true
            }
            None => false,
        };
        // A state's abbreviation after a town and a comma (`Lansing, Mich.`) keeps its
        // full stop, which may still end the sentence (`Fresno, Calif. Police said`).
        let is_state_after_town = bytes.get(pos) == Some(&b'.')
            && tokens.last().is_some_and(|t| t.text == ",")
            && tokens
                .len()
                .checked_sub(2)
                .is_some_and(|i| tokens[i].is_capitalized)
            && STATE_ABBREVIATIONS.contains(&word);
        let mut ends_sentence = false;
        // Take the full stop of an abbreviation or initialism into the word.
        if !is_possessive
            && bytes.get(pos) == Some(&b'.')
            && (is_initialism(word) || keeps_full_stop(word) || is_state_after_town)
            // `on X. Belgium's`: the letter is a name and the full stop ends the
            // sentence.
            && !(is_initial(word) && is_sentence_after_letter(&text[pos + 1..]))
        {
            word = &text[start..=pos];
            pos += 1;
            ends_sentence = is_state_after_town
                && text[pos..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        }
        // `(D-Minn.)`: a party tag is no name.
        let is_party_tag = is_party_tag(word);
        tokens.push(Token {
            text: word,
            start,
            is_word: true,
            is_possessive,
            is_capitalized: !is_party_tag
                && (word.starts_with(char::is_uppercase) || has_name_particle(word)),
            is_sentence_start: line.at_start,
            line: line.number,
            is_in_parens: line.parens > 0,
        });
        line.at_start = ends_sentence;
        if is_possessive {
            pos = start + word.len() + possessive_len(&text[start + word.len()..]);
        }
    }
    tokens
}

/// What [`tokenize`] knows of the line it is in.
#[derive(Default)]
struct LineState {
    /// The line's number, from 0.
    number: u32,
    /// Whether the next word starts a sentence: at the start, after `.!?:`, a new line.
    at_start: bool,
    /// Parentheses open on the line.
    parens: u32,
    /// Whether a straight double quote is open on the line.
    straight_quote_open: bool,
}

impl LineState {
    /// A new line: a new sentence, no bracket or quote open.
    fn next(&mut self) {
        self.number += 1;
        self.parens = 0;
        self.straight_quote_open = false;
        self.at_start = true;
    }

    /// Takes note of a mark (punctuation or symbol) `c`, followed by `rest`.
    fn read_mark(&mut self, c: char, rest: &str) {
        match c {
            '(' => self.parens += 1,
            ')' => self.parens = self.parens.saturating_sub(1),
            _ => {}
        }
        // A dash between spaces opens a clause as a full stop does: `LONDON (Wire) -
        // Dock workers`, `SOCCER - JAPAN WIN`.
        let is_spaced_dash =
            matches!(c, '-' | '\u{2013}' | '\u{2014}') && rest.starts_with(char::is_whitespace);
        // An opening quote starts a quotation, whose first word is capitalised
        // whatever it is (`“We believe`). A straight quote opens and closes in
        // turn on a line: the word after `surrendered," Dole told` starts nothing.
        let is_quote = match c {
            '"' => {
                self.straight_quote_open = !self.straight_quote_open;
                self.straight_quote_open
            }
            '\u{201c}' | '\u{2018}' | '\u{ab}' => true,
            _ => false,
        };
        if is_spaced_dash || is_quote || matches!(c, '.' | '!' | '?' | ':' | ';' | '•' | '|') {
            self.at_start = true;
        }
    }
}

/// Where the word that starts at `start` with the letter or digit `first` ends.
fn word_end(text: &str, start: usize, first: char) -> usize {
    let bytes = text.as_bytes();
    let is_cjk_word = is_unspaced_script(first);
    let mut pos = start + first.len_utf8();
    // Inner marks join a word only between letters or digits: `Kim-Jong`,
    // `O'Brien`, `U.S`, `AT&T`.
    while pos < text.len() {
        if bytes[pos].is_ascii_alphanumeric() && !is_cjk_word {
            pos += 1;
            continue;
        }
        let c = next_char(text, pos);
        // Chinese and Japanese put no space between words, nor between a Latin
        // name and the text around it: a change of script ends the word.
        let is_letter_or_digit = is_alphanumeric(c);
        if is_letter_or_digit && is_unspaced_script(c) != is_cjk_word {
            break;
        }
        if is_letter_or_digit {
            pos += c.len_utf8();
            continue;
        }
        // `A/S`, a Nordic firm's suffix: one capital, a slash, one capital.
        if c == '/'
            && pos == start + 1
            && bytes[start].is_ascii_uppercase()
            && bytes.get(pos + 1).is_some_and(u8::is_ascii_uppercase)
            && bytes
                .get(pos + 2)
                .is_none_or(|b| !b.is_ascii_alphanumeric())
        {
            pos += 2;
            break;
        }
        if matches!(c, '-' | '\'' | '\u{2019}' | '.' | '&') {
            let after = pos + c.len_utf8();
            if after < text.len() && is_alphanumeric(next_char(text, after)) {
                if c == '.' && !is_initial_run(&text[start..pos]) {
                    break;
                }
                pos = after;
                continue;
            }
        }
        break;
    }
    // `OPEC+`: a known body's name in capitals may end in a plus.
    if bytes.get(pos) == Some(&b'+')
        && bytes
            .get(pos + 1)
            .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'+')
        && pos - start >= 2
        && text[start..pos].bytes().all(|b| b.is_ascii_uppercase())
        && super::gazetteer::Gazetteer::get()
            .kind_of(&text[start..=pos].to_ascii_lowercase())
            .is_some()
    {
        pos += 1;
    }
    pos
}

/// The word without its possessive suffix (`Merkel's` -> `Merkel`), if it has one;
/// `tokens` are the tokens before it.
fn possessive_stem<'t>(word: &'t str, tokens: &[Token<'_>]) -> Option<&'t str> {
    // Every possessive suffix ends in `s` or `S`.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S')) {
        return None;
    }
    // `Tom Moody's car` is his.
    let is_name_ending_in_s = |stem: &str| {
        is_named_with_possessive(stem)
            && tokens
                .last()
                .is_none_or(|t| !t.is_word || !t.is_capitalized)
    };
    ["'s", "\u{2019}s", "'S", "\u{2019}S"]
        .iter()
        .find_map(|suffix| {
            word.strip_suffix(suffix)
                .filter(|stem| !stem.is_empty() && !is_name_ending_in_s(stem))
        })
}

/// Whether the word so far is a run of single letters and dots, so that a `.` followed
/// by a letter continues it (`U.S`), unlike the end of a sentence.
fn is_initial_run(word: &str) -> bool {
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

/// Bytes of the possessive suffix at the start of `rest`.
fn possessive_len(rest: &str) -> usize {
    let mut chars = rest.chars();
    let apostrophe = chars.next().map_or(0, char::len_utf8);
    apostrophe + chars.next().map_or(0, char::len_utf8)
}

/// [`char::is_alphanumeric`], answered without its Unicode tables for the other
/// characters news text has most: the Latin-1 letters (`ü`, `é`) and the dashes,
/// quotes and ellipsis of General Punctuation (`’`, `“`, `–`).
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => true,
        '\u{2010}'..='\u{2027}' => false,
        c => c.is_alphanumeric(),
    }
}

/// The char at byte `pos`, which is on a char boundary.
fn next_char(text: &str, pos: usize) -> char {
    // Most text is ASCII: read a byte below 0x80 as it is, without decoding.
    match text.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => char::from(b),
        _ => text[pos..]
            .chars()
            .next()
            .expect("callers pass a position before the end, on a char boundary"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alphanumeric_agrees_with_std() {
        for c in ('\0'..='\u{3000}').chain(['\u{1F600}', '\u{20000}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn is_all_caps_reads_bytes_and_chars_alike() {
        for word in [
            "NATO", "Nato", "U.S.", "123", "MÜLLER", "Müller", "ÉTÉ", "A1", "-",
        ] {
            let token = Token {
                text: word,
                start: 0,
                is_word: true,
                is_possessive: false,
                is_capitalized: true,
                is_sentence_start: false,
                line: 0,
                is_in_parens: false,
            };
            assert_eq!(token.is_all_caps(), token.is_all_caps_by_chars(), "{word}");
        }
    }

    #[test]
    fn finds_name_particles_behind_any_mark() {
        assert!(has_name_particle("al-Assad"));
        assert!(has_name_particle("d\u{2019}Estaing"));
        assert!(has_name_particle("ash-Shara"));
        assert!(!has_name_particle("well-known"));
        assert!(!has_name_particle("said"));
    }
}
