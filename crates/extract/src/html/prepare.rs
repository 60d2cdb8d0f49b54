//! What the parser is given: the page minus what the scan never reads, and never
//! nested deeper than [`MAX_DEPTH`].
//!
//! One scan over the page's bytes (memchr to each `<`) before parsing does two jobs:
//!
//! - **Strip.** Scripts, styles, `<noscript>`, comments and inline `<svg>` are about
//!   half the bytes of a saved news page and a quarter of html5ever's time, and
//!   [`super::scan`] skips them anyway. They are cut out before parsing, except the
//!   scripts the scan reads (JSON-LD, `text/template`). A span is cut only where the
//!   parser would see the same element end at the same place, so the tree of what is
//!   left is the tree the parser would have built: comments end at `-->`, `--!>` or
//!   an empty `<!-->`; a script ends at `</script` plus a space, `/` or `>`, and one
//!   holding `<!--` (where the parser's escape states start) is kept whole; an
//!   `<svg>` is cut only when it closes and holds no HTML tag that would end it
//!   early; tags are read with their quoted attribute values, and the text of
//!   `<title>` and `<textarea>` is never mistaken for tags. Start tags lose the
//!   attributes the scan never reads (`src`, `srcset`, `data-*`, link targets: a
//!   third of what is left), which html5ever would otherwise copy byte by byte.
//!   Elements the scan never reads go too, where that moves nothing else: `<img>`,
//!   `<source>`, `<link>` but the canonical one, and `<select>` lists of options.
//! - **Flatten.** html5ever checks the stack of open elements on many start tags, so
//!   a page of 100,000 nested `<div>`s takes minutes to parse (quadratic). No real
//!   article nests containers hundreds deep; such a page is broken or hostile. The
//!   container tags beyond [`MAX_DEPTH`] are dropped (their text stays), which keeps
//!   parsing linear.
//! - **Cap.** scraper's tree costs about 70 times the page in memory when the page is
//!   dense markup (600,000 inline tags in 7.7 MB took 530 MB), and a build parses a
//!   page per thread. A saved news page has a few thousand tags (10,000 at most in
//!   the 659 of our development set, where the article comes first and comments
//!   last); the page is read up to its [`MAX_TAGS`]th tag, so that no page holds
//!   more than about 150 MB of tree.
//!
//! A page with nothing to cut is borrowed, not copied.

use std::borrow::Cow;

use super::scan;

/// Deepest nesting of container tags kept; real pages stay far below it.
pub(crate) const MAX_DEPTH: usize = 400;

/// Start tags read; the page is cut before the next.
const MAX_TAGS: usize = 150_000;

