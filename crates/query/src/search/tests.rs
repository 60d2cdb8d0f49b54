use std::path::PathBuf;

use chrono::{DateTime, NaiveDate};
use morgue_extract::{Article, Entity, EntityKind, Published};
use morgue_index::{IndexMeta, MorgueIndex, schema};

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn article(name: &str, title: &str, body: &str, published: Option<Published>) -> Article {
    Article {
        path: PathBuf::from(format!("/pages/{name}.html")),
        url: Some(format!("https://example.invalid/{name}")),
        site: Some("Gull Gazette".to_owned()),
        title: Some(title.to_owned()),
        published,
        authors: vec!["Ann Reed".to_owned()],
        body: body.to_owned(),
        entities: Vec::new(),
    }
}

fn person(text: &str, mentions: &[&str]) -> Entity {
    Entity {
        text: text.to_owned(),
        kind: EntityKind::Person,
        mentions: mentions.iter().map(|m| (*m).to_owned()).collect(),
    }
}

/// The articles every search test runs over: one quirk each, named in the path.
fn articles() -> Vec<Article> {
    let mut kim = article(
        "kim",
        "Kim Jong Un offers support to Russia",
        "North Korean leader Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.\n\n\
         The two leaders discussed the war in Ukraine.",
        Some(Published::Day(day(2025, 4, 19))),
    );
    kim.entities = vec![
        person("Kim Jong Un", &["Kim"]),
        person("Vladimir Putin", &["Putin"]),
    ];
    let mut summit = article(
        "summit",
        "Summit in the east",
        "Putin hosted a summit. Kim arrived by train; no deal on grain was signed.",
        Some(Published::Instant(
            DateTime::parse_from_rfc3339("2025-05-02T23:30:00-04:00").unwrap(),
        )),
    );
    summit.site = Some("Harbour Herald".to_owned());
    summit.entities = vec![person("Vladimir Putin", &["Putin"])];
    vec![
        kim,
        summit,
        article(
            "boeing",
            "Boeing delivers fewer jets",
            "The plane maker delivered fewer jets in March. Airlines waited for grain of news.",
            Some(Published::Day(day(2025, 4, 2))),
        ),
        article(
            "dam-title",
            "Dam opens on the Rell river",
            "Engineers cut a ribbon on Monday while crowds cheered.",
            Some(Published::Day(day(2024, 12, 31))),
        ),
        article(
            "dam-body",
            "Engineers cheer",
            "A report says the dam on the Rell river cost more than planned. The dam was \
             finished late.",
            None,
        ),
        article(
            "ferry",
            "Ferry strike ends",
            "Port workers in Velsenhaven returned after a strike over pay and the ferry ran again.",
            Some(Published::Day(day(2025, 1, 15))),
        ),
    ]
}

fn index_of(articles: &[Article]) -> MorgueIndex {
    let (schema, fields) = schema::build_schema();
    let index = tantivy::Index::create_in_ram(schema);
    schema::register_tokenizers(&index);
    let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 15 << 20).unwrap();
    for article in articles {
        let id = schema::article_id(&article.path);
        writer
            .add_document(schema::to_document(
                article,
                &fields,
                &id,
                "/pages",
                &schema::FileStamp::default(),
            ))
            .unwrap();
    }
    writer.commit().unwrap();
    MorgueIndex {
        index,
        fields,
        meta: IndexMeta {
            schema_version: schema::SCHEMA_VERSION,
            morgue_version: String::new(),
            built_at: String::new(),
            roots: Vec::new(),
        },
    }
}

fn fixture() -> Searcher {
    Searcher::new(&index_of(&articles())).unwrap()
}

