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
fn site_comes_from_the_title_tag_only_when_the_page_names_it_nowhere_else() {
    let bare = page(
        "<title>Harbour wall to be repaired | The Gull Gazette</title>",
        PROSE,
    );
    let article = check(&bare, Expected::default());
    assert_eq!(article.site.as_deref(), Some("The Gull Gazette"));
    let named = page(
        r#"<meta property="og:site_name" content="Gull Gazette Online"><title>Harbour wall to be repaired | The Gull Gazette</title>"#,
        PROSE,
    );
    let article = check(&named, Expected::default());
    assert_eq!(article.site.as_deref(), Some("Gull Gazette Online"));
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
fn site_named_by_its_address_is_shown_as_its_host() {
    for (named, site) in [
        ("https://www.gazette.example", "gazette.example"),
        ("http://gazette.example/", "gazette.example"),
        ("www.gazette.example", "gazette.example"),
        ("Gull Gazette", "Gull Gazette"),
        ("gazette.example", "gazette.example"),
    ] {
        let html = page(
            &format!(r#"<meta property="og:site_name" content="{named}">"#),
            PROSE,
        );
        let article = check(&html, Expected::default());
        assert_eq!(
            article.site.as_deref(),
            Some(site),
            "og:site_name {named:?}"
        );
    }
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

#[test]
fn date_in_headline_wrapper_named_like_chrome() {
    let html = page(
        "",
        &format!(
            r#"<div class="intro intro--socialSharing"><h1>Harbour wall</h1><p>21. Januar 2022 | City</p></div>{PROSE}"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2022-01-21"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_title_attribute_of_time_ago_label() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour</h1><span class="time-ago" title="2020-09-20T14:20:02Z">2 hours ago</span>{PROSE}"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2020-09-20"),
            ..Default::default()
        },
    );
}

#[test]
fn date_line_in_article_footer_as_last_resort() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour</h1>{PROSE}<div class="post-footer">Posted on 14 December 2015 at 14:48</div>"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2015-12-14"),
            ..Default::default()
        },
    );
}

#[test]
fn utc_timestamp_defers_to_visible_next_day() {
    let html = page(
        r#"<meta property="article:published_time" content="2022-11-06T23:00:00Z">"#,
        &format!(r#"<h1>Harbour</h1><p class="date">7. November 2022</p>{PROSE}"#),
    );
    check(
        &html,
        Expected {
            date: Some("2022-11-07"),
            ..Default::default()
        },
    );
}

#[test]
fn utc_timestamp_keeps_its_day_against_an_impossible_shift() {
    let html = page(
        r#"<meta property="article:published_time" content="2020-09-28T23:12:35+00:00">"#,
        &format!(r#"<h1>Harbour</h1><p class="date">27 September 2020</p>{PROSE}"#),
    );
    check(
        &html,
        Expected {
            date: Some("2020-09-28"),
            ..Default::default()
        },
    );
}

#[test]
fn sidebar_dates_do_not_date_the_article() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour</h1>{PROSE}<div class="widget recent-posts"><span class="date">9 September 2019</span></div>"#
        ),
    );
    let article = check(&html, Expected::default());
    assert_eq!(article.published, None);
}

