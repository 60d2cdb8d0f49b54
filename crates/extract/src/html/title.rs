//! The article's headline among the page's several candidates.

use super::ld::LdData;
use super::scan::{BlockKind, Page, collapse};

/// Separators between a headline and a site or section name in `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ", " ~ ",
];

/// Picks the headline: the `h1` that agrees with the metadata titles, else JSON-LD
/// `headline` / `og:title` / `twitter:title` / `<title>` without the site name, else
/// the page's first `h1` outside the chrome.
pub(super) fn choose(page: &Page, ld: &LdData, site: Option<&str>) -> Option<String> {
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

    let metas: Vec<String> = [
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
    .collect();
    let cleaned: Vec<String> = metas.iter().map(|t| strip_site(t, &sites)).collect();

    let headings = page
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(1 | 2)) && b.chars >= 3 && b.chars < 400)
        .map(|b| (b.kind == BlockKind::Heading(1), b.boiler, b.text.as_str()));
    let mut first_h1: Option<&str> = None;
    for (is_h1, boiler, text) in headings.take(12) {
        let n = normalize(text);
        if n.is_empty() || sites.contains(&n) {
            continue;
        }
        let agrees = metas.iter().chain(&cleaned).any(|m| {
            let m = normalize(m);
            m == n || (n.len() >= 15 && (m.starts_with(&n) || m.contains(&n)))
        });
        if agrees {
            return Some(text.to_owned());
        }
        if is_h1 && !boiler && first_h1.is_none() {
            first_h1 = Some(text);
        }
    }
    if let Some(title) = cleaned.iter().find(|t| !sites.contains(&normalize(t))) {
        return Some(title.clone());
    }
    first_h1
        .map(str::to_owned)
        .or_else(|| cleaned.first().cloned())
}

/// Removes site and section names around a headline in `Headline - Site` shapes.
pub(super) fn strip_site(title: &str, sites: &[String]) -> String {
    let Some(sep) = SEPARATORS.iter().find(|s| title.contains(*s)) else {
        return title.to_owned();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let is_site = |p: &str| {
        let n = normalize(p);
        !n.is_empty()
            && sites
                .iter()
                .any(|s| *s == n || (s.len() >= 4 && n.contains(s.as_str())))
    };
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
    if kept.len() == 1 {
        return kept[0].to_owned();
    }
    if kept.is_empty() {
        return title.to_owned();
    }
    // Without a known site name: the site sits at one end; the headline is the
    // longest part, which is nearly always the first or the last.
    let first = parts[0];
    let last = parts[parts.len() - 1];
    let words = |p: &str| p.split_whitespace().count();
    if parts.len() == 2 && words(first) < 3 && words(last) < 3 {
        return title.to_owned();
    }
    if words(first) >= words(last) || words(first) >= 4 {
        first.to_owned()
    } else {
        last.to_owned()
    }
}

/// Lower-case letters and digits only, single spaces: for comparing titles.
pub(super) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// Meta content sometimes arrives double-escaped (`&amp;quot;`).
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
}