/// The file stems of the hits, in order.
fn found(searcher: &Searcher, query: &str, options: &SearchOptions) -> Vec<String> {
    searcher
        .search(query, options)
        .unwrap_or_else(|e| panic!("{query:?}: {e}"))
        .iter()
        .map(|hit| hit.path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

fn by_relevance(searcher: &Searcher, query: &str) -> Vec<String> {
    found(searcher, query, &SearchOptions::default())
}

#[test]
fn searcher_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Searcher>();
    // clap's value parsers (`DatePeriod: FromStr`) and anyhow need this of the error.
    fn assert_boxable_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_boxable_error::<QueryError>();
}

#[test]
fn words_are_anded_by_default() {
    let s = fixture();
    assert_eq!(sorted(by_relevance(&s, "putin")), ["kim", "summit"]);
    assert_eq!(by_relevance(&s, "putin cosmodrome"), ["kim"]);
    assert!(by_relevance(&s, "putin boeing").is_empty());
}

#[test]
fn phrase_needs_the_words_in_order() {
    let s = fixture();
    assert_eq!(by_relevance(&s, "\"kim jong un\""), ["kim"]);
    assert_eq!(
        by_relevance(&s, "\"rell river\""),
        ["dam-title", "dam-body"]
    );
    assert!(by_relevance(&s, "\"river rell\"").is_empty());
    // The headline goes into the text several times, then the body: a phrase never
    // runs from one copy into the next, nor from the headline into the body.
    assert!(by_relevance(&s, "\"river dam\"").is_empty());
    assert!(by_relevance(&s, "\"river engineers\"").is_empty());
}

#[test]
fn phrases_of_common_words_match_only_in_order() {
    // "on the" and "the dam" are looked up as common grams; "dam on the" as two.
    let s = fixture();
    assert_eq!(by_relevance(&s, "\"the dam\""), ["dam-body"]);
    assert_eq!(by_relevance(&s, "\"dam on the rell\""), ["dam-body"]);
    assert_eq!(
        sorted(by_relevance(&s, "\"on the rell river\"")),
        ["dam-body", "dam-title"]
    );
    assert!(by_relevance(&s, "\"the on dam\"").is_empty());
    assert!(by_relevance(&s, "\"dam the\"").is_empty());
    // A common word alone is still a word.
    assert!(by_relevance(&s, "\"the\"").len() > 2);
}

#[test]
fn a_phrase_looked_up_as_a_gram_lights_up_both_words() {
    let s = fixture();
    let hits = s.search("\"the dam\"", &SearchOptions::default()).unwrap();
    assert!(
        marked(&hits[0]).contains("says [the dam] on"),
        "{}",
        marked(&hits[0])
    );
}

#[test]
fn body_prefix_searches_the_text() {
    let s = fixture();
    assert_eq!(by_relevance(&s, "body:ribbon"), ["dam-title"]);
    assert_eq!(by_relevance(&s, "body:\"the dam was\""), ["dam-body"]);
}

#[test]
fn or_matches_either_word() {
    let s = fixture();
    assert_eq!(
        sorted(by_relevance(&s, "boeing OR ferry")),
        ["boeing", "ferry"]
    );
}

#[test]
fn or_beside_a_required_word_is_one_required_alternative() {
    let s = fixture();
    // `putin ukraine OR velsenhaven`: Putin, and Ukraine or Velsenhaven. It found
    // every article naming Putin, the OR's words optional: the summit too.
    assert_eq!(by_relevance(&s, "putin ukraine OR velsenhaven"), ["kim"]);
    assert_eq!(by_relevance(&s, "ukraine OR velsenhaven putin"), ["kim"]);
    assert_eq!(
        s.count("putin ukraine OR velsenhaven", &SearchOptions::default())
            .unwrap(),
        1
    );
    // Either word of the alternative will do.
    assert_eq!(
        sorted(by_relevance(&s, "putin train OR ukraine")),
        ["kim", "summit"]
    );
    // Two alternatives side by side are both required: it was any of the four.
    assert_eq!(
        by_relevance(&s, "putin OR kim ukraine OR velsenhaven"),
        ["kim"]
    );
    // An explicit AND binds first, as before: (putin AND ukraine) OR velsenhaven.
    assert_eq!(
        sorted(by_relevance(&s, "putin AND ukraine OR velsenhaven")),
        ["ferry", "kim"]
    );
}

#[test]
fn minus_excludes_a_word() {
    let s = fixture();
    assert_eq!(by_relevance(&s, "putin -cosmodrome"), ["summit"]);
    assert_eq!(by_relevance(&s, "grain -boeing"), ["summit"]);
}

#[test]
fn title_match_outranks_body_only_match() {
    let s = fixture();
    // "dam" is twice in dam-body's body, only once (in the title) in dam-title.
    assert_eq!(by_relevance(&s, "dam"), ["dam-title", "dam-body"]);
    let hits = s.search("dam", &SearchOptions::default()).unwrap();
    assert!(hits[0].score > hits[1].score);
    assert_eq!(hits[0].rank, 1);
    assert_eq!(hits[1].rank, 2);
}

#[test]
fn entity_prefix_searches_entities() {
    let s = fixture();
    assert_eq!(by_relevance(&s, "entity:\"kim jong un\""), ["kim"]);
    assert_eq!(sorted(by_relevance(&s, "entity:putin")), ["kim", "summit"]);
    // Kim is in the summit's body but was not found as an entity there.
    assert_eq!(by_relevance(&s, "entity:kim"), ["kim"]);
}

#[test]
fn site_title_and_author_prefixes_search_their_field() {
    let s = fixture();
    assert_eq!(by_relevance(&s, "site:harbour"), ["summit"]);
    assert_eq!(
        by_relevance(&s, "site:\"harbour herald\" putin"),
        ["summit"]
    );
    assert_eq!(by_relevance(&s, "title:engineers"), ["dam-body"]);
    assert_eq!(by_relevance(&s, "author:reed").len(), 6);
}

#[test]
fn field_prefixes_ignore_case() {
    let s = fixture();
    assert_eq!(by_relevance(&s, "Title:engineers"), ["dam-body"]);
    assert_eq!(by_relevance(&s, "SITE:harbour"), ["summit"]);
    assert_eq!(by_relevance(&s, "Body:ribbon"), ["dam-title"]);
    assert_eq!(by_relevance(&s, "Entity:\"Kim Jong Un\""), ["kim"]);
}

#[test]
fn since_and_until_filter_on_the_publication_day_inclusively() {
    let s = fixture();
    let between = |since, until| SearchOptions {
        since,
        until,
        ..SearchOptions::default()
    };
    // dam-body has no date: it goes as soon as a bound is set.
    assert_eq!(by_relevance(&s, "dam").len(), 2);
    assert_eq!(
        found(&s, "dam", &between(Some(day(2000, 1, 1)), None)),
        ["dam-title"]
    );
    assert_eq!(
        found(&s, "dam", &between(Some(day(2024, 12, 31)), None)),
        ["dam-title"]
    );
    assert!(found(&s, "dam", &between(Some(day(2025, 1, 1)), None)).is_empty());
    assert_eq!(
        found(&s, "dam", &between(None, Some(day(2024, 12, 31)))),
        ["dam-title"]
    );
    assert!(found(&s, "dam", &between(None, Some(day(2024, 12, 30)))).is_empty());
    // The summit was published late on 2 May in New York, already 3 May in UTC: the
    // day printed on the page is the one that counts.
    assert_eq!(
        found(
            &s,
            "putin",
            &between(Some(day(2025, 5, 2)), Some(day(2025, 5, 2)))
        ),
        ["summit"]
    );
    assert_eq!(
        found(&s, "putin", &between(Some(day(2025, 5, 1)), None)),
        ["summit"]
    );
    assert_eq!(
        found(&s, "putin", &between(None, Some(day(2025, 4, 30)))),
        ["kim"]
    );
    assert!(matches!(
        s.search(
            "putin",
            &between(Some(day(2025, 5, 1)), Some(day(2025, 4, 1)))
        ),
        Err(QueryError::EmptyDateRange { .. })
    ));
}

#[test]
fn newest_orders_by_date_with_undated_last() {
    let s = fixture();
    let newest = SearchOptions {
        sort: SortOrder::Newest,
        ..SearchOptions::default()
    };
    assert_eq!(
        found(&s, "author:reed", &newest),
        ["summit", "kim", "boeing", "ferry", "dam-title", "dam-body"]
    );
    let hits = s.search("putin", &newest).unwrap();
    assert!(hits.iter().all(|hit| hit.score > 0.0));
}

#[test]
fn oldest_orders_by_date_with_undated_last() {
    let s = fixture();
    let oldest = |limit, since| SearchOptions {
        sort: SortOrder::Oldest,
        limit,
        since,
        ..SearchOptions::default()
    };
    assert_eq!(
        found(&s, "author:reed", &oldest(10, None)),
        ["dam-title", "ferry", "boeing", "kim", "summit", "dam-body"]
    );
    assert_eq!(
        found(&s, "author:reed", &oldest(2, None)),
        ["dam-title", "ferry"]
    );
    // A date filter leaves the undated out, as newest first does.
    assert_eq!(
        found(&s, "author:reed", &oldest(10, Some(day(2025, 4, 1)))),
        ["boeing", "kim", "summit"]
    );
    let hits = s.search("putin", &oldest(10, None)).unwrap();
    assert!(hits.iter().all(|hit| hit.score > 0.0));
}

#[test]
fn count_is_every_match_within_the_dates_whatever_the_limit() {
    let s = fixture();
    let options = |limit, since| SearchOptions {
        limit,
        since,
        ..SearchOptions::default()
    };
    for (query, since) in [
        ("author:reed", None),
        ("author:reed", Some(day(2025, 1, 1))),
        ("dam", None),
        ("dam", Some(day(2025, 1, 1))),
        ("\"rell river\" OR putin", None),
        ("-putin author:reed", None),
    ] {
        let every = found(&s, query, &options(usize::MAX, since)).len();
        assert_eq!(
            s.count(query, &options(1, since)).unwrap(),
            every,
            "{query}"
        );
    }
    assert_eq!(s.count("author:reed", &options(1, None)).unwrap(), 6);
    assert_eq!(
        s.count("author:reed", &options(1, Some(day(2025, 1, 1))))
            .unwrap(),
        4
    );
    assert!(matches!(
        s.count("title:", &options(1, None)),
        Err(QueryError::Syntax { .. })
    ));
}

#[test]
fn limit_caps_the_hits() {
    let s = fixture();
    let at_most = |limit| SearchOptions {
        limit,
        ..SearchOptions::default()
    };
    assert_eq!(found(&s, "author:reed", &at_most(2)).len(), 2);
    assert!(found(&s, "author:reed", &at_most(0)).is_empty());
    assert_eq!(found(&s, "author:reed", &at_most(usize::MAX)).len(), 6);
    let empty = Searcher::new(&index_of(&[])).unwrap();
    assert!(found(&empty, "putin", &at_most(10)).is_empty());
}

#[test]
fn hit_carries_the_stored_article() {
    let s = fixture();
    let hit = s
        .search("cosmodrome", &SearchOptions::default())
        .unwrap()
        .remove(0);
    assert_eq!(
        hit.title.as_deref(),
        Some("Kim Jong Un offers support to Russia")
    );
    assert_eq!(hit.published, Some(Published::Day(day(2025, 4, 19))));
    assert_eq!(hit.site.as_deref(), Some("Gull Gazette"));
    assert_eq!(hit.url.as_deref(), Some("https://example.invalid/kim"));
    assert_eq!(hit.path, PathBuf::from("/pages/kim.html"));
    assert_eq!(hit.authors, ["Ann Reed"]);
    assert_eq!(hit.entities[0], person("Kim Jong Un", &["Kim"]));
    let summit = s
        .search("hosted", &SearchOptions::default())
        .unwrap()
        .remove(0);
    assert_eq!(
        summit.published.unwrap().to_string(),
        "2025-05-02T23:30:00-04:00"
    );
}

fn marked(hit: &Hit) -> String {
    hit.snippet
        .pieces()
        .map(|(piece, is_match)| {
            if is_match {
                format!("[{piece}]")
            } else {
                piece.to_owned()
            }
        })
        .collect()
}

#[test]
fn a_word_ending_in_a_star_finds_every_word_it_starts() {
    let s = fixture();
    // `engineer*`: Engineers in dam-title's body and in dam-body's headline.
    assert_eq!(
        sorted(by_relevance(&s, "engineer*")),
        ["dam-body", "dam-title"]
    );
    // `deliver*`: delivers in the headline, delivered in the body, one article.
    assert_eq!(by_relevance(&s, "deliver*"), ["boeing"]);
    assert_eq!(s.count("deliver*", &SearchOptions::default()).unwrap(), 1);
    // With a field, other words, an exclusion.
    assert_eq!(by_relevance(&s, "title:engineer*"), ["dam-body"]);
    assert_eq!(by_relevance(&s, "engineer* ribbon"), ["dam-title"]);
    assert!(by_relevance(&s, "engineer* -dam").is_empty());
    // Without the star, the word alone.
    assert!(by_relevance(&s, "deliver").is_empty());
}

#[test]
fn a_star_standing_for_more_words_than_rank_still_finds_every_article() {
    let many: String = (0..40).map(|i| format!("zeta{i:02} ")).collect();
    let s = Searcher::new(&index_of(&[
        article("many", "Forty words", &many, None),
        article("rare", "One word", "Only zetaxx here.", None),
    ]))
    .unwrap();
    // The ranked words are the first 32 of the forty; `zetaxx` is not among them.
    assert_eq!(sorted(by_relevance(&s, "zeta*")), ["many", "rare"]);
    assert_eq!(s.count("zeta*", &SearchOptions::default()).unwrap(), 2);
}

#[test]
fn the_words_a_star_stands_for_are_ranked_and_lit_up() {
    let s = fixture();
    let hits = s.search("deliver*", &SearchOptions::default()).unwrap();
    assert!(hits[0].score > 0.0);
    assert!(
        marked(&hits[0]).contains("The plane maker [delivered] fewer jets"),
        "{}",
        marked(&hits[0])
    );
}

#[test]
fn a_word_with_a_tilde_finds_the_words_spelt_within_its_edits() {
    let s = fixture();
    assert!(by_relevance(&s, "velsenhafen").is_empty());
    assert_eq!(by_relevance(&s, "velsenhafen~1"), ["ferry"]);
    // `~` alone allows two edits to a word of more than five letters ...
    assert_eq!(by_relevance(&s, "velsnhafen~"), ["ferry"]);
    assert!(by_relevance(&s, "velsnhafen~1").is_empty());
    assert_eq!(sorted(by_relevance(&s, "putn~1")), ["kim", "summit"]);
    // ... one up to five, none up to two: two edits reach most short words.
    assert_eq!(sorted(by_relevance(&s, "putn~")), ["kim", "summit"]);
    let two_edits = sorted(by_relevance(&s, "ptn~2"));
    assert!(two_edits.contains(&"kim".to_owned()), "{two_edits:?}");
    assert!(by_relevance(&s, "ptn~").is_empty());
    let hits = s
        .search("velsenhafen~1", &SearchOptions::default())
        .unwrap();
    assert!(
        marked(&hits[0]).contains("Port workers in [Velsenhaven] returned"),
        "{}",
        marked(&hits[0])
    );
    assert!(matches!(
        s.search("velsenhafen~3", &SearchOptions::default()),
        Err(QueryError::FuzzyDistance { .. })
    ));
}

#[test]
fn a_tilde_ranks_the_spelling_asked_above_farther_ones() {
    let s = Searcher::new(&index_of(&[
        article("ulrich", "Visit", "Ulrich met Ulrich; Ulrich left.", None),
        article("zurich", "Vote", "Zürich voted on Sunday.", None),
    ]))
    .unwrap();
    // Both are within two edits of `zurich`; the one that says it comes first.
    assert_eq!(by_relevance(&s, "zurich~2"), ["zurich", "ulrich"]);
    assert_eq!(by_relevance(&s, "zurich~"), ["zurich", "ulrich"]);
}

#[test]
fn turkish_and_greek_words_are_found_as_typed_without_their_marks() {
    let s = Searcher::new(&index_of(&[
        article(
            "turkish",
            "İstanbul'da tatbikat",
            "İzmir ve İstanbul'da deprem tatbikatı yapıldı.",
            None,
        ),
        article(
            "greek",
            "ΑΘΗΝΑ: ΣΥΝΑΓΕΡΜΟΣ",
            "Η Αθήνα σε συναγερμό για τις πυρκαγιές στους δρόμους.",
            None,
        ),
    ]))
    .unwrap();
    for query in [
        "istanbul",
        "ISTANBUL",
        "İstanbul",
        "izmir",
        "title:istanbul",
    ] {
        assert_eq!(by_relevance(&s, query), ["turkish"], "{query}");
    }
    for query in [
        "αθηνα",
        "Αθήνα",
        "συναγερμος",
        "συναγερμό",
        "ΔΡΟΜΟΥΣ",
        "title:\"αθηνα συναγερμος\"",
    ] {
        assert_eq!(by_relevance(&s, query), ["greek"], "{query}");
    }
}

#[test]
fn arabic_is_found_without_its_vowel_marks_and_hamzas() {
    let s = Searcher::new(&index_of(&[article(
        "arabic",
        "إضراب عمال الميناء في الإسكندرية",
        "قال مُحَمَّد إن الإضراب سيستمر احتجاجاً على تأخر الأجور في المدينة.",
        None,
    )]))
    .unwrap();
    for query in [
        "الاسكندرية",
        "الإسكندرية",
        "محمد",
        "مُحَمَّد",
        "اضراب",
        "احتجاجا",
        "المدينه",
        "\"عمال الميناء\"",
    ] {
        assert_eq!(by_relevance(&s, query), ["arabic"], "{query}");
    }
}

#[test]
fn persian_is_found_whichever_yeh_and_kaf_the_page_was_typed_with() {
    let s = Searcher::new(&index_of(&[
        article("persian", "ایران", "کتاب تازه در تهران منتشر شد.", None),
        article("arabic-keys", "ايران", "كتاب تازه در تهران منتشر شد.", None),
    ]))
    .unwrap();
    for query in ["ایران", "ايران", "کتاب", "كتاب"] {
        assert_eq!(
            sorted(by_relevance(&s, query)),
            ["arabic-keys", "persian"],
            "{query}"
        );
    }
}

#[test]
fn russian_yo_is_found_as_ye_and_the_other_way_round() {
    let s = Searcher::new(&index_of(&[
        article("yo", "Королёв", "Завод в Королёве закрыт.", None),
        article("ye", "Елка", "На площади поставили елку.", None),
    ]))
    .unwrap();
    for query in ["королев", "Королёв", "КОРОЛЁВЕ"] {
        assert_eq!(by_relevance(&s, query), ["yo"], "{query}");
    }
    assert_eq!(by_relevance(&s, "ёлку"), ["ye"]);
}

#[test]
fn a_star_after_fewer_than_three_letters_is_refused() {
    let s = fixture();
    for query in ["de*", "title:d*"] {
        assert!(
            matches!(
                s.search(query, &SearchOptions::default()),
                Err(QueryError::ShortPrefix { .. })
            ),
            "{query}"
        );
    }
}

#[test]
fn title_highlights_land_on_the_matched_words_of_the_headline() {
    let s = fixture();
    let title_marks = |query: &str| -> Vec<(String, Vec<String>)> {
        s.search(query, &SearchOptions::default())
            .unwrap()
            .iter()
            .map(|hit| {
                let title = hit.title.clone().unwrap_or_default();
                let lit = hit
                    .title_highlights
                    .iter()
                    .map(|r| title[r.clone()].to_owned())
                    .collect();
                (title, lit)
            })
            .collect()
    };
    assert!(title_marks("dam").contains(&(
        "Dam opens on the Rell river".to_owned(),
        vec!["Dam".to_owned()]
    )));
    assert!(
        title_marks("engineer*")
            .contains(&("Engineers cheer".to_owned(), vec!["Engineers".to_owned()]))
    );
    // A phrase lights up whole, as it does in the snippet.
    let kim = s
        .search("\"kim jong un\"", &SearchOptions::default())
        .unwrap()
        .remove(0);
    let title = kim.title.as_deref().unwrap();
    assert_eq!(
        kim.title_highlights
            .iter()
            .map(|r| &title[r.clone()])
            .collect::<Vec<_>>(),
        ["Kim Jong Un"]
    );
    assert!(marked(&kim).contains("[Kim Jong Un]"), "{}", marked(&kim));
    // No snippets asked, no highlights.
    let plain = SearchOptions {
        snippet_chars: 0,
        ..SearchOptions::default()
    };
    let hits = s.search("dam", &plain).unwrap();
    assert!(hits.iter().all(|hit| hit.title_highlights.is_empty()));
}

#[test]
fn snippet_highlights_land_on_the_matched_words() {
    let s = fixture();
    let hits = s
        .search("putin ukraine", &SearchOptions::default())
        .unwrap();
    assert_eq!(
        marked(&hits[0]),
        "North Korean leader Kim Jong Un met Vladimir [Putin] at the Vostochny Cosmodrome. \
         The two leaders discussed the war in [Ukraine]."
    );
    let hits = s
        .search("\"kim jong un\" -boeing", &SearchOptions::default())
        .unwrap();
    assert!(
        marked(&hits[0]).contains("leader [Kim Jong Un] met"),
        "{}",
        marked(&hits[0])
    );
}

#[test]
fn chinese_characters_light_up_only_within_the_words_asked() {
    let s = Searcher::new(&index_of(&[article(
        "zh",
        "革命家的遗体在京火化",
        "杰出的无产阶级革命家的遗体，2日在北京八宝山革命公墓火化。",
        None,
    )]))
    .unwrap();
    let hit = s
        .search("的无产阶级革命家 北京", &SearchOptions::default())
        .unwrap()
        .remove(0);
    // Not the `的` after the phrase, nor the `京` of `在京` in the headline: a
    // character alone is not the word asked. Two or more in a row that a word of
    // the query holds are, as a phrase's words light up in English: the `革命` of
    // `革命公墓`.
    assert_eq!(
        marked(&hit),
        "杰出[的无产阶级革命家]的遗体，2日在[北京]八宝山[革命]公墓火化。"
    );
    let title = hit.title.as_deref().unwrap();
    let lit: Vec<&str> = hit
        .title_highlights
        .iter()
        .map(|r| &title[r.clone()])
        .collect();
    assert_eq!(lit, ["革命家"]);
}

#[test]
fn thai_words_are_found_and_light_up_where_the_word_stands() {
    // Thai writes no space between words: the index holds its letters, and a word
    // asked is the run of them.
    let s = Searcher::new(&index_of(&[
        article(
            "th",
            "ตำรวจจับกุมผู้ต้องสงสัยในกรุงเทพ",
            "เมื่อวันจันทร์ที่ผ่านมา ร้านทองในย่านเยาวราชถูกปล้น ผู้จัดการร้านกล่าวว่าคนร้ายสองคนหลบหนีไป \
             เจ้าหน้าที่ได้ตรวจสอบกล้องวงจรปิดของร้านทั้งหมดในย่านนั้น \
             วันนี้ตำรวจได้จับกุมผู้ต้องสงสัยสองคนในกรุงเทพมหานคร",
            None,
        ),
        article("other", "ร้านอาหารเปิดใหม่", "ร้านอาหารเปิดใหม่ในเชียงใหม่", None),
    ]))
    .unwrap();
    assert_eq!(by_relevance(&s, "กรุงเทพ"), ["th"]);
    assert_eq!(by_relevance(&s, "ผู้ต้องสงสัย"), ["th"]);
    let short = SearchOptions {
        snippet_chars: 60,
        ..SearchOptions::default()
    };
    let hit = s.search("ตำรวจ", &short).unwrap().remove(0);
    // The fragment is where the word stands, though the letters of `ตำรวจ` stand
    // more thickly elsewhere; no pair of its letters lights up on its own.
    let lit: Vec<&str> = hit
        .snippet
        .highlights()
        .iter()
        .map(|r| &hit.snippet.text()[r.clone()])
        .collect();
    assert_eq!(lit, ["ตำรวจ"], "{}", hit.snippet.text());
    let hit = s
        .search("ผู้ต้องสงสัย", &SearchOptions::default())
        .unwrap()
        .remove(0);
    assert!(!marked(&hit).contains("[อง]"), "{}", marked(&hit));
}

#[test]
fn a_word_with_a_virama_or_a_joiner_is_found_and_lit_whole() {
    let s = Searcher::new(&index_of(&[article(
        "hi",
        "दिल्ली में बारिश",
        "लोग त्रस्त हैं। हिन्दी समाचार पत्रों ने रिपोर्ट की। آنها می\u{200C}کردند",
        None,
    )]))
    .unwrap();
    for (query, word) in [
        ("त्रस्त", "त्रस्त"),
        ("हिन्दी", "हिन्दी"),
        // Typed with the joiner or without it.
        ("می\u{200C}کردند", "می\u{200C}کردند"),
        ("میکردند", "می\u{200C}کردند"),
    ] {
        let hit = s
            .search(query, &SearchOptions::default())
            .unwrap()
            .remove(0);
        assert!(
            marked(&hit).contains(&format!("[{word}]")),
            "{query}: {}",
            marked(&hit)
        );
    }
    // A piece of a word is not the word.
    assert!(by_relevance(&s, "हिन").is_empty());
}

#[test]
fn a_letter_with_a_nukta_is_found_in_either_spelling() {
    // `क़ानून` (law): the page writes `क` then the nukta, the query U+0958, and the
    // other way round.
    let s = Searcher::new(&index_of(&[
        article("apart", "संसद", "नया \u{915}\u{93C}ानून पास हुआ।", None),
        article("one", "अदालत", "पुराना \u{958}ानून रद्द हुआ।", None),
    ]))
    .unwrap();
    for query in ["\u{958}ानून", "\u{915}\u{93C}ानून"] {
        assert_eq!(sorted(by_relevance(&s, query)), ["apart", "one"], "{query}");
    }
}

#[test]
fn site_finds_a_page_by_the_host_of_its_address_too() {
    let mut named = article(
        "named",
        "Harbour wall repaired",
        "The wall was repaired.",
        None,
    );
    named.url = Some("https://www.bbc.co.uk/news/wall".to_owned());
    named.site = Some("BBC News".to_owned());
    let s = Searcher::new(&index_of(&[
        named,
        article(
            "other",
            "Harbour wall repaired",
            "The wall was repaired.",
            None,
        ),
    ]))
    .unwrap();
    assert_eq!(by_relevance(&s, "site:bbc.co.uk"), ["named"]);
    // The address as a browser shows it, `www.` and all.
    assert_eq!(by_relevance(&s, "site:www.bbc.co.uk"), ["named"]);
    assert_eq!(by_relevance(&s, "site:WWW.BBC.co.uk wall"), ["named"]);
    assert_eq!(by_relevance(&s, "site:\"bbc news\""), ["named"]);
    assert_eq!(by_relevance(&s, "site:BBC wall"), ["named"]);
    // The whole address pasted from the browser's bar, quoted or not, path and all:
    // it was a syntax error (its second `:`), or, quoted, found nothing.
    for query in [
        "site:https://www.bbc.co.uk/news/uk-123?at=1 wall",
        "wall site:\"https://www.bbc.co.uk/news\"",
        "Site:HTTP://bbc.co.uk:80/",
        "(site:bbc.co.uk/news OR site:example.invalid/x) -site:https://example.invalid/",
    ] {
        assert_eq!(by_relevance(&s, query), ["named"], "{query}");
    }
    assert!(by_relevance(&s, "site:https://www.bbc.com/news").is_empty());
    assert!(by_relevance(&s, "site:bbc.com").is_empty());
    assert_eq!(by_relevance(&s, "site:example.invalid"), ["other"]);
    // What a hit shows as its site is still the name.
    let hit = s
        .search("site:bbc.co.uk", &SearchOptions::default())
        .unwrap()
        .remove(0);
    assert_eq!(hit.site.as_deref(), Some("BBC News"));
}

#[test]
fn snippet_is_cut_around_the_match() {
    let s = fixture();
    let short = SearchOptions {
        snippet_chars: 40,
        ..SearchOptions::default()
    };
    let hit = s.search("ukraine", &short).unwrap().remove(0);
    let text = hit.snippet.text();
    assert!(text.starts_with('…') && text.contains("Ukraine"), "{text}");
    assert!(text.chars().count() <= 42, "{text}");
    for range in hit.snippet.highlights() {
        assert_eq!(&text[range.clone()], "Ukraine");
    }
}

#[test]
fn zero_snippet_chars_means_no_snippet() {
    let s = fixture();
    let none = SearchOptions {
        snippet_chars: 0,
        ..SearchOptions::default()
    };
    let hits = s.search("ukraine", &none).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.is_empty());
    assert_eq!(
        hits[0].title.as_deref(),
        Some("Kim Jong Un offers support to Russia")
    );
}

