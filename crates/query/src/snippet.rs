//! A short passage of an article's body with the matched words marked.

use std::ops::Range;

use crate::QueryError;

/// Marks a snippet cut out of a longer text, on the side where text was dropped.
const ELLIPSIS: &str = "…";

/// A passage of an article's body, with the byte ranges of the words that matched.
///
/// The highlights are sorted, do not overlap or touch, are not empty, and start and
/// end on char boundaries of [`text`](Snippet::text), so a renderer can slice the text
/// with them without checking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    text: String,
    highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// A snippet with highlighted byte ranges.
    ///
    /// # Errors
    /// [`QueryError::Highlight`] when a range is empty, reaches past the text, cuts a
    /// character, or is not after the previous one (ranges must be sorted and must
    /// not overlap or touch: merge touching ranges first).
    pub fn new(text: String, highlights: Vec<Range<usize>>) -> Result<Snippet, QueryError> {
        let mut previous_end = None;
        for range in &highlights {
            let err = |reason| QueryError::Highlight {
                start: range.start,
                end: range.end,
                reason,
            };
            if range.start >= range.end {
                return Err(err("is empty"));
            }
            if range.end > text.len() {
                return Err(err("reaches past the end of the text"));
            }
            if !text.is_char_boundary(range.start) || !text.is_char_boundary(range.end) {
                return Err(err("cuts a character"));
            }
            if previous_end.is_some_and(|end| range.start <= end) {
                return Err(err("overlaps or touches the previous one"));
            }
            previous_end = Some(range.end);
        }
        Ok(Snippet { text, highlights })
    }

    /// A snippet with nothing highlighted.
    pub fn plain(text: String) -> Snippet {
        Snippet {
            text,
            highlights: Vec::new(),
        }
    }

    /// The passage.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte ranges of the matched words in [`text`](Snippet::text): sorted, disjoint,
    /// on char boundaries.
    pub fn highlights(&self) -> &[Range<usize>] {
        &self.highlights
    }

    /// Whether the passage is empty (an article with no body).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text in order, as `(piece, is_match)` pairs covering all of it.
    pub fn pieces(&self) -> impl Iterator<Item = (&str, bool)> {
        let mut pieces = Vec::with_capacity(self.highlights.len() * 2 + 1);
        let mut at = 0;
        for range in &self.highlights {
            if at < range.start {
                pieces.push((&self.text[at..range.start], false));
            }
            pieces.push((&self.text[range.clone()], true));
            at = range.end;
        }
        if at < self.text.len() {
            pieces.push((&self.text[at..], false));
        }
        pieces.into_iter()
    }
}

/// The runs of characters of an unspaced script (Chinese, Japanese, Korean) a query
/// holds. Each character of those scripts is a term of its own, so a query word
/// `革命家` is a phrase of three terms, and tantivy's snippets light up every `革`,
/// `命` and `家` of the text, wherever it stands: in Chinese, mostly noise (`的` in
/// every line). These runs say which lit characters the query asked for.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnspacedRuns(Vec<String>);

