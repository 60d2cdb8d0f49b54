//! One walk over the parsed page: text blocks, block elements and metadata.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use html5ever::{LocalName, local_name};
use scraper::{ElementRef, Html, Node};

/// No parent: the walk's outermost element.
pub(super) const NO_PARENT: u32 = u32::MAX;

/// What kind of element a text block came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    Cell,
    Quote,
    Pre,
    Caption,
    /// Text directly inside a generic container (`div`, `section`, `td`-less tables).
    Loose,
}

/// A run of text between block boundaries, whitespace collapsed.
#[derive(Debug)]
pub(super) struct Block {
    /// Index in [`Page::elems`] of the block element that holds the text.
    pub elem: u32,
    pub text: String,
    pub chars: u32,
    pub link_chars: u32,
    pub kind: BlockKind,
    /// Inside page chrome: set after the walk from the elements' boilerplate marks.
    pub boiler: bool,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// How strongly an element's tag, class, id or role says "page chrome".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Chrome {
    No,
    /// Chrome unless it holds most of the page (`header`, `sidebar`, `menu`): layout
    /// wrappers around the whole page often carry such names.
    Weak,
    /// Chrome whatever its size (`comments`, `share`, `related`, `nav`).
    Strong,
}

/// A block-level element, in document order (parents before children).
#[derive(Debug)]
pub(super) struct Elem {
    pub parent: u32,
    pub tag: &'static str,
    /// Blocks `first_block..end_block` lie inside this element.
    pub first_block: u32,
    pub end_block: u32,
    /// Elements `self+1..end_elem` are this element's descendants.
    pub end_elem: u32,
    /// Characters of text in the subtree, and how many of them are link text.
    pub chars: u32,
    pub link_chars: u32,
    /// Readability-style prior from class and id: positive for `article-body`,
    /// negative for `widget`.
    pub class_weight: f32,
    /// A hash of the class attribute, to recognise siblings built alike.
    pub class_key: u64,
    pub chrome: Chrome,
    /// Marked `itemprop="articleBody"` (or with an `articleBody` class).
    pub is_article_body: bool,
    /// A sidebar or widget: not the article even when large, and full of other
    /// stories' dates.
    pub is_aside: bool,
    /// A caption or credit (`media__figcaption`, `photo-credits`): never body text,
    /// though it may carry the date (`intro__caption`).
    pub is_caption: bool,
    /// Weak chrome only for the word `list` in its class or id (`anexos_list`,
    /// `post-list`), which names link lists and the article's own sequences alike.
    pub is_list_only: bool,
}

impl Elem {
    pub fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// A `<time>` element or a date-classed element, for the date rules.
#[derive(Debug)]
pub(super) struct DateMark {
    /// The `datetime` / `content` attribute, else the element's text (short).
    pub value: String,
    /// A `<time datetime>`'s own text when short (`Publié le 29 juin 2019`): the day
    /// the publisher prints, which may differ from the attribute.
    pub printed: String,
    /// Blocks before this point in page order: position relative to the headline.
    pub block_pos: u32,
    /// The innermost block element around it.
    pub elem: u32,
    /// Says "published" (`pubdate`, `itemprop=datePublished`, class `published`).
    pub says_published: bool,
    /// Says "updated" / "modified".
    pub says_modified: bool,
    pub is_time_element: bool,
}

/// What the walk finds in the page besides text blocks.
#[derive(Debug, Default)]
pub(super) struct Meta {
    /// `<meta>` tags as (lower-case name/property/itemprop, content).
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
    pub title_tag: Option<String>,
    pub ld_json: Vec<String>,
    /// The markup of a `<script type="text/template">` that holds paragraphs: some
    /// blog platforms ship the post there and render it with script.
    pub template: Option<String>,
    pub lang: Option<String>,
    pub dates: Vec<DateMark>,
    pub rel_authors: Vec<String>,
    pub bylines: Vec<String>,
}

impl Meta {
    /// The first non-empty content of a meta tag with this (lower-case) name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// The page reduced to what extraction needs.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub blocks: Vec<Block>,
    pub elems: Vec<Elem>,
    pub meta: Meta,
    /// Characters of text in the whole page (chrome included).
    pub total_chars: u32,
    /// Per element: it or an ancestor is page chrome.
    pub chrome_elems: Vec<bool>,
    /// Per element: it or an ancestor is a caption or credit.
    pub caption_elems: Vec<bool>,
    /// Per element: it or an ancestor is strong chrome (comments, related stories,
    /// navigation). Dates ignore only these: the article's own date often sits in a
    /// header or a "meta" line, which are weak chrome for the body.
    pub strong_chrome_elems: Vec<bool>,
    /// Per element: chrome inside chrome, it or an ancestor (an author box or a
    /// share bar inside a wrapper named like a sidebar). The retry that takes a
    /// chrome-named wrapper as the article still leaves these out.
    pub nested_chrome_elems: Vec<bool>,
    /// `h1` blocks that open with an inline element and go on after it
    /// (`<h1><span class="kicker">Data leak</span> Rheinmetall hacked</h1>`):
    /// the block's index and the byte offset in its text where that element ends.
    pub kickers: Vec<(u32, u32)>,
}

enum Frame {
    /// Not walked into (scripts, styles, hidden elements), or a void/other node.
    Skip,
    Inline {
        is_link: bool,
        /// Opened before any text of its block's run.
        opens_run: bool,
    },
    Block {
        elem: u32,
    },
}

struct Walker {
    page: Page,
    frames: Vec<Frame>,
    /// The innermost open block element; text goes to it.
    open_blocks: Vec<u32>,
    text: String,
    text_chars: u32,
    text_link_chars: u32,
    link_depth: u32,
    /// A link opened or closed since the last text: see [`Walker::push_text`].
    at_link_edge: bool,
    /// Where an inline element that opened an `h1`'s run closed, in `text`.
    kicker_end: Option<usize>,
    /// The current element's class and id words (see [`class_words`]).
    words: String,
    flags: WordFlags,
    flag_cache: HashMap<u64, WordFlags, BuildHasherDefault<KeyHasher>>,
    /// Subtree text reads done for date hints so far (see [`MAX_TEXT_PROBES`]).
    text_probes: u32,
}

/// How many date-classed elements per page may have their text read.
const MAX_TEXT_PROBES: u32 = 120;

/// The cache keys are hashes already: pass them through.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

impl Page {
    /// The text after the kicker that opens block `block`, an `h1` (see
    /// [`Page::kickers`]).
    pub fn kicker_tail(&self, block: usize) -> Option<&str> {
        let &(_, end) = self.kickers.iter().find(|(b, _)| *b as usize == block)?;
        let tail = self.blocks[block].text.get(end as usize..)?;
        Some(tail.trim_start_matches(|c: char| !c.is_alphanumeric() && !is_quote(c)))
    }
}

/// Opening quote marks, which a headline may start with.
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '„' | '“' | '‘' | '«' | '»' | '‚' | '「' | '『'
    )
}