/// The page as the parser should see it: stripped, and with container tags nested
/// deeper than `max_depth` removed.
pub(crate) fn prepare(source: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = source.as_bytes();
    let mut lean = Lean {
        source,
        out: None,
        copied_to: 0,
    };
    let mut depth = 0usize;
    let mut dropped = 0usize;
    // Whether the parser is in the body for sure (a `<body>` or a tag only the body
    // holds has been seen), and whether foreign content (`<math>`, an `<svg>` left
    // whole) may be open: see [`is_unread_void`].
    let mut in_body = false;
    let mut foreign = false;
    let mut tags = 0usize;
    let mut pos = 0;
    while let Some(lt) = find_byte(bytes, pos, b'<') {
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            pos = comment_end(bytes, lt + 4);
            lean.cut(lt, pos);
            continue;
        }
        let is_close = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(is_close);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|&&b| !is_tag_name_end(b))
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // `a < b`, `<!DOCTYPE>`, `</ >`: not a tag the parser opens.
            pos = lt + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        pos = end;
        let name = Name::of(&bytes[name_start..name_start + name_len]);
        tags += usize::from(!is_close);
        if tags > MAX_TAGS {
            // The rest of the page goes: its tags made text would read as prose.
            lean.cut(lt, bytes.len());
            break;
        }
        if is_close {
            if name.is_container() {
                if dropped > 0 {
                    dropped -= 1;
                    lean.cut(lt, end);
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            continue;
        }
        match name.bytes() {
            b"script" => {
                let close = raw_text_end(bytes, end, b"script");
                let content = &bytes[end..close.start.min(bytes.len())];
                let start_tag = &bytes[lt..end];
                let read_by_scan = contains_ignore_case(start_tag, b"ld+json")
                    || contains_ignore_case(start_tag, b"template");
                if !read_by_scan && memchr::memmem::find(content, b"<!--").is_none() {
                    lean.cut(lt, close.end);
                }
                pos = close.end;
            }
            b"style" | b"noscript" => {
                let close = raw_text_end(bytes, end, name.bytes());
                lean.cut(lt, close.end);
                pos = close.end;
            }
            b"title" | b"textarea" => pos = raw_text_end(bytes, end, name.bytes()).end,
            b"svg" => {
                let self_closed = bytes[..end].ends_with(b"/>");
                if self_closed {
                    lean.cut(lt, end);
                } else if let Some(svg_end) = svg_end(bytes, end) {
                    lean.cut(lt, svg_end);
                    pos = svg_end;
                } else {
                    foreign = true;
                }
            }
            b"select" => {
                if let Some(select_end) = select_end(bytes, end) {
                    lean.cut(lt, select_end);
                    pos = select_end;
                } else {
                    lean.drop_unread_attributes(lt, name_start + name_len, end, &name);
                }
            }
            b"math" => {
                foreign = true;
                lean.drop_unread_attributes(lt, name_start + name_len, end, &name);
            }
            b"body" => {
                in_body = true;
                lean.drop_unread_attributes(lt, name_start + name_len, end, &name);
            }
            _ if is_unread_void(&name, &bytes[lt..end], in_body, foreign) => lean.cut(lt, end),
            _ if name.is_container() => {
                in_body = true;
                if depth >= max_depth {
                    dropped += 1;
                    lean.cut(lt, end);
                } else {
                    depth += 1;
                    lean.drop_unread_attributes(lt, name_start + name_len, end, &name);
                }
            }
            _ => lean.drop_unread_attributes(lt, name_start + name_len, end, &name),
        }
    }
    lean.finish()
}

/// Whether a start tag is an element without content that the scan never reads, so
/// that cutting it leaves the parser's tree as it was otherwise: `<link>` but the
/// canonical one (in the head, or handled by the head's rules in the body), and
/// `<img>` and `<source>` once the parser is in the body. A tenth of a news page's
/// elements, each costing html5ever its attributes and a node.
///
/// `<img>` is kept in the head, where it would end the head and open the body, and
/// wherever foreign content may be open, which it would end. `<input>` is kept: it
/// closes an open `<select>`.
fn is_unread_void(name: &Name, tag: &[u8], in_body: bool, foreign: bool) -> bool {
    match name.bytes() {
        b"link" => !contains_ignore_case(tag, b"canonical"),
        b"img" => in_body && !foreign,
        b"source" => in_body,
        _ => false,
    }
}

/// The page copied around the spans cut from it; no copy until the first cut.
struct Lean<'a> {
    source: &'a str,
    out: Option<String>,
    copied_to: usize,
}

impl<'a> Lean<'a> {
    fn cut(&mut self, start: usize, end: usize) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.source.len() / 2));
        out.push_str(&self.source[self.copied_to..start]);
        self.copied_to = end;
    }

    /// Rewrites the start tag `lt..end` (its name ends at `name_end`) with only the
    /// attributes the scan reads, when it has others. `href` is read on `<link>`
    /// only (the canonical address); on links it is most of the tag.
    fn drop_unread_attributes(&mut self, lt: usize, name_end: usize, end: usize, name: &Name) {
        let bytes = self.source.as_bytes();
        if end <= name_end || bytes[end - 1] != b'>' {
            // Cut off by the end of the page: the parser drops it anyway.
            return;
        }
        let inner = &bytes[name_end..end - 1];
        let is_link = name.bytes() == b"link";
        let mut attributes = Attributes {
            inner,
            at: 0,
            self_closing: false,
        };
        let Some(first_unread) = attributes
            .by_ref()
            .find(|a| !is_read(&inner[a.name.clone()], is_link))
        else {
            return;
        };
        self.cut(lt, end);
        let out = self.out.as_mut().expect("cut made the copy");
        // The name and the attributes before the first dropped one, as they were.
        out.push_str(self.source[lt..name_end + first_unread.whole.start].trim_end());
        for attr in attributes.by_ref() {
            if is_read(&inner[attr.name.clone()], is_link) {
                out.push(' ');
                out.push_str(&self.source[name_end + attr.whole.start..name_end + attr.whole.end]);
            }
        }
        out.push_str(if attributes.self_closing { "/>" } else { ">" });
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            None => Cow::Borrowed(self.source),
            Some(mut out) => {
                out.push_str(&self.source[self.copied_to..]);
                Cow::Owned(out)
            }
        }
    }
}