impl UnspacedRuns {
    /// The runs of `query`, as written.
    pub(crate) fn of(query: &str) -> UnspacedRuns {
        let mut runs = Vec::new();
        let mut run = String::new();
        for c in query.chars() {
            if morgue_extract::is_unspaced_script(c) {
                run.push(c);
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        UnspacedRuns(runs)
    }

    /// Whether `letters` (each a character of an unspaced script with the marks
    /// written on it) are part of a run of the query: two letters or more within a
    /// run, or a run of one letter as a whole.
    ///
    /// Thai, Lao, Burmese and Khmer letters are an alphabet's, not syllables or
    /// words as Chinese and Japanese characters are: two of them inside the query's
    /// run are mostly a common ending (`อง`), so only the whole run lights up.
    fn allows(&self, letters: &[&str]) -> bool {
        let text: String = letters.concat();
        let alphabetic = text.chars().next().is_some_and(|c| u32::from(c) < 0x3040);
        self.0.iter().any(|run| match letters.len() {
            0 => false,
            1 => *run == text,
            _ if alphabetic => *run == text,
            _ => run.contains(&text),
        })
    }

    /// Where the first run of the query stands in `text`, written as the query
    /// wrote it.
    pub(crate) fn first_in(&self, text: &str) -> Option<usize> {
        self.0
            .iter()
            .filter_map(|run| text.find(run.as_str()))
            .min()
    }

    /// `ranges` (sorted byte ranges of `text`) without the lit characters of an
    /// unspaced script that stand apart from the query's runs: of each stretch of
    /// touching one-character ranges, only the longest pieces the query holds are
    /// kept (`革命家` of `革命家的`, when the query asks `无产阶级革命家`). Other ranges
    /// (a Latin word) stay as they are.
    pub(crate) fn keep_asked(
        &self,
        text: &str,
        ranges: impl IntoIterator<Item = Range<usize>>,
    ) -> Vec<Range<usize>> {
        // A range of one character of an unspaced script, with the marks on it (a
        // Thai tone mark): one term of the index.
        let one_letter = |r: &Range<usize>| {
            let letter = &text[r.clone()];
            let mut chars = letter.chars();
            chars
                .next()
                .filter(|&c| morgue_extract::is_unspaced_script(c))
                .filter(|_| chars.all(unicode_normalization::char::is_combining_mark))
                .map(|_| letter)
        };
        let mut kept = Vec::new();
        // The stretch of touching one-letter ranges being gathered, and its letters.
        let mut stretch: Vec<(Range<usize>, &str)> = Vec::new();
        let flush = |stretch: &mut Vec<(Range<usize>, &str)>, kept: &mut Vec<Range<usize>>| {
            let letters: Vec<&str> = stretch.iter().map(|(_, letter)| *letter).collect();
            let mut at = 0;
            while at < letters.len() {
                match (at + 1..=letters.len())
                    .rev()
                    .find(|&end| self.allows(&letters[at..end]))
                {
                    Some(end) => {
                        kept.extend(stretch[at..end].iter().map(|(r, _)| r.clone()));
                        at = end;
                    }
                    None => at += 1,
                }
            }
            stretch.clear();
        };
        for range in ranges {
            match one_letter(&range) {
                Some(letter) => {
                    if stretch
                        .last()
                        .is_some_and(|(last, _)| last.end != range.start)
                    {
                        flush(&mut stretch, &mut kept);
                    }
                    stretch.push((range, letter));
                }
                None => {
                    flush(&mut stretch, &mut kept);
                    kept.push(range);
                }
            }
        }
        flush(&mut stretch, &mut kept);
        kept
    }
}

/// Builds our snippet from a fragment of `body` (at `fragment_range`) and the ranges
/// tantivy highlighted in it (relative to the fragment): white space collapsed to
/// single spaces so paragraphs read as one line, ranges separated only by white
/// space merged (a phrase lights up whole), `…` where text was cut away.
pub(crate) fn from_fragment(
    body: &str,
    fragment_range: Range<usize>,
    highlighted: &[Range<usize>],
) -> Snippet {
    // tantivy's fragment starts and ends on a word: widen it to the white space
    // around, so a sentence keeps its full stop and a quote its quotation marks.
    let start = body[..fragment_range.start]
        .rfind(char::is_whitespace)
        .map_or(0, |at| {
            at + body[at..].chars().next().map_or(1, char::len_utf8)
        });
    let end = body[fragment_range.end..]
        .find(char::is_whitespace)
        .map_or(body.len(), |at| fragment_range.end + at);
    let shift = fragment_range.start - start;
    let fragment_range = start..end;
    let fragment = &body[fragment_range.clone()];
    let mut text = String::with_capacity(fragment.len() + 2 * ELLIPSIS.len());
    let is_cut_before = !body[..fragment_range.start].trim().is_empty();
    let is_cut_after = !body[fragment_range.end..].trim().is_empty();
    if is_cut_before {
        text.push_str(ELLIPSIS);
    }
    // Offsets of the fragment mapped into `text`, one per byte of the fragment plus
    // its end, so every range end can be looked up.
    let mut map = Vec::with_capacity(fragment.len() + 1);
    let mut in_space = false;
    for (at, ch) in fragment.char_indices() {
        let len = ch.len_utf8();
        if ch.is_whitespace() {
            if !in_space {
                map.extend(std::iter::repeat_n(text.len(), len));
                text.push(' ');
            } else {
                map.extend(std::iter::repeat_n(text.len(), len));
            }
            in_space = true;
        } else {
            in_space = false;
            map.extend((0..len).map(|i| text.len() + i));
            text.push(ch);
        }
        debug_assert_eq!(map.len(), at + len);
    }
    map.push(text.len());

    let ranges: Vec<Range<usize>> = highlighted
        .iter()
        .filter(|r| r.start < r.end && r.end + shift <= fragment.len())
        .map(|r| map[r.start + shift]..map[r.end + shift])
        .collect();
    let merged = merge_across_space(&text, ranges);
    if is_cut_after {
        text.push_str(ELLIPSIS);
    }
    Snippet::new(text, merged).expect(
        "ranges come from token offsets on char boundaries, sorted, and merged when touching",
    )
}

/// `ranges` of `text` sorted, with those that overlap, touch or stand apart only by
/// white space made one: a phrase, or words asked side by side, light up whole, in
/// a snippet and in a headline alike.
pub(crate) fn merge_across_space(text: &str, mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last)
                if text[last.end.min(range.start)..range.start]
                    .chars()
                    .all(char::is_whitespace) =>
            {
                last.end = last.end.max(range.end);
            }
            _ => merged.push(range),
        }
    }
    merged
}