#[test]
fn title_is_visible_h1_when_og_title_disagrees() {
    let html = page(
        r#"<meta property="og:title" content="Press releases">"#,
        &format!("<h1>Harbour wall to be repaired</h1>{PROSE}"),
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
fn title_drops_kicker_glued_into_h1() {
    let html = page(
        r#"<meta property="og:title" content="Rheinmetall data leaked online">"#,
        &format!("<h1><span>Internal files</span> Rheinmetall data leaked online</h1>{PROSE}"),
    );
    check(
        &html,
        Expected {
            title: Some("Rheinmetall data leaked online"),
            ..Default::default()
        },
    );
}

#[test]
fn title_drops_kicker_span_when_title_tag_shows_kicker_and_headline() {
    // The title tag repeats the h1 whole, kicker and all; the markup sets the
    // kicker apart, and a metadata title has the headline alone as a part.
    let html = page(
        r#"<title>Harbour news - Wall to be repaired before winter | Gull Gazette</title>"#,
        &format!(
            "<h1><a href=\"/wall\"><span class=\"label\">Harbour news</span>&nbsp;Wall to be \
             repaired before winter</a></h1>{PROSE}"
        ),
    );
    let article = check(
        &html,
        Expected {
            title: Some("Wall to be repaired before winter"),
            ..Default::default()
        },
    );
    // The h1 is still the headline the body starts under.
    assert!(!article.body.contains("Harbour news"));
}

#[test]
fn kicker_h1_is_the_headline_for_standfirst_and_date() {
    let html = page(
        r#"<title>Harbour news - Wall to be repaired before winter | Gull Gazette</title>"#,
        &format!(
            "<h1>Gull Gazette</h1><p>Weather on 12 March 2021: rain</p>\
             <h1><span>Harbour news</span> Wall to be repaired before winter</h1>\
             <p>14 March 2021</p><div class=\"intro\"><p>The council has found the money \
             at last, and the crews will start before the first storms of the autumn arrive.</p></div>\
             <div>{PROSE}</div>"
        ),
    );
    check(
        &html,
        Expected {
            title: Some("Wall to be repaired before winter"),
            date: Some("2021-03-14"),
            body_has: &["The council has found the money"],
            ..Default::default()
        },
    );
}

#[test]
fn title_keeps_h1_whose_first_word_is_styled() {
    let html = page(
        "<title>Harbour wall to be repaired | Gull Gazette</title>",
        &format!("<h1><em>Harbour</em> wall to be repaired</h1>{PROSE}"),
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
fn title_skips_logo_h1_named_in_title_tag() {
    let html = page(
        "<title>Harbour wall to be repaired | Gull Gazette</title>",
        &format!("<h1>Gull Gazette</h1>{PROSE}"),
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
fn title_is_h1_when_a_short_title_tag_is_kept_whole() {
    // Two short parts, neither a known site: the title tag is not split, so its
    // parts are no site names and the h1 showing its first is the headline, not a
    // section heading further down.
    let html = page(
        "<title>Harbour repairs - gullblog</title>",
        &format!(
            "<header class=\"page-header\"><h1>Harbour repairs</h1></header>{PROSE}\
             <h1>What the crews do next</h1>{PROSE}"
        ),
    );
    check(
        &html,
        Expected {
            title: Some("Harbour repairs"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_the_path_only_when_the_page_gives_none() {
    let dated = |html: &str, path: &str| {
        crate::extract_article(html.as_bytes(), Path::new(path), crate::PageFormat::Html)
            .unwrap()
            .published
            .map(|p| p.date().format("%Y-%m-%d").to_string())
    };
    let undated = page("<title>Harbour wall to be repaired</title>", PROSE);
    assert_eq!(
        dated(&undated, "/archive/2023/11/05/harbour.html").as_deref(),
        Some("2023-11-05")
    );
    let with_date = page(
        "<meta property=\"article:published_time\" content=\"2023-11-04T08:00:00Z\">",
        PROSE,
    );
    assert_eq!(
        dated(&with_date, "/archive/2023-11-05/harbour.html").as_deref(),
        Some("2023-11-04")
    );
}

#[test]
fn title_decodes_double_escaped_entities() {
    let html = page(
        r#"<meta property="og:title" content="Wind &amp;#8211; and sun">"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            title: Some("Wind – and sun"),
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_standfirst_above_the_container() {
    let html = page(
        "",
        &format!(
            r#"<header><h1>Harbour wall</h1><div class="lead">The harbour wall, damaged in last winter's storms, will finally be repaired this year, the city council decided on Tuesday.</div></header><div class="content">{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall"),
            body_has: &["will finally be repaired", "mayor said"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_figure_captions() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<figure><img src="a.jpg"><figcaption>The wall in March (Photo: J. Doe)</figcaption></figure></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["J. Doe"],
            ..Default::default()
        },
    );
}

#[test]
fn body_from_text_loose_in_a_div() {
    let html = page(
        "",
        r#"<ul class="menu"><li><a href="/a">Archive 2018</a></li><li><a href="/b">Archive 2017</a></li></ul>
        <div class="col"><p class="titulo">Harbour</p><img src="a.jpg">The council met on Tuesday evening, and after a long debate, the members voted to repair the old harbour wall before the winter storms arrive, the mayor said, and the works start soon.</div>"#,
    );
    check(
        &html,
        Expected {
            body_has: &["The council met on Tuesday evening"],
            body_lacks: &["Archive"],
            ..Default::default()
        },
    );
}

#[test]
fn body_skips_inline_photo_credit() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<p>The quay in spring, when the boats return. <span class="credit">Photo: J. Doe</span></p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["when the boats return."],
            body_lacks: &["J. Doe"],
            ..Default::default()
        },
    );
}

#[test]
fn body_trims_trailing_labels_and_credit_lines() {
    let html = page(
        "",
        &format!(
            r#"<div><p>Einfach</p>{PROSE}<p>Foto: Gull Gazette</p><p>Was this article useful?</p><p>Kontakt:</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Einfach", "Foto:", "useful", "Kontakt"],
            ..Default::default()
        },
    );
}

#[test]
fn body_ignores_read_more_in_class_of_article_wrapper() {
    let html = page(
        "",
        &format!(
            r#"<div class="sidebar-box"><p>Short teaser of another story, with a comma.</p></div><div class="single_content read-more">{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said", "city engineer"],
            body_lacks: &["teaser"],
            ..Default::default()
        },
    );
}

#[test]
fn title_ignores_h1_that_heads_no_prose() {
    let html = page(
        r#"<meta property="og:title" content="Harbour wall to be repaired">"#,
        &format!(
            r#"<div class="box"><h1>Navigation</h1><ul><li><a href="/">Home</a></li></ul></div><div>{PROSE}</div>"#
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
fn title_ignores_soft_hyphens() {
    let html = page(
        r#"<meta property="og:title" content="Messengerdienste sind kein rechtsfreier Raum">"#,
        &format!(
            "<h1>Mes\u{ad}sen\u{ad}ger\u{ad}diens\u{ad}te sind kein rechts\u{ad}frei\u{ad}er Raum</h1>{PROSE}"
        ),
    );
    check(
        &html,
        Expected {
            title: Some("Messengerdienste sind kein rechtsfreier Raum"),
            ..Default::default()
        },
    );
}

#[test]
fn date_from_long_posted_line_below_the_article() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour</h1>{PROSE}<p class="postmetadata">This entry was posted on Saturday, 3 December 2011 and is filed under City News, Harbour, Council and Weather. You can follow any responses to this entry through the feed, or leave a response.</p>"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2011-12-03"),
            ..Default::default()
        },
    );
}

#[test]
fn date_marked_near_headline_beats_generic_date_meta() {
    let html = page(
        r#"<meta name="date" content="2021-10-15">"#,
        &format!(r#"<h1>Harbour</h1><time datetime="2021-10-13">13.10.2021</time>{PROSE}"#),
    );
    check(
        &html,
        Expected {
            date: Some("2021-10-13"),
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_bylines_datelines_and_repeated_headline() {
    let html = page(
        "",
        &format!(
            r#"<div><p class="titulo">Harbour wall</p><p>By Ann Lee</p><p>05/10/2018 - Posted by: Ann Lee - Category: City</p>{PROSE}</div>"#
        ),
    );
    let article = check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["Ann Lee", "Category"],
            ..Default::default()
        },
    );
    assert!(
        article.body.starts_with("The council met"),
        "{}",
        article.body
    );
}

#[test]
fn any_truncation_of_a_multilingual_page_extracts_without_panic() {
    let html = format!(
        r#"<html lang="de"><head><title>Straße – Größe | Zeitung</title><meta property="article:published_time" content="2021-03-14"></head>
        <body><h1>Größere Straßen für Köln</h1><p>14. März 2021 · Autor: Jörg Müller</p>{PROSE}<p>„Das ist gut“, sagte er – 東京の天気 – ещё ‘quoted’ text…</p></body></html>"#
    );
    for (end, _) in html.char_indices().step_by(5) {
        let _ = extract(&html[..end], Path::new("cut.html"));
    }
}

#[test]
fn body_keeps_teaser_classed_standfirst_and_subtitle_heading() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall</h1><h2 class="hero__sub">After two stormy winters and many complaints, the city finally decides to repair the old harbour wall this year.</h2><div class="teaser-text"><p>Repairs will cost four million, paid by the port authority and the city together, the council said.</p></div><div class="content">{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &[
                "finally decides to repair",
                "paid by the port authority",
                "mayor said",
            ],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_caption_classed_blocks() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="media__figcaption"><p>The harbour wall seen from the ferry on a grey morning in March.</p></div></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["grey morning"],
            ..Default::default()
        },
    );
}

#[test]
fn body_spans_an_article_split_into_sections() {
    let section = |n: u32| {
        format!(
            "<section class=\"chapter\"><h2>Part {n}</h2><p>In part {n} of the repairs, the crews, working in two shifts, rebuilt another stretch of the wall, the engineer said.</p></section>"
        )
    };
    let html = page(
        "",
        &format!(
            r#"<div class="story"><section class="chapter">{PROSE}</section>{}{}</div><aside><p>Unrelated, short.</p></aside>"#,
            section(2),
            section(3)
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said", "In part 2 of", "In part 3 of"],
            ..Default::default()
        },
    );
}

/// A long JSON-LD article whose opening is `opening`.
fn ld_article(opening: &str) -> String {
    let rest = "The repairs will take the whole summer and most of the autumn, the engineer said. "
        .repeat(10);
    format!(
        r#"<script type="application/ld+json">//<![CDATA[
{{"@type":"NewsArticle","articleBody":"{opening}\n{rest}"}}
//]]></script>"#
    )
}

#[test]
fn body_from_json_ld_article_body_when_page_shows_its_opening() {
    let html = page(
        &ld_article(
            "The council met on Tuesday evening, and after a long debate, the members voted",
        ),
        &format!("<div>{PROSE}</div>"),
    );
    check(
        &html,
        Expected {
            body_has: &["the members voted", "most of the autumn"],
            ..Default::default()
        },
    );
}

#[test]
fn body_ignores_json_ld_article_body_the_page_does_not_show() {
    let html = page(
        &ld_article("A different story about the new ferry terminal and its opening day"),
        &format!("<div>{PROSE}</div>"),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["autumn", "ferry terminal"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_subscription_prompts() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<p>To read the full story, please subscribe to the Gazette.</p><p>Sign up for our morning newsletter.</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["subscribe", "newsletter"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_author_box_inside_content_wrapper() {
    let html = page(
        "",
        &format!(
            r#"<div class="content">{PROSE}<div class="author-box--content"><p>Hello, I am Ann, a food blogger from the coast, and I love harbours, boats and cakes.</p></div></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["food blogger"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_loading_and_updated_labels() {
    let html = page(
        "",
        &format!(r#"<div><p>Updated at 1:23 p.m.</p>{PROSE}<p>正在加载...</p></div>"#),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said"],
            body_lacks: &["Updated", "正在加载"],
            ..Default::default()
        },
    );
}

#[test]
fn date_below_h2_headline_when_h1_is_a_sidebar_box() {
    // The headline is an h2 matching the title; the page's h1s are boxes further down.
    let html = page(
        "<title>Harbour wall to be repaired - Gull Gazette</title>",
        &format!(
            r#"<nav><a href="/">Home</a><a href="/news">News</a></nav>
            <h2>Harbour wall to be repaired</h2><div>Local <br>14.03.2021 Category: City</div>{PROSE}
            <div><h1>Our partners</h1><p>The Gull Gazette is supported by the harbour trust, the
            ferry company and the city, who fund our local reporting, since 1998.</p></div>"#
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
fn date_in_widget_just_below_headline() {
    // Page builders wrap every component in a `widget`, the article's date line too.
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall to be repaired</h1>
            <div class="elementor-widget elementor-widget-post-info"><ul><li itemprop="datePublished">
            <a href="/2021/03/14/">14. März 2021</a></li></ul></div>{PROSE}
            <div class="widget"><ul><li><a href="/b">Other story</a> <span class="date">1. Mai 2021</span></li></ul></div>"#
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
fn date_printed_below_headline_over_disagreeing_meta() {
    // A template's meta date months away from the `<time>` the page prints.
    let html = page(
        r#"<meta property="article:published_time" content="2021-11-17T10:33:13Z">"#,
        &format!(
            r#"<h1>Harbour wall to be repaired</h1><p><time datetime="2021-03-14">14.03.2021</time></p>{PROSE}"#
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
fn date_meta_kept_when_time_below_headline_is_a_zone_shift_away() {
    let html = page(
        r#"<meta property="article:published_time" content="2021-03-14T08:00:00+01:00">"#,
        &format!(
            r#"<h1>Harbour wall to be repaired</h1><p><time datetime="2021-03-13T23:00:00Z">13.03.2021</time></p>{PROSE}"#
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
fn date_labelled_updated_is_not_the_publication_date() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall to be repaired</h1>
            <span class="byline">Updated Jul 24, 2021 <time datetime="2021-07-24T18:15:58Z">2:15pm</time></span>
            {PROSE}<p>Published on March 14, 2021.</p>"#
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
fn date_labelled_updated_after_the_byline_is_not_the_publication_date() {
    // The label follows the author's name in the same dated line.
    let html = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-15T08:50:02-05:00"}</script>"#,
        &format!(
            r#"<h1>Harbour wall to be repaired</h1>
            <div class="byline">By Ann Lee <span class="byline-item">Updated Jul 24, 2021, 2:15pm</span></div>
            {PROSE}"#
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2020-12-15"),
            ..Default::default()
        },
    );
}

#[test]
fn date_time_element_after_many_dated_teasers() {
    // A menu of dated teasers fills the date-classed budget before the article's
    // own `<time>` comes.
    let teasers: String = (1..=50)
        .map(|i| format!(r#"<li class="teaser-date"><a href="/t{i}">Teaser {i}</a></li>"#))
        .collect();
    let html = page(
        "",
        &format!(
            r#"<ul>{teasers}</ul><h1>Harbour wall to be repaired</h1>
            <p><time datetime="2021-03-14">14.03.2021</time></p>{PROSE}"#
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
fn date_line_below_headline_over_generic_date_meta() {
    // `<meta name="date">` is often the day the page was last generated.
    let html = page(
        r#"<meta name="date" content="2021-03-20">"#,
        &format!(
            r#"<h1>Harbour wall to be repaired</h1><div>Erschienen am:</div><h2>14.03.2021</h2>{PROSE}"#
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
fn date_labelled_last_changed_is_skipped() {
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall to be repaired</h1>{PROSE}
            <p class="date">Zuletzt geändert am: 20.03.2021</p><p>Veröffentlicht am 14.03.2021</p>"#
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
fn date_utc_midnight_shifted_to_the_printed_day() {
    // `23:00Z` without seconds is midnight in Central Europe, the day printed below.
    let html = page(
        r#"<meta property="article:published_time" content="2021-11-04T23:00Z">"#,
        &format!(r#"<h1>Harbour wall to be repaired</h1><div>5. November 2021</div>{PROSE}"#),
    );
    check(
        &html,
        Expected {
            date: Some("2021-11-05"),
            ..Default::default()
        },
    );
}

#[test]
fn date_printed_in_time_element_over_its_attribute() {
    // The attribute carries a later edit; the text is the day the page shows.
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall to be repaired</h1><div class="time"><time datetime="2021-03-18T10:18:46Z">Publié le 14 mars 2021</time></div>{PROSE}"#
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
fn date_in_sidebar_header_after_photo_caption_and_teaser() {
    // The article's header sits in a `sidebar` box: headline again, teaser, date.
    let html = page(
        "",
        &format!(
            r#"<h1>Harbour wall to be repaired</h1><p>The old wall at dawn.</p><p>© J. Doe</p>
            <div class="sidebar"><p class="h1">Harbour wall to be repaired</p>
            <p class="teaser">At a glance: the council voted on Tuesday to repair the old harbour
            wall before the winter storms, and work will begin next month along the quay, with the
            road closed for six weeks while the crews are at work on it, the engineer said.</p>
            <p class="time"><time datetime="2021-03-14">14. März 2021</time></p></div>{PROSE}"#
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
fn date_from_share_image_path_as_last_resort() {
    let html = page(
        r#"<meta property="og:image" content="https://gazette.example/files/2021/03/14/wall.png">"#,
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
fn date_line_classed_as_date_below_headline_over_disagreeing_json_ld() {
    let html = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-09T09:48:24Z"}</script>"#,
        &format!(
            r#"<h1>Harbour wall to be repaired</h1><span class="article-date">Sunday, 14 March 2021</span>{PROSE}"#
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
fn date_numeric_line_that_could_be_swapped_does_not_overrule_json_ld() {
    // `11.03.21` is 3 November on this American page, 11 March elsewhere.
    let html = format!(
        r#"<html lang="en"><head><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2021-11-03T09:48:24Z"}}</script></head>
        <body><h1>Harbour wall to be repaired</h1><div class="byline">J. Doe 11.03.21 in City</div>{PROSE}</body></html>"#
    );
    check(
        &html,
        Expected {
            date: Some("2021-11-03"),
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_digest_items_whose_lead_is_a_link() {
    let html = page(
        "",
        &format!(
            r#"<article><h1>Ten things to know today</h1>{PROSE}<ol>
            <li><a href="/a">The harbour trust can still name two directors to the port board</a>, even though its chair left the trust last year after a long dispute over the budget, the city said.</li>
            <li><a href="/b">The old ferry will sail again after twelve years of repairs</a>, though only on weekends and public holidays during the summer season, its new owners announced.</li>
            </ol></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["even though its chair left the trust", "only on weekends"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_hover_card_inside_paragraph() {
    // The card is hidden by the stylesheet until the reader hovers the name.
    let html = page(
        "",
        &format!(
            r#"<article><h1>Harbour</h1><p>The mayor, <span class="rollover-people"><a class="rollover-people-link" href="/p/ann">Ann Lee</a><span class="rollover-people-block"><a href="/x">Ferry strike ends after talks | Council budget passes</a></span></span>, said the council met on Tuesday evening and voted to repair the wall.</p>{PROSE}</article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["The mayor, Ann Lee, said the council met"],
            body_lacks: &["Ferry strike"],
            ..Default::default()
        },
    );
}

#[test]
fn body_from_prose_written_straight_into_body() {
    let html = "<html><head><title>Notes</title></head><body><h1>Notes</h1>\
        The council met on Tuesday evening, and after a long debate, the members voted to \
        repair the old harbour wall before the winter storms arrive.<h2>Works</h2>\
        Work will start next month, with the first crews arriving on Monday, and the road \
        along the quay will close for six weeks.</body></html>";
    check(
        html,
        Expected {
            body_has: &["The council met", "Work will start next month"],
            ..Default::default()
        },
    );
}

#[test]
fn body_climbs_past_intro_wrapper_to_the_steps() {
    // How-to pages: a long intro in its own wrappers, then short steps each in theirs.
    let step = |n: u32, text: &str| {
        format!(r#"<div class="step"><div><div>Step {n}</div><p>{text}</p></div></div>"#)
    };
    let html = page(
        "",
        &format!(
            r#"<div class="article"><div><div class="intro"><p>Glass terrariums are easy to care for, as they keep their own moisture, and they make a small, simple, yet lovely piece of art for any room, which is why so many readers ask us how to build one.</p></div><figure><figcaption>A terrarium</figcaption></figure></div>
            {}{}{}</div>"#,
            step(
                1,
                "Measure the glass and cut the foam a little smaller, then soak it."
            ),
            step(
                2,
                "Dig a hole in the foam and insert your plant, pressing gently."
            ),
            step(
                3,
                "Pin moss around the foam, then place the glass over it all."
            ),
        ),
    );
    check(
        &html,
        Expected {
            body_has: &[
                "Glass terrariums are easy",
                "Measure the glass",
                "place the glass over it",
            ],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_long_paragraph_mentioning_subscribers() {
    let html = page(
        "",
        &format!(
            r#"<article><h1>Harbour</h1><p>Following last year's repairs, the harbour trust plans a new wall in the first half of next year, according to sources cited by a local weekly paper. A preview of the plan was shared with paying subscribers.</p>{PROSE}
            <p>Already a subscriber? Log in for immediate access.</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Following last year's repairs"],
            body_lacks: &["Already a subscriber"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_a_line_that_is_only_a_date() {
    let html = page(
        "",
        &format!(
            r#"<article><h1>Harbour</h1>{PROSE}<p>Nov. 19, 2021, 8:41 AM UTC</p>
            <p>Deadline: 03.11.2021 (postmark)</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Deadline: 03.11.2021"],
            body_lacks: &["8:41 AM"],
            ..Default::default()
        },
    );
}

#[test]
fn title_part_mentioning_the_site_is_not_the_site_name() {
    let html = page(
        r#"<meta property="og:site_name" content="Dropbox"><meta property="og:title" content="How we designed Dropbox's task queue - an async framework">
        <title>How we designed Dropbox task queue: an async framework - Dropbox</title>"#,
        &format!("<h1>How we designed Dropbox task queue: an async framework</h1>{PROSE}"),
    );
    check(
        &html,
        Expected {
            title: Some("How we designed Dropbox task queue: an async framework"),
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_standfirst_repeated_in_article_but_keeps_distant_repeats() {
    let standfirst =
        "The harbour wall will be repaired before the winter storms, the council says.";
    let line = "Drink one glass of water within thirty minutes after the walk.";
    let html = page(
        "",
        &format!(
            r#"<article><h1>Harbour</h1><p>{standfirst}</p><p>{standfirst}</p>{PROSE}
            <p>{line}</p><p>The second day is the same as the first, with a longer walk along the quay.</p><p>{line}</p></article>"#
        ),
    );
    let article = check(&html, Expected::default());
    assert_eq!(
        article.body.matches(standfirst).count(),
        1,
        "{}",
        article.body
    );
    assert_eq!(article.body.matches(line).count(), 2, "{}", article.body);
}

#[test]
fn body_from_script_template_when_the_page_shows_none() {
    // Some blog platforms ship the post as a template that their script renders.
    let html = page(
        "<title>Harbour wall</title>",
        &format!(
            r#"<h2>Harbour wall</h2><div class="post-body"><script type="text/template">{PROSE}<p>The trust will pay for half of the
            work, and the city for the rest, the mayor said after the vote, adding that the
            ferry will keep its timetable while the crews are at work on the wall.</p></script></div>
            <p>Give us feedback.</p>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["The council met on Tuesday", "Work will start next month"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_linked_section_headings_of_a_list_article() {
    let html = page(
        "",
        &format!(
            r#"<article><h1>The best ferries</h1>{PROSE}
            <h3><a href="https://ferries.example/gull">“The Gull” ($30)</a></h3>
            <p>The oldest ferry in the harbour still crosses every hour, and its deck, rebuilt last
            winter by the trust, is the best place in town to watch the storms roll in from the sea, while the crew
            serves tea and tells the story of every wreck along the quay to anyone who asks.</p>
            <h3><a href="/related">Read our review of the new quay</a></h3><h3><a href="/more">More ferries</a></h3></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["“The Gull” ($30)"],
            body_lacks: &["Read our review", "More ferries"],
            ..Default::default()
        },
    );
}

#[test]
fn title_prefers_heading_showing_metadata_title_over_logo_h1() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!("<h1><i>Gull Gazette</i></h1><h2>Harbour wall to be repaired</h2>{PROSE}"),
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
fn title_is_heading_that_leads_the_title_tag_before_a_colon() {
    // The blog's name is the h1; the title tag joins the post's heading and the
    // blog's name with a colon, which is no separator of ours.
    let html = page(
        "<title>Harbour wall to be repaired : Gull Blog | News of the coast</title>",
        &format!("<h1>Gull Blog</h1><h3>Harbour wall to be repaired</h3>{PROSE}"),
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
fn title_keeps_h1_after_kicker_heading_glued_by_colon() {
    let html = page(
        "<title>The world of tomorrow: Seven jobs with a future - Gull Gazette</title>",
        &format!("<h2>The world of tomorrow</h2><h1>Seven jobs with a future</h1>{PROSE}"),
    );
    check(
        &html,
        Expected {
            title: Some("Seven jobs with a future"),
            ..Default::default()
        },
    );
}

#[test]
fn title_keeps_h1_contained_in_heading_showing_metadata_title() {
    let html = page(
        "<title>Gull Blog : Harbour wall to be repaired</title>",
        &format!(
            "<h2>Gull Blog : Harbour wall to be repaired</h2><h1>Harbour wall to be repaired</h1>{PROSE}"
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
fn body_keeps_link_free_list_classed_as_list() {
    let list = "<ul class=\"feature-list\"><li>Charges quickly in its own case</li>\
<li>Sweat and water resistant for workouts</li><li>Up to ten hours of battery life</li>\
<li>Three sizes of soft silicone tips</li></ul>";
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!("<article><h1>Harbour wall to be repaired</h1>{PROSE}{list}{PROSE}</article>"),
    );
    check(
        &html,
        Expected {
            body_has: &["Sweat and water resistant for workouts"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_linked_list_classed_as_list() {
    let list = "<ul class=\"news-list\"><li><a href=\"/a\">Ferry timetable changes for the winter season</a></li>\
<li><a href=\"/b\">New mayor sworn in after a close election count</a></li></ul>";
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!("<article><h1>Harbour wall to be repaired</h1>{PROSE}{list}{PROSE}</article>"),
    );
    check(
        &html,
        Expected {
            body_lacks: &["Ferry timetable"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_link_that_spells_out_its_address() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p><a href=\"https://example.org/harbour-report\">https://example.org/harbour-report</a></p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["https://example.org/harbour-report"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_h1_section_heading_after_prose() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<h1>What the repairs will cost</h1><p>The bill comes to two million, the city says, \
and the harbour board will pay a third of it over the next five years.</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["What the repairs will cost"],
            body_lacks: &["Harbour wall to be repaired"],
            ..Default::default()
        },
    );
}

#[test]
fn body_lead_skips_photo_caption_below_headline() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<header><h1>Harbour wall to be repaired</h1><img src=\"wall.jpg\">\
<div class=\"image-caption\">Workers inspect the cracked harbour wall on Monday morning, \
as the tide goes out behind them, in a photo taken by the city.</div></header>\
<div class=\"story\">{PROSE}</div>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["The council met"],
            body_lacks: &["Workers inspect"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_timestamp_line_opening_with_a_weekday() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["outubro"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_reading_time_label() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1><p>Tempo de leitura: 1 minuto</p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["leitura"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_gallery_position_label() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}<p>Image 2 of 5</p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["Image 2 of 5"],
            ..Default::default()
        },
    );
}

#[test]
fn date_falls_back_to_as_of_line_in_print_footer() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}</article>\
<p class=\"print\">Quelle: Gull Gazette<br>[Stand: 09.10.2017, 01:40 Uhr]</p>"
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2017-10-09"),
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_prompt_to_follow_on_social_networks() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p>Email Ann Lee at ann@gull.example. Follow us on Twitter @GullGazette and on Facebook.</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["Follow us"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_sentence_about_followers_on_social_networks() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p>The mayor told her followers on Twitter that the wall will hold this winter.</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["followers on Twitter"],
            ..Default::default()
        },
    );
}

#[test]
fn title_keeps_subtitle_after_dash_in_json_ld_headline() {
    let html = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall to be repaired - and the quay closes"}</script>"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired - and the quay closes"),
            ..Default::default()
        },
    );
}

#[test]
fn title_keeps_subtitle_of_headline_after_spaced_kicker() {
    let html = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall to be repaired - and the quay closes"}</script>"#,
        &format!(
            "<h1><span>Storm damage</span> <span>: </span><span>Harbour wall to be repaired - and the quay closes</span></h1>{PROSE}"
        ),
    );
    check(
        &html,
        Expected {
            title: Some("Harbour wall to be repaired - and the quay closes"),
            ..Default::default()
        },
    );
}

#[test]
fn title_takes_first_part_when_site_name_is_in_the_middle() {
    let html = page(
        r#"<link rel="canonical" href="https://www.gull.example/pike"><title>Winter pike | gull.example | The coast's own fishing paper</title>"#,
        PROSE,
    );
    check(
        &html,
        Expected {
            title: Some("Winter pike"),
            ..Default::default()
        },
    );
}

#[test]
fn title_strips_known_site_from_h1_repeating_title_tag() {
    let html = page(
        r#"<meta property="og:site_name" content="Gull Gazette"><title>Harbour wall to be repaired | Gull Gazette</title>"#,
        &format!("<h1>Harbour wall to be repaired | Gull Gazette</h1>{PROSE}"),
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
fn title_strips_unknown_suffix_from_h1_when_metadata_has_the_headline() {
    let html = page(
        r#"<meta property="og:title" content="Harbour wall to be repaired">"#,
        &format!("<h1>Harbour wall to be repaired | GULL.NET</h1>{PROSE}"),
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
fn body_drops_list_under_more_site_stories_heading() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}<h3>More Great Gazette Stories</h3>\
<ul><li><a href=\"/a\">Ferry timetable changes for the winter season</a></li>\
<li><a href=\"/b\">New mayor sworn in</a>, and what comes next for the town and its harbour board</li></ul>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["More Great", "what comes next"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_unrendered_shortcode() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p>[button link=\"/send-review\" type=\"big\"] Send us your own review of the harbour[/button]</p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["Send us your own review"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_numbered_figure_caption() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p><img src=\"wall.png\"></p><p>Figure 2: The harbour wall after the storm of 1987.</p>\
<p>Abbildung 3. Die Hafenmauer im Winter</p>\
<p>Figure 4 shows how far the sea reached, and the engineers expect the new wall to hold.</p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Figure 4 shows how far the sea reached"],
            body_lacks: &["Figure 2", "Abbildung 3"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_gallery_slide_text_in_captions() {
    let slide = |n: u32, idea: &str| {
        format!(
            "<figure><img src=\"{n}.jpg\"><figcaption class=\"slide-caption\">\
<p>Costume {n} is an easy one.</p><p>What you need: {idea}, and a free evening.</p>\
</figcaption></figure>"
        )
    };
    let slides: String = ["a bowler hat", "a pink dress", "a cape", "a paper crown"]
        .iter()
        .zip(1..)
        .map(|(idea, n)| slide(n, idea))
        .collect();
    let html = page(
        "<title>Costumes to make at home</title>",
        &format!(
            "<article><h1>Costumes to make at home</h1>{PROSE}{slides}\
<figure><img src=\"wall.jpg\"><figcaption class=\"slide-caption\">\
<p>The harbour wall in 1987.</p><p>Photo: Ann Lee</p></figcaption></figure></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &[
                "What you need: a bowler hat",
                "What you need: a paper crown",
            ],
            body_lacks: &["The harbour wall in 1987"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_click_here_prompt() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p>Get the Gazette delivered to your door every week, twelve issues for ten pounds. Click here for more information.</p>{PROSE}</article>"
        ),
    );
    check(
        &html,
        Expected {
            body_lacks: &["delivered to your door"],
            ..Default::default()
        },
    );
}

#[test]
fn body_ends_at_comment_form_heading() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}<h3>Leave a Reply</h3>\
<p>Your email address will not be published, and the required fields are marked with a star.</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["The council met"],
            body_lacks: &["Leave a Reply", "will not be published"],
            ..Default::default()
        },
    );
}

#[test]
fn date_printed_below_headline_beats_disagreeing_json_ld() {
    let html = format!(
        r#"<html lang="de"><head><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2017-08-21T13:09:00Z"}}</script></head>
<body><article><h1>Harbour wall to be repaired</h1><div>03.04.2019</div>{PROSE}</article></body></html>"#
    );
    check(
        &html,
        Expected {
            date: Some("2019-04-03"),
            ..Default::default()
        },
    );
}

#[test]
fn date_line_below_headline_naming_an_update_does_not_beat_json_ld() {
    let html = format!(
        r#"<html lang="en"><head><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2017-12-15T13:09:00Z"}}</script></head>
<body><article><h1>Harbour wall to be repaired</h1><p>By Ann Lee Updated Jul 24, 2018</p>{PROSE}</article></body></html>"#
    );
    check(
        &html,
        Expected {
            date: Some("2017-12-15"),
            ..Default::default()
        },
    );
}

#[test]
fn date_line_naming_an_update_gives_the_day_it_labels_published() {
    for (lang, line, published) in [
        (
            "en",
            "Updated March 16, 2021; originally published March 14, 2021",
            "2021-03-14",
        ),
        (
            "fr",
            "Mis à jour le 16 mars 2021, publié le 14 mars 2021",
            "2021-03-14",
        ),
        (
            "de",
            "Aktualisiert am 16.03.2021, veröffentlicht am 14.03.2021",
            "2021-03-14",
        ),
    ] {
        let html = format!(
            r#"<html lang="{lang}"><head><title>Harbour wall to be repaired</title></head>
<body><article><h1>Harbour wall to be repaired</h1><p>{line}</p>{PROSE}</article></body></html>"#
        );
        check(
            &html,
            Expected {
                date: Some(published),
                ..Default::default()
            },
        );
    }
}

#[test]
fn an_update_line_without_a_publication_label_still_dates_only_as_a_last_resort() {
    // "unpublished" labels nothing: the line is an update's, read only when the
    // page dates nothing else.
    let html = format!(
        r#"<html lang="en"><head><title>Harbour wall to be repaired</title></head>
<body><article><h1>Harbour wall to be repaired</h1><p>Updated March 16, 2021, unpublished draft of March 14, 2021</p>{PROSE}</article></body></html>"#
    );
    check(
        &html,
        Expected {
            date: Some("2021-03-16"),
            ..Default::default()
        },
    );
}

#[test]
fn a_browsers_saved_from_mark_gives_the_address_site_and_url_date() {
    let html = format!(
        "<!DOCTYPE html>\r\n<!-- saved from url=(0061)https://www.gull-gazette.example/2021/03/14/harbour-wall.html -->\r\n\
<html><head><title>Harbour wall to be repaired</title></head><body><article><h1>Harbour wall to be repaired</h1>{PROSE}</article></body></html>"
    );
    let article = check(
        &html,
        Expected {
            date: Some("2021-03-14"),
            ..Default::default()
        },
    );
    assert_eq!(
        article.url.as_deref(),
        Some("https://www.gull-gazette.example/2021/03/14/harbour-wall.html")
    );
    assert_eq!(article.site.as_deref(), Some("gull-gazette.example"));
}

#[test]
fn a_saved_from_mark_yields_to_the_canonical_link_and_ignores_local_files() {
    let canonical = format!(
        r#"<!-- saved from url=(0030)https://mirror.example/harbour -->
<html><head><link rel="canonical" href="https://gull-gazette.example/harbour"><title>Harbour wall to be repaired</title></head><body><article>{PROSE}</article></body></html>"#
    );
    let article = check(&canonical, Expected::default());
    assert_eq!(
        article.url.as_deref(),
        Some("https://gull-gazette.example/harbour")
    );
    // Saved from disk, or a length that does not match the address: no address.
    // Nor a mark after the first kilobyte, whose end may fall inside a character.
    for mark in [
        &format!(
            "x{}<!-- saved from url=(0030)https://mirror.example/harbour -->",
            "é".repeat(512)
        )[..],
        "<!-- saved from url=(0014)about:internet -->",
        "<!-- saved from url=(0099)https://gull-gazette.example/harbour -->",
    ] {
        let html = format!(
            "{mark}<html><head><title>Harbour wall to be repaired</title></head><body><article>{PROSE}</article></body></html>"
        );
        assert_eq!(check(&html, Expected::default()).url, None, "{mark}");
    }
}

#[test]
fn body_trims_trailing_prompt_that_trails_off() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}<p>Tell us what you think...</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Tell us"],
            ..Default::default()
        },
    );
}

#[test]
fn date_in_basic_iso_form_shifts_to_the_day_in_the_url() {
    let html = page(
        r#"<link rel="canonical" href="https://gull.example/news/20200413/harbour-wall"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"20200414T00:38:07Z"}</script><title>Harbour wall to be repaired</title>"#,
        &format!("<h1>Harbour wall to be repaired</h1>{PROSE}"),
    );
    check(
        &html,
        Expected {
            date: Some("2020-04-13"),
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_soft_hyphens() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}<p>The Mit\u{ad}tel\u{ad}al\u{ad}ter wall, the engineer said, has stood for six hundred years.</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["The Mittelalter wall"],
            ..Default::default()
        },
    );
}

#[test]
fn update_labels_are_whole_words_before_any_digit() {
    use super::scan::is_update_label;
    for label in [
        "Updated Jul 24, 2021",
        "Last updated: 3 May 2021",
        "By Ann Lee · UPDATED Jul 24",
        "Mis à jour le 3 mai 2021",
        "Zuletzt geändert am 3.5.2021",
        "Обновлено 3 мая",
    ] {
        assert!(is_update_label(label), "{label}");
    }
    for line in [
        "Published 3 May 2021, updated 5 May",
        "Genetically modifiedcrops",
        "Unmodified since 2019",
        "Mis en ligne le 3 mai",
    ] {
        assert!(!is_update_label(line), "{line}");
    }
}

#[test]
fn body_keeps_short_closing_sentence_ending_in_cjk_full_stop() {
    let html = page(
        "",
        "<div><p>町の議会は火曜日の夜に集まり、長い議論の末、冬の嵐が来る前に古い港の壁を修理することを決めたと市長が話しました。</p>\
         <p>工事は来月始まり、最初の作業員は月曜日に到着し、岸壁沿いの道路は六週間閉鎖されると市の技師が説明しています。</p>\
         <p>これでようやく安心できます。</p></div>",
    );
    check(
        &html,
        Expected {
            body_has: &["これでようやく安心できます。"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_previous_and_next_story_teasers() {
    let html = page(
        "",
        &format!(
            r#"<div class="post">{PROSE}<div class="next-prev"><div><a href="/next"><h5>Bridge reopens</h5></a><p>The old bridge over the river reopened to traffic after two years of repairs</p></div></div></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["old bridge"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_gallery_and_reading_list_buttons_between_paragraphs() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="slides"><div>Caption</div><div>Close</div><div>Back to Gallery</div></div><p>Read Later</p>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Caption", "Close", "Gallery", "Read Later"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_star_rating_tally_and_the_prompt_above_it() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<p>War der Artikel nützlich?</p><p>(95 Stimmen: 4,73 von 5)</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Stimmen", "nützlich"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_byline_naming_several_authors() {
    let html = page(
        "",
        &format!(
            r#"<div><p>By ANN LEE, MARY JANE DOE and TOM O'NEILL</p>{PROSE}<p>By taking the coast road, drivers can avoid the works, the city engineer said.</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["By taking the coast road"],
            body_lacks: &["ANN LEE"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_short_sentence_whose_subjects_are_links() {
    let html = page(
        "<title>Bake Off: Ann Lee is out</title>",
        &format!(
            r#"<div><p><a href="/p/ann-lee">Ann Lee from Little Harbour</a> has now been voted off “<a href="/t/bake-off">The Great British Bake Off</a>.”</p>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Ann Lee from Little Harbour has now been voted off"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_summary_paragraph_in_its_place_in_the_text() {
    let summary =
        "An appeal against the decision can be made to the regional court within a month.";
    let html = page(
        &format!(r#"<meta name="description" content="{summary}">"#),
        &format!(
            r#"<div class="summary"><p>{summary}</p></div><div class="article">{PROSE}<p>{summary}</p><p>The harbour master said the quay had not been repaired since the storms of 1990, and that boats would moor at the north pier.</p></div>"#
        ),
    );
    let article = check(
        &html,
        Expected {
            body_has: &[summary],
            ..Default::default()
        },
    );
    assert!(
        article.body.starts_with("The council met"),
        "{}",
        article.body
    );
}

#[test]
fn body_drops_author_blurb_classed_as_byline_bio() {
    let html = page(
        "",
        &format!(
            r#"<div class="article-body">{PROSE}<div class="articleByline"><p class="articleByline__bio">Ann Lee is a reporter for the Gull Gazette, and has covered the city council since 2015.</p></div></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Ann Lee"],
            ..Default::default()
        },
    );
}

#[test]
fn body_spaces_latin_link_inside_japanese_text() {
    let html = page(
        "",
        r#"<div><p>何が困るかといえば、パスワード管理ソフト<a href="/keepass">KeePass</a>の起動ショートカットキーと同じなのです。設定で変更できる箇所も少なく、融通が効かない面も多々あります。</p>
        <p>町の議会は火曜日の夜に集まり、長い議論の末、冬の嵐が来る前に古い港の壁を修理することを決めたと市長が話しました。</p></div>"#,
    );
    check(
        &html,
        Expected {
            body_has: &["管理ソフト KeePass の起動"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_chinese_link_joined_to_chinese_text() {
    let html = page(
        "",
        r#"<div><p>研究人员已将其研究结果发表在<a href="/science">科学</a>刊物上，并表示这项技术可以推动计算行业实现更多突破，引起了广泛关注。</p>
        <p>町の議会は火曜日の夜に集まり、長い議論の末、冬の嵐が来る前に古い港の壁を修理することを決めたと市長が話しました。</p></div>"#,
    );
    check(
        &html,
        Expected {
            body_has: &["发表在科学刊物上"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_heading_that_names_a_rating_with_a_year() {
    let html = page(
        "",
        &format!(r#"<div>{PROSE}<h2>Die Bewertung der Schulen 2023</h2>{PROSE}</div>"#),
    );
    check(
        &html,
        Expected {
            body_has: &["Die Bewertung der Schulen 2023"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_title_case_heading_that_opens_with_by() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<h2>By The Numbers: How The Old Harbour Town Voted This Year</h2>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["By The Numbers"],
            ..Default::default()
        },
    );
}

#[test]
fn date_from_script_state_when_nothing_else_dates_the_page() {
    let state = r#"<script type="application/json">{"title":"Harbour","publishedDate":"2016-11-04T10:37:27Z"}</script>"#;
    check(
        &page("", &format!("<h1>Harbour</h1>{state}{PROSE}")),
        Expected {
            date: Some("2016-11-04"),
            ..Expected::default()
        },
    );
}

#[test]
fn date_from_escaped_script_state() {
    let state =
        r#"<script>window.__STATE__ = JSON.parse("{\"datePublished\":\"2019-05-02\"}")</script>"#;
    check(
        &page("", &format!("<h1>Harbour</h1>{PROSE}{state}")),
        Expected {
            date: Some("2019-05-02"),
            ..Expected::default()
        },
    );
}

#[test]
fn script_state_does_not_overrule_a_visible_date() {
    let state = r#"<script>var s = {"publishedAt": "2019-05-02T08:00:00Z"};</script>"#;
    check(
        &page(
            "",
            &format!("<h1>Harbour</h1><p>14 March 2021</p>{PROSE}{state}"),
        ),
        Expected {
            date: Some("2021-03-14"),
            ..Expected::default()
        },
    );
}

#[test]
fn date_skips_forum_clock_and_sign_up_lines() {
    let html = page(
        "",
        &format!(
            "<p class=\"time\">It is currently 14.10.2020, 12:18</p><h1>Harbour</h1>\
             <dl><dd class=\"joined\">Joined: 18.09.2008, 05:56</dd></dl>\
             <p class=\"author\">by ann » 21.01.2009, 05:42</p>{PROSE}"
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2009-01-21"),
            ..Expected::default()
        },
    );
}

/// A page whose metadata gives a day as local midnight converted to UTC.
fn utc_midnight_page(lang: &str) -> String {
    format!(
        r#"<html lang="{lang}"><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z"></head>
<body><article><h1>Harbour wall to be repaired</h1>{PROSE}</article></body></html>"#
    )
}

#[test]
fn date_utc_evening_on_the_hour_is_next_day_on_a_european_page() {
    for lang in ["de", "de-AT", "fr-FR", "es_ES"] {
        let article = check(&utc_midnight_page(lang), Expected::default());
        let date = article.published.map(|p| p.date().to_string());
        assert_eq!(date.as_deref(), Some("2022-11-07"), "{lang}");
    }
}

#[test]
fn date_utc_evening_on_the_hour_stays_on_a_page_from_the_americas() {
    for lang in ["en", "en-US", "es", "pt-BR", "fr-CA"] {
        let article = check(&utc_midnight_page(lang), Expected::default());
        let date = article.published.map(|p| p.date().to_string());
        assert_eq!(date.as_deref(), Some("2022-11-06"), "{lang}");
    }
}

#[test]
fn body_drops_post_footer_classed_as_one_word_postmetadata() {
    let html = page(
        "",
        &format!(
            r#"<div class="post"><div class="entry">{PROSE}</div><div class="postmetadata">Posted on Tuesday, May 6, 2014 at 11:30 and filed under <a href="/c/news">News</a>, <a href="/c/city">City</a>. You can follow any responses to this entry through the RSS feed.</div></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["filed under"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_invitation_to_the_sites_own_channel() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<article><h1>Harbour wall to be repaired</h1>{PROSE}\
<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este <a href=\"https://t.me/x\">enlace</a>.</p></article>"
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Telegram"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_live_updates_in_a_wrapper_named_list() {
    let update = "<p>The harbour master said on Wednesday that the crews had found the old \
stones in better shape than feared, so the repair may end a week early, weather permitting.</p>";
    // The story before the updates is long enough to stand as a body alone.
    let intro = "<p>The wall was built in 1880, and its stones have shifted in every \
great storm since, the last time in 2019, when the sea broke through and flooded the \
market square.</p><p>Shop owners on the quay, who lost a week of trade to the flood, \
welcomed the vote, though several asked for the work to pause on market days.</p>";
    // The page's other text makes the updates less than half of it.
    let about = "The Gull Gazette is the daily paper of the harbour town, read in print and \
online since 1921, with news from the council, the port, the schools and the clubs. "
        .repeat(5);
    let html = page(
        "",
        &format!(
            r#"<div class="entry">{PROSE}{intro}<div id="updates_list"><section><h3>Crews find sound stones</h3>{update}{update}</section><section><h3>Quay road reopens early</h3><p>The quay road reopened on Friday morning, two days before the date the city engineer had given, and buses run again.</p>{update}</section></div></div><footer><p>{about}</p></footer>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer.", "buses run again."],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_section_heading_whose_anchor_id_holds_a_chrome_word() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<h2 id="share-of-the-vote">Share of the vote</h2><p>Eleven members voted for the repair and two against it, while one member, who lives on the quay, did not take part in the vote.</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Share of the vote", "did not take part"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_caption_paragraph_ending_in_a_photo_credit() {
    let html = page(
        "",
        &format!(
            r#"<article><p>The harbour wall after the storm of 2019, seen from the quay (Photo: Jane Doe/Reuters).</p>{PROSE}<p>The mayor at the vote on Tuesday. | © Gull Gazette/Getty Images</p><p>Repairs cost the town 2.1 million euros last year (Source: city budget).</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer.", "(Source: city budget)."],
            body_lacks: &["Jane Doe", "Getty Images"],
            ..Default::default()
        },
    );
}

#[test]
fn body_ends_at_press_contact_label() {
    let html = page(
        "",
        &format!(
            r#"<div class="release">{PROSE}<p>The trust will publish the timetable of the works on its website next week.</p><p>Press contact:</p><p>Ann Lee</p><p>Phone +44 20 7946 0000</p><p>The Gull Harbour Trust looks after the port's walls, quays and lights, and has done so since 1921.</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Press contact", "Ann Lee", "Phone", "since 1921"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_opening_salutation_of_a_letter() {
    let html = page(
        "",
        &format!(r#"<article><p>Dear readers,</p>{PROSE}</article>"#),
    );
    check(
        &html,
        Expected {
            body_has: &["Dear readers,", "city engineer."],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_article_classed_as_behind_a_paywall() {
    let teasers = other_stories_teasers();
    let html = page(
        "",
        &format!(
            r#"<article class="node article paywall-on">{PROSE}<p>The wall was built in 1880, and its stones have shifted in every great storm since, the last time in 2019, when the sea broke through.</p><div class="paywall"><p>Read on with a subscription.</p></div></article><section>{teasers}</section>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer.", "when the sea broke through."],
            body_lacks: &["Read on"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_post_whose_category_names_chrome() {
    let teasers = other_stories_teasers();
    let html = page(
        "",
        &format!(
            r#"<article class="post type-post category-sponsored tag-social-media">{PROSE}<p>The wall was built in 1880, and its stones have shifted in every great storm since, the last time in 2019.</p></article><section>{teasers}</section>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer.", "the last time in 2019."],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_login_prompt_of_the_comment_section() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<p>You must be logged in to post a comment on this story.</p><p>The crews will work in two shifts, so that the quay road can reopen before the Christmas market.</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Christmas market"],
            body_lacks: &["logged in"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_advert_for_the_print_issue() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<p>Die aktuelle Ausgabe jetzt an jedem Kiosk, im Abo und als E-Paper erhältlich.</p><p>The crews will work in two shifts, so that the quay road can reopen before the Christmas market.</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Christmas market"],
            body_lacks: &["Kiosk"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_affiliate_link_disclosure() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<p>Prices may change without notice. The Gull may receive a commission on orders placed through links in this article.</p><p>The crews will work in two shifts, so that the quay road can reopen before the Christmas market.</p></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["Christmas market"],
            body_lacks: &["commission"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_short_list_items_that_close_the_article() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<h2>What to bring</h2><ul><li>A valid ID card</li><li>Proof of address</li><li>Regular income</li></ul></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["A valid ID card", "Regular income"],
            ..Default::default()
        },
    );
}

/// Six paragraphs of other stories' teasers, long enough to stand as a body when
/// the article beside them is taken for chrome.
fn other_stories_teasers() -> String {
    (1..=6)
        .map(|n| {
            format!(
                "<p>The board of school {n} picked a new head teacher on Monday, after a \
search that took most of the year and drew forty applicants.</p>"
            )
        })
        .collect()
}

#[test]
fn body_drops_author_box_inside_article_named_like_chrome() {
    // Each section of the story carries the ad slot's name, so the whole story
    // reads as chrome and the retry takes it back; the author box inside is chrome
    // within chrome, still left out.
    let html = page(
        "",
        &format!(
            r#"<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="story"><section class="story-section--ads">{PROSE}</section><section class="story-section--ads"><p>The harbour master welcomed the decision, saying the old wall had been failing for years.</p><div class="author-box"><p>Ann Lee is a reporter who covers the city council, the harbour and the weather.</p></div></section></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer.", "failing for years"],
            body_lacks: &["covers the city council"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_chrome_named_by_run_together_class_words() {
    let html = page(
        "",
        &format!(
            r#"<article><div class="entry">{PROSE}<div class="relatedlinks"><p>Harbour festival returns with tall ships, music and fireworks this summer</p></div><ol class="commentlist"><li><p>I walk along the quay every day and the wall has been crumbling for years, so good news.</p></li></ol></div></article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Harbour festival", "crumbling"],
            ..Default::default()
        },
    );
}

#[test]
fn body_ignores_chrome_word_in_a_flag_of_the_article_wrapper() {
    // `no-share` says the post has no share bar; it does not make the post one.
    let html = page(
        "",
        &format!(
            r#"<div class="entry no-share">{PROSE}<footer><p>Filed under harbours, boats and weather by the news desk team.</p></footer></div><aside><p>The weekend forecast brings sunshine to the coast, with light winds from the west and mild temperatures, the weather service says.</p></aside>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said", "city engineer."],
            body_lacks: &["Filed under"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_labels_of_an_ai2html_chart() {
    let html = page(
        "",
        &format!(
            r#"<article>{PROSE}<div class="ai2html g-chart-box"><div class="g-artboard"><p>Harbour repair costs</p><p>$915</p><p>MONTHLY</p><p>'22</p></div></div>{PROSE}</article>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["mayor said", "city engineer."],
            body_lacks: &["Harbour repair costs", "MONTHLY"],
            ..Default::default()
        },
    );
}

#[test]
fn date_line_far_above_a_sidebar_h1_when_nothing_else_dates_the_page() {
    // The only h1 is a sidebar box's, below the story: the story's date line is
    // far above it.
    let filler: String = (0..8).map(|i| format!("<h3>Section {i}</h3>")).collect();
    let html = page(
        "<title>Club news</title>",
        &format!(
            "<h2>Harbour wall to be repaired</h2><div>14.03.2021 Category: Harbour</div>\
             {PROSE}{filler}<h1>Our partners</h1><p>Gull Bakery, Gull Ferries and the \
             Harbour Trust support the club, and we thank them for their help every year.</p>"
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
fn date_ignores_caption_far_below_headline_for_zone_shift() {
    // Published early on the 14th in UTC; a photo caption far down names the
    // day before, when the pictured event took place.
    let html = page(
        r#"<title>Harbour wall to be repaired</title>
        <meta property="article:published_time" content="2021-03-14T07:30:00Z">"#,
        &format!(
            "<h1>Harbour wall to be repaired</h1><p>By Ann Lee</p><p>Gull Point</p>{PROSE}\
             <p>The harbour wall seen from the quay at Gull Point on Saturday, 13 March 2021.</p>"
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
fn date_prefers_updated_line_over_citation_below() {
    let html = page(
        "<title>Harbour wall to be repaired</title>",
        &format!(
            "<h1>Harbour wall to be repaired</h1>{PROSE}<h2>Sources</h2>\
             <p>In: Journal of Harbour Engineering, Vol. 12, Issue 3, pp. 41 - 58, \
             15 January 2021, Gull Press</p>\
             <p>Updated on 17.01.2021.</p>"
        ),
    );
    check(
        &html,
        Expected {
            date: Some("2021-01-17"),
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_expander_button_labels() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="toc"><div class="btn btn-toggle">Mehr anzeigen</div></div><span class="trigger">Show more</span>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Mehr anzeigen", "Show more"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_post_view_counter() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="tptn_counter">(Visited 1,234 times, 5 visits today)</div><p>Post Views: 87</p></div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Visited", "Views"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_short_line_that_counts_visitors_in_words() {
    let html = page(
        "",
        &format!(r#"<div>{PROSE}<p>Visited 3 times by the mayor</p>{PROSE}</div>"#),
    );
    check(
        &html,
        Expected {
            body_has: &["Visited 3 times by the mayor"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_consent_placeholder_of_blocked_embed() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="embed-privacy"><p>Klicken Sie auf den unteren Button, um den Inhalt von YouTube zu laden.</p><p>Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube.</p><button>Inhalt laden</button></div><p>Click the button below to load the content from Vimeo.</p>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Klicken", "Laden des Inhalts", "Vimeo"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_sentences_that_mention_loading_content_or_privacy() {
    let text = "The new browser takes a second to load the content of a page, the developers said.";
    let law = "Der Inhalt von Paragraf 3 der Datenschutzverordnung ist umstritten.";
    let html = page(
        "",
        &format!(r#"<div>{PROSE}<p>{text}</p><p>{law}</p>{PROSE}</div>"#),
    );
    check(
        &html,
        Expected {
            body_has: &[text, law],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_consent_tool_placeholder_by_its_class() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="_brlbs-content-blocker"><p>Wir benötigen Ihre Zustimmung für YouTube Videos, Bilder und weitere Dienste.</p></div><div class="cmplz-placeholder"><p>Accept marketing cookies to watch this video of the harbour.</p></div>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Zustimmung", "marketing"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_rating_widget_tally() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="entry"><span class="hreview-aggregate"><span class="fn">Will the harbour wall be repaired before the winter storms?</span>, <span class="average">4.5</span> out of <span class="best">5</span> based on <span class="votes">12</span> ratings</span></div><p>4,2 von 6 basierend auf 1 Bewertung</p>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["based on", "basierend"],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_rating_widget_prompt_beside_its_stars() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="recipe-card"><span class="stars-text">Sterne anklicken zum Bewerten</span><p>Rate this recipe</p></div>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["Sterne", "Rate this"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_sentence_that_cites_a_score_based_on_reviews() {
    let text = "The film scored 4.5 out of 5 based on 300 reviews, a record for the studio.";
    let html = page("", &format!(r#"<div>{PROSE}<p>{text}</p>{PROSE}</div>"#));
    check(
        &html,
        Expected {
            body_has: &[text],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_translation_plugin_label() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div id="before_content_lang">This post is also available in:<ul><li class="lang-item"><a href="/en/">English</a></li></ul></div><p class="translations">Dieser Beitrag ist auch verfügbar auf: <a href="/fr/">Français</a></p>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["also available", "verfügbar"],
            ..Default::default()
        },
    );
}

#[test]
fn body_keeps_sentence_that_says_what_is_available_in_a_language() {
    let text = "The app is also available in Spanish and Portuguese";
    let html = page("", &format!(r#"<div>{PROSE}<p>{text}</p>{PROSE}</div>"#));
    check(
        &html,
        Expected {
            body_has: &[text],
            ..Default::default()
        },
    );
}

#[test]
fn body_drops_language_switcher_by_its_class() {
    let html = page(
        "",
        &format!(
            r#"<div>{PROSE}<div class="trp-language-switcher"><div class="trp-ls-item">English</div><div class="trp-ls-item">Deutsch</div></div><div class="wpml-ls-statics"><span>Français</span></div><div class="langswitcher"><span>Español</span></div>{PROSE}</div>"#
        ),
    );
    check(
        &html,
        Expected {
            body_has: &["city engineer."],
            body_lacks: &["English", "Deutsch", "Français", "Español"],
            ..Default::default()
        },
    );
}

/// The authors of a page whose `<meta name="author">` says `byline`.
fn authors_from_meta(byline: &str) -> Vec<String> {
    let html = page(
        &format!(r#"<meta name="author" content="{byline}">"#),
        PROSE,
    );
    check(&html, Expected::default()).authors
}

fn names(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

#[test]
fn authors_lose_a_label_before_a_colon() {
    assert_eq!(
        authors_from_meta("Written by: Ann Lee"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_lose_an_author_label_without_a_colon() {
    assert_eq!(authors_from_meta("Author Ann Lee"), names(&["Ann Lee"]));
}

#[test]
fn authors_are_what_follows_by_inside_a_byline() {
    assert_eq!(
        authors_from_meta("Posted on March 3, 2021 by Ann Lee"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_follow_von_only_after_a_word_that_labels_a_byline() {
    assert_eq!(
        authors_from_meta("Geschrieben von Ann Lee"),
        names(&["Ann Lee"])
    );
    assert_eq!(
        authors_from_meta("Christoph von Ritter"),
        names(&["Christoph von Ritter"])
    );
}

#[test]
fn authors_lose_the_date_after_the_name() {
    assert_eq!(
        authors_from_meta("Ann Lee May 20, 2019"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_lose_the_time_after_the_name() {
    assert_eq!(authors_from_meta("Ann Lee 15:35"), names(&["Ann Lee"]));
}

#[test]
fn authors_lose_link_text_to_the_authors_page() {
    assert_eq!(
        authors_from_meta("Ann Lee Alle Artikel"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_lose_a_published_label_after_the_name() {
    assert_eq!(
        authors_from_meta("Ann Lee Published yesterday"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_drop_a_byline_that_is_only_a_link_to_all_articles() {
    assert!(authors_from_meta("Show all articles of").is_empty());
}

#[test]
fn authors_lose_separators_left_after_the_name() {
    assert_eq!(authors_from_meta("Ann Lee ,"), names(&["Ann Lee"]));
}

#[test]
fn authors_decode_escaped_entities() {
    assert_eq!(
        authors_from_meta("Ann O&amp;#039;Lee"),
        names(&["Ann O'Lee"])
    );
}

#[test]
fn authors_drop_a_label_without_a_name() {
    assert!(authors_from_meta("Posted").is_empty());
    assert!(authors_from_meta("red.").is_empty());
}

#[test]
fn authors_drop_a_comment_author() {
    assert!(authors_from_meta("Ann Lee says:").is_empty());
}

#[test]
fn authors_drop_a_photo_credit() {
    assert!(authors_from_meta("Foto: Ann Lee").is_empty());
}

#[test]
fn authors_drop_a_form_field_label() {
    assert!(authors_from_meta("Name *").is_empty());
}

#[test]
fn authors_drop_an_obfuscated_email_address() {
    assert!(authors_from_meta("ann[at]gazette.example").is_empty());
}

#[test]
fn authors_lose_the_outlet_after_a_bar() {
    assert_eq!(
        authors_from_meta("Ann Lee | Gull Gazette"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_lose_the_outlet_after_a_bar_beside_a_no_break_space() {
    assert_eq!(
        authors_from_meta("Ann Lee |&nbsp;Gull Gazette"),
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_decode_accents_escaped_twice() {
    assert_eq!(
        authors_from_meta("Ann Mu&amp;ntilde;oz"),
        names(&["Ann Muñoz"])
    );
}

#[test]
fn authors_lose_a_role_after_a_comma_but_keep_a_second_name() {
    assert_eq!(
        authors_from_meta("Ann Lee, AP Sports Writer"),
        names(&["Ann Lee"])
    );
    assert_eq!(
        authors_from_meta("Ann Lee, Mary Chan"),
        names(&["Ann Lee", "Mary Chan"])
    );
}

#[test]
fn authors_lose_the_outlet_after_a_full_stop() {
    assert_eq!(
        authors_from_meta("Ann Lee. Gull Gazette"),
        names(&["Ann Lee"])
    );
    assert_eq!(authors_from_meta("Dr. Ann Lee"), names(&["Dr. Ann Lee"]));
}

#[test]
fn authors_split_two_names_joined_by_and() {
    assert_eq!(
        authors_from_meta("Ann Lee and Mary Chan"),
        names(&["Ann Lee", "Mary Chan"])
    );
    assert_eq!(
        authors_from_meta("Staff and wire reports"),
        names(&["Staff and wire reports"])
    );
}

#[test]
fn authors_split_two_names_the_first_name_list_does_not_know() {
    assert_eq!(
        authors_from_meta("Siddharth Rao and Oluwaseun Adeyemi"),
        names(&["Siddharth Rao", "Oluwaseun Adeyemi"])
    );
    assert_eq!(
        authors_from_meta("Kerstin Böhm und Özlem Yıldız"),
        names(&["Kerstin Böhm", "Özlem Yıldız"])
    );
}

#[test]
fn authors_lose_an_outlet_credited_beside_the_name() {
    for byline in [
        "Ann Lee and Associated Press",
        "Ann Lee and CNN Wire",
        "Ann Lee & Gull Media Group",
    ] {
        assert_eq!(authors_from_meta(byline), names(&["Ann Lee"]), "{byline}");
    }
}

#[test]
fn authors_lose_the_sites_address_after_its_name() {
    assert_eq!(
        authors_from_meta("Gull Gazette (www.gazette.example)"),
        names(&["Gull Gazette"])
    );
    assert_eq!(
        authors_from_meta("www.gazette.example"),
        names(&["www.gazette.example"])
    );
}

#[test]
fn authors_keep_the_korean_reporters_name() {
    assert_eq!(
        authors_from_meta("갈매기일보=김민수 기자"),
        names(&["김민수"])
    );
}

#[test]
fn authors_come_from_a_byline_inside_a_byline() {
    let html = page(
        "",
        &format!(
            r#"<div class="byline"><span class="author">Ann Lee</span> <span>Gull Gazette</span></div>{PROSE}"#
        ),
    );
    assert_eq!(
        check(&html, Expected::default()).authors,
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_skip_a_label_inside_a_byline() {
    let html = page(
        "",
        &format!(
            r#"<div class="byline"><span class="author-label">Von</span> Ann Lee</div>{PROSE}"#
        ),
    );
    assert_eq!(
        check(&html, Expected::default()).authors,
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_come_from_a_later_byline_when_the_first_names_no_one() {
    let html = page(
        "",
        &format!(
            r#"<p class="author">Posted</p><h1>Harbour wall</h1><p class="author">Ann Lee</p>{PROSE}"#
        ),
    );
    assert_eq!(
        check(&html, Expected::default()).authors,
        names(&["Ann Lee"])
    );
}

#[test]
fn authors_skip_a_comments_byline() {
    let html = page(
        "",
        &format!(
            r#"<aside><p>Latest comments</p><span class="comment-author-link">Bo Chan</span></aside><p class="author">Ann Lee</p>{PROSE}"#
        ),
    );
    assert_eq!(
        check(&html, Expected::default()).authors,
        names(&["Ann Lee"])
    );
}
