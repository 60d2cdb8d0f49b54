//! One quirk of real pages per test, each routed through [`check`].

use std::path::Path;

use super::extract;
use crate::Article;

/// What a test expects of one page; `None` fields are not checked.
#[derive(Default)]
struct Expected<'a> {
    title: Option<&'a str>,
    date: Option<&'a str>,
    body_has: &'a [&'a str],
    body_lacks: &'a [&'a str],
}

fn check(html: &str, expected: Expected<'_>) -> Article {
    let article = extract(html, Path::new("page.html"));
    if let Some(title) = expected.title {
        assert_eq!(article.title.as_deref(), Some(title), "title");
    }
    if let Some(date) = expected.date {
        let got = article
            .published
            .map(|p| p.date().format("%Y-%m-%d").to_string());
        assert_eq!(got.as_deref(), Some(date), "date");
    }
    for phrase in expected.body_has {
        assert!(
            article.body.contains(phrase),
            "body lacks {phrase:?}:\n{}",
            article.body
        );
    }
    for phrase in expected.body_lacks {
        assert!(
            !article.body.contains(phrase),
            "body has {phrase:?}:\n{}",
            article.body
        );
    }
    article
}

/// Two paragraphs of prose long enough to win the body on their own.
const PROSE: &str = "<p>The council met on Tuesday evening, and after a long debate, the members voted to \
repair the old harbour wall before the winter storms arrive, the mayor said.</p>\
<p>Work will start next month, with the first crews arriving on Monday, and the road \
along the quay will close for six weeks, according to the city engineer.</p>";

fn page(head: &str, body: &str) -> String {
    format!("<html><head>{head}</head><body>{body}</body></html>")
}

#[test]
fn title_strips_site_name_from_title_tag() {
    let html = page(
        "<title>Harbour wall to be repaired | The Gull Gazette</title>",
        PROSE,
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired"),
            ..Default::default()
        },
    );
}

#[test]
fn title_strips_site_prefix_named_by_og_site_name() {
    let html = page(
        r#"<meta property="og:site_name" content="Gull Gazette"><title>Gull Gazette :: Harbour wall to be repaired</title>"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired"),
            ..Default::default()
        },
    );
}

#[test]
fn title_prefers_h1_agreeing_with_og_title() {
    let html = page(
        r#"<meta property="og:title" content="Harbour wall to be repaired before winter - Gazette"><title>Gazette</title>"#,
        &format!("<h1>Harbour wall to be repaired before winter</h1>{PROSE}"),
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired before winter"),
            ..Default::default()
        },
    );
}

#[test]
fn title_ignores_breadcrumb_and_logo_h1() {
    let html = page(
        r#"<meta property="og:site_name" content="Gull Gazette"><meta property="og:title" content="Harbour wall to be repaired">"#,
        &format!(
            r#"<header><h1>Gull Gazette</h1></header><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ol>{PROSE}"#
        ),
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired"),
            ..Default::default()
        },
    );
}

