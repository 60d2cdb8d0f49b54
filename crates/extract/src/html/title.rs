//! The article's headline among the page's several candidates.

use super::ld::LdData;
use super::scan::{BlockKind, Page, collapse};
use crate::is_unspaced_script;

/// Separators between a headline and a site or section name in `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " // ", " / ", " ~ ",
];

/// Picks the headline: the `h1` that agrees with the metadata titles, else JSON-LD
/// `headline` / `og:title` / `twitter:title` / `<title>` without the site name, else
/// the page's first `h1` outside the chrome.
pub(super) fn choose(page: &Page, ld: &LdData, site: Option<&str>) -> Option<String> {
    let candidates = Candidates::gather(page, ld, site);
    candidates
        .kicker_tail_in_metadata()
        .or_else(|| candidates.h1_in_metadata())
        .or_else(|| candidates.h1_headline_part())
        .or_else(|| candidates.metadata_title_ending_an_h1())
        .or_else(|| candidates.h1_heading_prose())
        .or_else(|| candidates.into_metadata_title())
}

/// What [`choose`] weighs, gathered once: the site's names, the metadata titles,
/// the heading that shows one and the page's h1s.
struct Candidates<'p> {
    page: &'p Page,
    /// The site's names, normalized.
    sites: Vec<String>,
    /// The metadata titles, JSON-LD's headline first and `<title>` last.
    metas: Vec<String>,
    /// Each of `metas` without the site's name.
    cleaned: Vec<String>,
    /// `metas` then `cleaned`, normalized.
    normalized_metas: Vec<String>,
    /// Names of the site or of a section: an h1 equal to one is no headline.
    site_segments: Vec<String>,
    /// The lower heading that shows a metadata title, normalized, and how.
    shown: Option<(String, Shown)>,
    /// The page's first h1s outside the strong chrome that name no site.
    h1s: Vec<&'p str>,
}

impl<'p> Candidates<'p> {
    fn gather(page: &'p Page, ld: &LdData, site: Option<&str>) -> Self {
        let sites = known_sites(page, ld, site);
        let metas = metadata_titles(page, ld);
        let cleaned = without_site_names(&metas, ld, &sites);
        let mut site_segments = title_tag_site_segments(&sites, &metas, &cleaned);
        let normalized_metas: Vec<String> =
            metas.iter().chain(&cleaned).map(|m| normalize(m)).collect();
        let shown = shown_title(page, &metas, &normalized_metas, &site_segments);
        if let Some((_, Shown::Lead { rest, .. })) = &shown {
            add_site_after_lead(&mut site_segments, rest);
        }
        let h1s = h1s(page, &site_segments);
        Candidates {
            page,
            sites,
            metas,
            cleaned,
            normalized_metas,
            site_segments,
            shown,
            h1s,
        }
    }

    /// A kicker set apart in the h1's markup (`<h1><span>Data leak</span> Rheinmetall
    /// hacked</h1>`): the rest is the headline when the metadata has it, whole or
    /// as a part (`Data leak: Rheinmetall hacked | Site` shows both in one line).
    fn kicker_tail_in_metadata(&self) -> Option<String> {
        let page = self.page;
        for &(block, _) in &page.kickers {
            let b = &page.blocks[block as usize];
            let Some(tail) = page.kicker_tail(block as usize) else {
                continue;
            };
            if page.strong_chrome_elems[b.elem as usize] || tail.split_whitespace().nth(1).is_none()
            {
                continue;
            }
            let n = normalize(tail);
            let is_meta_part = |m: &String| {
                SEPARATORS
                    .iter()
                    .any(|sep| split_at_separator(m, sep).any(|p| normalizes_to(p, &n)))
            };
            if self.normalized_metas.contains(&n)
                || self.metas.iter().chain(&self.cleaned).any(is_meta_part)
            {
                return Some(tail.trim_end().replace('\u{ad}', ""));
            }
        }
        None
    }

