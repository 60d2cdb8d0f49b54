//! The article body: the element that holds the article, then its paragraphs minus
//! the chrome inside it.
//!
//! The container is chosen Readability-style: every paragraph-like block scores by
//! its length and punctuation, damped by its link text, and hands the score up to
//! its parent (in full), grandparent (half) and a few more ancestors (less); an
//! element's final score is weighed by its own link density and class. The best
//! element, widened when its score is shared with near-equal rivals, plus siblings
//! that score well, hold the body.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::scan::{Block, BlockKind, NO_PARENT, Page};
use super::title::{normalize, normalized_starts_with, normalizes_to};

/// Below this many bytes a chrome-free extraction is retried with the chrome,
/// since some sites name their article wrapper like a sidebar.
pub(super) const MIN_BODY_CHARS: usize = 600;

/// Extracts the body text, paragraphs separated by a blank line.
///
/// `ld_body` is the page's JSON-LD `articleBody`: used instead when it is more than
/// twice as long as what the page's markup gave and its opening is visible text.
pub(super) fn extract(page: &Page, title: Option<&str>, ld_body: Option<&str>) -> String {
    let title = title.map(normalize);
    let mut body = select(page, title.as_deref(), true);
    if body.len() < MIN_BODY_CHARS {
        let loose = select(page, title.as_deref(), false);
        if loose.len() > body.len() * 2 {
            body = loose;
        }
    }
    match ld_body {
        Some(ld) if ld.len() > 500 && ld.len() > body.len() * 2 => {
            verified_ld_body(page, ld).unwrap_or(body)
        }
        _ => body,
    }
}

/// The JSON-LD article body as paragraphs, if its opening words appear in one of
/// the page's visible blocks: structured data is trusted only as far as the page
/// shows it (some sites put a teaser or another story there).
fn verified_ld_body(page: &Page, ld: &str) -> Option<String> {
    let paragraphs: Vec<String> = ld
        .lines()
        .map(super::scan::collapse)
        .filter(|p| !p.is_empty())
        .collect();
    let first = paragraphs.first()?;
    let opening = &first[..floor_boundary(first, 60)];
    let opening = opening.rsplit_once(' ').map_or(opening, |(head, _)| head);
    if opening.len() < 20 || !page.blocks.iter().any(|b| b.text.contains(opening)) {
        return None;
    }
    Some(paragraphs.join("\n\n"))
}