/// Walks the page once and returns its blocks, block elements and metadata.
pub(super) fn scan(doc: &Html) -> Page {
    let mut walker = Walker::new();
    // Iterative pre-order walk with open and close events: pages nest deeply enough
    // to make recursion a stack-overflow risk.
    let mut node = doc.tree.root();
    'walk: loop {
        let descend = match ElementRef::wrap(node) {
            Some(el) => walker.open_element(el),
            None => walker.open_other(node.value()),
        };
        if descend && let Some(child) = node.first_child() {
            node = child;
            continue;
        }
        loop {
            walker.close();
            if let Some(sibling) = node.next_sibling() {
                node = sibling;
                break;
            }
            match node.parent() {
                Some(parent) => node = parent,
                None => break 'walk,
            }
        }
    }
    walker.flush();
    let mut page = walker.page;
    mark_chrome(&mut page);
    page
}

/// Tags whose content is never article text.
fn is_skipped_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("canvas")
            | local_name!("select")
            | local_name!("option")
            | local_name!("textarea")
            | local_name!("button")
            | local_name!("input")
            | local_name!("video")
            | local_name!("audio")
            | local_name!("map")
            | local_name!("title")
            | local_name!("head")
            | local_name!("datalist")
    )
}

/// The block elements, by their name in the parsed tree: an atom, so that this
/// `match` compares integers, not strings, for every element of the page.
fn block_tag(tag: &LocalName) -> Option<&'static str> {
    Some(match *tag {
        local_name!("p") => "p",
        local_name!("div") => "div",
        local_name!("section") => "section",
        local_name!("article") => "article",
        local_name!("main") => "main",
        local_name!("body") => "body",
        local_name!("html") => "html",
        local_name!("li") => "li",
        local_name!("ul") => "ul",
        local_name!("ol") => "ol",
        local_name!("dl") => "dl",
        local_name!("dt") => "dt",
        local_name!("dd") => "dd",
        local_name!("h1") => "h1",
        local_name!("h2") => "h2",
        local_name!("h3") => "h3",
        local_name!("h4") => "h4",
        local_name!("h5") => "h5",
        local_name!("h6") => "h6",
        local_name!("blockquote") => "blockquote",
        local_name!("pre") => "pre",
        local_name!("table") => "table",
        local_name!("tbody") => "tbody",
        local_name!("thead") => "thead",
        local_name!("tfoot") => "tfoot",
        local_name!("tr") => "tr",
        local_name!("td") => "td",
        local_name!("th") => "th",
        local_name!("figure") => "figure",
        local_name!("figcaption") => "figcaption",
        local_name!("header") => "header",
        local_name!("footer") => "footer",
        local_name!("nav") => "nav",
        local_name!("aside") => "aside",
        local_name!("address") => "address",
        local_name!("form") => "form",
        local_name!("fieldset") => "fieldset",
        local_name!("center") => "center",
        local_name!("details") => "details",
        local_name!("summary") => "summary",
        local_name!("caption") => "caption",
        local_name!("menu") => "menu",
        local_name!("hgroup") => "hgroup",
        local_name!("dialog") => "dialog",
        local_name!("legend") => "legend",
        local_name!("label") => "label",
        _ => return None,
    })
}

fn kind_of(tag: &str) -> BlockKind {
    match tag {
        "p" => BlockKind::Paragraph,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "td" | "th" => BlockKind::Cell,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Pre,
        "figcaption" | "caption" => BlockKind::Caption,
        _ => BlockKind::Loose,
    }
}

impl Walker {
    fn new() -> Walker {
        Walker {
            page: Page::default(),
            frames: Vec::new(),
            open_blocks: Vec::new(),
            text: String::new(),
            text_chars: 0,
            text_link_chars: 0,
            link_depth: 0,
            at_link_edge: false,
            kicker_end: None,
            words: String::new(),
            flags: WordFlags::default(),
            flag_cache: HashMap::default(),
            text_probes: 0,
        }
    }

    fn open_other(&mut self, node: &Node) -> bool {
        match node {
            Node::Text(text) => {
                self.push_text(text);
                self.frames.push(Frame::Skip);
                false
            }
            Node::Document | Node::Fragment => {
                self.frames.push(Frame::Skip);
                true
            }
            _ => {
                self.frames.push(Frame::Skip);
                false
            }
        }
    }

    /// The class/id word flags of an element. No word spans the class and the id,
    /// so each is read on its own: the class's flags are cached per distinct class
    /// (pages repeat a few class names across thousands of elements); ids, mostly
    /// unique (`post-4512`), are read each time.
    fn word_flags(&mut self, class: &str, id: &str, class_key: u64) -> WordFlags {
        let mut flags = WordFlags::default();
        if !class.is_empty() {
            flags = match self.flag_cache.get(&class_key) {
                Some(&cached) => cached,
                None => {
                    let read = class_words(class, "", &mut self.words);
                    self.flag_cache.insert(class_key, read);
                    read
                }
            };
        }
        if !id.is_empty() {
            flags.0 |= class_words("", id, &mut self.words).0;
        }
        flags
    }

    fn open_element(&mut self, el: ElementRef<'_>) -> bool {
        let element = el.value();
        let name = &element.name.local;
        let attrs = Attrs::read(element);
        let class_key = hash_str(attrs.class);
        // A heading's id is an anchor made from its text (`id="share-of-the-vote"`,
        // `id="nav_the_new_rules"`), not a name for its role: only its class counts.
        let id = if matches!(
            *name,
            local_name!("h1")
                | local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6")
        ) {
            ""
        } else {
            attrs.id
        };
        self.flags = self.word_flags(attrs.class, id, class_key);
        self.read_metadata(el, name, &attrs);
        if is_skipped_tag(name) || attrs.is_hidden(name) {
            self.frames.push(Frame::Skip);
            // `<head>` is skipped as text, but its metadata lies in its children.
            return *name == local_name!("head");
        }
        if matches!(*name, local_name!("br") | local_name!("hr")) {
            self.flush();
            self.frames.push(Frame::Skip);
            return false;
        }
        let Some(block) = block_tag(name) else {
            // Photo credits and screen-reader labels inside a paragraph
            // (`<span class="credit">Photo: J. Doe</span>`) are not its text.
            if self.flags.has(WordFlags::INLINE)
                || (self.flags.has(WordFlags::POPUP) && self.flags.has(WordFlags::PART))
            {
                self.frames.push(Frame::Skip);
                return false;
            }
            let is_link = *name == local_name!("a");
            if is_link {
                self.link_depth += 1;
                self.at_link_edge = true;
            }
            self.frames.push(Frame::Inline {
                is_link,
                opens_run: self.text.is_empty(),
            });
            return true;
        };
        self.flush();
        let index = self.page.elems.len() as u32;
        let is_article_body = attrs.itemprop.eq_ignore_ascii_case("articleBody")
            || attrs.class.contains("articleBody");
        let (class_weight, class_chrome) = class_signals(self.flags);
        let chrome = tag_chrome(block, attrs.role).max(class_chrome);
        let chrome = if is_article_body || block == "body" || block == "html" {
            Chrome::No
        } else {
            chrome
        };
        self.page.elems.push(Elem {
            parent: self.open_blocks.last().copied().unwrap_or(NO_PARENT),
            tag: block,
            first_block: self.page.blocks.len() as u32,
            end_block: 0,
            end_elem: 0,
            chars: 0,
            link_chars: 0,
            class_weight,
            class_key,
            chrome,
            is_article_body,
            is_caption: self.flags.has(WordFlags::CAPTION),
            is_aside: block == "aside" || self.flags.has(WordFlags::ASIDE),
            is_list_only: self.flags.has(WordFlags::LIST)
                && !self.flags.has(WordFlags::WEAK)
                && tag_chrome(block, attrs.role) == Chrome::No,
        });
        self.open_blocks.push(index);
        self.frames.push(Frame::Block { elem: index });
        true
    }