    /// The first h1 that a metadata title is, or holds (an h1 of 15 bytes or more),
    /// less a known site name when that leaves a metadata title: see
    /// [`Self::headline_part`].
    fn h1_in_metadata(&self) -> Option<String> {
        for &h1 in &self.h1s {
            let n = normalize(h1);
            if self
                .normalized_metas
                .iter()
                .any(|m| *m == n || (n.len() >= 15 && m.contains(&n)))
            {
                let h1 = self
                    .headline_part(h1, strip_known_site(h1, &self.sites))
                    .unwrap_or_else(|| h1.to_owned());
                return Some(h1.replace('\u{ad}', ""));
            }
        }
        None
    }

    /// The first h1 that shows a metadata title with a site name's part:
    /// [`Self::headline_part`].
    fn h1_headline_part(&self) -> Option<String> {
        let part = self
            .h1s
            .iter()
            .find_map(|h1| self.headline_part(h1, strip_site(h1, &self.sites)))?;
        Some(part.replace('\u{ad}', ""))
    }

    /// An h1 may repeat the whole `<title>`, site name and all (`Headline | Site`,
    /// a print or screen-reader copy): then its headline part, if the metadata has
    /// it. Only a known site name goes from an h1 that equals a metadata title
    /// (`Headline - and a subtitle` stays whole).
    fn headline_part(&self, h1: &str, stripped: String) -> Option<String> {
        (stripped.len() < h1.len() && self.normalized_metas.contains(&normalize(&stripped)))
            .then_some(stripped)
    }

    /// A kicker glued before the headline inside the h1 (`<h1><span>Data leak</span>
    /// Rheinmetall hacked</h1>`): the metadata title is the h1's tail.
    fn metadata_title_ending_an_h1(&self) -> Option<String> {
        for &h1 in &self.h1s {
            let n = normalize(h1);
            let originals = self.metas.iter().chain(&self.cleaned);
            for (m, original) in self.normalized_metas.iter().zip(originals) {
                if m.split(' ').count() >= 3 && n.len() > m.len() && n.ends_with(&format!(" {m}")) {
                    let head_end = h1.len().saturating_sub(original.len());
                    let glued_by_colon = h1.get(..head_end).is_some_and(|h| {
                        h.trim_end()
                            .ends_with(|c: char| c == ':' && !h.trim_end().ends_with(" :"))
                    });
                    if !glued_by_colon {
                        // The h1 shows this title whole: only a known site name may go.
                        return Some(strip_known_site(original, &self.sites));
                    }
                }
            }
        }
        None
    }

    /// The page's visible headline over a metadata title that disagrees with it:
    /// sites reuse one og:title across pages, or give a shorter SEO title. Only an
    /// h1 that heads prose qualifies: logos, "Navigation" and sidebar headings do
    /// not, and a one-word h1 must at least occur in the metadata title.
    fn h1_heading_prose(&self) -> Option<String> {
        let page = self.page;
        let (_, h1) = page.blocks.iter().enumerate().find(|(i, b)| {
            if b.kind != BlockKind::Heading(1) {
                return false;
            }
            let n = normalize(&b.text);
            !page.strong_chrome_elems[b.elem as usize]
                && self.shown.as_ref().is_none_or(|(s, _)| s.contains(&n))
                && b.chars >= 2
                && b.chars < 400
                && !self.site_segments.contains(&n)
                && (n.contains(' ')
                    || self.normalized_metas.is_empty()
                    || self
                        .normalized_metas
                        .iter()
                        .any(|m| m.split(' ').any(|w| w == n)))
                && heads_prose(page, *i)
        })?;
        Some(h1.text.replace('\u{ad}', ""))
    }

    /// The metadata title itself: the same words as the heading, whole (`Friday
    /// Facts #282 - 0.17 in sight` is not split at its dash); or the heading
    /// that leads it. Else the first metadata title that is not the site's name.
    fn into_metadata_title(self) -> Option<String> {
        match self.shown {
            Some((_, Shown::Whole(at))) => {
                return self.metas.iter().chain(&self.cleaned).nth(at).cloned();
            }
            Some((_, Shown::Lead { heading, .. })) => return Some(heading),
            None => {}
        }
        self.cleaned
            .iter()
            .find(|t| !self.sites.contains(&normalize(t)))
            .or(self.cleaned.first())
            .cloned()
    }
}

