//! A story rendered as a browser-saved HTML page or as a text dump.

use std::fmt::Write;

use morgue_extract::Published;

use crate::{DateStyle, Rng, Site, Story, Vocabulary, capitalize, sentence_words, story_url};

/// A full saved page: head metadata, menus, cookie banner, the article, share
/// widgets, related and most-read lists, comments, footer, then script bundles and
/// SVG sprites until the page reaches about `target_bytes` (real pages are mostly
/// scripts and markup around a few KB of text).
pub(crate) fn html(
    story: &Story,
    site: &Site,
    vocab: &Vocabulary,
    rng: &mut Rng,
    target_bytes: usize,
) -> Vec<u8> {
    let url = story_url(site, story);
    let mut h = String::with_capacity(target_bytes + 4096);
    let date = date_attr(&story.published);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} | {site}</title>\n<link rel=\"canonical\" href=\"{url}\">\n\
         <meta property=\"og:site_name\" content=\"{site}\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:url\" content=\"{url}\">\n",
        title = story.title,
        site = site.name,
    );
    match site.date_style {
        DateStyle::Meta => {
            let _ = writeln!(
                h,
                "<meta property=\"article:published_time\" content=\"{date}\">"
            );
        }
        DateStyle::JsonLd => {
            let _ = writeln!(
                h,
                "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\
                 \"@type\":\"NewsArticle\",\"headline\":\"{}\",\"datePublished\":\"{date}\",\
                 \"publisher\":{{\"@type\":\"Organization\",\"name\":\"{}\"}}}}</script>",
                story.title, site.name
            );
        }
        _ => {}
    }
    style(&mut h, rng);
    h.push_str("</head>\n<body>\n<header class=\"masthead\"><a class=\"logo\" href=\"/\">");
    h.push_str(&site.name);
    h.push_str("</a>\n<nav class=\"menu\"><ul>\n");
    for _ in 0..rng.range(15, 40) {
        let label = capitalize(vocab.sample(rng));
        let _ = writeln!(
            h,
            "<li><a href=\"/{}\">{label}</a></li>",
            label.to_lowercase()
        );
    }
    h.push_str(
        "</ul></nav></header>\n<div id=\"cookie-banner\" class=\"consent\"><p>We use cookies \
        to improve your experience and to show you personalised advertising.</p>\
        <button>Accept all</button><button>Manage preferences</button></div>\n",
    );
    let _ = write!(
        h,
        "<main><nav class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/{s}\">{S}</a></nav>\n\
         <article>\n<h1>{}</h1>\n",
        story.title,
        s = story.section.to_lowercase(),
        S = story.section,
    );
    if let Some(author) = story.authors.first() {
        let _ = writeln!(
            h,
            "<p class=\"byline\">By <a rel=\"author\">{author}</a></p>"
        );
    }
    match site.date_style {
        DateStyle::TimeTag => {
            let _ = writeln!(
                h,
                "<time datetime=\"{date}\">{}</time>",
                visible_date(story)
            );
        }
        DateStyle::Visible => {
            let _ = writeln!(
                h,
                "<p class=\"dateline\">Published {}</p>",
                visible_date(story)
            );
        }
        _ => {}
    }
    for (i, paragraph) in story.paragraphs.iter().enumerate() {
        let _ = writeln!(h, "<p>{paragraph}</p>");
        if i == 2 {
            let _ = writeln!(
                h,
                "<aside class=\"read-more\"><a href=\"/more\">Read more: {}</a></aside>",
                capitalize(&sentence_words(vocab, rng, 7))
            );
        }
    }
    h.push_str(
        "</article>\n<div class=\"share\"><a>Share on Facebook</a><a>Share on X</a>\
        <a>Email</a><span class=\"votes\">veryGood! (12)</span></div>\n",
    );
    for heading in ["Related", "Most read"] {
        let _ = writeln!(
            h,
            "<section class=\"{}\"><h2>{heading}</h2><ul>",
            heading.to_lowercase()
        );
        for _ in 0..rng.range(5, 10) {
            let _ = writeln!(
                h,
                "<li><a href=\"/story/{}\">{}</a></li>",
                rng.next_u64() % 100_000,
                capitalize(&sentence_words(vocab, rng, 9))
            );
        }
        h.push_str("</ul></section>\n");
    }
    h.push_str("<section id=\"comments\"><h2>Comments</h2>\n");
    for _ in 0..rng.range(0, 12) {
        let words = rng.range(6, 40);
        let _ = writeln!(
            h,
            "<div class=\"comment\"><span class=\"user\">reader{}</span><p>{}.</p></div>",
            rng.below(10_000),
            capitalize(&sentence_words(vocab, rng, words))
        );
    }
    h.push_str("</section></main>\n<footer><ul>");
    for item in [
        "About us",
        "Contact",
        "Privacy",
        "Terms",
        "Advertise",
        "Careers",
    ] {
        let _ = write!(
            h,
            "<li><a href=\"/{}\">{item}</a></li>",
            item.to_lowercase().replace(' ', "-")
        );
    }
    h.push_str("</ul></footer>\n");
    while h.len() + 40 < target_bytes {
        match rng.below(3) {
            0 => script_bundle(&mut h, rng, target_bytes),
            1 => svg_sprite(&mut h, rng, target_bytes),
            _ => mega_menu(&mut h, vocab, rng, target_bytes),
        }
    }
    h.push_str("</body>\n</html>\n");
    h.into_bytes()
}