fn tag_weight(tag: &str) -> f32 {
    match tag {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" | "section" | "main" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// How much a block looks like article prose.
fn block_weight(block: &Block) -> f32 {
    let punctuation = commas(&block.text) as f32;
    let length = (block.chars as f32 / 100.0).min(3.0);
    let kind = match block.kind {
        BlockKind::ListItem => 0.5,
        _ => 1.0,
    };
    (1.0 + punctuation + length) * (1.0 - block.link_density()) * kind
}

/// The commas of `text` in any script: `,`, and the `，` `、` `。` `،` of
/// Chinese, Japanese and Arabic, whose UTF-8 ends in `8C`, `81` or `82` after
/// their other bytes. Counted on bytes, which runs over a paragraph many words at
/// a time, where decoding it char by char cost a few instructions per char.
fn commas(text: &str) -> usize {
    let bytes = text.as_bytes();
    let ascii = bytes.iter().filter(|&&b| b == b',').count();
    let wide = memchr::memchr3_iter(0x81, 0x82, 0x8C, bytes)
        .filter(|&at| {
            let before = &bytes[..at];
            match bytes[at] {
                0x8C => before.ends_with(&[0xEF, 0xBC]) || before.ends_with(&[0xD8]),
                _ => before.ends_with(&[0xE3, 0x80]),
            }
        })
        .count();
    ascii + wide
}

/// The article's text: its container scored among the page's elements, then the
/// container's blocks minus the chrome in it.
fn select(page: &Page, title: Option<&str>, skip_chrome: bool) -> String {
    if page.elems.is_empty() {
        return String::new();
    }
    let candidates = Candidates::score(page, skip_chrome);
    let Some(best) = candidates.best() else {
        return String::new();
    };
    let (top, trusted) = match candidates.article_body_holding(best) {
        Some(marked) => (marked, true),
        None => (candidates.widen_and_climb(best), false),
    };
    let chosen = candidates.with_siblings(top, trusted);
    let (mut paragraphs, mut is_list_item) = candidates.paragraphs(title, &chosen);
    cut_contact_block(&mut paragraphs);
    // Only cuts the tail: the flags still line up with the paragraphs.
    is_list_item.truncate(paragraphs.len());
    trim_edges(&mut paragraphs, &is_list_item);
    drop_repeats(&mut paragraphs);
    paragraphs.join("\n\n")
}

/// The page's elements scored as the article's container, in one pass of
/// [`select`]: the strict one or the retry.
struct Candidates<'p> {
    page: &'p Page,
    skip_chrome: bool,
    /// Each element's evidence: the weights its blocks and its descendants' hand up.
    raw: Vec<f32>,
    /// Each eligible element's evidence weighed by its class, tag and links; 0 for
    /// the others.
    score: Vec<f32>,
}

impl<'p> Candidates<'p> {
    fn score(page: &'p Page, skip_chrome: bool) -> Self {
        let mut candidates = Candidates {
            page,
            skip_chrome,
            raw: vec![0.0f32; page.elems.len()],
            score: Vec::new(),
        };
        candidates.hand_up_block_weights();
        candidates.score = candidates.weighed_scores();
        candidates
    }

    /// The strict pass leaves out all chrome. The retry lets a wrapper named like
    /// chrome hold the article, but still drops the strong chrome nested in it (an
    /// author box, comments, a share bar): chrome within chrome is never the story.
    /// It only drops text, so the retry picks the same container as before.
    fn excluded(&self, elem: usize) -> bool {
        self.skip_chrome && self.page.chrome_elems[elem]
    }

    /// Whether an element's text is left out of the article: see [`Self::excluded`].
    fn dropped(&self, elem: usize) -> bool {
        self.excluded(elem) || self.page.nested_chrome_elems[elem]
    }

    fn eligible(&self, i: usize) -> bool {
        self.raw[i] > 0.0 && !self.excluded(i)
    }

    /// Scores every prose block and hands its weight up to its parent (in full),
    /// grandparent (half) and three more ancestors (less).
    fn hand_up_block_weights(&mut self) {
        let page = self.page;
        let elems = &page.elems;
        for block in &page.blocks {
            if self.excluded(block.elem as usize)
                || matches!(block.kind, BlockKind::Heading(_) | BlockKind::Caption)
                || block.chars < 25
                || block.link_density() > 0.5
            {
                continue;
            }
            let weight = block_weight(block);
            // Text straight inside a container (`<div>text<br>text</div>`) makes the
            // container itself the candidate; a paragraph hands its score to its parent.
            let mut e = if block.kind == BlockKind::Loose {
                block.elem
            } else {
                elems[block.elem as usize].parent
            };
            let mut level = 1;
            while e != NO_PARENT && level <= 5 {
                let divider = match level {
                    1 => 1.0,
                    2 => 2.0,
                    l => l as f32 * 3.0,
                };
                self.raw[e as usize] += weight / divider;
                e = elems[e as usize].parent;
                level += 1;
            }
        }
    }

    fn weighed_scores(&self) -> Vec<f32> {
        let elems = &self.page.elems;
        let raw = &self.raw;
        (0..elems.len())
            .map(|i| {
                if !self.eligible(i) {
                    return 0.0;
                }
                let e = &elems[i];
                // Class and tag priors may at most double an element's own evidence, so
                // a tiny `<div class="content">` cannot outrank the story beside it.
                let prior = (e.class_weight + tag_weight(e.tag)).clamp(-raw[i], raw[i] * 2.0);
                (raw[i] + prior) * (1.0 - e.link_density())
            })
            .collect()
    }

    /// The best-scoring element. Prose written straight into `<body>` (a demo page,
    /// a bare text page) leaves the body itself as the only candidate.
    fn best(&self) -> Option<usize> {
        let elems = &self.page.elems;
        let n = elems.len();
        (0..n)
            .filter(|&i| self.eligible(i) && elems[i].tag != "body" && elems[i].tag != "html")
            .max_by(|&a, &b| self.score[a].total_cmp(&self.score[b]))
            .or_else(|| (0..n).find(|&i| self.eligible(i) && elems[i].tag == "body"))
    }

    /// Structured data: an `itemprop="articleBody"` element that holds the best
    /// candidate, or most of its text, is the body.
    fn article_body_holding(&self, top: usize) -> Option<usize> {
        let elems = &self.page.elems;
        let inside =
            |outer: usize, inner: usize| inner > outer && inner < elems[outer].end_elem as usize;
        let marked = (0..elems.len())
            .find(|&i| elems[i].is_article_body && elems[i].chars >= 150 && !self.excluded(i))?;
        (marked == top || inside(marked, top) || elems[marked].chars * 2 >= elems[top].chars)
            .then_some(marked)
    }

    /// The best candidate, widened to what holds the story's parts: [`widen`], then
    /// [`climb_to_prose`].
    fn widen_and_climb(&self, top: usize) -> usize {
        let top = widen(self.page, &self.score, top, &|i| self.eligible(i));
        climb_to_prose(self.page, top, &|elem| self.excluded(elem))
    }

    /// The container and, unless structured data marked it, its siblings that score
    /// well or read as prose, in page order.
    fn with_siblings(&self, top: usize, trusted: bool) -> Vec<usize> {
        let elems = &self.page.elems;
        let top_score = self.score[top];
        let mut chosen: Vec<usize> = vec![top];
        let parent = elems[top].parent;
        if !trusted && parent != NO_PARENT {
            chosen.clear();
            let threshold = (top_score * 0.2).max(10.0);
            let top_class = elems[top].class_key;
            let mut child = parent as usize + 1;
            let end = elems[parent as usize].end_elem as usize;
            while child < end {
                let s = &elems[child];
                let include = child == top || {
                    let bonus = if s.class_key == top_class && s.class_key != EMPTY_CLASS {
                        top_score * 0.2
                    } else {
                        0.0
                    };
                    (self.eligible(child) && self.score[child] + bonus >= threshold)
                        || (s.tag == "p"
                            && !self.excluded(child)
                            && is_prose_sibling(self.page, child))
                };
                if include {
                    chosen.push(child);
                }
                child = s.end_elem.max(child as u32 + 1) as usize;
            }
        }
        chosen
    }

    /// The article's paragraphs: the lead, then the chosen containers' blocks that
    /// are not chrome, up to the comment form; with whether each was a list item.
    fn paragraphs(&self, title: Option<&str>, chosen: &[usize]) -> (Vec<&'p str>, Vec<bool>) {
        let page = self.page;
        let elems = &page.elems;
        let mut paragraphs: Vec<&str> =
            lead_paragraphs(page, title, elems[chosen[0]].first_block as usize);
        let mut in_related = false;
        let mut seen_prose = false;
        // Whether each paragraph was a list item, index for index (the lead ones are not).
        let mut is_list_item = vec![false; paragraphs.len()];
        'containers: for &c in chosen {
            let e = &elems[c];
            let (first, end) = (e.first_block as usize, e.end_block as usize);
            for (i, block) in page.blocks[first..end].iter().enumerate() {
                if self.dropped(block.elem as usize) {
                    continue;
                }
                let text = block.text.as_str();
                let lower = Lowered::new(text);
                // The comment form comes after the article, and so does all that
                // follows it (the form's fields, more comments, the footer).
                if seen_prose && is_comment_form_heading(block) {
                    break 'containers;
                }
                if starts_related_list(block) {
                    in_related = true;
                    continue;
                }
                if in_related {
                    if continues_related_list(block) {
                        continue;
                    }
                    in_related = false;
                }
                let next = page.blocks.get(first + i + 1);
                if is_left_out(page, block, next, &lower, title, seen_prose) {
                    continue;
                }
                seen_prose |= block.chars >= 80 && block.kind != BlockKind::Heading(1);
                is_list_item.push(block.kind == BlockKind::ListItem);
                paragraphs.push(text);
            }
        }
        (paragraphs, is_list_item)
    }
}

/// Whether a block after a related-stories heading is one of its items: a list
/// item, linked text or a short line.
fn continues_related_list(block: &Block) -> bool {
    matches!(block.kind, BlockKind::ListItem) || block.link_density() > 0.3 || block.chars < 100
}

/// Whether a block of the container is no part of the article's text: a headline,
/// a caption, links, a widget's or a plugin's line, a byline, a call to action, a
/// notice, or the title repeated. `next` is the block after it in the page.
fn is_left_out(
    page: &Page,
    block: &Block,
    next: Option<&Block>,
    lower: &Lowered<'_>,
    title: Option<&str>,
    seen_prose: bool,
) -> bool {
    let text = block.text.as_str();
    // An h1 before the prose is the headline (or the site's name); after
    // it, a section heading: some platforms set every heading as an h1.
    (block.kind == BlockKind::Heading(1) && !seen_prose)
        || block.kind == BlockKind::Caption
        || page.elems[block.elem as usize].tag == "figure"
        || page.caption_elems[block.elem as usize]
        || (block.link_density() > 0.5
            && !is_linked_prose(block)
            && !is_linked_section_heading(block, next))
        || is_widget_text(text)
        || is_shortcode(text)
        || is_figure_label(text)
        || is_byline_or_dateline(block)
        || is_call_to_action(block, lower)
        || is_comment_notice(block, lower)
        || is_affiliate_disclosure(block, lower)
        || is_plugin_line(block, lower)
        || (block.chars < 400 && title.is_some_and(|t| normalizes_to(text, t)))
}

