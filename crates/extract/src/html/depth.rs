//! A guard against pathologically deep nesting.
//!
//! html5ever checks the stack of open elements on many start tags, so a page of
//! 100,000 nested `<div>`s takes minutes to parse (quadratic). No real article nests
//! containers hundreds deep; such a page is broken or hostile. Before parsing, the
//! container tags beyond [`MAX_DEPTH`] are dropped (their text stays), which keeps
//! parsing linear. Ordinary pages pay one scan over their `<`s and are not copied.

use std::borrow::Cow;

/// Deepest nesting of container tags kept; real pages stay far below it.
pub(crate) const MAX_DEPTH: usize = 400;

/// Tags that nest freely and have no implied end tag, so counting their opening and
/// closing tags tracks the depth of the tree.
const CONTAINERS: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "aside",
    "main",
    "nav",
    "header",
    "footer",
    "font",
    "b",
    "i",
    "u",
    "em",
    "strong",
    "small",
    "blockquote",
    "center",
    "table",
];

/// The page with container tags nested deeper than `max_depth` removed; borrowed
/// unchanged when it never nests that deep.
pub(crate) fn flatten_deep_nesting(source: &str, max_depth: usize) -> Cow<'_, str> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    for tag in tags(source) {
        match tag.kind {
            TagKind::Open => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            TagKind::Close => depth = depth.saturating_sub(1),
        }
    }
    if deepest <= max_depth {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut copied_to = 0;
    let mut depth = 0usize;
    let mut dropped = 0usize;
    for tag in tags(source) {
        let drop = match tag.kind {
            TagKind::Open if depth >= max_depth => {
                dropped += 1;
                true
            }
            TagKind::Open => {
                depth += 1;
                false
            }
            TagKind::Close if dropped > 0 => {
                dropped -= 1;
                true
            }
            TagKind::Close => {
                depth = depth.saturating_sub(1);
                false
            }
        };
        if drop {
            out.push_str(&source[copied_to..tag.start]);
            copied_to = tag.end;
        }
    }
    out.push_str(&source[copied_to..]);
    Cow::Owned(out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    Open,
    Close,
}

struct Tag {
    kind: TagKind,
    start: usize,
    end: usize,
}

/// The container tags of `source` in order, skipping comments and the contents of
/// `<script>` and `<style>` (whose `<div` strings are not tags).
fn tags(source: &str) -> impl Iterator<Item = Tag> + '_ {
    let bytes = source.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let lt = find_byte(bytes, pos, b'<')?;
            let rest = &bytes[lt + 1..];
            if rest.starts_with(b"!--") {
                pos = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |end| end + 3);
                continue;
            }
            let is_close = rest.first() == Some(&b'/');
            let name_start = lt + 1 + usize::from(is_close);
            let name_len = bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let name = &bytes[name_start..name_start + name_len];
            let Some(gt) = find_byte(bytes, name_start, b'>').map(|at| at - name_start) else {
                pos = bytes.len();
                return None;
            };
            let end = name_start + gt + 1;
            pos = end;
            if !is_close
                && (name.eq_ignore_ascii_case(b"script") || name.eq_ignore_ascii_case(b"style"))
            {
                let closing: &[u8] = if name.eq_ignore_ascii_case(b"script") {
                    b"</script"
                } else {
                    b"</style"
                };
                pos = find_ignore_case(bytes, end, closing).unwrap_or(bytes.len());
                continue;
            }
            if name_len > 0
                && CONTAINERS
                    .iter()
                    .any(|c| name.eq_ignore_ascii_case(c.as_bytes()))
            {
                let kind = if is_close {
                    TagKind::Close
                } else {
                    TagKind::Open
                };
                return Some(Tag {
                    kind,
                    start: lt,
                    end,
                });
            }
        }
    })
}

/// The first `byte` at or after `from`. This scan runs over every byte of every
/// page (scripts are most of them) before parsing; memchr compares 16 or 32 bytes
/// at a time.
fn find_byte(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    memchr::memchr(byte, bytes.get(from..)?).map(|at| from + at)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    find_matching(bytes, from, needle, |a, b| a == b)
}

fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    find_matching(bytes, from, needle, <[u8]>::eq_ignore_ascii_case)
}

/// The first place at or after `from` where `needle` matches, trying only the
/// positions of its first byte (never a letter here: `<`, `-`).
fn find_matching(
    bytes: &[u8],
    from: usize,
    needle: &[u8],
    matches: impl Fn(&[u8], &[u8]) -> bool,
) -> Option<usize> {
    let mut at = from;
    loop {
        let found = find_byte(bytes, at, needle[0])?;
        let candidate = bytes.get(found..found + needle.len())?;
        if matches(candidate, needle) {
            return Some(found);
        }
        at = found + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_borrowed_unchanged() {
        let page = "<div><p>One</p><div><span>two</span></div></div><script>'<div>'</script>";
        assert!(matches!(flatten_deep_nesting(page, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn drops_containers_beyond_the_limit_and_keeps_their_text() {
        let page = "<div><div><div><DIV class=x>deep</div></div>text</div></div>";
        let flat = flatten_deep_nesting(page, 2);
        assert_eq!(flat, "<div><div>deeptext</div></div>");
    }

    #[test]
    fn tags_in_comments_and_scripts_do_not_count() {
        let page =
            "<!-- <div><div><div> --><script>var s = '<div><div><div>';</script><div>x</div>";
        assert!(matches!(flatten_deep_nesting(page, 1), Cow::Borrowed(_)));
    }

    #[test]
    fn finds_bytes_and_needles_across_word_boundaries() {
        let text = b"0123456<89abcdef</SCRIPT>x-->";
        assert_eq!(find_byte(text, 0, b'<'), Some(7));
        assert_eq!(find_byte(text, 8, b'<'), Some(16));
        assert_eq!(find_byte(text, 17, b'<'), None);
        assert_eq!(find_ignore_case(text, 0, b"</script"), Some(16));
        assert_eq!(find(text, 0, b"-->"), Some(26));
        assert_eq!(find(text, 0, b"-->!"), None);
    }

    #[test]
    fn a_hundred_thousand_nested_divs_parse_quickly_with_their_text() {
        let page = format!(
            "{}<p>The buried paragraph survives.</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let flat = flatten_deep_nesting(&page, MAX_DEPTH);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        let article = crate::html::extract(&flat, std::path::Path::new("deep.html"));
        assert!(
            article.body.contains("The buried paragraph survives."),
            "{}",
            article.body
        );
    }
}