/// The site's names, normalized: the one given, `og:site_name`, JSON-LD's
/// publisher, and the page's host with and without its domain.
fn known_sites(page: &Page, ld: &LdData, site: Option<&str>) -> Vec<String> {
    let meta = &page.meta;
    let mut sites: Vec<String> = Vec::new();
    sites.extend(site.map(normalize));
    sites.extend(meta.get("og:site_name").map(normalize));
    sites.extend(ld.publisher.as_deref().map(normalize));
    if let Some(host) = meta
        .canonical
        .as_deref()
        .or_else(|| meta.get("og:url"))
        .and_then(|u| u.split("://").nth(1))
        .and_then(|h| h.split('/').next())
    {
        let host = host.strip_prefix("www.").unwrap_or(host);
        sites.push(normalize(host.split('.').next().unwrap_or(host)));
        sites.push(normalize(host));
    }
    sites.retain(|s| !s.is_empty());
    sites
}

/// The metadata titles, decoded and collapsed, in order of trust: JSON-LD's
/// `headline`, `og:title`, `twitter:title`, `headline`, `<title>`.
fn metadata_titles(page: &Page, ld: &LdData) -> Vec<String> {
    let meta = &page.meta;
    [
        ld.headline.as_deref(),
        meta.get("og:title"),
        meta.get("twitter:title"),
        meta.get("headline"),
        meta.title_tag.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(|t| collapse(&decode_entities(t)))
    .filter(|t| !t.is_empty())
    .collect()
}

/// Each metadata title without the site's name.
///
/// JSON-LD's headline is the headline alone: a dash in it joins a subtitle
/// (`Airlines take off again - and suppliers profit`), so only a part naming a
/// known site is cut, never the shorter half.
fn without_site_names(metas: &[String], ld: &LdData, sites: &[String]) -> Vec<String> {
    let ld_first = ld
        .headline
        .as_deref()
        .is_some_and(|t| !collapse(&decode_entities(t)).is_empty());
    metas
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i == 0 && ld_first {
                strip_known_site(t, sites)
            } else {
                strip_site(t, sites)
            }
        })
        .collect()
}

/// The site's names, then the title tag's segments that are not the headline.
///
/// Title-tag segments that are not the headline name the site or section; an
/// `h1` equal to one of them is a logo, not the headline.
/// A title kept whole (`Shell paths - jo`: two short parts, neither known as
/// the site) names no site in its parts.
fn title_tag_site_segments(sites: &[String], metas: &[String], cleaned: &[String]) -> Vec<String> {
    let mut site_segments: Vec<String> = sites.to_vec();
    if let Some(tag) = metas.last()
        && let Some(sep) = find_separator(tag)
        && cleaned.last().is_some_and(|c| c != tag)
    {
        let headline = cleaned.last().map(|c| normalize(c)).unwrap_or_default();
        site_segments.extend(
            split_at_separator(tag, sep)
                .map(normalize)
                .filter(|seg| !seg.is_empty() && *seg != headline),
        );
    }
    site_segments
}

/// A lower heading that shows a metadata title word for word is the headline,
/// and an h1 that disagrees with it is the site's logo (`<h1>Gull Gazette</h1>`
/// over `<h2>Harbour wall to be repaired</h2>`); an h1 it contains is the
/// headline without the blog's name.
fn shown_title(
    page: &Page,
    metas: &[String],
    normalized_metas: &[String],
    site_segments: &[String],
) -> Option<(String, Shown)> {
    page.blocks.iter().find_map(|b| {
        let is_candidate = matches!(b.kind, BlockKind::Heading(2..=3))
            && b.chars >= 10
            && b.chars < 400
            && !page.strong_chrome_elems[b.elem as usize];
        if !is_candidate {
            return None;
        }
        // Cheap length check first: every page asks this of each of its headings.
        let at = normalized_metas
            .iter()
            .position(|m| {
                b.text.len() + 8 >= m.len()
                    && b.text.len() <= m.len() * 2 + 8
                    && normalizes_to(&b.text, m)
            })
            .map(Shown::Whole)
            .or_else(|| {
                lead_of_a_title(&b.text, metas).map(|rest| Shown::Lead {
                    heading: b.text.trim().replace('\u{ad}', ""),
                    rest: rest.to_owned(),
                })
            })?;
        let n = normalize(&b.text);
        (!site_segments.contains(&n)).then_some((n, at))
    })
}