    fn close(&mut self) {
        match self.frames.pop() {
            Some(Frame::Inline { is_link, opens_run }) => {
                if is_link {
                    self.link_depth -= 1;
                    self.at_link_edge = true;
                }
                if opens_run
                    && self.kicker_end.is_none()
                    && !self.text.is_empty()
                    && self
                        .open_blocks
                        .last()
                        .is_some_and(|&e| self.page.elems[e as usize].tag == "h1")
                {
                    self.kicker_end = Some(self.text.len());
                }
            }
            Some(Frame::Block { elem }) => {
                self.flush();
                self.open_blocks.pop();
                let blocks = self.page.blocks.len() as u32;
                let elems = self.page.elems.len() as u32;
                let e = &mut self.page.elems[elem as usize];
                e.end_block = blocks;
                e.end_elem = elems;
                let (chars, link_chars, parent) = (e.chars, e.link_chars, e.parent);
                if parent != NO_PARENT {
                    let p = &mut self.page.elems[parent as usize];
                    p.chars += chars;
                    p.link_chars += link_chars;
                }
            }
            _ => {}
        }
    }

    /// Appends a text node, collapsing white space as a browser renders it.
    fn push_text(&mut self, text: &str) {
        if self.open_blocks.is_empty() {
            return;
        }
        // Most text nodes are the indentation between tags.
        if text.bytes().all(|b| b.is_ascii_whitespace()) {
            if !text.is_empty() {
                self.push_space();
            }
            return;
        }
        let mut added = 0;
        // A link whose text spells out its address (`http://amzn.to/2iJFhRj`, a
        // source list) is written for the reader: menus and related stories show
        // words, so such text does not count as link text.
        let mut spelled_urls = 0;
        if text.starts_with(char::is_whitespace)
            || (std::mem::take(&mut self.at_link_edge)
                && self
                    .text
                    .chars()
                    .next_back()
                    .is_some_and(|last| text.starts_with(|c| splits_at_link(last, c))))
        {
            self.push_space();
        }
        // Word by word rather than char by char: most text nodes are plain words.
        // Each white space char (as `char::is_whitespace` has it) ends the word
        // before it and adds a space. Printable ASCII, most of any text, is passed
        // over a byte at a time; the word is plain (see `push_word`) if nothing
        // else was in it.
        let bytes = text.as_bytes();
        let mut word_start = 0;
        let mut is_plain = true;
        let mut at = 0;
        loop {
            while at < bytes.len() && matches!(bytes[at], b'!'..=b'~') {
                at += 1;
            }
            let (is_space, width) = match bytes.get(at) {
                None => (true, 0),
                Some(&b) if b.is_ascii() => (matches!(b, b' ' | b'\t'..=b'\r'), 1),
                Some(_) => {
                    let c = text[at..].chars().next().expect("at is a char boundary");
                    (c.is_whitespace(), c.len_utf8())
                }
            };
            if !is_space {
                // A control char, DEL or a letter beyond ASCII.
                is_plain = false;
                at += width;
                continue;
            }
            let word = &text[word_start..at];
            if !word.is_empty() {
                let pushed = self.push_word(word, is_plain);
                added += pushed;
                if self.link_depth > 0
                    && (word.starts_with("http://") || word.starts_with("https://"))
                {
                    spelled_urls += pushed;
                }
            }
            if width == 0 {
                break;
            }
            self.push_space();
            at += width;
            word_start = at;
            is_plain = true;
        }
        self.text_chars += added;
        if self.link_depth > 0 {
            self.text_link_chars += added - spelled_urls;
        }
    }