/// One attribute of a start tag: byte ranges of its name and of all of it (name,
/// `=` and value) within the tag's inside.
struct Attribute {
    name: std::ops::Range<usize>,
    whole: std::ops::Range<usize>,
}

/// Whether the scan reads the attribute `name` (any case). `href` is read on
/// `<link>` only (the canonical address); on links it is most of the tag.
fn is_read(name: &[u8], is_link: bool) -> bool {
    let mut lower = [0u8; 12];
    let Some(lower) = lower.get_mut(..name.len()) else {
        return false;
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    match &*lower {
        b"href" => is_link,
        name => scan::is_read_attribute(name),
    }
}

/// The attributes between a start tag's name and its `>`, read as html5ever's
/// tokenizer reads them: a value is quoted when a quote follows `=`, else it runs
/// to a space. Once done, `self_closing` says whether the tag ended with `/`.
struct Attributes<'a> {
    inner: &'a [u8],
    at: usize,
    self_closing: bool,
}

impl Iterator for Attributes<'_> {
    type Item = Attribute;

    fn next(&mut self) -> Option<Attribute> {
        let inner = self.inner;
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
        let skip_spaces = |mut at: usize| {
            while at < inner.len() && is_space(inner[at]) {
                at += 1;
            }
            at
        };
        loop {
            self.at = skip_spaces(self.at);
            match inner.get(self.at) {
                None => return None,
                Some(b'/') => {
                    self.at += 1;
                    self.self_closing = self.at == inner.len();
                }
                Some(_) => break,
            }
        }
        let start = self.at;
        // A name may start with `=`; after that it ends at a space, `/` or `=`.
        let mut at = start + 1;
        while at < inner.len() && !is_space(inner[at]) && !matches!(inner[at], b'/' | b'=') {
            at += 1;
        }
        let name = start..at;
        let mut value_end = at;
        let after = skip_spaces(at);
        if inner.get(after) == Some(&b'=') {
            let value = skip_spaces(after + 1);
            value_end = match inner.get(value) {
                Some(&quote @ (b'"' | b'\'')) => memchr::memchr(quote, &inner[value + 1..])
                    .map_or(inner.len(), |close| value + 1 + close + 1),
                Some(_) => {
                    let mut end = value;
                    while end < inner.len() && !is_space(inner[end]) {
                        end += 1;
                    }
                    end
                }
                None => value,
            };
        }
        self.at = value_end;
        Some(Attribute {
            name,
            whole: start..value_end,
        })
    }
}

/// A tag name in lower case, when short enough to be one the scan acts on.
struct Name {
    lower: [u8; 12],
    len: usize,
}

impl Name {
    fn of(name: &[u8]) -> Name {
        let mut lower = [0u8; 12];
        let len = if name.len() <= lower.len() {
            lower[..name.len()].copy_from_slice(name);
            lower[..name.len()].make_ascii_lowercase();
            name.len()
        } else {
            0
        };
        Name { lower, len }
    }

    fn bytes(&self) -> &[u8] {
        &self.lower[..self.len]
    }

    /// Tags that nest freely and have no implied end tag, so counting their opening
    /// and closing tags tracks the depth of the tree.
    fn is_container(&self) -> bool {
        matches!(
            self.bytes(),
            b"div"
                | b"span"
                | b"section"
                | b"article"
                | b"aside"
                | b"main"
                | b"nav"
                | b"header"
                | b"footer"
                | b"font"
                | b"b"
                | b"i"
                | b"u"
                | b"em"
                | b"strong"
                | b"small"
                | b"blockquote"
                | b"center"
                | b"table"
        )
    }
}

/// A tag name runs to a space, `/` or `>` (`<eop-dictionary-entry>` is one name).
fn is_tag_name_end(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')
}