/// The rest of a title that a heading leads names the site (`Harbour wall to
/// be repaired : Gull Blog | News`): an h1 saying so is the blog's name.
fn add_site_after_lead(site_segments: &mut Vec<String>, rest: &str) {
    match find_separator(rest) {
        Some(sep) => site_segments.extend(split_at_separator(rest, sep).map(normalize)),
        None => site_segments.push(normalize(rest)),
    }
    site_segments.retain(|s| !s.is_empty());
}

/// The page's first eight h1s outside the strong chrome that name no site.
fn h1s<'p>(page: &'p Page, site_segments: &[String]) -> Vec<&'p str> {
    page.blocks
        .iter()
        .filter(|b| {
            b.kind == BlockKind::Heading(1)
                && b.chars >= 2
                && b.chars < 400
                && !page.strong_chrome_elems[b.elem as usize]
        })
        .map(|b| b.text.as_str())
        .filter(|t| !site_segments.contains(&normalize(t)))
        .take(8)
        .collect()
}

/// Whether prose follows the block at `i` within twelve blocks.
fn heads_prose(page: &Page, i: usize) -> bool {
    page.blocks[i + 1..]
        .iter()
        .take(12)
        .any(|b| b.chars >= 80 && b.link_density() < 0.3)
}

/// How a lower heading shows a metadata title.
enum Shown {
    /// Word for word: the title at this index of the metadata titles.
    Whole(usize),
    /// As the title's part before a separator: [`lead_of_a_title`].
    Lead {
        heading: String,
        /// The title's rest after the separator.
        rest: String,
    },
}

/// Separators after a heading that leads a title, wider than [`SEPARATORS`]: a
/// colon too, since the heading's end is known.
const LEAD_SEPARATORS: &[char] = &[':', '|', '-', '–', '—', '»', '·', '•', '/', '~', '«'];

/// The rest of a metadata title that a heading of three words or more opens,
/// followed by a spaced separator of any kind, a colon too (`Harbour wall to be
/// repaired : Gull Blog | News of the coast`): the rest names the site, in a shape
/// that [`SEPARATORS`] does not list. A colon right after the words is a kicker's
/// (`The world of tomorrow: Seven jobs with a future`), and a hyphen a compound's.
fn lead_of_a_title<'a>(heading: &str, metas: &'a [String]) -> Option<&'a str> {
    let heading = heading.trim();
    heading.split_whitespace().nth(2)?;
    metas.iter().find_map(|m| {
        let rest = m.strip_prefix(heading)?.strip_prefix(' ')?;
        let sep = rest
            .chars()
            .next()
            .filter(|c| LEAD_SEPARATORS.contains(c))?;
        let tail = rest[sep.len_utf8()..].strip_prefix(' ')?;
        Some(tail.trim_start())
    })
}

/// A part of a title naming the site: the name or a little more (`Dropbox Tech
/// Blog`), not a headline that mentions it (`How we designed Dropbox's task
/// framework`).
fn is_site_part(part: &str, sites: &[String]) -> bool {
    let n = normalize(part);
    let words = n.split(' ').count();
    !n.is_empty()
        && sites.iter().any(|s| {
            *s == n || (s.len() >= 4 && n.contains(s.as_str()) && words <= s.split(' ').count() + 2)
        })
}

/// Removes only the parts that name a known site, keeping the rest whole.
fn strip_known_site(title: &str, sites: &[String]) -> String {
    let Some(sep) = find_separator(title) else {
        return title.to_owned();
    };
    let kept: Vec<&str> = split_at_separator(title, sep)
        .map(str::trim)
        .filter(|p| !is_site_part(p, sites))
        .collect();
    if kept.is_empty() {
        title.to_owned()
    } else {
        kept.join(sep)
    }
}