fn style(h: &mut String, rng: &mut Rng) {
    h.push_str("<style>");
    for i in 0..rng.range(20, 120) {
        let _ = writeln!(
            h,
            ".c{i}-{:x}{{margin:{}px {}px;color:#{:06x};display:flex}}",
            rng.next_u64() % 4096,
            rng.below(40),
            rng.below(40),
            rng.next_u64() % 0xff_ffff
        );
    }
    h.push_str("</style>\n");
}

fn script_bundle(h: &mut String, rng: &mut Rng, target: usize) {
    h.push_str("<script>window.__STATE__={\"items\":[");
    let end = (h.len() + rng.range(4_000, 30_000)).min(target);
    while h.len() < end {
        let _ = write!(
            h,
            "{{\"id\":{},\"k\":\"{:016x}\",\"w\":{}}},",
            rng.below(1_000_000),
            rng.next_u64(),
            rng.below(2000)
        );
    }
    h.push_str("null]};</script>\n");
}

fn svg_sprite(h: &mut String, rng: &mut Rng, target: usize) {
    h.push_str("<svg style=\"display:none\" xmlns=\"http://www.w3.org/2000/svg\">");
    let end = (h.len() + rng.range(2_000, 15_000)).min(target);
    while h.len() < end {
        let _ = write!(
            h,
            "<symbol id=\"i{:x}\" viewBox=\"0 0 24 24\"><path d=\"M{} {}l{} {}c1.1 0 2-.9 2-2z\"/></symbol>",
            rng.next_u64() % 65_536,
            rng.below(24),
            rng.below(24),
            rng.below(9),
            rng.below(9)
        );
    }
    h.push_str("</svg>\n");
}

fn mega_menu(h: &mut String, vocab: &Vocabulary, rng: &mut Rng, target: usize) {
    h.push_str("<nav class=\"mega\"><ul>");
    let end = (h.len() + rng.range(2_000, 12_000)).min(target);
    while h.len() < end {
        let word = vocab.sample(rng);
        let _ = write!(
            h,
            "<li class=\"m\"><a href=\"/topic/{word}\"><span>{word}</span></a></li>"
        );
    }
    h.push_str("</ul></nav>\n");
}

fn date_attr(published: &Published) -> String {
    published.to_string()
}

fn visible_date(story: &Story) -> String {
    story.published.date().format("%-d %B %Y").to_string()
}

/// A text dump shaped like `shared/seeds`: breadcrumb glued to the title and the site
/// name, the title again, a `Date:` line, the text, a vote counter, headline lists.
pub(crate) fn text_dump(story: &Story, site: &Site, vocab: &Vocabulary, rng: &mut Rng) -> Vec<u8> {
    let mut t = String::new();
    let _ = writeln!(
        t,
        "Current:Home > {}{} -{}\n{}\nView",
        story.section, story.title, site.name, story.title
    );
    let time = match story.published {
        Published::Instant(at) => at.format("%Y-%m-%d %H:%M:%S").to_string(),
        Published::Day(day) => day.format("%Y-%m-%d 00:00:00").to_string(),
    };
    let _ = writeln!(t, "Date:{time}");
    for paragraph in &story.paragraphs {
        let _ = writeln!(t, "{paragraph}");
    }
    let _ = writeln!(t, "veryGood! ({})", rng.below(100));
    for heading in ["Related", "Ranking", "Recommendation"] {
        let _ = writeln!(t, "{heading}");
        for _ in 0..rng.range(4, 8) {
            let _ = writeln!(t, "{}", capitalize(&sentence_words(vocab, rng, 10)));
        }
    }
    t.into_bytes()
}