    /// Appends one word, dropping control and zero-width characters and soft
    /// hyphens (`Mit\u{ad}tel\u{ad}al\u{ad}ter`: invisible unless a line breaks
    /// there, and a search for the word must find it); returns the number of
    /// characters kept. `is_plain`: the word is printable ASCII only, which is
    /// copied as it is.
    fn push_word(&mut self, word: &str, is_plain: bool) -> u32 {
        if is_plain {
            self.text.push_str(word);
            return word.len() as u32;
        }
        let mut added = 0;
        for c in word.chars() {
            if c == '\u{a0}' {
                self.push_space();
            } else if !c.is_control() && !matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}') {
                self.text.push(c);
                added += 1;
            }
        }
        added
    }

    /// One space between words, never at the start of a run or twice.
    fn push_space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    /// Ends the current text run as a block of the innermost open block element.
    fn flush(&mut self) {
        let kicker_end = self.kicker_end.take();
        let (chars, link_chars) = (self.text_chars, self.text_link_chars);
        self.text_chars = 0;
        self.text_link_chars = 0;
        if chars == 0 {
            self.text.clear();
            return;
        }
        let Some(&elem) = self.open_blocks.last() else {
            self.text.clear();
            return;
        };
        // One allocation of the run's size; the buffer, grown once, serves every run
        // (handing it over made each block's string grow by doubling from empty). It
        // never starts with a space.
        let text = String::from(self.text.strip_suffix(' ').unwrap_or(&self.text));
        self.text.clear();
        if let Some(end) = kicker_end
            && text[end.min(text.len())..].contains(char::is_alphanumeric)
        {
            self.page
                .kickers
                .push((self.page.blocks.len() as u32, end as u32));
        }
        let e = &mut self.page.elems[elem as usize];
        e.chars += chars;
        e.link_chars += link_chars;
        self.page.total_chars += chars;
        self.page.blocks.push(Block {
            elem,
            text,
            chars,
            link_chars,
            kind: kind_of(e.tag),
            boiler: false,
        });
    }

    fn read_metadata(&mut self, el: ElementRef<'_>, tag: &LocalName, attrs: &Attrs<'_>) {
        let meta = &mut self.page.meta;
        match *tag {
            local_name!("meta") => {
                if attrs.content.is_empty() {
                    return;
                }
                for name in [attrs.property, attrs.name, attrs.itemprop, attrs.http_equiv] {
                    if !name.is_empty() {
                        meta.metas.push((
                            name.trim().to_ascii_lowercase(),
                            attrs.content.trim().to_owned(),
                        ));
                    }
                }
                return;
            }
            local_name!("link") => {
                if attrs.rel.eq_ignore_ascii_case("canonical") && meta.canonical.is_none() {
                    meta.canonical = Some(attrs.href.to_owned());
                }
                return;
            }
            local_name!("script") => {
                if attrs.kind.eq_ignore_ascii_case("application/ld+json") {
                    meta.ld_json.push(el.text().collect());
                } else if attrs.kind.eq_ignore_ascii_case("text/template")
                    && meta.template.as_ref().is_none_or(|t| t.len() < 2000)
                {
                    let html: String = el.text().collect();
                    if html.len() >= 500 && html.contains("<p") {
                        meta.template = Some(html);
                    }
                }
                return;
            }
            local_name!("title") => {
                if meta.title_tag.is_none() {
                    let text: String = el.text().collect();
                    meta.title_tag = Some(collapse(&text));
                }
                return;
            }
            local_name!("html") => {
                if !attrs.lang.is_empty() {
                    meta.lang = Some(attrs.lang.to_ascii_lowercase());
                }
                return;
            }
            _ => {}
        }
        if *tag == local_name!("a")
            && attrs
                .rel
                .split_whitespace()
                .any(|r| r.eq_ignore_ascii_case("author"))
        {
            if meta.rel_authors.len() < 5 {
                meta.rel_authors
                    .push(collapse(&el.text().collect::<String>()));
            }
        } else if (attrs.itemprop.eq_ignore_ascii_case("author")
            || self.flags.has(WordFlags::BYLINE))
            && meta.bylines.len() < 5
            && !names_a_comment(attrs.class)
        {
            let text = short_text(el, 120);
            if !text.is_empty() {
                meta.bylines.push(text);
            }
        }
        let is_time = *tag == local_name!("time");
        // Microdata `itemprop` or RDFa `property` (`schema:datePublished`).
        let prop = if attrs.itemprop.is_empty() {
            attrs.property
        } else {
            attrs.itemprop
        };
        let prop = prop.rsplit(':').next().unwrap_or(prop);
        let date_prop = prop.eq_ignore_ascii_case("datePublished")
            || prop.eq_ignore_ascii_case("dateCreated")
            || prop.eq_ignore_ascii_case("date");
        let modified_prop = prop.eq_ignore_ascii_case("dateModified");
        let dated_class = self.flags.has(WordFlags::DATED);
        // Date-classed elements are many on some pages (`info`, `meta`, `data`), so
        // they stop at 40; `<time>` and `datePublished` go on, since the article's own
        // may come after a menu full of dated teasers.
        let is_marked = is_time || date_prop || modified_prop;
        if !(is_marked || dated_class) || meta.dates.len() >= if is_marked { 200 } else { 40 } {
            return;
        }
        let value = if !attrs.datetime.is_empty() {
            attrs.datetime.to_owned()
        } else if !attrs.content.is_empty() {
            attrs.content.to_owned()
        } else if attrs.title.len() >= 10 && attrs.title.starts_with(|c: char| c.is_ascii_digit()) {
            // `<span class="time-ago" title="2020-09-20T14:20:02Z">2 hours ago</span>`
            attrs.title.to_owned()
        } else if self.text_probes < MAX_TEXT_PROBES {
            // Reading an element's text walks its subtree: bounded per page, since
            // `info`, `meta` and `data` classes can sit on many large elements.
            self.text_probes += 1;
            short_text(el, 200)
        } else {
            String::new()
        };
        if value.is_empty() {
            return;
        }
        let printed = if is_time && !attrs.datetime.is_empty() && self.text_probes < MAX_TEXT_PROBES
        {
            self.text_probes += 1;
            short_text(el, 80)
        } else {
            String::new()
        };
        class_words(attrs.class, attrs.id, &mut self.words);
        let words = self.words.as_str();
        let has = |part: &str| words.contains(part);
        let elem = self.open_blocks.last().copied().unwrap_or(NO_PARENT);
        let block_pos = self.page.blocks.len() as u32;
        // `<span class="byline">Updated Jul 24 <time datetime=..></span>`: the label
        // sits in the text of the element around the `<time>`.
        let labelled_update = is_update_label(&value)
            || meta.dates.last().is_some_and(|m| {
                m.elem == elem
                    && m.block_pos == block_pos
                    && !m.is_time_element
                    && is_update_label(&m.value)
            });
        meta.dates.push(DateMark {
            value,
            printed,
            block_pos,
            elem,
            says_published: date_prop
                || attrs.has_pubdate
                || has("publish")
                || has("pubdate")
                || has("created"),
            says_modified: modified_prop
                || has("modif")
                || has("update")
                || has("aktualisiert")
                || (labelled_update && !date_prop),
            is_time_element: is_time,
        });
    }
}

/// A date line that says it is an update (`Updated Jul 24, 2018`).
pub(super) fn is_update_label(text: &str) -> bool {
    // Whole words; `last updated`, `zuletzt aktualisiert` and `zuletzt geändert` hold
    // one of them, `mis à jour` is three.
    const LABELS: &[&str] = &[
        "updated",
        "modified",
        "aktualisiert",
        "geändert",
        "actualizado",
        "aggiornato",
        "atualizado",
        "bijgewerkt",
        "обновлено",
    ];
    // The label opens the text or follows a byline (`By Ann Lee · Updated Jul 24`),
    // before any digit: after a date, it labels a second one. Every block and date
    // line asks, so words are compared, not searched for.
    let head = text
        .char_indices()
        .nth(80)
        .map_or(text, |(at, _)| &text[..at]);
    let head = &head[..head
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(head.len())];
    let mut words = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut previous: [&str; 2] = ["", ""];
    words.any(|word| {
        let is_label = LABELS.iter().any(|label| {
            word.len() >= label.len() && word.chars().flat_map(char::to_lowercase).eq(label.chars())
        }) || (word.eq_ignore_ascii_case("jour")
            && previous[0].eq_ignore_ascii_case("mis")
            && (previous[1] == "à" || previous[1] == "À"));
        previous = [previous[1], word];
        is_label
    })
}

/// Every attribute [`Attrs::read`] reads; [`super::prepare`] drops the others before
/// parsing (`src`, `srcset`, `data-*`, `onclick`, …), so a name missing here is never
/// seen by the walk.
pub(super) fn is_read_attribute(name: &[u8]) -> bool {
    matches!(
        name,
        b"class"
            | b"id"
            | b"role"
            | b"itemprop"
            | b"property"
            | b"name"
            | b"http-equiv"
            | b"content"
            | b"datetime"
            | b"rel"
            | b"href"
            | b"type"
            | b"lang"
            | b"xml:lang"
            | b"style"
            | b"title"
            | b"hidden"
            | b"pubdate"
            | b"aria-hidden"
    )
}