/// Cuts a press release's contact block: from a `Kontakt:` or `Media contact:`
/// label in the second half of the text to the end, where only names, phone
/// numbers and the sender's boilerplate follow.
fn cut_contact_block(paragraphs: &mut Vec<&str>) {
    let half = paragraphs.len() / 2;
    let is_label = |text: &&str| {
        let text = text.trim();
        if text.chars().count() > 40 {
            return false;
        }
        let lower = text.trim_end_matches(':').to_lowercase();
        let mut words = lower.split_whitespace();
        let Some(mut first) = words.next() else {
            return false;
        };
        if matches!(first, "press" | "presse" | "media" | "medien" | "investor") {
            first = words.next().unwrap_or("");
        }
        matches!(
            first,
            "kontakt"
                | "contact"
                | "contacts"
                | "contacto"
                | "contatto"
                | "pressekontakt"
                | "medienkontakt"
                | "ansprechpartner"
                | "ansprechpartnerin"
        ) && lower.split_whitespace().count() <= 4
    };
    if let Some(at) = paragraphs.iter().skip(half.max(1)).position(is_label) {
        paragraphs.truncate(half.max(1) + at);
    }
}

/// Removes a paragraph that repeats the one before it or the opening one word for
/// word: the standfirst copied into the article, a teaser shown twice for two
/// layouts. Repeats further apart are left: meal plans and lyrics repeat lines.
/// An opening repeated in the text is the copy that was moved out of place (a
/// summary above the article quoting its fourth paragraph), so the later copy stays.
fn drop_repeats(paragraphs: &mut Vec<&str>) {
    let Some(&opening) = paragraphs.first() else {
        return;
    };
    if opening.len() >= 40 && paragraphs[1..].contains(&opening) {
        paragraphs.remove(0);
    }
    let Some(&opening) = paragraphs.first() else {
        return;
    };
    let mut previous = "";
    let mut index = 0;
    paragraphs.retain(|&p| {
        let is_repeat = index > 0 && p.len() >= 40 && (p == previous || p == opening);
        previous = p;
        index += 1;
        !is_repeat
    });
}

/// The standfirst: prose between the headline and the chosen container, which sites
/// put in the article header (`<div class="teaser">`, `<p class="lead">`), plus the
/// visible copy of the meta description wherever it sits before the container.
fn lead_paragraphs<'p>(page: &'p Page, title: Option<&str>, body_start: usize) -> Vec<&'p str> {
    let description = page
        .meta
        .get("description")
        .or_else(|| page.meta.get("og:description"))
        .map(normalize)
        .filter(|d| d.len() >= 40);
    let description = description.as_deref().map(|d| &d[..floor_boundary(d, 60)]);
    let headline = title.and_then(|t| {
        page.blocks[..body_start]
            .iter()
            .rposition(|b| matches!(b.kind, BlockKind::Heading(1 | 2)) && normalizes_to(&b.text, t))
    });
    // Or the h1 whose kicker the headline leaves out.
    let headline = headline.or_else(|| {
        title.and_then(|t| {
            page.kickers
                .iter()
                .map(|&(b, _)| b as usize)
                .filter(|&b| b < body_start)
                .rfind(|&b| {
                    page.kicker_tail(b)
                        .is_some_and(|tail| normalizes_to(tail, t))
                })
        })
    });
    let mut lead = Vec::new();
    let from = headline.map_or(body_start.saturating_sub(12), |h| h + 1);
    for (i, block) in page.blocks[..body_start].iter().enumerate() {
        // A photo's caption sits between the headline and the text as often as a
        // standfirst does, and is as long; a caption class tells them apart (on a
        // paragraph: a heading classed `caption-s5` is styled, not a caption).
        let e = block.elem as usize;
        let is_caption = block.kind == BlockKind::Caption
            || (!matches!(block.kind, BlockKind::Heading(_))
                && (page.caption_elems[e] || page.elems[e].is_caption));
        if page.strong_chrome_elems[e] || block.link_density() > 0.2 || is_caption {
            continue;
        }
        let is_description = description
            .is_some_and(|d| block.chars >= 40 && normalized_starts_with(&block.text, d));
        let is_standfirst = i >= from
            && headline.is_some()
            && block.chars >= 80
            && matches!(
                block.kind,
                BlockKind::Paragraph | BlockKind::Loose | BlockKind::Heading(2..=6)
            );
        if is_description || is_standfirst {
            lead.push(block.text.as_str());
        }
    }
    lead
}