/// The beginning of `body`, about `max_chars` characters cut at a word boundary, for
/// hits whose body holds none of the query's words (a `title:` or `entity:` query).
pub(crate) fn lead(body: &str, max_chars: usize) -> Snippet {
    let mut text = String::with_capacity(max_chars.min(body.len()) + ELLIPSIS.len());
    let mut chars = 0;
    let mut is_cut = false;
    for word in body.split_whitespace() {
        let word_chars = word.chars().count();
        let space = usize::from(!text.is_empty());
        if chars + space + word_chars > max_chars {
            if text.is_empty() {
                // One long word (or text without spaces, as in Chinese or Japanese):
                // cut it at a character.
                text.extend(word.chars().take(max_chars));
            }
            is_cut = true;
            break;
        }
        if space == 1 {
            text.push(' ');
        }
        text.push_str(word);
        chars += space + word_chars;
    }
    if is_cut {
        text.push_str(ELLIPSIS);
    }
    Snippet::plain(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(snippet: &Snippet) -> String {
        snippet
            .pieces()
            .map(|(piece, is_match)| {
                if is_match {
                    format!("[{piece}]")
                } else {
                    piece.to_owned()
                }
            })
            .collect()
    }

    #[test]
    fn new_checks_the_highlight_invariant() {
        let text = || "héllo wörld".to_owned();
        assert!(Snippet::new(text(), vec![0..6, 7..13]).is_ok());
        for (ranges, reason) in [
            (vec![0..6, 8..8], "is empty"),
            (vec![0..6, 7..40], "reaches past the end of the text"),
            (vec![0..2, 7..13], "cuts a character"),
            (vec![7..13, 0..6], "overlaps or touches the previous one"),
            (vec![0..6, 6..13], "overlaps or touches the previous one"),
            (vec![0..6, 9..13], "cuts a character"),
        ] {
            match Snippet::new(text(), ranges.clone()) {
                Err(QueryError::Highlight { reason: r, .. }) => assert_eq!(r, reason, "{ranges:?}"),
                other => panic!("{ranges:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn fragment_collapses_space_and_merges_a_phrase() {
        let body = "Intro.\n\nKim  Jong\nUn met Putin at the cosmodrome. More text follows.";
        let start = body.find("Kim").unwrap();
        let end = body.find(" More").unwrap();
        let kim = body.find("Kim").unwrap() - start;
        let jong = body.find("Jong").unwrap() - start;
        let un = body.find("Un").unwrap() - start;
        let putin = body.find("Putin").unwrap() - start;
        let snippet = from_fragment(
            body,
            start..end,
            &[kim..kim + 3, jong..jong + 4, un..un + 2, putin..putin + 5],
        );
        assert_eq!(
            marked(&snippet),
            "…[Kim Jong Un] met [Putin] at the cosmodrome.…"
        );
    }

    #[test]
    fn fragment_at_the_edges_gets_no_ellipsis() {
        let body = "Zürich votes";
        let snippet = from_fragment(body, 0..body.len(), &[0..7, 8..13]);
        assert_eq!(marked(&snippet), "[Zürich votes]");
    }

    /// The ranges of each character of `lit` wherever it stands in `text`, as
    /// tantivy lights up the terms of a phrase of unspaced characters.
    fn every_char_of(text: &str, lit: &str) -> Vec<Range<usize>> {
        text.char_indices()
            .filter(|(_, c)| lit.contains(*c))
            .map(|(at, c)| at..at + c.len_utf8())
            .collect()
    }

    fn kept(query: &str, text: &str, ranges: Vec<Range<usize>>) -> Vec<String> {
        UnspacedRuns::of(query)
            .keep_asked(text, ranges)
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
    }

    #[test]
    fn unspaced_characters_light_up_only_as_the_query_runs_them() {
        let text = "杰出的无产阶级革命家的遗体在北京火化。";
        // A stray `的` and the `家的` that only touches the run are left out.
        assert_eq!(
            kept(
                "无产阶级革命家",
                text,
                every_char_of(text, "无产阶级革命家")
            ),
            ["无", "产", "阶", "级", "革", "命", "家"]
        );
        // A shorter part of the asked run still counts: `革命` of `革命家`.
        assert_eq!(
            kept("革命家", "革命的人", every_char_of("革命的人", "革命家")),
            ["革", "命"]
        );
        // A lone character asked alone stays; inside a longer query run, it goes.
        assert_eq!(kept("京", text, every_char_of(text, "京")), ["京"]);
        assert!(
            kept(
                "北京 上海",
                "在京火化",
                every_char_of("在京火化", "北京上海")
            )
            .is_empty()
        );
        // Latin words are left alone.
        let text = "Tokyo 東 Osaka";
        assert_eq!(kept("東京 tokyo", text, vec![0..5, 6..9]), ["Tokyo"]);
    }

    #[test]
    fn lead_cuts_at_a_word_boundary() {
        let snippet = lead("The new dam on the\n\nRell river opened.", 20);
        assert_eq!(snippet.text(), "The new dam on the…");
        assert!(snippet.highlights().is_empty());
        assert_eq!(lead("Short body.", 20).text(), "Short body.");
        assert_eq!(lead("", 20).text(), "");
        assert_eq!(lead("東京都の新しいダムが開通した", 4).text(), "東京都の…");
    }
}