/// The attributes the walk reads, gathered in one pass over an element's attributes
/// (empty when absent).
#[derive(Default)]
struct Attrs<'a> {
    class: &'a str,
    id: &'a str,
    role: &'a str,
    itemprop: &'a str,
    property: &'a str,
    name: &'a str,
    http_equiv: &'a str,
    content: &'a str,
    datetime: &'a str,
    rel: &'a str,
    href: &'a str,
    kind: &'a str,
    lang: &'a str,
    style: &'a str,
    title: &'a str,
    has_hidden: bool,
    has_pubdate: bool,
    aria_hidden: bool,
}

impl<'a> Attrs<'a> {
    fn read(element: &'a scraper::node::Element) -> Attrs<'a> {
        let mut attrs = Attrs::default();
        // Names are matched as atoms (integers); `pubdate` is not a known one.
        for (name, value) in &element.attrs {
            let value: &str = value;
            match name.local {
                local_name!("class") => attrs.class = value,
                local_name!("id") => attrs.id = value,
                local_name!("role") => attrs.role = value,
                local_name!("itemprop") => attrs.itemprop = value,
                local_name!("property") => attrs.property = value,
                local_name!("name") => attrs.name = value,
                local_name!("http-equiv") => attrs.http_equiv = value,
                local_name!("content") => attrs.content = value,
                local_name!("datetime") => attrs.datetime = value,
                local_name!("rel") => attrs.rel = value,
                local_name!("href") => attrs.href = value,
                local_name!("type") => attrs.kind = value,
                local_name!("lang") | local_name!("xml:lang") => attrs.lang = value,
                local_name!("style") => attrs.style = value,
                local_name!("title") => attrs.title = value,
                local_name!("hidden") => attrs.has_hidden = true,
                local_name!("aria-hidden") => {
                    attrs.aria_hidden = value.eq_ignore_ascii_case("true");
                }
                ref other if &**other == "pubdate" => attrs.has_pubdate = true,
                _ => {}
            }
        }
        attrs
    }

    /// Not rendered: `hidden`, `aria-hidden="true"`, or an inline style hiding it.
    fn is_hidden(&self, tag: &LocalName) -> bool {
        if self.has_hidden
            || (self.aria_hidden && !matches!(*tag, local_name!("body") | local_name!("html")))
        {
            return true;
        }
        // Most elements have no style: skip the two substring searches.
        if self.style.is_empty() || !(self.style.contains("none") || self.style.contains("hidden"))
        {
            return false;
        }
        let style: String = self
            .style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    }
}

/// Text of a small element, collapsed; empty when it is longer than `max_chars`
/// (then it is a container, not a date line or a byline).
fn short_text(el: ElementRef<'_>, max_chars: usize) -> String {
    let mut text = String::new();
    for piece in el.text() {
        text.push_str(piece);
        text.push(' ');
        if text.len() > max_chars * 4 {
            return String::new();
        }
    }
    let text = collapse(&text);
    if text.chars().count() > max_chars {
        return String::new();
    }
    text
}

/// Whether a class names a comment's part (`comment-author`, `commentAuthor`): its
/// byline is the commenter's, not the article's.
fn names_a_comment(class: &str) -> bool {
    class
        .as_bytes()
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"comment"))
}

/// Collapses white space runs to one space and trims.
pub(super) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// Whether a link's edge between these two characters is a word break: Chinese and
/// Japanese text runs into a linked Latin name with no space
/// (`管理ソフト<a>KeePass</a>の`), which search must find as a word of its own. A
/// link within one script (`发表在<a>科学</a>刊物`) stays joined.
fn splits_at_link(before: char, after: char) -> bool {
    before.is_alphanumeric()
        && after.is_alphanumeric()
        && crate::is_unspaced_script(before) != crate::is_unspaced_script(after)
}

fn tag_chrome(tag: &str, role: &str) -> Chrome {
    let role = role.to_ascii_lowercase();
    if matches!(tag, "nav" | "menu" | "dialog")
        || matches!(
            role.as_str(),
            "navigation" | "menu" | "menubar" | "dialog" | "alertdialog"
        )
    {
        return Chrome::Strong;
    }
    if matches!(tag, "aside" | "footer" | "header" | "form")
        || matches!(
            role.as_str(),
            "complementary" | "contentinfo" | "banner" | "search"
        )
    {
        return Chrome::Weak;
    }
    Chrome::No
}

/// Writes the words of a class and id into `out`, lower-case, one space apart
/// (`article-body__text` -> `article body text`; `relatedPosts` -> `related posts`),
/// reusing its allocation: this runs for every element of the page. Returns the
/// flags of the words written, as `WordFlags::of` would read them from `out`.
fn class_words(class: &str, id: &str, out: &mut String) -> WordFlags {
    out.clear();
    let mut bits = 0;
    // Blog platforms add a class per category and tag of the post
    // (`category-sponsored`, `tag-social-media`, `category-no-newsletter`): the
    // post's topics, not what the element is.
    let is_topic = |token: &&str| token.starts_with("category-") || token.starts_with("tag-");
    let tokens = class.split_ascii_whitespace().filter(|t| !is_topic(t));
    for value in tokens.chain(std::iter::once(id)) {
        let start = out.len();
        let mut prev_lower = false;
        for c in value.chars() {
            if c.is_ascii() {
                // Most class names: the same steps as below, without Unicode tables.
                if c.is_ascii_alphanumeric() {
                    if c.is_ascii_uppercase() && prev_lower {
                        out.push(' ');
                    }
                    out.push(c.to_ascii_lowercase());
                    prev_lower = c.is_ascii_lowercase();
                } else {
                    if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    prev_lower = false;
                }
            } else if c.is_alphanumeric() {
                if c.is_uppercase() {
                    if prev_lower {
                        out.push(' ');
                    }
                    out.extend(c.to_lowercase());
                    prev_lower = false;
                } else {
                    out.push(c);
                    prev_lower = c.is_lowercase();
                }
            } else {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                prev_lower = false;
            }
        }
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        // A state or feature flag (`no-share`, `enable-pin-share`, `modal-enabled`,
        // `has-recommendations`) says what the element has or does, not what it
        // is: the article wrapper carries such flags for the chrome around it.
        // The words' flags are read in the same pass, rather than by splitting the
        // whole of `out` again: some pages' classes run to dozens of words.
        let mut value_bits = 0;
        let mut is_flagged = false;
        for word in out[start..].split(' ') {
            is_flagged |= is_flag_word(word);
            value_bits |= word_bits(word);
        }
        if is_flagged {
            out.truncate(start);
        } else {
            bits |= value_bits;
        }
    }
    WordFlags(bits)
}