fn floor_boundary(text: &str, max: usize) -> usize {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Drops the labels a container keeps around the article: kickers and category
/// lines before it, prompts and contact or share labels after it (`Kontakt:`,
/// `War der Artikel nützlich?`), and photo credits anywhere. Short lines that end
/// a sentence stay.
///
/// `is_list_item` says which paragraphs were list items: a list that closes the
/// article (`<li>Valid ID</li><li>Regular income</li>`) is the article's, however
/// short its items.
fn trim_edges(paragraphs: &mut Vec<&str>, is_list_item: &[bool]) {
    let is_label = |text: &str, max_chars: usize| {
        let text = text.trim();
        let chars = text.chars().count();
        // A short line trailing off (`Tell us what you think...`, `Loading...`) is
        // a prompt or a widget's state, not a sentence.
        let trails_off = text.ends_with("...") || text.ends_with('…');
        // Chinese and Japanese close sentences and quotes with their own marks
        // (`取り戻せました。`, `「なし」と答えた」`), and a short line is common there.
        // A salutation (`Liebe Leserinnen und Leser,`, `Dear readers,`) opens the
        // writer's own text; a kicker or a category never ends in a comma.
        let ends_sentence = (text.ends_with(['.', '!', '"', '“', '”', '»', ')', ','])
            && !trails_off)
            || text.ends_with(['。', '！', '？', '」', '』'])
            || (text.ends_with('?') && chars >= 40);
        chars < max_chars && !ends_sentence
    };
    let ends_list = |paragraphs: &[&str]| {
        let n = paragraphs.len();
        n >= 2
            && is_list_item
                .get(n - 2..n)
                .is_some_and(|last| last == [true, true])
    };
    while paragraphs.len() > 1
        && is_label(paragraphs[paragraphs.len() - 1], 50)
        && !ends_list(paragraphs)
    {
        paragraphs.pop();
    }
    let lead = paragraphs.iter().take_while(|p| is_label(p, 25)).count();
    if lead < paragraphs.len() {
        paragraphs.drain(..lead);
    }
    paragraphs.retain(|p| !is_credit(p) && !ends_in_credit(p));
}

/// A photo's caption set as a paragraph, told by the credit it ends with: `Lee
/// Elder in 1975. | © Augusta National/Getty Images`, `Ann Lee, on Monday (Foto:
/// Jane Doe/Reuters).` Prose cites its sources in brackets too (`(Source:
/// Eurostat).`), so those stay.
fn ends_in_credit(text: &str) -> bool {
    if text.len() > 400 {
        return false;
    }
    let text = text.trim_end().trim_end_matches('.');
    let split = if let Some(inner) = text.strip_suffix(')') {
        inner.rsplit_once('(')
    } else {
        text.rsplit_once(" | ")
    };
    let Some((caption, credit)) = split else {
        return false;
    };
    let credit = credit.trim().to_lowercase();
    caption.trim().chars().count() >= 20
        && is_credit(&credit)
        && !["source", "quelle"].iter().any(|s| credit.starts_with(s))
}

/// A photo or source credit line: `Foto: dpa`, `Crédits photos : X`, `© Getty Images`.
fn is_credit(text: &str) -> bool {
    if text.chars().count() > 80 {
        return false;
    }
    let lower = text.to_lowercase();
    const STARTS: &[&str] = &[
        "foto:",
        "fotos:",
        "foto :",
        "photo:",
        "photos:",
        "photo :",
        "bild:",
        "bildquelle",
        "quelle:",
        "source:",
        "credit:",
        "credits:",
        "crédit",
        "image:",
        "©",
        "(c)",
        "copyright",
        "titelbild",
        "beitragsbild",
        "symbolbild",
    ];
    const HAS: &[&str] = &[
        "getty images",
        "istock",
        "shutterstock",
        "imago images",
        "picture alliance",
    ];
    STARTS.iter().any(|s| lower.starts_with(s)) || HAS.iter().any(|h| lower.contains(h))
}

/// The FNV hash of an empty class attribute (see `scan::hash_str`).
const EMPTY_CLASS: u64 = 0xcbf2_9ce4_8422_2325;

/// Readability's widening: when several near-equal candidates share an ancestor the
/// article is split across them, so take the ancestor; then climb while the parent
/// scores higher, and through wrappers that hold nothing but the candidate.
fn widen(page: &Page, score: &[f32], mut top: usize, eligible: &impl Fn(usize) -> bool) -> usize {
    let elems = &page.elems;
    let top_score = score[top];
    let mut rivals: Vec<usize> = (0..elems.len())
        .filter(|&i| i != top && eligible(i) && score[i] >= top_score * 0.75)
        .collect();
    rivals.sort_by(|&a, &b| score[b].total_cmp(&score[a]));
    rivals.truncate(5);
    let holds =
        |outer: usize, inner: usize| inner >= outer && inner < elems[outer].end_elem as usize;
    if rivals.len() >= 3 {
        let mut ancestor = elems[top].parent;
        while ancestor != NO_PARENT && !matches!(elems[ancestor as usize].tag, "body" | "html") {
            let a = ancestor as usize;
            let shared = rivals.iter().filter(|&&r| holds(a, r)).count();
            if shared >= 3 {
                top = a;
                break;
            }
            ancestor = elems[a].parent;
        }
    }
    // Climb while the parent scores higher than the candidate (its score is mostly
    // ours plus siblings' prose).
    let mut last = score[top];
    let threshold = last / 3.0;
    let mut parent = elems[top].parent;
    while parent != NO_PARENT && !matches!(elems[parent as usize].tag, "body" | "html") {
        let p = parent as usize;
        if !eligible(p) {
            parent = elems[p].parent;
            continue;
        }
        if score[p] < threshold {
            break;
        }
        if score[p] > last {
            top = p;
            break;
        }
        last = score[p];
        parent = elems[p].parent;
    }
    // Wrappers holding only the candidate add nothing but let siblings join.
    loop {
        let parent = elems[top].parent;
        if parent == NO_PARENT || matches!(elems[parent as usize].tag, "body" | "html") {
            break;
        }
        let p = &elems[parent as usize];
        let only_child = p.end_elem == elems[top].end_elem
            && parent as usize + 1 == top
            && p.chars == elems[top].chars;
        if !only_child {
            break;
        }
        top = parent as usize;
    }
    top
}

/// Articles split into sections (`<section>` per chapter, a div per step) leave
/// the best candidate holding a fraction of the story: climb while the parent
/// holds half as much prose again and little link text.
fn climb_to_prose(page: &Page, mut top: usize, excluded: &impl Fn(usize) -> bool) -> usize {
    let elems = &page.elems;
    // Prose characters in blocks[..i]: a subtree's prose is a difference of two.
    let mut prefix = Vec::with_capacity(page.blocks.len() + 1);
    let mut sum = 0u32;
    prefix.push(0);
    for block in &page.blocks {
        let is_prose = block.chars >= 25
            && block.link_density() <= 0.3
            && !excluded(block.elem as usize)
            && !matches!(block.kind, BlockKind::Heading(_) | BlockKind::Caption);
        if is_prose {
            sum += block.chars;
        }
        prefix.push(sum);
    }
    let prose =
        |i: usize| prefix[elems[i].end_block as usize] - prefix[elems[i].first_block as usize];
    // Wrappers that add no prose (a div around the intro and its photo) are passed
    // through without being taken: the ancestor that holds the steps may be next.
    let mut parent = elems[top].parent;
    let mut passed = 0;
    while parent != NO_PARENT {
        let p = parent as usize;
        if matches!(elems[p].tag, "body" | "html") || excluded(p) || elems[p].link_density() >= 0.25
        {
            break;
        }
        if prose(p) * 4 >= prose(top) * 5 {
            top = p;
            passed = 0;
        } else if prose(p) != prose(top) || passed == 2 {
            break;
        } else {
            passed += 1;
        }
        parent = elems[p].parent;
    }
    top
}

/// A `<p>` sibling of the chosen element that reads as prose: long with few links,
/// or short, link-free and ending a sentence.
fn is_prose_sibling(page: &Page, elem: usize) -> bool {
    let e = &page.elems[elem];
    let density = e.link_density();
    if e.chars > 80 {
        return density < 0.25;
    }
    e.chars > 0
        && density == 0.0
        && page.blocks[e.first_block as usize..e.end_block as usize]
            .iter()
            .any(|b| b.text.contains(". ") || b.text.ends_with('.'))
}

/// A long sentence whose opening words are a link (`<li><a>Ousted CEO can still name
/// directors</a>, even though he left, a report says.</li>`): digests and round-ups
/// link each item's lead, and the item is still the article's text.
fn is_linked_prose(block: &Block) -> bool {
    let text = block.text.trim_end();
    let ends_sentence = text.ends_with(['.', '!', '?', '"', '”', '»', ')', '…']);
    // A short paragraph whose subjects are links (`<a>Ann Lee</a> has been
    // eliminated from “<a>The Show</a>.”`) still says something in its own words.
    let is_linked_sentence = block.kind == BlockKind::Paragraph
        && block.chars - block.link_chars >= 20
        && text.split_whitespace().count() >= 6;
    ends_sentence
        && block.link_density() <= 0.75
        && ((block.chars >= 120 && block.chars - block.link_chars >= 40) || is_linked_sentence)
}

/// A heading that links to its subject (`<h3><a href=..>“Rez Infinite” ($30)</a></h3>`
/// in a list article) and is followed by a paragraph of prose, not by another link.
fn is_linked_section_heading(block: &Block, next: Option<&Block>) -> bool {
    matches!(block.kind, BlockKind::Heading(2..=4))
        && next.is_some_and(|n| {
            n.kind == BlockKind::Paragraph && n.chars >= 150 && n.link_density() < 0.2
        })
}

/// A heading or short line that opens a list of links to other stories.
fn starts_related_list(block: &Block) -> bool {
    if block.chars > 60 {
        return false;
    }
    let is_heading = matches!(block.kind, BlockKind::Heading(_)) || block.chars <= 40;
    if !is_heading {
        return false;
    }
    let text = normalize(&block.text);
    const OPENERS: &[&str] = &[
        "related",
        "read more",
        "read also",
        "more on this",
        "more from",
        "more stories",
        "see also",
        "you may also like",
        "you might also like",
        "recommended",
        "recommendation",
        "ranking",
        "most read",
        "most popular",
        "popular",
        "trending",
        "lesen sie auch",
        "mehr zum thema",
        "auch interessant",
        "das könnte sie auch interessieren",
        "weitere artikel",
        "à lire aussi",
        "lire aussi",
        "a lire aussi",
        "sur le même sujet",
        "leer más",
        "lee también",
        "te puede interesar",
        "noticias relacionadas",
        "leggi anche",
        "potrebbe interessarti",
        "veja também",
        "leia também",
        "lees ook",
        "meer over",
        "читайте также",
        "по теме",
        "相关",
        "most viewed",
        "meistgelesen",
        "am meisten gelesen",
        "les plus lus",
        "articles les plus lus",
        "lo más leído",
        "más leídas",
        "i più letti",
        "mais lidas",
        "самые популярные",
        "популярное",
        "関連",
    ];
    // `More Great WIRED Stories`, `More Sports News`: the site's name in between.
    let more_of = text.starts_with("more ")
        && ["stories", "news", "articles", "coverage"]
            .iter()
            .any(|w| text.ends_with(&format!(" {w}")));
    more_of
        || OPENERS
            .iter()
            .any(|o| text == *o || (text.starts_with(o) && text.len() <= o.len() + 25))
}

/// The heading over a comment form: `Leave a Reply`, `Schreibe einen Kommentar`.
fn is_comment_form_heading(block: &Block) -> bool {
    if block.chars > 40 {
        return false;
    }
    const HEADINGS: &[&str] = &[
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "write a comment",
        "schreibe einen kommentar",
        "kommentar schreiben",
        "kommentar verfassen",
        "neuen kommentar schreiben",
        "hinterlasse einen kommentar",
        "laisser un commentaire",
        "laisser une réponse",
        "deja un comentario",
        "deja una respuesta",
        "escribe un comentario",
        "lascia un commento",
        "deixe um comentário",
        "deixe uma resposta",
        "plaats een reactie",
        "laat een reactie achter",
        "оставить комментарий",
        "добавить комментарий",
    ];
    let text = normalize(&block.text);
    HEADINGS.iter().any(|h| text.starts_with(h))
}

/// A short line that only says who wrote the article or when (`By Ann Lee`,
/// `05/10/2018 - Posted by: Ann Lee - Category: Health`).
fn is_byline_or_dateline(block: &Block) -> bool {
    if block.chars > 120 {
        return false;
    }
    let text = block.text.as_str();
    let words = text.split_whitespace().count();
    let byline = [
        "By ",
        "BY ",
        "Por ",
        "Von ",
        "Par ",
        "Di ",
        "Door ",
        "Автор",
    ]
    .iter()
    .any(|b| text.starts_with(b))
        && (words <= 7 || (words <= 14 && names_only(text)))
        && !text.ends_with('.');
    let opening = &text[..floor_boundary(text, 12)];
    let dateline = (text.starts_with(|c: char| c.is_ascii_digit())
        && crate::date::find_date_in_text(opening, crate::date::DayOrder::DayFirst).is_some())
        // A line that is only a date and time (`Nov. 19, 2019, 8:41 AM UTC`).
        || (block.chars <= 40
            && words <= 6
            && !text.ends_with('.')
            && text
                .split_whitespace()
                .next()
                .is_some_and(crate::date::names_a_month)
            && crate::date::find_date_in_text(text, crate::date::DayOrder::MonthFirst).is_some());
    // A date with a clock time on a short line is a timestamp, whatever comes
    // first (`sexta-feira, 22 de outubro de 2010 às 20:13`, `Ann Lee 2019-11-20
    // 17:27:46`).
    let timestamp = block.chars <= 50
        && words <= 8
        && has_clock_time(text)
        && crate::date::find_date_in_text(text, crate::date::DayOrder::DayFirst).is_some();
    let updated = words <= 8
        && [
            "Updated",
            "UPDATED",
            "Aktualisiert",
            "Mis à jour",
            "Actualizado",
            "Aggiornato",
        ]
        .iter()
        .any(|u| text.starts_with(u));
    byline || dateline || timestamp || updated
}

/// A byline's words after `By`: a list of capitalised names and the words that
/// join them (`By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER`), where a
/// sentence that opens with `By` has lower-case words (`By taking off the top half,
/// ...`) and a title-case heading no list (`By The Numbers: How The City Voted`).
fn names_only(byline: &str) -> bool {
    const JOINERS: &[&str] = &["and", "und", "y", "et", "e", "en", "&", "и"];
    let mut is_list = byline.contains(',');
    let all_names = byline.split_whitespace().skip(1).all(|word| {
        let is_joiner = JOINERS.contains(&word);
        is_list |= is_joiner;
        is_joiner || word.starts_with(char::is_uppercase)
    });
    all_names && is_list
}

/// Whether the text holds a clock time (`20:13`, `8:41`).
fn has_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(4).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == b':'
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// A short paragraph asking the reader to subscribe, sign up or download the app:
/// paywall and newsletter prompts inside the article container.
fn is_call_to_action(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 250 {
        return false;
    }
    let lower = lower.get();
    const PROMPTS: &[&str] = &[
        "subscribe",
        "subscription",
        "sign up for",
        "newsletter",
        "download the",
        "if you enjoyed reading",
        "click here",
        "abonnieren",
        "jetzt abonnieren",
        "abonnez-vous",
        "suscríbete",
        "suscribete",
        "iscriviti",
        "assine",
    ];
    // `Follow us on Twitter @Gull and on Facebook.`: a sentence that opens with
    // the imperative and names a social network (a story may say that someone's
    // followers on Twitter did something, but not tell the reader to follow).
    let says_follow = lower.starts_with("follow ") || lower.contains(". follow ");
    const NETWORKS: &[&str] = &[
        "twitter",
        "facebook",
        "instagram",
        "youtube",
        "telegram",
        "whatsapp",
        "tiktok",
    ];
    // `¿Ya sabías que tenemos canal de Telegram? Únete..`, `Folgt uns auf
    // YouTube`: the site inviting the reader to its own channel, in the reader's
    // language (a story reports what others posted, it does not invite).
    const INVITES: &[&str] = &[
        "our channel",
        "join our",
        "join us",
        "nuestro canal",
        "únete",
        "síguenos",
        "unser kanal",
        "unseren kanal",
        "folgt uns",
        "folgen sie uns",
        "folge uns",
        "notre chaîne",
        "suivez-nous",
        "rejoignez-nous",
        "seguici",
        "nosso canal",
        "siga-nos",
    ];
    // `Die aktuelle Ausgabe jetzt am Kiosk und als E-Paper erhältlich.`: the
    // magazine selling its print issue under the article it took it from.
    const ISSUE: &[&str] = &[
        "ausgabe",
        "heft",
        "print edition",
        "magazine",
        "numéro",
        "edición",
        "edizione",
    ];
    const OUTLET: &[&str] = &[
        "erhältlich",
        "kiosk",
        "e-paper",
        "epaper",
        "newsstand",
        "im handel",
        "en kiosque",
        "in edicola",
    ];
    static SEARCH: LazyLock<[AhoCorasick; 4]> =
        LazyLock::new(|| [ISSUE, OUTLET, INVITES, NETWORKS].map(any_of));
    let [issue, outlet, invite, network] = &*SEARCH;
    if issue.is_match(lower) && outlet.is_match(lower) {
        return true;
    }
    let invites = block.chars <= 200 && invite.is_match(lower);
    if (says_follow || invites) && network.is_match(lower) {
        return true;
    }
    // In a longer paragraph whole words only: a story may mention "paying
    // subscribers"; a short one addressing "subscribers" is the paywall's.
    static PROMPT: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(PROMPTS));
    let is_short = block.chars <= 150;
    PROMPT
        .find_overlapping_iter(lower)
        .any(|found| is_short || !lower[found.end()..].starts_with(char::is_alphabetic))
}