#[test]
fn snippet_marks_words_asked_in_other_fields_but_not_excluded_ones() {
    let s = fixture();
    let hit = s
        .search("entity:putin -cosmodrome", &SearchOptions::default())
        .unwrap();
    assert_eq!(
        marked(&hit[0]),
        "[Putin] hosted a summit. Kim arrived by train; no deal on grain was signed."
    );
}

#[test]
fn snippet_without_a_body_match_is_the_start_of_the_body() {
    let s = fixture();
    let short = SearchOptions {
        snippet_chars: 30,
        ..SearchOptions::default()
    };
    let hit = s.search("site:harbour", &short).unwrap().remove(0);
    assert_eq!(hit.snippet.text(), "Putin hosted a summit. Kim…");
    assert!(hit.snippet.highlights().is_empty());
}

fn error_of(query: &str) -> QueryError {
    match fixture().search(query, &SearchOptions::default()) {
        Err(err) => err,
        Ok(hits) => panic!("{query:?} gave {} hits", hits.len()),
    }
}

#[test]
fn syntax_errors_explain_what_is_wrong() {
    for (query, message) in [
        (
            "putin \"kim jong",
            "invalid query at character 7: unbalanced quote: a \" is never closed; close it or remove it",
        ),
        (
            "(putin OR kim",
            "invalid query at character 14: unbalanced parenthesis: a ( is never closed",
        ),
        (
            "putin)",
            "invalid query at character 6: unbalanced parenthesis: this ) has no matching (",
        ),
        (
            " AND putin",
            "invalid query at character 2: AND and OR must stand between two words",
        ),
        // At the end too: `putin AND` searched "and", in nearly every article.
        (
            "putin AND",
            "invalid query at character 7: AND and OR must stand between two words",
        ),
        (
            "kim \"the OR\" OR",
            "invalid query at character 14: AND and OR must stand between two words",
        ),
        (
            "putin^",
            "invalid query at character 6: ^ must be followed by a number (word^2 counts a word twice)",
        ),
        (
            "title:",
            "invalid query at character 7: a field prefix or operator must be followed by a word or a \"phrase\"",
        ),
        // The grammar said "unexpected end of query (missing space)".
        (
            "putin [kim",
            "invalid query at character 7: unbalanced bracket: a [ is never closed (a range is \
             written title:[a TO c]); close it or remove it",
        ),
        (
            "title:{kim",
            "invalid query at character 7: unbalanced bracket: a { is never closed (a range is \
             written title:[a TO c]); close it or remove it",
        ),
    ] {
        assert_eq!(error_of(query).to_string(), message, "{query}");
    }
    match error_of("putin \"kim") {
        QueryError::Syntax { query, column, .. } => {
            assert_eq!((query.as_str(), column), ("putin \"kim", 7))
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(error_of("   "), QueryError::Empty));
}

#[test]
fn unknown_field_lists_the_valid_ones() {
    assert_eq!(
        error_of("foo:bar").to_string(),
        "unknown field `foo:` in the query; the fields are title:, body:, entity:, site:, author: \
         (put the words in quotes to search for them as written)"
    );
    // Fields that exist in the index but are not for searching are refused the same way.
    assert!(
        matches!(error_of("path:x"), QueryError::UnknownField { field, .. } if field == "path")
    );
    // A date prefix is told where dates are filtered.
    for query in ["date:2025", "Year:2025", "putin since:2025-01"] {
        assert!(
            error_of(query).to_string().contains("--since and --until"),
            "{query}"
        );
    }
    // Quoted, the same words are searched as text.
    assert!(
        fixture()
            .search("\"foo:bar\"", &SearchOptions::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn syntax_morgue_cannot_run_is_explained_not_passed_on_from_tantivy() {
    let s = fixture();
    for query in [
        "/putin/",
        "title:/pu.*/",
        "title:*",
        "kim [a TO b]",
        "IN [kim putin]",
        "title:[a-b TO c]",
    ] {
        for result in [
            s.search(query, &SearchOptions::default()).map(|_| ()),
            s.count(query, &SearchOptions::default()).map(|_| ()),
        ] {
            match result {
                Err(QueryError::Unsearchable { explanation }) => {
                    assert!(!explanation.contains("Regex queries"), "{query}");
                }
                other => panic!("{query}: {other:?}"),
            }
        }
    }
    assert!(error_of("/putin/").to_string().contains("word*"));
    assert!(error_of("IN [kim putin]").to_string().contains("(a OR b)"));
    // With a field, a set is a plain OR of words.
    assert_eq!(
        sorted(by_relevance(&s, "title: IN [kim summit]")),
        ["kim", "summit"]
    );
}

#[test]
fn a_star_or_tilde_morgue_cannot_read_is_refused_not_dropped() {
    let s = fixture();
    // `*putin` searched `putin`, `putin~1.5` the phrase "putin 1 5".
    for (query, advice) in [
        ("*putin", "putin*"),
        ("title:*putin", "putin*"),
        ("putin~1.5", "putin~1"),
        ("putin~-1", "putin~1"),
        ("kim putin~+2", "putin~1"),
    ] {
        match s.search(query, &SearchOptions::default()) {
            Err(err @ QueryError::Unsearchable { .. }) => {
                let message = err.to_string();
                assert!(message.contains(advice), "{query}: {message}");
            }
            other => panic!("{query}: {other:?}"),
        }
    }
    // Inside quotes, a final star is pointed after the quote, where it works.
    match s.search("\"vladimir put*\"", &SearchOptions::default()) {
        Err(err @ QueryError::Unsearchable { .. }) => {
            assert!(err.to_string().contains("\"vladimir put\"*"), "{err}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(by_relevance(&s, "\"vladimir put\"*"), ["kim"]);
    // Its last word lights up as the first does: tantivy names no term for it.
    let hit = s
        .search("\"vladimir put\"*", &SearchOptions::default())
        .unwrap()
        .remove(0);
    assert!(
        marked(&hit).contains("[Vladimir Putin]"),
        "{}",
        marked(&hit)
    );
    // A phrase prefix after a common word: the query's grams made `the vos` one
    // term, and tantivy refused the phrase for having fewer than two.
    assert_eq!(by_relevance(&s, "\"the vos\"*"), ["kim"]);
    assert_eq!(by_relevance(&s, "\"at the vos\"*"), ["kim"]);
    assert_eq!(by_relevance(&s, "\"the vostochny cos\"*"), ["kim"]);
    assert_eq!(by_relevance(&s, "\"vostoch\"*"), ["kim"]);
    // A star inside a word finds the word written so (`f*ck` in a quote).
    let censored = Searcher::new(&index_of(&[article(
        "c",
        "Quote",
        "He said f*ck off.",
        None,
    )]))
    .unwrap();
    assert_eq!(by_relevance(&censored, "f*ck"), ["c"]);
}

#[test]
fn a_query_without_a_word_is_an_error_not_an_empty_result() {
    let s = fixture();
    for query in [
        "🚀",
        "!!!",
        "\"\"",
        "title:🚀",
        "🚀^2",
        "(🚀 !)",
        "🚀 -putin",
        "🚀*",
        "\"— …\"",
    ] {
        assert!(
            matches!(
                s.search(query, &SearchOptions::default()),
                Err(QueryError::NoWords)
            ),
            "{query}"
        );
        assert!(
            matches!(
                s.count(query, &SearchOptions::default()),
                Err(QueryError::NoWords)
            ),
            "{query}"
        );
    }
    // A word beside the emoji is searched; excluding alone is its own error.
    assert_eq!(by_relevance(&s, "ukraine 🚀"), ["kim"]);
    assert!(matches!(error_of("-putin"), QueryError::OnlyExclusions));
    assert!(by_relevance(&s, "*").len() > 1);
}

#[test]
fn only_exclusions_is_an_error() {
    assert!(matches!(error_of("-putin"), QueryError::OnlyExclusions));
}

#[test]
fn apostrophes_read_as_words() {
    let s = Searcher::new(&index_of(&[article(
        "obrien",
        "O'Brien wins",
        "Mary O'Brien won the vote; she didn't expect it.",
        None,
    )]))
    .unwrap();
    assert_eq!(by_relevance(&s, "o'brien"), ["obrien"]);
    assert_eq!(by_relevance(&s, "didn't"), ["obrien"]);
}

/// Deterministic pseudo-random numbers (xorshift), so the test needs no dependency
/// and fails the same way every run.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn odd_queries_never_panic() {
    let s = fixture();
    let all_specials = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    let mut queries: Vec<String> = vec![
        all_specials.to_owned(),
        all_specials.chars().rev().collect(),
        all_specials.chars().map(|c| format!("{c} ")).collect(),
        all_specials
            .chars()
            .map(|c| format!("putin{c}kim "))
            .collect(),
        "\u{0}\u{1b}[31m \t\n\r".to_owned(),
        "é:b ü\"ö 東京:都 😀 \u{301}".to_owned(),
        "a^1e400 b~999999999 \"c d\"~4294967296 e^-1".to_owned(),
        "[a TO b] {a TO *] title:[* TO *] title:>a body:<=z".to_owned(),
        "IN [a b] title: IN [c] $exists(title) /re.*/ title:/x/".to_owned(),
        "AND OR NOT AND".to_owned(),
        "*".to_owned(),
        "a*".to_owned(),
        "\"kim jong\"* title:kim*".to_owned(),
        "((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))".to_owned(),
        "-".repeat(1000),
        "(".repeat(1000),
        "\"".repeat(1001),
        "x".repeat(100_000),
    ];
    let pieces = [
        "putin", "kim", " ", " ", "\"", "'", "(", ")", "[", "]", "{", "}", ":", "^", "~", "*", "+",
        "-", "!", "\\", "/", "OR", "AND", "NOT", "IN", "TO", "title:", "entity:", "site:", "foo:",
        "2", "é", "東", ">", "<", "=", "$", "&&", "||",
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..3000 {
        let len = 1 + (xorshift(&mut state) % 8) as usize;
        let query: String = (0..len)
            .map(|_| pieces[(xorshift(&mut state) % pieces.len() as u64) as usize])
            .collect();
        queries.push(query);
    }
    let options = SearchOptions::default();
    for query in &queries {
        // Counting parses as searching does: both fail, or the count covers the hits.
        match (s.search(query, &options), s.count(query, &options)) {
            (Ok(hits), Ok(count)) => assert!(count >= hits.len(), "{query:?}"),
            (Err(err), Err(_)) => {
                let message = err.to_string();
                assert!(!message.contains('\n'), "{query:?}: {message}");
            }
            (search, count) => panic!("{query:?}: {:?} against {count:?}", search.map(|h| h.len())),
        }
    }
}

#[test]
fn deep_nesting_is_refused_before_it_overflows_the_stack() {
    for query in [
        "(".repeat(1000),
        "NOT ".repeat(1000),
        "(NOT ".repeat(400) + "a",
    ] {
        assert!(
            error_of(&query)
                .to_string()
                .contains("the query nests too deeply"),
            "{}",
            &query[..20]
        );
    }
    let nested_enough = "(".repeat(16) + "putin" + &")".repeat(16);
    assert_eq!(by_relevance(&fixture(), &nested_enough).len(), 2);
}

/// Many articles of a few words each, with dates over ten years (some undated), so
/// that ranking with a date filter has segments of matches to prune.
fn many_articles() -> Vec<Article> {
    const WORDS: &[&str] = &[
        "dam", "river", "ferry", "strike", "council", "budget", "harbour", "storm", "mine",
        "rescue", "the", "of", "port", "vote",
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15;
    (0..3000)
        .map(|i| {
            let mut words = |n: u64| -> String {
                (0..1 + xorshift(&mut state) % n)
                    .map(|_| WORDS[(xorshift(&mut state) % WORDS.len() as u64) as usize])
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let title = words(4);
            let body = words(40);
            let published = (i % 7 != 0).then(|| {
                let offset = xorshift(&mut state) % 3650;
                Published::Day(day(2015, 1, 1) + chrono::Days::new(offset))
            });
            article(&format!("a{i}"), &title, &body, published)
        })
        .collect()
}

#[test]
fn a_date_filter_ranks_as_filtering_the_full_ranking_would() {
    let s = Searcher::new(&index_of(&many_articles())).unwrap();
    let everything = SearchOptions {
        limit: 5000,
        snippet_chars: 0,
        ..SearchOptions::default()
    };
    for query in [
        "dam",
        "river ferry",
        "council the",
        "\"of the\" storm",
        "mine OR rescue",
    ] {
        let ranked = s.search(query, &everything).unwrap();
        for (since, until) in [
            (Some(day(2016, 1, 1)), Some(day(2016, 12, 31))),
            (Some(day(2023, 6, 1)), None),
            (None, Some(day(2015, 3, 1))),
        ] {
            let options = SearchOptions {
                limit: 10,
                snippet_chars: 0,
                since,
                until,
                ..SearchOptions::default()
            };
            let in_dates = |hit: &&Hit| {
                let Some(Published::Day(day)) = hit.published else {
                    return false;
                };
                since.is_none_or(|since| day >= since) && until.is_none_or(|until| day <= until)
            };
            let expected: Vec<f32> = ranked
                .iter()
                .filter(in_dates)
                .take(10)
                .map(|h| h.score)
                .collect();
            let got: Vec<f32> = s
                .search(query, &options)
                .unwrap()
                .iter()
                .map(|h| h.score)
                .collect();
            assert!(!expected.is_empty(), "{query}: no match to compare");
            assert_eq!(got, expected, "{query} {since:?}..{until:?}");
        }
    }
}

#[test]
fn a_date_bound_before_or_after_what_tantivy_stores_is_no_bound() {
    let s = fixture();
    let options = SearchOptions {
        since: Some(day(1200, 1, 1)),
        until: Some(day(9999, 1, 1)),
        ..SearchOptions::default()
    };
    assert_eq!(sorted(found(&s, "putin", &options)), ["kim", "summit"]);
}

#[test]
fn newest_or_oldest_first_is_every_match_sorted_by_date_however_few_are_at_the_edge() {
    let s = Searcher::new(&index_of(&many_articles())).unwrap();
    let key = |hit: &Hit| (hit.published.as_ref().map(ToString::to_string), hit.score);
    for (query, sort) in [
        "dam",
        "river ferry",
        "\"of the\" storm",
        "mine -rescue",
        "vote port budget",
    ]
    .into_iter()
    .flat_map(|query| [(query, SortOrder::Newest), (query, SortOrder::Oldest)])
    {
        for (since, until) in [
            (None, None),
            (Some(day(2016, 1, 1)), Some(day(2018, 6, 30))),
        ] {
            let options = |limit| SearchOptions {
                limit,
                snippet_chars: 0,
                since,
                until,
                sort,
            };
            let mut all: Vec<_> = s
                .search(query, &options(5000))
                .unwrap()
                .iter()
                .map(key)
                .collect();
            all.sort_by(|a, b| {
                let dates = match sort {
                    SortOrder::Oldest => a.0.cmp(&b.0),
                    _ => b.0.cmp(&a.0),
                };
                dates.then(b.1.total_cmp(&a.1))
            });
            // Undated ones come last.
            all.sort_by_key(|(date, _)| date.is_none());
            for limit in [1, 10, 200] {
                let got: Vec<_> = s
                    .search(query, &options(limit))
                    .unwrap()
                    .iter()
                    .map(key)
                    .collect();
                let expected: Vec<_> = all.iter().take(limit).cloned().collect();
                assert_eq!(
                    got, expected,
                    "{query} {sort:?} {since:?}..{until:?} top {limit}"
                );
            }
        }
    }
}

#[test]
fn excluding_a_phrase_whose_words_never_meet_excludes_nothing() {
    // "ukraine" and "war" are both in kim, never as "ukraine war": tantivy's phrase
    // scorer is exhausted before the exclusion asks it anything (found by fuzzing).
    let s = fixture();
    assert_eq!(
        sorted(by_relevance(&s, "putin -\"ukraine war\"")),
        ["kim", "summit"]
    );
    assert_eq!(by_relevance(&s, "putin -\"war in ukraine\""), ["summit"]);
    assert_eq!(
        sorted(by_relevance(
            &s,
            "(putin OR grain) -(\"ukraine war\" OR boeing)"
        )),
        ["kim", "summit"]
    );
    // Under a boost, beside a word that is only punctuation, and with NOT.
    for query in [
        "(putin -\"ukraine war\")^2",
        "putin , -\"ukraine war\"",
        "putin AND NOT \"ukraine war\"",
    ] {
        assert_eq!(
            sorted(by_relevance(&s, query)),
            ["kim", "summit"],
            "{query}"
        );
    }
    assert_eq!(
        by_relevance(&s, "putin -(\"war in ukraine\")^3"),
        ["summit"]
    );
}