/// Removes site and section names around a headline in `Headline - Site` shapes.
pub(super) fn strip_site(title: &str, sites: &[String]) -> String {
    let Some(sep) = find_separator(title) else {
        return title.to_owned();
    };
    let parts: Vec<&str> = split_at_separator(title, sep).map(str::trim).collect();
    let kept: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| !is_site_part(p, sites))
        .collect();
    if kept.len() == 1 {
        return kept[0].to_owned();
    }
    if kept.is_empty() {
        return title.to_owned();
    }
    // The site's name in the middle (`Headline | gull.example | The coast's own
    // paper`): what follows it is the site's tagline, so the headline leads.
    let site_at = parts.iter().position(|p| is_site_part(p, sites));
    if site_at.is_some_and(|k| k > 0 && k < parts.len() - 1) {
        return parts[0].to_owned();
    }
    // Without a known site name: the site sits at one end; the headline is the
    // longest part, which is nearly always the first or the last.
    let first = parts[0];
    let last = parts[parts.len() - 1];
    if parts.len() == 2 && words(first) < 3 && words(last) < 3 {
        return title.to_owned();
    }
    // `Site - Headline - Section - Subsection`: a middle part longer than every
    // other is the headline.
    if let Some(&middle) = parts[1..parts.len() - 1]
        .iter()
        .max_by_key(|p| words(p))
        .filter(|m| words(m) >= 4 && parts.iter().filter(|p| words(p) >= words(m)).count() == 1)
    {
        return middle.to_owned();
    }
    if words(first) >= words(last) || words(first) >= 4 {
        first.to_owned()
    } else {
        last.to_owned()
    }
}

/// The site's name as `<title>` gives it after the headline (`Harbour wall to be
/// repaired | Gull Gazette`, `港口预算争议继续_海鸥报`), for a page that names its
/// site nowhere else: the last part, when the title tag leads with the headline
/// chosen (sections may stand between: `Headline_科技_腾讯网`). `None` when it does
/// not, or its last part is too long for a name.
pub(super) fn site_after_headline(title_tag: &str, headline: &str) -> Option<String> {
    let tag = collapse(&decode_entities(title_tag));
    let sep = find_separator(&tag)?;
    let parts: Vec<&str> = split_at_separator(&tag, sep).map(str::trim).collect();
    let (last, lead) = parts.split_last()?;
    let is_name = !last.is_empty() && last.chars().count() <= 60 && words(last) <= 6;
    let headline = normalize(headline);
    (is_name && !headline.is_empty() && normalized_starts_with(&lead.join(sep), &headline))
        .then(|| (*last).to_owned())
}

/// Separators Chinese and Japanese titles put between headline and site without
/// spaces (`港口预算争议继续_海鸥报`, `港の予算｜ガル新聞`). Except for the full-width
/// bar, they separate only next to a character of those scripts: `file_name` stays
/// whole. Not a dash, which also spans ranges there (`東京－大阪`).
const TIGHT_SEPARATORS: &[&str] = &["｜", "_", "|"];

/// The first of [`SEPARATORS`], then of [`TIGHT_SEPARATORS`], that splits `title`
/// somewhere.
fn find_separator(title: &str) -> Option<&'static str> {
    SEPARATORS
        .iter()
        .chain(TIGHT_SEPARATORS)
        .copied()
        .find(|sep| split_at_separator(title, sep).nth(1).is_some())
}

/// Words in a title part, for telling headline from site name: spaced words, and
/// in scripts written without spaces a word per two characters (`港口预算争议继续`
/// is a headline's length, `海鸥报` a name's).
fn words(part: &str) -> usize {
    let unspaced = part.chars().filter(|&c| is_unspaced_script(c)).count();
    let spaced = part
        .split_whitespace()
        .filter(|w| !w.chars().any(is_unspaced_script))
        .count();
    spaced + unspaced.div_ceil(2)
}