fn is_flag_word(word: &str) -> bool {
    matches!(
        word,
        "no" | "has" | "enable" | "enabled" | "disable" | "disabled" | "is"
    )
}

/// What the words of an element's class and id say, as bits: computed once per
/// element with one `match` per word, since this runs for every element of a page.
#[derive(Debug, Clone, Copy, Default)]
struct WordFlags(u16);

impl WordFlags {
    const STRONG: u16 = 1 << 0;
    const WEAK: u16 = 1 << 1;
    const POSITIVE: u16 = 1 << 2;
    const INLINE: u16 = 1 << 3;
    const BYLINE: u16 = 1 << 4;
    const DATED: u16 = 1 << 5;
    const CAPTION: u16 = 1 << 6;
    const ASIDE: u16 = 1 << 7;
    /// `author`: with [`WordFlags::PROFILE`] an author box, strong chrome even
    /// inside a `*-content` wrapper.
    const AUTHOR: u16 = 1 << 8;
    const PROFILE: u16 = 1 << 9;
    /// A hover card (`rollover`, `tooltip`): with [`WordFlags::PART`] its hidden body
    /// (`rollover-people-block`), not the link that opens it.
    const POPUP: u16 = 1 << 10;
    const PART: u16 = 1 << 11;
    /// `bio`: with [`WordFlags::BYLINE`] the author's blurb under the article
    /// (`articleByline__bio`), strong chrome though it names the article.
    const BIO: u16 = 1 << 12;
    /// `list`: weak chrome, unless the element turns out to hold prose.
    const LIST: u16 = 1 << 13;

    #[cfg(test)]
    fn of(words: &str) -> WordFlags {
        let mut bits = 0;
        for word in words.split(' ') {
            bits |= word_bits(word);
        }
        WordFlags(bits)
    }

    fn has(self, flag: u16) -> bool {
        self.0 & flag != 0
    }
}

fn word_bits(word: &str) -> u16 {
    match word {
        "ad" => WordFlags::STRONG,
        "ads" => WordFlags::STRONG,
        "adsense" => WordFlags::STRONG,
        "advert" => WordFlags::STRONG,
        "advertisement" => WordFlags::STRONG,
        // Newsroom charts drawn with the ai2html tool: axis labels and tick
        // numbers laid out as paragraphs, not the story's text.
        "ai2html" => WordFlags::STRONG,
        "article" => WordFlags::POSITIVE,
        "articlebody" => WordFlags::POSITIVE,
        "artikel" => WordFlags::POSITIVE,
        "aside" => WordFlags::WEAK | WordFlags::ASIDE,
        "author" | "autor" => WordFlags::WEAK | WordFlags::BYLINE | WordFlags::AUTHOR,
        "authorbox" | "sabox" | "saboxplugin" => WordFlags::STRONG,
        "box" => WordFlags::PROFILE | WordFlags::PART,
        "about" | "profile" | "desc" | "description" => WordFlags::PROFILE,
        "biography" => WordFlags::PROFILE | WordFlags::BIO,
        "block" | "card" | "inner" | "panel" => WordFlags::PART,
        "banner" => WordFlags::WEAK,
        "bio" => WordFlags::WEAK | WordFlags::PROFILE | WordFlags::BIO,
        "blog" => WordFlags::POSITIVE,
        "body" => WordFlags::POSITIVE | WordFlags::PART,
        "breadcrumb" => WordFlags::STRONG,
        "breadcrumbs" => WordFlags::STRONG,
        "byline" => WordFlags::WEAK | WordFlags::BYLINE | WordFlags::DATED,
        "caption" => WordFlags::WEAK | WordFlags::INLINE | WordFlags::CAPTION,
        "comment" => WordFlags::STRONG,
        "comments" => WordFlags::STRONG,
        "complementary" => WordFlags::WEAK,
        "consent" => WordFlags::STRONG,
        // Consent tools' placeholders for a blocked embed (Borlabs Cookie's
        // `_brlbs-content-blocker`, Complianz's `cmplz-placeholder`).
        "borlabs" | "brlbs" | "cmplz" => WordFlags::STRONG,
        "content" => WordFlags::POSITIVE | WordFlags::PART,
        "cookie" => WordFlags::STRONG,
        "cookies" => WordFlags::STRONG,
        "copyright" => WordFlags::INLINE | WordFlags::CAPTION,
        "created" => WordFlags::DATED,
        "credit" => WordFlags::WEAK | WordFlags::INLINE | WordFlags::CAPTION,
        "credits" => WordFlags::INLINE | WordFlags::CAPTION,
        "data" => WordFlags::DATED,
        "date" => WordFlags::DATED,
        "dateline" => WordFlags::DATED,
        "datum" => WordFlags::DATED,
        "disqus" => WordFlags::STRONG,
        "dropdown" => WordFlags::WEAK,
        "entry" => WordFlags::POSITIVE,
        "extra" => WordFlags::WEAK,
        "fecha" => WordFlags::DATED,
        "figcaption" => WordFlags::CAPTION,
        "footer" => WordFlags::WEAK,
        "gdpr" => WordFlags::STRONG,
        "header" => WordFlags::WEAK,
        "info" => WordFlags::DATED | WordFlags::PROFILE,
        "jp" => WordFlags::STRONG,
        "kommentare" => WordFlags::STRONG,
        "links" => WordFlags::WEAK,
        "list" => WordFlags::LIST,
        "login" => WordFlags::STRONG,
        "main" => WordFlags::POSITIVE,
        "masthead" => WordFlags::WEAK,
        "menu" => WordFlags::STRONG,
        "meta" => WordFlags::WEAK | WordFlags::DATED,
        // A post's footer line run together in one word by older blog themes
        // (`postmetadata`: `Posted on May 6, 2014 and filed under Linux`).
        "postmetadata" | "postmeta" | "entrymeta" => WordFlags::WEAK | WordFlags::DATED,
        "modal" => WordFlags::STRONG,
        "mostread" => WordFlags::STRONG,
        "nav" => WordFlags::STRONG,
        "navbar" => WordFlags::STRONG,
        "navigation" => WordFlags::STRONG,
        "newsletter" => WordFlags::STRONG,
        "outbrain" => WordFlags::STRONG,
        "pager" => WordFlags::STRONG,
        "pagination" => WordFlags::STRONG,
        // Weak: sites mark the paywalled article itself (`article paywall-on`),
        // and the article's name must win over it; a bare `paywall` box is chrome.
        "paywall" => WordFlags::WEAK,
        "photographer" => WordFlags::INLINE,
        "popular" => WordFlags::STRONG,
        "popup" => WordFlags::STRONG | WordFlags::POPUP,
        "popover" | "rollover" | "tooltip" | "hovercard" => WordFlags::POPUP,
        "tooltiptext" => WordFlags::INLINE,
        "post" => WordFlags::POSITIVE,
        "posted" => WordFlags::DATED,
        // Links to the previous and next story (`next-prev`, `post-prev`).
        "prev" | "previous" | "prevnext" | "nextprev" => WordFlags::STRONG,
        "print" => WordFlags::STRONG,
        "promo" => WordFlags::STRONG,
        "prose" => WordFlags::POSITIVE,
        "pubdate" => WordFlags::DATED,
        "published" => WordFlags::DATED,
        "rail" => WordFlags::WEAK | WordFlags::ASIDE,
        "ranking" => WordFlags::STRONG,
        "rating" => WordFlags::STRONG,
        "readmore" => WordFlags::STRONG,
        "recommend" => WordFlags::STRONG,
        "recommendation" => WordFlags::STRONG,
        "recommendations" => WordFlags::STRONG,
        "recommended" => WordFlags::STRONG,
        "related" => WordFlags::STRONG,
        "relatedposts" => WordFlags::STRONG,
        "richtext" => WordFlags::POSITIVE,
        "screenreader" => WordFlags::STRONG | WordFlags::INLINE,
        "search" => WordFlags::WEAK,
        "secondary" => WordFlags::WEAK,
        "share" => WordFlags::STRONG,
        "sharebar" => WordFlags::STRONG,
        "shares" => WordFlags::STRONG,
        "sharing" => WordFlags::STRONG,
        "sidebar" => WordFlags::WEAK | WordFlags::ASIDE,
        "sidebox" => WordFlags::WEAK,
        "signup" => WordFlags::STRONG,
        "single" => WordFlags::POSITIVE,
        "skip" => WordFlags::STRONG,
        "social" => WordFlags::STRONG,
        "socials" => WordFlags::STRONG,
        "sponsor" => WordFlags::STRONG,
        "sponsored" => WordFlags::STRONG,
        "sr" => WordFlags::STRONG | WordFlags::INLINE,
        "story" => WordFlags::POSITIVE,
        "subnav" => WordFlags::WEAK,
        // A language switcher: WPML's `wpml-ls`, TranslatePress's
        // `trp-language-switcher`, a theme's `lang-switcher`.
        "switcher" | "wpml" | "trp" => WordFlags::STRONG,
        "subscribe" => WordFlags::STRONG,
        "subscription" => WordFlags::STRONG,
        "taboola" => WordFlags::STRONG,
        "tagcloud" => WordFlags::STRONG,
        "taglist" => WordFlags::STRONG,
        "tags" => WordFlags::STRONG,
        "teaser" => WordFlags::WEAK,
        "teasers" => WordFlags::WEAK,
        "text" => WordFlags::POSITIVE,
        "time" => WordFlags::DATED,
        "timestamp" => WordFlags::DATED,
        "toolbar" => WordFlags::STRONG,
        "tools" => WordFlags::STRONG,
        "topbar" => WordFlags::WEAK,
        "trending" => WordFlags::STRONG,
        "visually" => WordFlags::STRONG | WordFlags::INLINE,
        "visuallyhidden" => WordFlags::INLINE,
        "vote" => WordFlags::STRONG,
        "votes" => WordFlags::STRONG,
        "widget" => WordFlags::WEAK | WordFlags::ASIDE,
        "widgets" => WordFlags::WEAK | WordFlags::ASIDE,
        "yarpp" => WordFlags::STRONG,
        _ => compound_bits(word),
    }
}