/// Just past the `>` that ends the tag whose name ends at `from`, stepping over
/// quoted attribute values (`title="a > b"`); the page's end if it never closes.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| memchr::memchr3(b'>', b'"', b'\'', rest))
    {
        let found = at + found;
        let quote = bytes[found];
        if quote == b'>' {
            return found + 1;
        }
        // A quote opens a value only right after `=`; elsewhere it is a stray byte.
        at = if bytes[from..found].trim_ascii_end().ends_with(b"=") {
            find_byte(bytes, found + 1, quote).map_or(bytes.len(), |close| close + 1)
        } else {
            found + 1
        };
    }
    bytes.len()
}

/// Just past the comment whose `<!--` ends at `from`: `-->`, `--!>`, or at once for
/// the empty `<!-->` and `<!--->`; the page's end if it never closes (as the parser).
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from.min(bytes.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut at = from;
    while let Some(dashes) = find(bytes, at, b"--") {
        let after = &bytes[dashes + 2..];
        if after.starts_with(b">") {
            return dashes + 3;
        }
        if after.starts_with(b"!>") {
            return dashes + 4;
        }
        at = dashes + 1;
    }
    bytes.len()
}

/// Where a raw-text element's content ends (`start`, at its `</name`) and just past
/// its end tag (`end`); both the page's end when it never closes.
struct Close {
    start: usize,
    end: usize,
}

/// The end tag of the raw-text element `name` whose content starts at `from`: `</`
/// and the name in any case, then a space, `/` or `>`.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> Close {
    let mut at = from;
    while let Some(lt) = find(bytes, at, b"</") {
        let after = lt + 2 + name.len();
        let named = bytes
            .get(lt + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        let ends = matches!(
            bytes.get(after),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')
        );
        if named && ends {
            return Close {
                start: lt,
                end: tag_end(bytes, after),
            };
        }
        at = lt + 2;
    }
    Close {
        start: bytes.len(),
        end: bytes.len(),
    }
}

/// Just past the `</select>` that closes the `<select>` whose content starts at
/// `from`, when the parser would end the element there too: every tag before it is
/// an `<option>`, `<optgroup>` or `<hr>` or their end tag. Anything else (`<input>`,
/// `<textarea>` and table tags end a select early, a comment may hide the end tag)
/// leaves the select to the parser. The scan skips a select's options, a menu of
/// months or sections that can run to hundreds of elements.
fn select_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let lt = find_byte(bytes, at, b'<')?;
        let is_close = bytes.get(lt + 1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(is_close);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|&&b| !is_tag_name_end(b))
            .count();
        let name = &bytes[name_start..name_start + name_len];
        if !bytes
            .get(lt + 1)
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!' || b == b'?')
        {
            // `a < b` in an option's label: text.
            at = lt + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        if is_close && name.eq_ignore_ascii_case(b"select") && name_len > 0 {
            return (end <= bytes.len() && bytes[end - 1] == b'>').then_some(end);
        }
        let is_option = ["option", "optgroup"]
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n.as_bytes()));
        if !(is_option || (!is_close && name.eq_ignore_ascii_case(b"hr"))) {
            return None;
        }
        at = end;
    }
}

/// Just past the `</svg>` that closes the `<svg>` whose content starts at `from`,
/// counting nested ones; `None` when it never closes or holds a tag that would take
/// the parser out of SVG early (`<p>`, `<div>`, …), so that cutting it could lose text.
fn svg_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut open = 1usize;
    let mut pos = from;
    loop {
        let lt = find_byte(bytes, pos, b'<')?;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            pos = comment_end(bytes, lt + 4);
            continue;
        }
        if rest.starts_with(b"![CDATA[") {
            pos = find(bytes, lt, b"]]>").map_or(bytes.len(), |at| at + 3);
            continue;
        }
        let is_close = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(is_close);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|&&b| !is_tag_name_end(b))
            .count();
        if name_len == 0 {
            pos = lt + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        pos = end;
        let name = Name::of(&bytes[name_start..name_start + name_len]);
        match (name.bytes(), is_close) {
            (b"svg", true) => {
                open -= 1;
                if open == 0 {
                    return Some(end);
                }
            }
            (b"svg", false) if !bytes[..end].ends_with(b"/>") => open += 1,
            (tag, false) if breaks_out_of_svg(tag) => return None,
            (b"p" | b"br", true) => return None,
            _ => {}
        }
    }
}