/// The comment section's rules or login prompt left at the article's end: `You
/// must be logged in to post a comment.`, `Comentários .. não serão aprovados
/// pelo moderador.` A story about comments says more, in longer paragraphs.
fn is_comment_notice(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 250 {
        return false;
    }
    let lower = lower.get();
    const COMMENT: &[&str] = &[
        "comment",
        "kommentar",
        "kommentieren",
        "comentário",
        "comentario",
        "commentaire",
        "commenter",
        "commento",
        "commentare",
    ];
    const RULES: &[&str] = &[
        "logged in",
        "log in",
        "eingeloggt",
        "angemeldet",
        "anmelden",
        "moderat",
        "approved",
        "aprovados",
        "aprobados",
        "freigeschaltet",
        "connecté",
        "registrado",
        "registriert",
    ];
    static SEARCH: LazyLock<[AhoCorasick; 2]> = LazyLock::new(|| [COMMENT, RULES].map(any_of));
    let [comment, rules] = &*SEARCH;
    comment.is_match(lower) && rules.is_match(lower)
}

/// The shop-link disclosure of a buying guide or deals post: `This post may
/// contain affiliate links`, `BGR may receive a commission on orders`, `.. die
/// mir eine kleine Provision einbringen`. Legal, not the article's text.
fn is_affiliate_disclosure(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 400 {
        return false;
    }
    const MARKS: &[&str] = &[
        "affiliate link",
        "affiliate-link",
        "earn a commission",
        "receive a commission",
        "earn from qualifying purchases",
        "kleine provision",
        "provision einbringen",
        "erhalten wir eine provision",
        "enlaces de afiliado",
        "liens affiliés",
        "link di affiliazione",
    ];
    static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(MARKS));
    SEARCH.is_match(lower.get())
}