/// A chrome word run together with another in one class word (`commentlist`,
/// `recentcomments`, `socialshare`, `relatedlinks`, `mainnav`, `cookiebanner`):
/// older themes and plugins write them so, and the split words would be chrome.
/// Only roots that never start an article's own name: `shared` and `commentary`
/// are left out (`shared-layout`, an opinion column), and so is `promo`, since
/// Drupal marks an article shown on the front page `node-promoted`.
fn compound_bits(word: &str) -> u16 {
    const STRONG_STARTS: &[&str] = &[
        "comment",
        "related",
        "recirc",
        "newsletter",
        "cookie",
        "social",
        "sponsor",
        "advert",
        "share",
        "breadcrumb",
        "navig",
        "navbar",
    ];
    const STRONG_ENDS: &[&str] = &[
        "nav",
        "navigation",
        "comments",
        "newsletter",
        "share",
        "sharing",
        "switcher",
    ];
    if word.len() < 6 || word.starts_with("shared") || word.starts_with("commentar") {
        return 0;
    }
    let strong = STRONG_STARTS.iter().any(|s| word.starts_with(s))
        || STRONG_ENDS.iter().any(|s| word.ends_with(s));
    if strong { WordFlags::STRONG } else { 0 }
}

/// A readability-style class weight and the chrome mark of a class and id: strong
/// chrome words (`comments`, `share`, `related`) whatever else is there, weak ones
/// (`sidebar`, `header`) unless a word says "article" (`content`, `post`).
fn class_signals(flags: WordFlags) -> (f32, Chrome) {
    let strong = flags.has(WordFlags::STRONG)
        || (flags.has(WordFlags::AUTHOR) && flags.has(WordFlags::PROFILE))
        || (flags.has(WordFlags::BYLINE) && flags.has(WordFlags::BIO));
    let weak = flags.has(WordFlags::WEAK) || flags.has(WordFlags::LIST);
    let positive = flags.has(WordFlags::POSITIVE);
    let weight = match (positive, strong || weak) {
        (true, false) => 25.0,
        (false, true) => -25.0,
        _ => 0.0,
    };
    let chrome = if strong {
        Chrome::Strong
    } else if weak && !positive {
        Chrome::Weak
    } else {
        Chrome::No
    };
    (weight, chrome)
}