/// `title` cut at `sep`, except between two numbers: a dash there spans a range
/// (`Weekly report 14. - 20. January 2022`, `Season 2019 - 2020`), not a site name.
fn split_at_separator<'a>(title: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = title;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut from = 0;
        while let Some(at) = rest[from..].find(sep).map(|at| at + from) {
            let before = rest[..at].trim_end_matches('.');
            let after = &rest[at + sep.len()..];
            let is_range = before.ends_with(|c: char| c.is_ascii_digit())
                && after.starts_with(|c: char| c.is_ascii_digit());
            let is_tight_in_words = sep != "｜"
                && TIGHT_SEPARATORS.contains(&sep)
                && !before.ends_with(is_unspaced_script)
                && !after.starts_with(is_unspaced_script);
            if !is_range && !is_tight_in_words {
                let part = &rest[..at];
                rest = after;
                return Some(part);
            }
            from = at + sep.len();
        }
        done = true;
        Some(rest)
    })
}

/// Lower-case letters and digits only, single spaces: for comparing titles.
pub(super) fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text);
    }
    let mut out = String::with_capacity(text.len());
    // Soft hyphens (U+00AD) split no word.
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\u{ad}') {
        if !word.is_empty() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.extend(
                word.chars()
                    .filter(|&c| c != '\u{ad}')
                    .flat_map(char::to_lowercase),
            );
        }
    }
    out
}

/// [`normalize`] of ASCII text, byte by byte: most block texts it is called on are
/// ASCII, and the general path decodes and lower-cases them char by char.
fn normalize_ascii(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let mut gap = false;
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(b' ');
            }
            gap = false;
            out.push(b.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// The characters [`normalize`] would give, without building the string: block
/// texts are compared with the title many times per page.
fn normalized_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\u{ad}')
        .filter(|word| word.chars().any(|c| c != '\u{ad}'))
        .enumerate()
        .flat_map(|(i, word)| {
            (i > 0).then_some(' ').into_iter().chain(
                word.chars()
                    .filter(|&c| c != '\u{ad}')
                    .flat_map(char::to_lowercase),
            )
        })
}

/// `normalize(text) == normalized`, without allocating.
pub(super) fn normalizes_to(text: &str, normalized: &str) -> bool {
    normalized_chars(text).eq(normalized.chars())
}

/// `normalize(text).starts_with(prefix)`, without allocating.
pub(super) fn normalized_starts_with(text: &str, prefix: &str) -> bool {
    let mut chars = normalized_chars(text);
    prefix.chars().all(|c| chars.next() == Some(c))
}