/// A plugin's line set into the post: a consent placeholder, a translation
/// switcher's label or a rating tally. One search for the phrases all three need
/// rules out the blocks that hold none (nearly all) in a single read.
fn is_plugin_line(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 300 {
        return false;
    }
    static GATE: LazyLock<AhoCorasick> =
        LazyLock::new(|| any_of(&[CONSENT_LOADS, TRANSLATION_PHRASES, RATING_BASES].concat()));
    GATE.is_match(lower.get())
        && (is_consent_placeholder(block, lower)
            || is_translation_notice(block, lower)
            || is_rating_tally(block, lower))
}

/// Loading "the content", as a consent placeholder offers it.
const CONSENT_LOADS: &[&str] = &[
    "um den inhalt von",
    "inhalt nachzuladen",
    "inhalt zu laden",
    "inhalt laden",
    "laden des inhalts",
    "inhalte laden",
    "load the content",
    "load content",
    "loading the content",
    "charger le contenu",
    "chargeant le contenu",
    "chargement du contenu",
    "cargar el contenido",
    "cargar contenido",
    "caricare il contenuto",
    "caricando il contenuto",
    "carregar o conteúdo",
    "carregar conteúdo",
    "inhoud te laden",
    "inhoud laden",
];

/// The placeholder a consent tool leaves for a blocked embed: `Klicken Sie auf den
/// unteren Button, um den Inhalt von YouTube zu laden.`, `Mit dem Laden des
/// Inhalts akzeptieren Sie die Datenschutzerklärung von X.`, `Click the button
/// below to load the content from Vimeo.` Told by loading "the content" together
/// with a click or the privacy terms: a story about web pages says more than that.
fn is_consent_placeholder(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 250 {
        return false;
    }
    const CONSENT: &[&str] = &[
        "klicken sie",
        "button",
        "akzeptieren sie",
        "datenschutz",
        "click",
        "you accept",
        "you agree",
        "privacy policy",
        "cliquez",
        "bouton",
        "vous acceptez",
        "confidentialité",
        "haga clic",
        "haz clic",
        "botón",
        "acepta",
        "privacidad",
        "clicca",
        "pulsante",
        "accetti",
        "clique",
        "botão",
        "aceita",
        "privacidade",
        "klik",
        "knop",
        "privacybeleid",
        "gaat u akkoord",
    ];
    static SEARCH: LazyLock<[AhoCorasick; 2]> =
        LazyLock::new(|| [CONSENT_LOADS, CONSENT].map(any_of));
    let [load, consent] = &*SEARCH;
    let lower = lower.get();
    load.is_match(lower) && consent.is_match(lower)
}