/// Start tags that end foreign content (the HTML spec's list; `font` only with some
/// attributes, counted here always).
fn breaks_out_of_svg(tag: &[u8]) -> bool {
    matches!(
        tag,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
            | b"font"
    )
}

/// Whether `haystack` holds `needle` in any ASCII case. Runs on the start tag of
/// every `<script>` and `<link>`: memchr finds the candidates for the first byte, in
/// either case, many bytes at a time.
fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        haystack,
    )
    .any(|at| {
        haystack
            .get(at + 1..at + needle.len())
            .is_some_and(|after| after.eq_ignore_ascii_case(rest))
    })
}

/// The first `byte` at or after `from`. This scan runs over every byte of every
/// page before parsing; memchr compares 16 or 32 bytes at a time.
fn find_byte(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    memchr::memchr(byte, bytes.get(from..)?).map(|at| from + at)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|at| from + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_ignore_case_agrees_with_every_window() {
        let tags: [&[u8]; 6] = [
            b"<script type=\"application/LD+JSON\">",
            b"<script type=\"text/x-template\" id=\"t\">",
            b"<link rel=\"Canonical\" href=\"/a\">",
            b"<link rel=canonica",
            b"",
            b"<script src=\"/ld+jso.js\" data-l=\"LLD+JSONN\">",
        ];
        for tag in tags {
            for needle in [&b"ld+json"[..], b"template", b"canonical", b"l", b""] {
                let by_windows = needle.is_empty()
                    || tag
                        .windows(needle.len())
                        .any(|w| w.eq_ignore_ascii_case(needle));
                assert_eq!(contains_ignore_case(tag, needle), by_windows);
            }
        }
    }

    fn lean(page: &str) -> String {
        prepare(page, MAX_DEPTH).into_owned()
    }

    #[test]
    fn links_but_the_canonical_one_are_cut() {
        let page = "<head><link rel=stylesheet href=a.css><LINK REL=Canonical href=/story>\
                    <link rel=preload as=font></head><body><p>T</p></body>";
        assert_eq!(
            lean(page),
            "<head><LINK REL=Canonical href=/story></head><body><p>T</p></body>"
        );
    }

    #[test]
    fn images_and_sources_are_cut_in_the_body() {
        let page = "<body><p>Photo <img src=a.jpg alt=x> and <picture><source srcset=b.webp>\
                    <img src=b.jpg></picture> text.</p></body>";
        assert_eq!(
            lean(page),
            "<body><p>Photo  and <picture></picture> text.</p></body>"
        );
    }

    #[test]
    fn an_image_is_kept_where_it_would_move_the_parser() {
        // In the head an image ends the head and opens the body; in foreign content
        // left whole (an unclosed `<svg>`, `<math>`) it ends the foreign content.
        let head = "<head><img src=pixel.gif><title>T</title></head>";
        assert_eq!(lean(head), "<head><img><title>T</title></head>");
        let svg = "<div><svg><g><img src=a.png><p>Text</p></div>";
        assert_eq!(lean(svg), "<div><svg><g><img><p>Text</p></div>");
        let math = "<div><math><mi>x</mi><img src=a.png><p>Text</p></div>";
        assert_eq!(lean(math), "<div><math><mi>x</mi><img><p>Text</p></div>");
    }

    #[test]
    fn a_select_of_options_is_cut_whole() {
        let page = "<form><SELECT name=month><option value=1>January</option>\
                    <optgroup label=\"1 < 2\"><option selected>February<hr></optgroup>\
                    </select ><p>Text</p></form>";
        assert_eq!(lean(page), "<form><p>Text</p></form>");
        // An end tag inside an option's quoted value ends nothing.
        let quoted = "<select><option value=\"</select>\">A</option></select><p>T</p>";
        assert_eq!(lean(quoted), "<p>T</p>");
    }

    #[test]
    fn a_select_the_parser_may_end_elsewhere_is_left_to_it() {
        for page in [
            // `<input>` and `<textarea>` close an open select.
            "<select><option>A<input name=q><p>Text</p></select>",
            "<select><option>A<textarea>x</textarea>Text</select>",
            // A comment may hold the end tag.
            "<select><option>A<!-- </select> --><p>Text</p></select>",
            // No end tag: the select runs to the end of the page.
            "<select><option>A<p>Text</p>",
        ] {
            assert!(lean(page).starts_with("<select>"), "{page}");
        }
    }

    #[test]
    fn pages_with_nothing_to_cut_are_borrowed_unchanged() {
        let page = "<div><p>One</p><div><span title='a > b'>two</span></div></div>";
        assert!(matches!(prepare(page, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_styles_noscript_and_comments_are_cut() {
        let page = "<head><style>p { color: red }</style><script src=a.js></script>\
                    <SCRIPT>var s = '<p>not text</p>';</SCRIPT ></head>\
                    <body><!-- <p>old</p> --><p>Kept <noscript><img src=x></noscript>text.</p></body>";
        assert_eq!(lean(page), "<head></head><body><p>Kept text.</p></body>");
    }

    #[test]
    fn json_ld_and_template_scripts_are_kept_for_the_scan() {
        let page = r#"<script type="application/ld+json">{"headline":"H"}</script><script type=text/template><p>story</p></script><script>x()</script>"#;
        assert_eq!(
            lean(page),
            r#"<script type="application/ld+json">{"headline":"H"}</script><script type=text/template><p>story</p></script>"#
        );
    }

    #[test]
    fn a_script_ends_only_at_its_own_end_tag() {
        let page = "<script>a = '</scripts>'; b = '</p>';</script foo><p>Text</p>";
        assert_eq!(lean(page), "<p>Text</p>");
    }

    #[test]
    fn a_script_holding_a_comment_opener_is_left_to_the_parser() {
        // `<!--` switches html5ever to the escaped states, where `</script>` inside a
        // nested `<script>` does not end the outer one.
        let page = "<script><!-- document.write('<script>x()</script>'); --></script><p>T</p>";
        assert_eq!(lean(page), page);
    }

    #[test]
    fn unclosed_raw_text_runs_to_the_end_as_in_the_parser() {
        assert_eq!(lean("<p>Text</p><style>p {"), "<p>Text</p>");
        assert_eq!(lean("<p>Text</p><!-- never closed <p>x</p>"), "<p>Text</p>");
    }

    #[test]
    fn the_short_comment_forms_end_where_the_parser_ends_them() {
        assert_eq!(lean("<p>a<!-->b</p>"), "<p>ab</p>");
        assert_eq!(lean("<p>a<!--->b</p>"), "<p>ab</p>");
        assert_eq!(lean("<p>a<!-- x --!>b</p>"), "<p>ab</p>");
        assert_eq!(lean("<p>a<!-- x -- y -->b</p>"), "<p>ab</p>");
    }

    #[test]
    fn tags_inside_quoted_attributes_and_titles_are_text() {
        let page = r#"<a title="<script>x</script>">link</a><title>Use <script> tags</title><textarea><!-- a --></textarea>"#;
        assert!(matches!(prepare(page, MAX_DEPTH), Cow::Borrowed(_)));
        // A quote inside an unquoted value opens nothing.
        assert_eq!(
            lean("<p class=a'b>x</p><!-- c -->y'"),
            "<p class=a'b>x</p>y'"
        );
    }

    #[test]
    fn attributes_the_scan_never_reads_are_dropped() {
        let page = r#"<div class="story" data-track='{"a":1}' onclick=go()><video src=a.mp4 poster="a.jpg" muted></video><a href="/next" title="Next" target=_blank>Next</a></div>"#;
        assert_eq!(
            lean(page),
            r#"<div class="story"><video></video><a title="Next">Next</a></div>"#
        );
    }

    #[test]
    fn read_attributes_keep_their_case_quotes_and_the_canonical_href() {
        let page = r#"<LINK REL=canonical data-x=1 HREF="https://example.org/a"><meta property='og:title' content="A &amp; B" data-y><br data-z/>"#;
        assert_eq!(
            lean(page),
            r#"<LINK REL=canonical HREF="https://example.org/a"><meta property='og:title' content="A &amp; B"><br/>"#
        );
    }

    fn read_attributes(inner: &[u8]) -> (Vec<Attribute>, bool) {
        let mut attributes = Attributes {
            inner,
            at: 0,
            self_closing: false,
        };
        let found = attributes.by_ref().collect();
        (found, attributes.self_closing)
    }

    #[test]
    fn attributes_are_read_as_the_tokenizer_reads_them() {
        let inner = br#" a="x y" b = 'z' c=d/ e f=g "#;
        let (found, self_closing) = read_attributes(inner);
        let names: Vec<&[u8]> = found.iter().map(|a| &inner[a.name.clone()]).collect();
        assert_eq!(names, [&b"a"[..], b"b", b"c", b"e", b"f"]);
        assert!(!self_closing);
        let (found, self_closing) = read_attributes(b" x=1 /");
        assert_eq!(found.len(), 1);
        assert!(self_closing);
        // An unquoted value takes a trailing slash: `c=d/` is the value `d/`.
        let (found, self_closing) = read_attributes(b" c=d/");
        assert_eq!(found[0].whole, 1..5);
        assert!(!self_closing);
    }

    #[test]
    fn a_tag_cut_off_by_the_end_of_the_page_is_left_alone() {
        let page = "<p>x</p><a data-x=1 class=\u{e9}";
        assert_eq!(lean(page), page);
    }

    /// Fragments that open and close tags, quotes, comments and raw text, glued at
    /// random (a fixed xorshift sequence) with multi-byte characters between them:
    /// every cut and rewrite must land on character boundaries.
    #[test]
    fn fragments_glued_at_random_never_break_the_scan() {
        const PARTS: &[&str] = &[
            "<a",
            "<div",
            "<svg",
            "<script",
            "<style",
            "<title>",
            "<link",
            "</",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            ">",
            "/>",
            " data-x=1",
            " class=",
            " href=",
            " title='",
            " type=ld+json",
            "\"",
            "'",
            "=",
            "/",
            " ",
            "\n",
            "\u{e9}",
            "\u{4e2d}",
            "--!",
            "x-y",
            "p",
            "</script>",
            "</svg>",
            "</style>",
            "</title>",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = next() % 24;
            let page: String = (0..len)
                .map(|_| PARTS[(next() % PARTS.len() as u64) as usize])
                .collect();
            let lean = prepare(&page, 3);
            assert!(lean.len() <= page.len(), "{page:?} grew to {lean:?}");
        }
    }

    #[test]
    fn custom_element_names_are_whole_names() {
        // Not a `<div>`, and not an `<x>` with an attribute `-note`.
        let page = r#"<x-note style="display:none" data-a=1>Hint</x-note><div-x>text</div-x>"#;
        assert_eq!(
            prepare(page, 0),
            r#"<x-note style="display:none">Hint</x-note><div-x>text</div-x>"#
        );
    }

    #[test]
    fn svg_is_cut_whole_with_nested_and_self_closed_ones() {
        let page = "<p>a<svg viewBox='0 0 1 1'><svg><path d='M0'/></svg><title>icon</title></svg>b\
                    <svg/>c</p>";
        assert_eq!(lean(page), "<p>abc</p>");
    }

    #[test]
    fn svg_holding_html_or_never_closed_is_left_to_the_parser() {
        let page = "<svg><g></g><p>Text the parser moves out of the svg.</p></svg>";
        assert_eq!(lean(page), page);
        let page = "<svg><path/><p>Rest of the page.</p>";
        assert_eq!(lean(page), page);
    }

    #[test]
    fn drops_containers_beyond_the_limit_and_keeps_their_text() {
        let page = "<div><div><div><DIV class=x>deep</div></div>text</div></div>";
        let flat = prepare(page, 2);
        assert_eq!(flat, "<div><div>deeptext</div></div>");
    }

    #[test]
    fn tags_in_comments_and_scripts_do_not_count_as_depth() {
        let page =
            "<!-- <div><div><div> --><script>var s = '<div><div><div>';</script><div>x</div>";
        assert_eq!(prepare(page, 1), "<div>x</div>");
    }

    #[test]
    fn finds_bytes_and_needles() {
        let text = b"0123456<89abcdef</SCRIPT>x-->";
        assert_eq!(find_byte(text, 0, b'<'), Some(7));
        assert_eq!(find_byte(text, 8, b'<'), Some(16));
        assert_eq!(find_byte(text, 17, b'<'), None);
        assert_eq!(raw_text_end(text, 0, b"script").start, 16);
        assert_eq!(find(text, 0, b"-->"), Some(26));
        assert_eq!(find(text, 0, b"-->!"), None);
    }

    #[test]
    fn a_page_is_read_up_to_its_last_tag_within_the_cap() {
        let page = format!(
            "<p>The article comes first.</p>{}<p>Never parsed.</p>",
            "<b>x</b>".repeat(MAX_TAGS - 1)
        );
        let read = lean(&page);
        assert!(read.starts_with("<p>The article comes first.</p><b>x</b>"));
        assert!(read.ends_with("<b>x</b>"), "{}", &read[read.len() - 40..]);
        assert_eq!(read.matches('<').count(), 2 * MAX_TAGS);
        // A page within the cap is left whole.
        let small = "<p>a</p>".repeat(10);
        assert!(matches!(
            prepare(&small, MAX_DEPTH),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_hundred_thousand_nested_divs_parse_quickly_with_their_text() {
        let page = format!(
            "{}<p>The buried paragraph survives.</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let flat = prepare(&page, MAX_DEPTH);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        let article = crate::html::extract(&flat, std::path::Path::new("deep.html"));
        assert!(
            article.body.contains("The buried paragraph survives."),
            "{}",
            article.body
        );
    }
}

#[cfg(test)]
mod same_tree {
    use std::path::Path;

    use scraper::Html;

    use super::{MAX_DEPTH, prepare};
    use crate::html::scan;

    /// Everything the scan reads from a tree: blocks, elements, metadata.
    fn scanned(html: &str) -> String {
        format!("{:?}", scan::scan(&Html::parse_document(html)))
    }

    /// Every attribute the scan reads survives: hidden elements, dates, metadata,
    /// the canonical address, the language.
    #[test]
    fn a_page_using_every_read_attribute_scans_the_same() {
        let html = r#"<html lang="fr" data-theme=dark><head>
            <meta charset="utf-8"><meta http-equiv="content-language" content="fr">
            <meta name="author" content="Ann Lee" data-x=1>
            <meta property="article:published_time" content="2021-03-14T10:00:00Z">
            <link rel="canonical" href="https://example.org/a" data-y=2>
            <script type="application/ld+json" data-z>{"headline":"H"}</script></head>
            <body><div id="main" role="main" class="story" data-id=3>
            <h1 itemprop="headline" data-a=b>Harbour wall to be repaired</h1>
            <span class="byline" title="2021-03-14T10:00:00Z" data-t=1>Ann Lee</span>
            <time datetime="2021-03-14" pubdate data-b=c>14 March</time>
            <p style="display: none" data-c=d>Hidden.</p><p hidden>Hidden too.</p>
            <p aria-hidden="true">Hidden three.</p><a rel="author" href="/ann">Ann</a>
            <p>The council agreed on Tuesday to repair the harbour wall.</p>
            </div></body></html>"#;
        assert_eq!(scanned(html), scanned(&prepare(html, MAX_DEPTH)));
        assert!(prepare(html, MAX_DEPTH).len() < html.len());
    }

    /// Cutting scripts, styles, comments and icons before parsing leaves the scan
    /// reading the same text, on every HTML page of the sample corpus.
    #[test]
    fn the_sample_corpus_scans_the_same_with_and_without_the_cuts() {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let (mut pages, mut cut) = (0, 0);
        let sites = std::fs::read_dir(&corpus).expect("the sample corpus");
        let files = sites
            .flatten()
            .filter_map(|site| std::fs::read_dir(site.path()).ok())
            .flatten()
            .flatten();
        for path in files.map(|f| f.path()) {
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let Ok(html) = std::fs::read_to_string(&path) else {
                continue;
            };
            let lean = prepare(&html, MAX_DEPTH);
            assert_eq!(scanned(&html), scanned(&lean), "{}", path.display());
            pages += 1;
            cut += usize::from(lean.len() < html.len());
        }
        assert!(
            pages >= 20,
            "only {pages} HTML pages found in {}",
            corpus.display()
        );
        assert!(
            cut * 2 > pages,
            "only {cut} of {pages} pages had anything cut"
        );
    }
}