/// Meta content sometimes arrives double-escaped (`&amp;quot;`, `&amp;#8211;`).
pub(super) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let text = text.replace("&amp;", "&");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let (digits, radix) = match tail.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (tail, 10),
        };
        let len = digits.find(';').unwrap_or(0);
        let decoded = (1..=7)
            .contains(&len)
            .then(|| u32::from_str_radix(&digits[..len], radix).ok())
            .flatten()
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &digits[len + 1..];
            }
            None => {
                out.push_str("&#");
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_comparisons_agree_with_normalize() {
        for text in [
            "  Harbour wall: to be\u{ad}repaired! ",
            "ÉTÉ — 2021",
            "a\u{ad}  b",
            "",
        ] {
            let n = normalize(text);
            assert!(normalizes_to(text, &n), "{text:?} -> {n:?}");
            assert!(normalized_starts_with(text, &n[..n.len() / 2]), "{text:?}");
        }
        assert!(!normalizes_to("Harbour wall", "harbour"));
        assert!(!normalized_starts_with("Harbour", "harbour wall"));
    }

    #[test]
    fn a_dash_between_numbers_spans_a_range() {
        let sites = vec!["slf".to_owned()];
        assert_eq!(
            strip_site("Weekly report 14. - 20. January 2022 - SLF", &sites),
            "Weekly report 14. - 20. January 2022"
        );
        assert_eq!(
            strip_site("Season 2019 - 2020 review | Gull Gazette", &[]),
            "Season 2019 - 2020 review"
        );
        assert_eq!(find_separator("Scores 3 - 1"), None);
        let parts: Vec<&str> = split_at_separator("a - b - c", " - ").collect();
        assert_eq!(parts, ["a", "b", "c"]);
    }

    #[test]
    fn chinese_and_japanese_titles_lose_a_site_name_set_off_without_spaces() {
        for title in [
            "港口预算争议继续_海鸥报",
            "港口预算争议继续|海鸥报",
            "港口预算争议继续｜海鸥报",
            "港口预算争议继续 ｜ 海鸥报",
        ] {
            assert_eq!(strip_site(title, &[]), "港口预算争议继续", "{title}");
        }
        // Between words of spaced scripts those characters join, not separate.
        for title in [
            "Rename every file_name in a folder",
            "Pipes like a|b in shells",
        ] {
            assert_eq!(find_separator(title), None, "{title}");
        }
        // Nor a dash, which spans ranges between Chinese characters too.
        assert_eq!(find_separator("东京-大阪新干线停运"), None);
    }

    #[test]
    fn unspaced_words_count_by_characters_to_tell_headline_from_site() {
        assert_eq!(
            strip_site("港の予算をめぐる議論が続く - ガル新聞", &[]),
            "港の予算をめぐる議論が続く"
        );
        assert_eq!(words("港の予算をめぐる議論が続く"), 7);
        assert_eq!(words("ガル新聞"), 2);
        assert_eq!(words("Harbour wall"), 2);
    }

    #[test]
    fn the_site_is_the_part_of_the_title_tag_after_the_headline() {
        let headline = "Harbour wall to be repaired";
        for (tag, site) in [
            (
                "Harbour wall to be repaired | Gull Gazette",
                Some("Gull Gazette"),
            ),
            (
                "Harbour wall to be repaired - Local news - Gull Gazette",
                Some("Gull Gazette"),
            ),
            (
                "Harbour wall to be repaired &#124; Gull Gazette",
                Some("Gull Gazette"),
            ),
            // A section before the headline is no site, nor is a title tag that
            // does not lead with the headline, nor a headline alone.
            ("News - Harbour wall to be repaired", None),
            ("Harbour news | Gull Gazette", None),
            ("Harbour wall to be repaired", None),
            // A last part as long as a sentence is a subtitle, not a name.
            (
                "Harbour wall to be repaired | The council voted on Tuesday to fix the old wall",
                None,
            ),
        ] {
            assert_eq!(site_after_headline(tag, headline).as_deref(), site, "{tag}");
        }
        assert_eq!(
            site_after_headline("港口预算争议继续_科技_海鸥报", "港口预算争议继续").as_deref(),
            Some("海鸥报")
        );
    }

    #[test]
    fn a_double_slash_separates_like_a_bar() {
        assert_eq!(
            strip_site("Harbour wall to be repaired // Gull Gazette", &[]),
            "Harbour wall to be repaired"
        );
    }

    #[test]
    fn the_longest_middle_part_is_the_headline() {
        assert_eq!(
            strip_site(
                "Gull Harbour Rowing Club - Harbour wall to be repaired - Club news - Archive",
                &[]
            ),
            "Harbour wall to be repaired"
        );
        // Not when an end is as long: then the ends decide, as before.
        assert_eq!(
            strip_site(
                "Harbour wall to be repaired - Club news today - Gull Gazette",
                &[]
            ),
            "Harbour wall to be repaired"
        );
    }

    #[test]
    fn ascii_path_agrees_with_the_general_one() {
        // Every string of up to four characters over letters of both cases, a digit,
        // spaces, punctuation and a control character.
        let alphabet = ['a', 'Z', '7', ' ', '-', '\'', '\t', '\u{1}', '.'];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        texts.push("  By ANN LEE -- 05/10/2018, 3 min read ".to_owned());
        for text in &texts {
            let general: String = normalized_chars(text).collect();
            assert_eq!(normalize_ascii(text), general, "{text:?}");
        }
    }
}
