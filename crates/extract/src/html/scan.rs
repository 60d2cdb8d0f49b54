//! One walk over the parsed page: text blocks, block elements and metadata.

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
}

enum Frame {
    /// Not walked into (scripts, styles, hidden elements), or a void/other node.
    Skip,
    Inline {
        is_link: bool,
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
    /// The current element's class and id words (see [`class_words`]).
    words: String,
}

/// Walks the page once and returns its blocks, block elements and metadata.
pub(super) fn scan(doc: &Html) -> Page {
    let mut walker = Walker {
        page: Page::default(),
        frames: Vec::new(),
        open_blocks: Vec::new(),
        text: String::new(),
        text_chars: 0,
        text_link_chars: 0,
        link_depth: 0,
        words: String::new(),
    };
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
fn is_skipped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "input"
            | "video"
            | "audio"
            | "map"
            | "title"
            | "head"
            | "datalist"
    )
}

fn block_tag(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "p" => "p",
        "div" => "div",
        "section" => "section",
        "article" => "article",
        "main" => "main",
        "body" => "body",
        "html" => "html",
        "li" => "li",
        "ul" => "ul",
        "ol" => "ol",
        "dl" => "dl",
        "dt" => "dt",
        "dd" => "dd",
        "h1" => "h1",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "blockquote" => "blockquote",
        "pre" => "pre",
        "table" => "table",
        "tbody" => "tbody",
        "thead" => "thead",
        "tfoot" => "tfoot",
        "tr" => "tr",
        "td" => "td",
        "th" => "th",
        "figure" => "figure",
        "figcaption" => "figcaption",
        "header" => "header",
        "footer" => "footer",
        "nav" => "nav",
        "aside" => "aside",
        "address" => "address",
        "form" => "form",
        "fieldset" => "fieldset",
        "center" => "center",
        "details" => "details",
        "summary" => "summary",
        "caption" => "caption",
        "menu" => "menu",
        "hgroup" => "hgroup",
        "dialog" => "dialog",
        "legend" => "legend",
        "label" => "label",
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

    fn open_element(&mut self, el: ElementRef<'_>) -> bool {
        let element = el.value();
        let tag = element.name();
        let attrs = Attrs::read(element);
        class_words(attrs.class, attrs.id, &mut self.words);
        self.read_metadata(el, tag, &attrs);
        if is_skipped_tag(tag) || attrs.is_hidden(tag) {
            self.frames.push(Frame::Skip);
            // `<head>` is skipped as text, but its metadata lies in its children.
            return tag == "head";
        }
        if tag == "br" || tag == "hr" {
            self.flush();
            self.frames.push(Frame::Skip);
            return false;
        }
        let Some(block) = block_tag(tag) else {
            // Photo credits and screen-reader labels inside a paragraph
            // (`<span class="credit">Photo: J. Doe</span>`) are not its text.
            if has_word(&self.words, INLINE_CHROME) {
                self.frames.push(Frame::Skip);
                return false;
            }
            let is_link = tag == "a";
            if is_link {
                self.link_depth += 1;
            }
            self.frames.push(Frame::Inline { is_link });
            return true;
        };
        self.flush();
        let index = self.page.elems.len() as u32;
        let is_article_body = attrs.itemprop.eq_ignore_ascii_case("articleBody")
            || attrs.class.contains("articleBody");
        let (class_weight, class_chrome) = class_signals(&self.words);
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
            class_key: hash_str(attrs.class),
            chrome,
            is_article_body,
            is_caption: has_word(
                &self.words,
                &["caption", "figcaption", "credit", "credits", "copyright"],
            ),
            is_aside: block == "aside"
                || has_word(
                    &self.words,
                    &["sidebar", "widget", "widgets", "aside", "rail"],
                ),
        });
        self.open_blocks.push(index);
        self.frames.push(Frame::Block { elem: index });
        true
    }

    fn close(&mut self) {
        match self.frames.pop() {
            Some(Frame::Inline { is_link: true }) => self.link_depth -= 1,
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
        let mut added = 0;
        for c in text.chars() {
            if c.is_whitespace() || c == '\u{a0}' {
                if !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            } else if !c.is_control() && c != '\u{200b}' && c != '\u{feff}' {
                self.text.push(c);
                added += 1;
            }
        }
        self.text_chars += added;
        if self.link_depth > 0 {
            self.text_link_chars += added;
        }
    }

    /// Ends the current text run as a block of the innermost open block element.
    fn flush(&mut self) {
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
        // Hand the buffer over instead of copying it; it never starts with a space.
        let mut text = std::mem::take(&mut self.text);
        if text.ends_with(' ') {
            text.pop();
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

    fn read_metadata(&mut self, el: ElementRef<'_>, tag: &str, attrs: &Attrs<'_>) {
        let meta = &mut self.page.meta;
        match tag {
            "meta" => {
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
            "link" => {
                if attrs.rel.eq_ignore_ascii_case("canonical") && meta.canonical.is_none() {
                    meta.canonical = Some(attrs.href.to_owned());
                }
                return;
            }
            "script" => {
                if attrs.kind.eq_ignore_ascii_case("application/ld+json") {
                    meta.ld_json.push(el.text().collect());
                }
                return;
            }
            "title" => {
                if meta.title_tag.is_none() {
                    let text: String = el.text().collect();
                    meta.title_tag = Some(collapse(&text));
                }
                return;
            }
            "html" => {
                if !attrs.lang.is_empty() {
                    meta.lang = Some(attrs.lang.to_ascii_lowercase());
                }
                return;
            }
            _ => {}
        }
        let words = self.words.as_str();
        if tag == "a"
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
            || has_word(words, &["byline", "author"]))
            && meta.bylines.len() < 5
        {
            let text = short_text(el, 120);
            if !text.is_empty() {
                meta.bylines.push(text);
            }
        }
        let is_time = tag == "time";
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
        let dated_class = has_word(
            words,
            &[
                "date",
                "time",
                "published",
                "pubdate",
                "dateline",
                "timestamp",
                "posted",
                "datum",
                "fecha",
                "data",
                "meta",
                "byline",
                "info",
                "created",
            ],
        );
        if !(is_time || date_prop || modified_prop || dated_class) || meta.dates.len() >= 40 {
            return;
        }
        let value = if !attrs.datetime.is_empty() {
            attrs.datetime.to_owned()
        } else if !attrs.content.is_empty() {
            attrs.content.to_owned()
        } else if attrs.title.len() >= 10 && attrs.title.starts_with(|c: char| c.is_ascii_digit()) {
            // `<span class="time-ago" title="2020-09-20T14:20:02Z">2 hours ago</span>`
            attrs.title.to_owned()
        } else {
            short_text(el, 200)
        };
        if value.is_empty() {
            return;
        }
        let has = |part: &str| words.contains(part);
        meta.dates.push(DateMark {
            value,
            block_pos: self.page.blocks.len() as u32,
            elem: self.open_blocks.last().copied().unwrap_or(NO_PARENT),
            says_published: date_prop
                || attrs.has_pubdate
                || has("publish")
                || has("pubdate")
                || has("created"),
            says_modified: modified_prop || has("modif") || has("update") || has("aktualisiert"),
            is_time_element: is_time,
        });
    }
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
        for (name, value) in element.attrs() {
            match name {
                "class" => attrs.class = value,
                "id" => attrs.id = value,
                "role" => attrs.role = value,
                "itemprop" => attrs.itemprop = value,
                "property" => attrs.property = value,
                "name" => attrs.name = value,
                "http-equiv" => attrs.http_equiv = value,
                "content" => attrs.content = value,
                "datetime" => attrs.datetime = value,
                "rel" => attrs.rel = value,
                "href" => attrs.href = value,
                "type" => attrs.kind = value,
                "lang" | "xml:lang" => attrs.lang = value,
                "style" => attrs.style = value,
                "title" => attrs.title = value,
                "hidden" => attrs.has_hidden = true,
                "pubdate" => attrs.has_pubdate = true,
                "aria-hidden" => attrs.aria_hidden = value.eq_ignore_ascii_case("true"),
                _ => {}
            }
        }
        attrs
    }

    /// Not rendered: `hidden`, `aria-hidden="true"`, or an inline style hiding it.
    fn is_hidden(&self, tag: &str) -> bool {
        if self.has_hidden || (self.aria_hidden && tag != "body" && tag != "html") {
            return true;
        }
        if !(self.style.contains("none") || self.style.contains("hidden")) {
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
/// reusing its allocation: this runs for every element of the page.
fn class_words(class: &str, id: &str, out: &mut String) {
    out.clear();
    for value in [class, id] {
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
    }
}

fn has_word(words: &str, set: &[&str]) -> bool {
    !words.is_empty() && words.split(' ').any(|w| set.contains(&w))
}

/// Words in a class or id that mark page chrome whatever the element's size.
const STRONG_CHROME: &[&str] = &[
    "comment",
    "comments",
    "kommentare",
    "disqus",
    "share",
    "sharing",
    "shares",
    "social",
    "socials",
    "sharebar",
    "related",
    "relatedposts",
    "recommended",
    "recommendations",
    "recommendation",
    "recommend",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adsense",
    "sponsor",
    "sponsored",
    "promo",
    "popular",
    "mostread",
    "trending",
    "ranking",
    "outbrain",
    "taboola",
    "paywall",
    "readmore",
    "tags",
    "tagcloud",
    "taglist",
    "pagination",
    "pager",
    "rating",
    "votes",
    "vote",
    "print",
    "skip",
    "login",
    "modal",
    "popup",
    "toolbar",
    "sr",
    "screenreader",
    "visually",
    "yarpp",
    "jp",
    "tools",
];

/// Words that mark an inline element as not part of the text around it.
const INLINE_CHROME: &[&str] = &[
    "credit",
    "credits",
    "copyright",
    "photographer",
    "caption",
    "sr",
    "screenreader",
    "visually",
    "visuallyhidden",
];

/// Words that mark chrome unless the element holds most of the page.
const WEAK_CHROME: &[&str] = &[
    "caption",
    "credit",
    "teaser",
    "teasers",
    "widget",
    "widgets",
    "sidebar",
    "aside",
    "footer",
    "header",
    "masthead",
    "banner",
    "rail",
    "sidebox",
    "secondary",
    "complementary",
    "extra",
    "meta",
    "byline",
    "author",
    "bio",
    "dropdown",
    "search",
    "topbar",
    "subnav",
    "links",
    "list",
];

/// Words that say "this is the article".
const POSITIVE: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "blog",
    "prose",
    "richtext",
    "artikel",
    "single",
];

/// A readability-style class weight and the chrome mark of a class and id, given
/// their words (see [`class_words`]).
fn class_signals(words: &str) -> (f32, Chrome) {
    if words.is_empty() {
        return (0.0, Chrome::No);
    }
    let mut strong = false;
    let mut weak = false;
    let mut positive = false;
    for w in words.split(' ').filter(|w| !w.is_empty()) {
        strong |= STRONG_CHROME.contains(&w);
        weak |= WEAK_CHROME.contains(&w);
        positive |= POSITIVE.contains(&w);
    }
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
    for (i, e) in page.elems.iter().enumerate() {
        let own = !holds_body[i]
            && match e.chrome {
                Chrome::No => false,
                Chrome::Weak => (e.chars as f32) < total * 0.5,
                Chrome::Strong => (e.chars as f32) < total * 0.8,
            };
        // Parents come before their children, so the parent's mark is final here.
        chrome[i] = own || (e.parent != NO_PARENT && chrome[e.parent as usize]);
        strong[i] = (own && (e.chrome == Chrome::Strong || e.is_aside) && !holds_h1[i])
            || (e.parent != NO_PARENT && strong[e.parent as usize]);
    }
    for block in &mut page.blocks {
        block.boiler = chrome[block.elem as usize];
    }
    let mut caption = vec![false; page.elems.len()];
    for (i, e) in page.elems.iter().enumerate() {
        // Small ones only: a layout wrapper may mention a caption style.
        caption[i] = (e.is_caption && e.chars < 300)
            || (e.parent != NO_PARENT && caption[e.parent as usize]);
    }
    page.caption_elems = caption;
    page.chrome_elems = chrome;
    page.strong_chrome_elems = strong;
}