#[test]
fn title_from_json_ld_headline() {
    let html = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall to be repaired"}</script><title>Home</title>"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_json_ld_graph() {
    let html = page(
        r#"<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"G"},{"@type":"NewsArticle","datePublished":"2021-03-14T09:00:00+01:00","dateModified":"2021-04-01"}]}</script>"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_broken_json_ld() {
    let html = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-14", "description":"a "quoted" word"}</script>"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_meta_names() {
    for name in [
        "article:published_time",
        "pubdate",
        "dc.date.issued",
        "parsely-pub-date",
    ] {
        let html = page(
            &format!(r#"<meta name="{name}" content="2021-03-14T10:00:00Z">"#),
            PROSE,
        );
        check(
            &html,
            Expected {
                date: Some("2021-03-14"),
                ..Default::default()
            },
        );
    }
}

#[test]
fn date_prefers_published_over_modified() {
    let html = page(
        r#"<meta property="article:modified_time" content="2021-05-01"><meta property="article:published_time" content="2021-03-14">"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_time_element_near_headline_not_comments() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall</h1><time datetime="2021-03-14T08:00">14 March</time>{PROSE}
            <div class="comments"><time datetime="2021-06-01">June</time><p>Nice article.</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_url() {
    let html = page(
        r#"<link rel="canonical" href="https://gazette.example/2021/03/14/harbour-wall">"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_visible_german_line() {
    let html = page(
        "",
        &format!(
            r#"<h1>Hafenmauer wird repariert</h1><div>Veröffentlicht am 14. März 2021</div>{PROSE}"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_date_classed_element() {
    let html = page(
        "",
        &format!(r#"<h1>Harbour</h1><span class="post-date">March 14, 2021</span>{PROSE}"#),
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
}

#[test]
fn no_date_is_none_not_today() {
    let article = check(&page("", PROSE), Expected::default());
    assert_eq!(article.published, None);
}

#[test]
fn body_drops_navigation_footer_and_sidebar() {
    let html = page(
        "",
        &format!(
            r#"<nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="main"><article>{PROSE}</article>
            <aside class="sidebar"><p>Subscribe to our weekly newsletter for more stories like this one, delivered to you.</p></aside></div>
            <footer><p>Copyright Gull Gazette, all rights reserved, since the year of our founding.</p></footer>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &[
                "The council met on Tuesday evening",
                "according to the city engineer.",
            ],
            body_lacks: &["Home", "newsletter", "Copyright"],
            ..Default::default()
        },
    );
}

#[test]
fn body_separates_paragraphs_with_blank_line() {
    let article = check(
        &page("", &format!("<div>{PROSE}</div>")),
        Expected::default(),
    );
    assert!(
        article.body.contains("the mayor said.\n\nWork will start"),
        "{}",
        article.body
    );
}

#[test]
fn body_drops_related_list_inside_article() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<h3>Related</h3><ul><li>Ferry fares to rise again next year</li><li>Storm warning for the coast tonight</li></ul></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer"],
            body_lacks: &["Ferry fares", "Related"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_share_and_comment_blocks() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<div class="share-buttons"><span>Share on Facebook</span></div>
            <section id="comments"><p>What a great decision, finally somebody in this town listens to us, thanks.</p></section></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["Facebook", "great decision"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_link_dense_lists() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<p><a href="/a">Ferry fares to rise</a> <a href="/b">Storm warning</a></p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["Ferry fares"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_inline_markup_joined() {
    let html = page(
        "",
        &format!(
            r#"<div><p>The <b>har</b>bour wall, as <a href="/x">officials</a> said, is old, damaged, and very long indeed.</p>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["The harbour wall, as officials said, is old"],
            ..Default::default()
        },
    );
}

#[test]
fn body_from_itemprop_article_body() {
    let html = page(
        "",
        &format!(
            r#"<div class="teasers">{PROSE}</div><div itemprop="articleBody"><p>Short but marked article text that the page itself declares as its body, in full.</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["marked article text"],
            ..Default::default()
        },
    );
}

#[test]
fn body_skips_hidden_elements_and_scripts() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<p style="display: none">Hidden cookie text.</p><script>var x = "code";</script></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["Hidden cookie", "code"],
            ..Default::default()
        },
    );
}

#[test]
fn body_survives_sidebar_named_layout_wrapper() {
    let html = page(
        "",
        &format!(r#"<div class="layout-with-sidebar">{PROSE}</div>"#),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said", "city engineer"],
            ..Default::default()
        },
    );
}

#[test]
fn url_site_and_authors_from_metadata() {
    let html = page(
        r#"<link rel="canonical" href="https://www.gazette.example/harbour"><meta name="author" content="By Ann Lee">"#,
        PROSE,
    );
    let article = check(&html, Expected::default());
    assert_eq!(
        article.url.as_deref(),
        Some("https://www.gazette.example/harbour")
    );
    assert_eq!(article.site.as_deref(), Some("gazette.example"));
    assert_eq!(article.authors, vec!["Ann Lee".to_owned()]);
}

#[test]
fn authors_from_json_ld_list() {
    let html = page(
        r#"<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chan"}],"publisher":{"name":"Gull Gazette"}}</script>"#,
        PROSE,
    );
    let article = check(&html, Expected::default());
    assert_eq!(
        article.authors,
        vec!["Ann Lee".to_owned(), "Bo Chan".to_owned()]
    );
    assert_eq!(article.site.as_deref(), Some("Gull Gazette"));
}

#[test]
fn malformed_html_does_not_panic() {
    for html in [
        "<",
        "<html><body><p>unclosed <b>bold <div>",
        "<<<>>>&&&",
        "<table><td>x</table></p></p>",
    ] {
        let _ = extract(html, Path::new("bad.html"));
    }
    let deep = "<div>".repeat(3_000);
    let _ = extract(&deep, Path::new("deep.html"));
}