/// "Also available in", as a translation plugin labels its links.
const TRANSLATION_PHRASES: &[&str] = &[
    "also available in",
    "auch verfügbar auf",
    "auch verfügbar in",
    "auch in folgenden sprachen verfügbar",
    "également disponible en",
    "aussi disponible en",
    "también está disponible en",
    "también disponible en",
    "disponibile anche in",
    "também está disponível em",
    "também disponível em",
    "ook beschikbaar in",
];

/// A translation plugin's label over its links to the other languages (WPML,
/// Polylang): `This post is also available in: Deutsch`, `Dieser Beitrag ist auch
/// verfügbar auf: English`. The phrase opens the line and only language names
/// follow it; a sentence saying an app is available in Spanish goes on or ends.
fn is_translation_notice(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 150 {
        return false;
    }
    static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| any_of(TRANSLATION_PHRASES));
    let lower = lower.get();
    let Some(found) = SEARCH.find(lower) else {
        return false;
    };
    let tail = lower[found.end()..].trim();
    found.start() <= 40
        && tail.len() <= 80
        && !tail.ends_with('.')
        && (tail.is_empty() || tail.starts_with(':') || block.link_density() >= 0.3)
}

/// A block's text in lower case, made on first use and shared by the phrase
/// checks that read it (most blocks reach none of them).
struct Lowered<'a> {
    text: &'a str,
    lower: std::cell::OnceCell<String>,
}

