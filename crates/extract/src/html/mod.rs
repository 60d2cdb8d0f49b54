//! Article extraction from HTML.
//!
//! The page is parsed once, without its scripts, styles and comments ([`prepare`]);
//! one walk over the tree ([`scan`]) turns it into flat
//! data: the text blocks in page order, the block-level elements that hold them
//! (with their subtree's text and link sizes), and the page's metadata (meta tags,
//! JSON-LD, `<time>`, date and byline hints). Everything after that works on those
//! vectors, never on the tree again, so no step is quadratic in the page size:
//!
//! - [`body`] picks the element that holds the article by text density, link density
//!   and punctuation, and keeps its paragraphs minus the chrome inside it;
//! - [`title`] picks the headline among `og:title`, JSON-LD, the `h1` and `<title>`;
//! - [`published`] picks the publication date among structured and visible dates.

mod body;
mod byline;
mod ld;
mod prepare;
mod published;
mod scan;
mod title;

#[cfg(test)]
mod tests;

use std::path::Path;

use scraper::Html;

use crate::Article;

pub(crate) fn extract(source: &str, path: &Path) -> Article {
    let doc = Html::parse_document(&prepare::prepare(source, prepare::MAX_DEPTH));
    let page = scan::scan(&doc);
    drop(doc);
    let ld = ld::LdData::from_scripts(&page.meta.ld_json);
    let url = page_url(&page.meta, &ld).or_else(|| saved_from_url(source));
    let site = site_name(&page.meta, &ld, url.as_deref());
    let title = title::choose(&page, &ld, site.as_deref());
    let site = site
        .or_else(|| title::site_after_headline(page.meta.title_tag.as_deref()?, title.as_deref()?));
    let mut body = body::extract(&page, title.as_deref(), ld.article_body.as_deref());
    if body.len() < body::MIN_BODY_CHARS
        && let Some(template) = &page.meta.template
    {
        // The story may be in a script template, rendered by the page's code.
        let doc = Html::parse_document(&prepare::prepare(template, prepare::MAX_DEPTH));
        let inner = body::extract(&scan::scan(&doc), title.as_deref(), None);
        if inner.len() > body.len() * 2 {
            body = inner;
        }
    }
    let published = published::choose(&page, &ld, url.as_deref(), title.as_deref(), source);
    let authors = authors(&page.meta, &ld);
    Article {
        path: path.to_owned(),
        url,
        site,
        title,
        published,
        authors,
        body,
        ..Article::default()
    }
}

/// The page's own address: the canonical link, else `og:url`, else JSON-LD's.
fn page_url(meta: &scan::Meta, ld: &ld::LdData) -> Option<String> {
    let absolute = |u: &str| {
        let u = u.trim();
        (u.starts_with("http://") || u.starts_with("https://")).then(|| u.to_owned())
    };
    meta.canonical
        .as_deref()
        .and_then(absolute)
        .or_else(|| meta.get("og:url").and_then(absolute))
        .or_else(|| ld.url.as_deref().and_then(absolute))
}

/// The address a browser wrote at the top of the page it saved (Chrome's and
/// Internet Explorer's "mark of the web": `<!-- saved from url=(0042)https://... -->`,
/// the number being the address's length), for pages that name no address of
/// their own. Only web addresses: a page saved from disk says `about:internet`.
fn saved_from_url(source: &str) -> Option<String> {
    const MARK: &str = "<!-- saved from url=(";
    let mut end = source.len().min(1024);
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    let at = source[..end].find(MARK)? + MARK.len();
    let rest = &source[at..];
    let close = rest.find(')')?;
    let len: usize = rest[..close].parse().ok()?;
    let url: String = rest[close + 1..].chars().take(len).collect();
    let is_web = url.starts_with("http://") || url.starts_with("https://");
    (is_web && url.chars().count() == len && !url.contains(char::is_whitespace)).then_some(url)
}

/// The publication's name: `og:site_name`, JSON-LD publisher, `application-name`,
/// else the url's host without `www.`.
fn site_name(meta: &scan::Meta, ld: &ld::LdData, url: Option<&str>) -> Option<String> {
    let named = meta
        .get("og:site_name")
        .or(ld.publisher.as_deref())
        .or_else(|| meta.get("application-name"))
        .or_else(|| meta.get("twitter:site").filter(|s| !s.starts_with('@')))
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(name) = named {
        // Some sites name themselves by their address ("https://www.fr.de",
        // "www.bmas.de"): shown as a host, like a site that names itself not at all.
        let is_address = !name.contains(char::is_whitespace)
            && (name.contains("://") || name.starts_with("www."));
        if is_address {
            return crate::host_of(name).or_else(|| Some(name.to_owned()));
        }
        return Some(name.to_owned());
    }
    crate::host_of(url?)
}

/// Bylines: JSON-LD authors, else `<meta name="author">`, else `rel="author"` links,
/// else elements classed as bylines; each cleaned by [`byline::push_names`].
fn authors(meta: &scan::Meta, ld: &ld::LdData) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    if !ld.authors.is_empty() {
        ld.authors
            .iter()
            .for_each(|a| byline::push_names(a, &mut names));
    } else if let Some(author) = meta.get("author").or_else(|| meta.get("article:author")) {
        byline::push_names(author, &mut names);
    } else if !meta.rel_authors.is_empty() {
        meta.rel_authors
            .iter()
            .for_each(|a| byline::push_names(a, &mut names));
    } else {
        names = from_bylines(&meta.bylines);
    }
    names
}

/// The names of the first byline element that yields any: the first may be a
/// comment's heading or a form's label (`Name *`) while the article's byline
/// comes later.
fn from_bylines(bylines: &[String]) -> Vec<String> {
    for (at, first) in bylines.iter().enumerate() {
        let mut names = Vec::new();
        byline::push_names(first, &mut names);
        // A byline element inside another (`<div class="byline"><span
        // class="author">Ann Lee</span><span>Gull Gazette</span>`) holds the name
        // without the outlet or the date around it, unless it is only the label.
        let mut outer = first;
        for inner in &bylines[at + 1..] {
            if inner.is_empty()
                || !outer.contains(inner.as_str())
                || inner.contains(|c: char| c.is_ascii_digit())
            {
                break;
            }
            let mut inner_names = Vec::new();
            byline::push_names(inner, &mut inner_names);
            if !inner_names.is_empty() {
                names = inner_names;
                outer = inner;
            }
        }
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}