fn hash_str(s: &str) -> u64 {
    // FNV-1a: only equality of class strings matters here.
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Marks the blocks of chrome elements. Strong chrome is dropped whatever its size;
/// weak chrome only when it holds less than half of the page's text, since layout
/// wrappers (`<div class="page has-sidebar">`) carry such words too. An element that
/// holds the `itemprop="articleBody"` element is never chrome.
fn mark_chrome(page: &mut Page) {
    let total = page.total_chars.max(1) as f32;
    let mut holds_body = vec![false; page.elems.len()];
    // Wrappers of an h1 are not strong chrome for dates, however they are named
    // (`<div class="intro intro--socialSharing"><h1>..</h1><p>21. Januar 2022`).
    let mut holds_h1 = vec![false; page.elems.len()];
    for block in page
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading(1))
    {
        holds_h1[block.elem as usize] = true;
    }
    for (i, e) in page.elems.iter().enumerate().rev() {
        if e.parent != NO_PARENT {
            holds_body[e.parent as usize] |= e.is_article_body || holds_body[i];
            holds_h1[e.parent as usize] |= holds_h1[i];
        }
    }
    let mut chrome = vec![false; page.elems.len()];
    let mut strong = vec![false; page.elems.len()];
    let mut nested = vec![false; page.elems.len()];
    for (i, e) in page.elems.iter().enumerate() {
        let own = !holds_body[i]
            && match e.chrome {
                Chrome::No => false,
                // A bullet list without a single link is the article's own list
                // (product features, steps), though its class says `list`: link
                // lists are what the word marks.
                Chrome::Weak
                    if matches!(e.tag, "ul" | "ol" | "dl")
                        && e.link_chars == 0
                        && e.chars >= 100 =>
                {
                    false
                }
                // A `list` wrapper of prose (a live blog's updates in
                // `<div id="updates_list">`) holds the article's later parts; a
                // list of stories is mostly headline links.
                Chrome::Weak
                    if e.is_list_only && e.chars >= 500 && e.link_chars * 20 <= e.chars =>
                {
                    false
                }
                // A caption class on a gallery's slide text names where the text
                // sits, not that it is beside the article (see `is_slide_text`);
                // slides run longer than captions.
                Chrome::Weak if e.is_caption && e.chars < 1500 && is_slide_text(page, e) => false,
                Chrome::Weak => (e.chars as f32) < total * 0.5,
                Chrome::Strong => (e.chars as f32) < total * 0.8,
            };
        // Parents come before their children, so the parent's mark is final here.
        let parent_chrome = e.parent != NO_PARENT && chrome[e.parent as usize];
        chrome[i] = own || parent_chrome;
        nested[i] = (own && parent_chrome && e.chrome == Chrome::Strong && !holds_h1[i])
            || (e.parent != NO_PARENT && nested[e.parent as usize]);
        strong[i] = (own && (e.chrome == Chrome::Strong || e.is_aside) && !holds_h1[i])
            || (e.parent != NO_PARENT && strong[e.parent as usize]);
    }
    for block in &mut page.blocks {
        block.boiler = chrome[block.elem as usize];
    }
    let mut caption = vec![false; page.elems.len()];
    for (i, e) in page.elems.iter().enumerate() {
        // Small ones only: a layout wrapper may mention a caption style.
        caption[i] = (e.is_caption && e.chars < 300 && !is_slide_text(page, e))
            || (e.parent != NO_PARENT && caption[e.parent as usize]);
    }
    page.caption_elems = caption;
    page.chrome_elems = chrome;
    page.strong_chrome_elems = strong;
    page.nested_chrome_elems = nested;
}

/// A gallery's slide text set in a caption element: two paragraphs or more, each a
/// sentence (`<figcaption><p>Last-minute idea!</p><p>What you need: a hat.</p>`).
/// A photo's caption is one sentence, at most followed by its credit.
fn is_slide_text(page: &Page, caption: &Elem) -> bool {
    let blocks = &page.blocks[caption.first_block as usize..caption.end_block as usize];
    blocks
        .iter()
        .filter(|b| {
            b.kind == BlockKind::Paragraph
                && b.text
                    .trim_end()
                    .ends_with(['.', '!', '?', '。', '！', '？'])
        })
        .count()
        >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome_of(class: &str) -> Chrome {
        let mut words = String::new();
        class_words(class, "", &mut words);
        class_signals(WordFlags::of(words.trim_end())).1
    }

    #[test]
    fn run_together_chrome_words_are_strong_chrome() {
        for class in [
            "commentlist",
            "recentcomments",
            "socialshare",
            "relatedlinks",
            "mainnav",
            "cookiebanner",
            "wp-block-recirculation-box",
        ] {
            assert_eq!(chrome_of(class), Chrome::Strong, "{class}");
        }
    }

    #[test]
    fn flags_that_name_chrome_are_not_chrome() {
        for class in [
            "no-share",
            "enable-pin-share",
            "modal-enabled",
            "has-recommendations",
        ] {
            assert_eq!(chrome_of(class), Chrome::No, "{class}");
        }
        assert_eq!(chrome_of("share has-icons"), Chrome::Strong);
    }

    #[test]
    fn words_that_only_start_like_chrome_are_not_chrome() {
        // Drupal marks an article shown on the front page `node-promoted`; an
        // opinion column is `commentary`; `shared` names layouts and components.
        for class in ["node node-promoted", "commentary", "shared-layout", "navy"] {
            assert_eq!(chrome_of(class), Chrome::No, "{class}");
        }
    }

    /// `class_words` as it was before its ASCII fast path: Unicode steps for every
    /// character.
    fn class_words_by_unicode(class: &str, id: &str) -> String {
        let mut out = String::new();
        let is_topic = |token: &&str| token.starts_with("category-") || token.starts_with("tag-");
        let tokens = class.split_ascii_whitespace().filter(|t| !is_topic(t));
        for value in tokens.chain(std::iter::once(id)) {
            let start = out.len();
            let mut prev_lower = false;
            for c in value.chars() {
                if c.is_alphanumeric() {
                    if c.is_uppercase() {
                        if prev_lower {
                            out.push(' ');
                        }
                        out.extend(c.to_lowercase());
                        prev_lower = false;
                    } else {
                        out.push(c);
                        prev_lower = c.is_lowercase();
                    }
                } else {
                    if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    prev_lower = false;
                }
            }
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            if out[start..].split(' ').any(is_flag_word) {
                out.truncate(start);
            }
        }
        out
    }

    const CLASSES: &[&str] = &[
        "",
        "article-body__text",
        "relatedPosts widget",
        "category-sponsored post tag-social-media entry-content",
        "  Photo_Credit\tcaption ",
        "ÜberSicht Größe-Kasten",
        "ΣΧΌΛΙΑ commentBox",
        "a1B2c3 HTML5Player x",
        "post-4512",
        "İstanbul-haber",
        "entry no-share modalEnabled",
    ];

    #[test]
    fn class_words_ascii_path_matches_unicode_steps() {
        let mut out = String::new();
        for class in CLASSES {
            for id in CLASSES {
                let flags = class_words(class, id, &mut out);
                assert_eq!(out, class_words_by_unicode(class, id), "{class:?} / {id:?}");
                assert_eq!(flags.0, WordFlags::of(&out).0, "{class:?} / {id:?}");
            }
        }
    }

    #[test]
    fn class_and_id_flags_read_apart_equal_flags_read_together() {
        let mut walker_words = String::new();
        let mut cache = HashMap::default();
        for class in CLASSES {
            for id in ["", "comments", "mainContent", "sidebar-1", "post-4512"] {
                class_words(class, id, &mut walker_words);
                let together = WordFlags::of(&walker_words).0;
                let mut walker = Walker::new();
                walker.flag_cache = std::mem::take(&mut cache);
                // Twice: once filling the cache, once reading from it.
                for _ in 0..2 {
                    let apart = walker.word_flags(class, id, hash_str(class));
                    assert_eq!(apart.0, together, "{class:?} / {id:?}");
                }
                cache = walker.flag_cache;
            }
        }
    }
}
