//! Words for the index: runs of letters and digits, except in scripts written
//! without spaces.
//!
//! Chinese and Japanese put no space between words, so a whole sentence would be one
//! token (and dropped as too long). Each Han, kana or hangul character is its own
//! token instead; a query word in those scripts then becomes a phrase of characters
//! (tantivy's query parser does that for a word that yields several tokens), which
//! finds exactly the articles holding that run of characters.

use std::iter::Peekable;
use std::str::CharIndices;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Splits on non-alphanumerics, and around every character of an unspaced script.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The tokens of one text.
pub struct WordTokenStream<'a> {
    text: &'a str,
    chars: Peekable<CharIndices<'a>>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            chars: text.char_indices().peekable(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        while let Some((start, c)) = self.chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            if !is_unspaced(c) {
                while let Some(&(offset, next)) = self.chars.peek() {
                    if !next.is_alphanumeric() || is_unspaced(next) {
                        break;
                    }
                    end = offset + next.len_utf8();
                    self.chars.next();
                }
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.text.push_str(&self.text[start..end]);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Han, kana and hangul, with their compatibility and half-width forms.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xAC00..=0xD7AF | 0xFF66..=0xFF9F | 0x20000..=0x2FA1F)
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
}