impl<'a> Lowered<'a> {
    fn new(text: &'a str) -> Self {
        Lowered {
            text,
            lower: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> &str {
        self.lower.get_or_init(|| self.text.to_lowercase())
    }
}

/// One searcher for any of `phrases`: a block is read once for all of them,
/// rather than once per phrase.
fn any_of(phrases: &[&str]) -> AhoCorasick {
    AhoCorasick::new(phrases).expect("a few short phrases always build")
}

/// A figure's caption set as a paragraph, told by its numbered label: `Figure 3:
/// Barchart with default font sizes`, `Abbildung 4: klassische Schwachschicht.`,
/// `Tabla 2. Resultados`. Prose that refers to a figure names it inside a
/// sentence (`Figure 3 shows ..`), without the colon or full stop after the number.
fn is_figure_label(text: &str) -> bool {
    if text.len() > 300 {
        return false;
    }
    const LABELS: &[&str] = &[
        "figure",
        "fig.",
        "table",
        "chart",
        "abbildung",
        "abb.",
        "grafik",
        "tabelle",
        "tableau",
        "graphique",
        "figura",
        "tabla",
        "gráfico",
        "tabella",
        "figuur",
        "afbeelding",
    ];
    let mut words = text.split_whitespace();
    let (Some(label), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let digits = number.trim_end_matches([':', '.']);
    let is_number = !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
    // `Figure 3:` or `Figure 3.`, else the mark standing alone (`Figure 3 –`).
    let mut is_marked = || {
        number.len() > digits.len()
            || words
                .next()
                .is_some_and(|w| matches!(w, ":" | "-" | "–" | "—" | "|"))
    };
    // The label is lower-cased last, and only when short (the longest is 10
    // bytes): nearly every block fails the number test first.
    is_number && is_marked() && label.len() <= 10 && LABELS.contains(&label.to_lowercase().as_str())
}

/// A CMS shortcode the site failed to render (`[button link="/review"]Send us
/// your review[/button]`): markup for a widget, not text.
fn is_shortcode(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('[') else {
        return false;
    };
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || *b == b'_' || *b == b'-')
        .count();
    name_len > 0
        && matches!(rest.as_bytes().get(name_len), Some(b' ' | b']'))
        && text.contains(&format!("[/{}]", &rest[..name_len]))
}

/// Lines that are a widget's label rather than prose.
fn is_widget_text(text: &str) -> bool {
    if text.len() > 60 {
        return false;
    }
    if is_rating(text) {
        return true;
    }
    if text.len() > 40 {
        return false;
    }
    const LABELS: &[&str] = &[
        "advertisement",
        "advertising",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "pubblicità",
        "publicidade",
        "реклама",
        "share",
        "share this",
        "share this article",
        "tweet",
        "email",
        "print",
        "continue reading",
        "read more",
        "weiterlesen",
        "lire la suite",
        "leer más",
        "leggi di più",
        "skip to content",
        "sponsored",
        "loading",
        "comments",
        "advert",
        "正在加载",
        "加载中",
        "wird geladen",
        "chargement",
        "cargando",
        "this slideshow requires javascript",
        "click to share on twitter",
        "click to share on facebook",
        // Buttons of a photo gallery or a reading list, met between paragraphs.
        "read later",
        "save for later",
        "close",
        "caption",
        "back to gallery",
        // Expander buttons (`Mehr anzeigen`) of a collapsed box or table of
        // contents: their label stays in the text when the script is gone.
        "show more",
        "show less",
        "see more",
        "view more",
        "load more",
        "mehr anzeigen",
        "weniger anzeigen",
        "mehr laden",
        "alle anzeigen",
        "afficher plus",
        "afficher moins",
        "voir plus",
        "voir moins",
        "mostrar más",
        "mostrar menos",
        "ver más",
        "ver menos",
        "cargar más",
        "mostra altro",
        "mostra di più",
        "mostra meno",
        "carica altro",
        "mostrar mais",
        "ver mais",
        "carregar mais",
        "meer weergeven",
        "minder weergeven",
        "toon meer",
        "toon minder",
        "meer laden",
        // A star-rating widget's prompt beside its stars.
        "rate this",
        "rate this post",
        "rate this article",
        "rate this recipe",
        "click to rate",
        "click stars to rate",
        "click on a star to rate it",
        "sterne anklicken zum bewerten",
        "jetzt bewerten",
        "beitrag bewerten",
        "artikel bewerten",
        "rezept bewerten",
        "noter cet article",
        "notez cet article",
        "notez cette recette",
        "valora este artículo",
        "valora esta receta",
        "vota questo articolo",
        "valuta questo articolo",
        "avalie este artigo",
        "avalie esta receita",
        "beoordeel dit artikel",
        "beoordeel dit recept",
    ];
    let n = normalize(text);
    LABELS.contains(&n.as_str())
        || is_reading_time(&n)
        || is_slide_counter(&n)
        || is_view_counter(&n)
}

/// A post-view counter of a blog plugin: `(Visited 1,234 times, 5 visits today)`,
/// `Post Views: 87`, `1.234 Aufrufe`. Counts and counting words only: a sentence
/// that mentions views or visitors has other words too.
fn is_view_counter(normalized: &str) -> bool {
    const COUNTS: &[&[&str]] = &[
        &["visited", "times"],
        &["visited", "time"],
        &["visited", "times", "visits", "today"],
        &["visited", "time", "visit", "today"],
        &["visited", "times", "visit", "today"],
        &["views"],
        &["post", "views"],
        &["page", "views"],
        &["aufrufe"],
        &["beitragsaufrufe"],
        &["seitenaufrufe"],
        &["mal", "gelesen"],
        &["vues"],
        &["visitas"],
        &["visualizaciones"],
        &["visualizzazioni"],
        &["visualizações"],
        &["weergaven"],
    ];
    if !normalized.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let is_number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let mut labels = normalized.split(' ').filter(|w| !is_number(w));
    let Some(first) = labels.next() else {
        return false;
    };
    // The first word rules out nearly every line before the rest is read.
    COUNTS
        .iter()
        .any(|count| count[0] == first && labels.clone().eq(count[1..].iter().copied()))
}

/// A star-rating widget's tally: `(95 Stimmen: 4,73 von 5)`, `Rating: 5.0/5 (1 vote
/// cast)`, `(Noch keine Bewertungen)`. The words are the ones that count votes, and
/// a number or the brackets are required: a heading `Unsere Bewertung` or `Die
/// Bewertung der Schulen 2023` opens a section.
fn is_rating(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "vote",
        "ratings",
        "rating:",
        "stimmen",
        "bewertungen",
        "évaluations",
        "votos",
        "voti",
        "valoraciones",
        "stemmen",
        "голос",
    ];
    let lower = text.to_lowercase();
    let tallied = lower.contains(|c: char| c.is_ascii_digit())
        || (lower.starts_with('(') && lower.ends_with(')'));
    tallied && !lower.ends_with('.') && WORDS.iter().any(|w| lower.contains(w))
}

/// "Based on", as a rating tally closes on the count of votes.
const RATING_BASES: &[&str] = &[
    "based on ",
    "basierend auf ",
    "basé sur ",
    "basée sur ",
    "basado en ",
    "basada en ",
    "basato su ",
    "basata su ",
    "baseado em ",
    "baseada em ",
    "gebaseerd op ",
];

/// A rating widget's summary line, named or not: `4.5 out of 5 based on 12
/// ratings`, `Truckwash A31, 6.0 out of 6 based on 1 rating`, `4,2 von 6
/// basierend auf 1 Bewertung`. The scale and the closing count of votes tell it
/// from a sentence that cites a score, which goes on or ends with a full stop.
fn is_rating_tally(block: &Block, lower: &Lowered<'_>) -> bool {
    if block.chars > 300 || !block.text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    const COUNTED: &[&str] = &[
        "rating",
        "vote",
        "review",
        "bewertung",
        "stimme",
        "évaluation",
        "avis",
        "valoraci",
        "voto",
        "recensione",
        "avaliaç",
        "beoordeling",
        "stem",
    ];
    const SCALES: &[&str] = &[
        " out of ", " von ", " sur ", " de ", " di ", " su ", " van ", "/",
    ];
    static SEARCH: LazyLock<[AhoCorasick; 2]> =
        LazyLock::new(|| [RATING_BASES, SCALES].map(any_of));
    let [based_on, scale] = &*SEARCH;
    let lower = lower.get();
    let Some(found) = based_on.find_iter(lower).last() else {
        return false;
    };
    let mut count = lower[found.end()..].split_whitespace();
    let (Some(number), Some(noun), None) = (count.next(), count.next(), count.next()) else {
        return false;
    };
    let is_number = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    let before = &lower[..found.start()];
    let has_scale = scale.find_iter(before).any(|s| {
        before[s.end()..].starts_with(|c: char| c.is_ascii_digit())
            && before[..s.start()].ends_with(|c: char| c.is_ascii_digit())
    });
    is_number(number)
        && number.starts_with(|c: char| c.is_ascii_digit())
        && COUNTED.iter().any(|c| noun.starts_with(c))
        && has_scale
}

/// `5 min read`, `Lesezeit: 3 Minuten`, `Tempo de leitura: 1 minuto`.
fn is_reading_time(normalized: &str) -> bool {
    const MARKS: &[&str] = &[
        "min read",
        "minute read",
        "minutes read",
        "lesezeit",
        "lesedauer",
        "temps de lecture",
        "tiempo de lectura",
        "tempo de leitura",
        "tempo di lettura",
        "leestijd",
    ];
    MARKS.iter().any(|m| normalized.contains(m))
}

/// A gallery's position label: `Image 3 of 5`, `Foto 2 von 12`.
fn is_slide_counter(normalized: &str) -> bool {
    let words: Vec<&str> = normalized.split(' ').collect();
    let is_number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [_, a, of, b] => {
            is_number(a)
                && is_number(b)
                && matches!(*of, "of" | "von" | "de" | "di" | "sur" | "van")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::commas;

    #[test]
    fn commas_on_bytes_count_what_the_chars_hold() {
        for text in [
            "",
            "One, two, three.",
            "北京，上海、广州。",
            "مرحبا، كيف",
            // Bytes 81, 82 and 8C inside other letters: `с`, `т`, `Ō`, `Ќ`.
            "сто, тот ŌЌ",
            "🌌,💂、🚁",
        ] {
            let by_chars = text
                .chars()
                .filter(|c| matches!(c, ',' | '，' | '、' | '。' | '،'))
                .count();
            assert_eq!(commas(text), by_chars, "{text:?}");
        }
    }
}
