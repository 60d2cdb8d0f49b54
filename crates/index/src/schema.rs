//! The index's fields, and how an [`Article`] becomes a tantivy document.
//!
//! This is the only module that spells field names; everyone else goes through
//! [`Fields`].

use morgue_extract::{Article, Entity, EntityKind, Published};
use tantivy::schema::Value;
use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, INDEXED, IndexRecordOption, NumericOptions, STORED,
    STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, TextAnalyzer};
use tantivy::{DateTime, Index, TantivyDocument};

use crate::tokenizer::{IndexGrams, QueryGrams, WordTokenizer};

/// Bumped whenever fields or their options change: an index written with another
/// version is refused with a request to rebuild, never misread.
pub const SCHEMA_VERSION: u32 = 6;

/// zstd level of the document store (see [`create_index`]).
const STORE_ZSTD_LEVEL: i32 = 3;

/// Bytes of stored documents compressed together (see [`create_index`]).
const STORE_BLOCK_BYTES: usize = 64 << 10;

/// Name of the tokenizer the text fields use but [`Fields::text`] (registered by
/// [`register_tokenizers`]).
pub const TOKENIZER: &str = "morgue";

/// Name of the tokenizer of [`Fields::text`]: [`TOKENIZER`]'s words plus the common
/// grams that make phrases fast (a pair of words after each very common word when
/// indexing, those pairs in place of the words in queries: see [`query_tokenizers`]).
pub const TEXT_TOKENIZER: &str = "morgue_text";

/// How many times the headline goes into [`Fields::text`]: a word in the headline
/// counts as much as this many in the body (BM25F's field weight, applied by
/// repetition so one field, and one posting list per word, ranks both).
pub const TITLE_WEIGHT: usize = 3;

/// Handles to the index's fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Stable article id: hash of the saved file's absolute path (hex), exact match.
    pub id: tantivy::schema::Field,
    /// The folder that was indexed to find the page, exact match (for re-indexing it).
    pub root: tantivy::schema::Field,
    /// Path of the saved file, stored.
    pub path: tantivy::schema::Field,
    /// The folders between the folder indexed (`root`) and the saved file, each
    /// an exact term (absolute path): a walk of one of them finds the articles in
    /// it, though they were indexed from a folder above.
    pub folder: tantivy::schema::Field,
    /// Address the page was saved from, stored.
    pub url: tantivy::schema::Field,
    /// Publication name, stored, and fast for counting the sites (searched through
    /// `site_words`).
    pub site: tantivy::schema::Field,
    /// What `site:` searches: the publication's name and the host of the page's
    /// address without `www.`, so `site:bbc.co.uk` finds the pages that call
    /// themselves "BBC News" and `site:"new york times"` those named by their
    /// address only if they say so somewhere; not stored.
    pub site_words: tantivy::schema::Field,
    /// Headline, searchable as `title:`, stored.
    pub title: tantivy::schema::Field,
    /// Article text, stored for display and snippets (searched through `text`).
    pub body: tantivy::schema::Field,
    /// What a query searches by default (and `body:`): the headline
    /// [`TITLE_WEIGHT`] times, then the body, indexed with common grams; not stored.
    pub text: tantivy::schema::Field,
    /// Entity names and their other forms, searchable as `entity:`.
    pub entity: tantivy::schema::Field,
    /// Entities with kind and mentions as JSON, stored for display.
    pub entities_json: tantivy::schema::Field,
    /// Authors, searchable as `author:`.
    pub author: tantivy::schema::Field,
    /// Publication instant (a day is its midnight UTC), for range filters and sorting.
    pub date: tantivy::schema::Field,
    /// Publication date as the page gave it (`YYYY-MM-DD` or RFC 3339), stored.
    pub published: tantivy::schema::Field,
    /// Size of the saved file in bytes when it was indexed (fast): the incremental
    /// build's first check.
    pub file_size: tantivy::schema::Field,
    /// Modification time of the saved file when it was indexed, in nanoseconds since
    /// the Unix epoch (fast).
    pub file_mtime: tantivy::schema::Field,
    /// xxh3 of the page's bytes (decompressed) when it was indexed (fast): tells a
    /// touched file from a changed one.
    pub file_hash: tantivy::schema::Field,
}

/// Builds the schema and the handles to its fields.
pub fn build_schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_with = |tokenizer: &str, stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let text = |stored: bool| text_with(TOKENIZER, stored);
    let fields = Fields {
        // id and root are fast too: the incremental build lists what the index holds
        // per folder from them without touching the stored documents.
        id: builder.add_text_field("id", STRING | STORED | FAST),
        root: builder.add_text_field("root", STRING | FAST),
        // Shown, never searched: not indexed, so their long unique values stay out
        // of the term dictionary.
        path: builder.add_text_field("path", STORED),
        folder: builder.add_text_field("folder", STRING),
        url: builder.add_text_field("url", STORED),
        // A raw fast column, for counting distinct sites.
        site: builder.add_text_field("site", TextOptions::from(STORED).set_fast("raw")),
        site_words: builder.add_text_field("site_words", text(false)),
        title: builder.add_text_field("title", text(true)),
        body: builder.add_text_field("body", STORED),
        text: builder.add_text_field("text", text_with(TEXT_TOKENIZER, false)),
        entity: builder.add_text_field("entity", text(false)),
        entities_json: builder.add_text_field("entities_json", STORED),
        author: builder.add_text_field("author", text(true)),
        date: builder.add_date_field(
            "date",
            DateOptions::from(INDEXED | STORED | FAST).set_precision(DateTimePrecision::Seconds),
        ),
        published: builder.add_text_field("published", STORED),
        file_size: builder.add_u64_field("file_size", NumericOptions::default().set_fast()),
        file_mtime: builder.add_i64_field("file_mtime", NumericOptions::default().set_fast()),
        file_hash: builder.add_u64_field("file_hash", NumericOptions::default().set_fast()),
    };
    (builder.build(), fields)
}

/// Looks the fields up by name in an opened index's schema.
///
/// # Errors
/// The name of the first field that is missing (the index is not morgue's).
pub fn fields_of(schema: &Schema) -> Result<Fields, String> {
    let get = |name: &str| schema.get_field(name).map_err(|_| name.to_owned());
    Ok(Fields {
        id: get("id")?,
        root: get("root")?,
        path: get("path")?,
        folder: get("folder")?,
        url: get("url")?,
        site: get("site")?,
        site_words: get("site_words")?,
        title: get("title")?,
        body: get("body")?,
        text: get("text")?,
        entity: get("entity")?,
        entities_json: get("entities_json")?,
        author: get("author")?,
        date: get("date")?,
        published: get("published")?,
        file_size: get("file_size")?,
        file_mtime: get("file_mtime")?,
        file_hash: get("file_hash")?,
    })
}

/// Creates an empty morgue index in `dir` (which must exist): the schema, the
/// document store compressed with zstd, and the tokenizers registered.
///
/// The stored bodies and entities are half of an index, so they are compressed
/// harder than tantivy's default (lz4 over 16 KiB blocks): zstd level 3 over 64
/// KiB blocks. On 100,000 generated articles that makes the index 5 % smaller than
/// zstd 3 over 16 KiB blocks (548 -> 523 MB; lz4 was a sixth bigger still), with
/// the same snippet latency: a hit decompresses one 64 KiB block, a few tens of
/// microseconds. Level 9 took 2 % more off but compresses at a quarter of level
/// 3's speed: a tenth of a core at a one-thread build's rate of text.
///
/// The settings are kept in the index's `meta.json`, so an index written with
/// other ones is read as it was written.
///
/// # Errors
/// tantivy's, when the folder cannot be written.
pub fn create_index(dir: &std::path::Path) -> tantivy::Result<(Index, Fields)> {
    let (schema, fields) = build_schema();
    let settings = tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::Zstd(tantivy::store::ZstdCompressor {
            compression_level: Some(STORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: STORE_BLOCK_BYTES,
        ..tantivy::IndexSettings::default()
    };
    let index = Index::builder()
        .schema(schema)
        .settings(settings)
        .create_in_dir(dir)?;
    register_tokenizers(&index);
    Ok((index, fields))
}

/// Registers morgue's tokenizers on an index: words split on non-alphanumerics (each
/// Chinese or Japanese character its own word), lower-cased and folded to ASCII so
/// `Zurich` finds `Zürich`; for [`Fields::text`], with the common grams too.
pub fn register_tokenizers(index: &Index) {
    index.tokenizers().register(TOKENIZER, word_analyzer());
    index
        .tokenizers()
        .register(TEXT_TOKENIZER, words().filter(IndexGrams).build());
}

/// The tokenizers a query parser needs for morgue's fields: as
/// [`register_tokenizers`], but [`TEXT_TOKENIZER`] turns a phrase into the common
/// grams the index holds.
pub fn query_tokenizers() -> tantivy::tokenizer::TokenizerManager {
    let manager = tantivy::tokenizer::TokenizerManager::default();
    manager.register(TOKENIZER, word_analyzer());
    manager.register(TEXT_TOKENIZER, words().filter(QueryGrams).build());
    manager
}

/// Whether `term`, a term of [`Fields::text`], is a common gram (two words) rather
/// than a word.
pub fn is_gram(term: &str) -> bool {
    crate::tokenizer::is_gram(term)
}

/// The analyzer of every text field but [`Fields::text`]: words, without common
/// grams (also what cuts a snippet when the query holds no gram).
pub fn word_analyzer() -> TextAnalyzer {
    words().build()
}

/// The analyzer every text field starts from: words, not too long, lower-cased and
/// folded to ASCII.
fn words() -> tantivy::tokenizer::TextAnalyzerBuilder<impl tantivy::tokenizer::Tokenizer> {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
}

/// The stable id of the article saved at `path` (an absolute path): its
/// [`article_key`] in hex.
pub fn article_id(path: &std::path::Path) -> String {
    id_of_key(article_key(path))
}

/// The id an [`article_key`] is written as: 16 hex digits.
pub fn id_of_key(key: u64) -> String {
    format!("{key:016x}")
}

/// The number behind [`article_id`]: what a build keeps per page while it runs (8
/// bytes, not a string).
pub fn article_key(path: &std::path::Path) -> u64 {
    xxhash_rust::xxh3::xxh3_64(path.as_os_str().as_encoded_bytes())
}

/// The [`article_key`] an id was made from; `None` for text that is not one.
pub fn article_key_of_id(id: &str) -> Option<u64> {
    let is_id = id.len() == 16 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    is_id.then(|| u64::from_str_radix(id, 16).ok()).flatten()
}

/// What the index remembers of the saved file an article came from, to tell on the
/// next build whether the file changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileStamp {
    /// Size of the file on disk, in bytes.
    pub size_bytes: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when unknown).
    pub mtime_nanos: i64,
    /// xxh3 of the page's bytes as read (after decompression).
    pub hash: u64,
}

/// Converts an article to a document; `root` is the folder whose walk found it and
/// `stamp` the state of its file when read.
pub fn to_document(
    article: &Article,
    fields: &Fields,
    id: &str,
    root: &str,
    stamp: &FileStamp,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, id);
    doc.add_text(fields.root, root);
    doc.add_u64(fields.file_size, stamp.size_bytes);
    doc.add_i64(fields.file_mtime, stamp.mtime_nanos);
    doc.add_u64(fields.file_hash, stamp.hash);
    doc.add_text(fields.path, article.path.to_string_lossy());
    for folder in article
        .path
        .ancestors()
        .skip(1)
        .take_while(|folder| folder.starts_with(root) && *folder != std::path::Path::new(root))
    {
        doc.add_text(fields.folder, folder.to_string_lossy());
    }
    if let Some(url) = &article.url {
        doc.add_text(fields.url, url);
    }
    if let Some(site) = &article.site {
        doc.add_text(fields.site, site);
        doc.add_text(fields.site_words, site);
    }
    if let Some(host) = article.url.as_deref().and_then(morgue_extract::host_of)
        && article.site.as_ref() != Some(&host)
    {
        doc.add_text(fields.site_words, host);
    }
    if let Some(title) = &article.title {
        doc.add_text(fields.title, title);
        for _ in 0..TITLE_WEIGHT {
            doc.add_text(fields.text, title);
        }
    }
    doc.add_text(fields.body, &article.body);
    doc.add_text(fields.text, &article.body);
    for entity in &article.entities {
        doc.add_text(fields.entity, &entity.text);
        for mention in &entity.mentions {
            doc.add_text(fields.entity, mention);
        }
    }
    doc.add_text(fields.entities_json, entities_to_json(&article.entities));
    for author in &article.authors {
        doc.add_text(fields.author, author);
    }
    if let Some(published) = &article.published {
        // tantivy keeps dates as i64 nanoseconds (years 1678 to 2261): a date outside
        // that is shown as the page gave it but cannot be filtered or sorted on.
        if let Some(date) = to_tantivy_date(published) {
            doc.add_date(fields.date, date);
        }
        doc.add_text(fields.published, published.to_string());
    }
    doc
}

/// The article a document of [`to_document`] was made from, read back from its
/// stored fields (`doc` as the index returns it, stored fields only). The file's
/// stamp and the folder it was indexed from are not part of it.
pub fn from_document(doc: &TantivyDocument, fields: &Fields) -> Article {
    let text = |field| {
        doc.get_first(field)
            .and_then(|value| value.as_str())
            .map(str::to_owned)
    };
    Article {
        path: text(fields.path).unwrap_or_default().into(),
        url: text(fields.url),
        site: text(fields.site),
        title: text(fields.title),
        published: text(fields.published).and_then(|p| parse_published(&p)),
        authors: doc
            .get_all(fields.author)
            .filter_map(|value| value.as_str().map(str::to_owned))
            .collect(),
        body: text(fields.body).unwrap_or_default(),
        entities: text(fields.entities_json)
            .map(|json| entities_from_json(&json))
            .unwrap_or_default(),
    }
}

/// Reads back the stored form of [`Published`]'s `Display`: `YYYY-MM-DD` or RFC 3339.
pub fn parse_published(text: &str) -> Option<Published> {
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(Published::Day(day));
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(Published::Instant)
}

/// The instant a publication date is indexed as: the instant itself, or the day's
/// midnight UTC, so a `--since 2025-05` filter compares days as the publisher printed them.
/// `None` outside the years tantivy can store (1678 to 2261).
pub fn to_tantivy_date(published: &Published) -> Option<DateTime> {
    let seconds = match published {
        Published::Day(day) => day
            .and_hms_opt(0, 0, 0)
            .expect("midnight exists")
            .and_utc()
            .timestamp(),
        // Index the publisher's local day, not the UTC one, so filters and the
        // displayed date agree.
        Published::Instant(instant) => instant.naive_local().and_utc().timestamp(),
    };
    const STORABLE_SECONDS: std::ops::Range<i64> = -9_200_000_000..9_200_000_000;
    STORABLE_SECONDS
        .contains(&seconds)
        .then(|| DateTime::from_timestamp_secs(seconds))
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredEntity {
    text: String,
    kind: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<String>,
}

fn entities_to_json(entities: &[Entity]) -> String {
    let stored: Vec<StoredEntity> = entities
        .iter()
        .map(|e| StoredEntity {
            text: e.text.clone(),
            kind: e.kind.as_str().to_owned(),
            mentions: e.mentions.clone(),
        })
        .collect();
    serde_json::to_string(&stored).expect("strings always serialize")
}

/// Reads back the entities stored by [`to_document`]; malformed JSON yields none.
pub fn entities_from_json(json: &str) -> Vec<Entity> {
    let stored: Vec<StoredEntity> = serde_json::from_str(json).unwrap_or_default();
    stored
        .into_iter()
        .map(|e| Entity {
            kind: EntityKind::from_name(&e.kind).unwrap_or(EntityKind::Other),
            text: e.text,
            mentions: e.mentions,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn an_id_gives_back_the_key_it_was_made_from() {
        for path in ["/archive/a.html", "/archive/b.html.gz", "/"] {
            let path = std::path::Path::new(path);
            assert_eq!(
                article_key_of_id(&article_id(path)),
                Some(article_key(path))
            );
        }
        for not_an_id in [
            "",
            "xyz",
            "0123456789abcdefg",
            "0123456789abcde",
            "+123456789abcdef",
        ] {
            assert_eq!(article_key_of_id(not_an_id), None, "{not_an_id}");
        }
    }

    #[test]
    fn dates_tantivy_cannot_store_are_kept_as_text_only() {
        let (_, fields) = build_schema();
        let article = Article {
            published: Some(Published::Day(NaiveDate::from_ymd_opt(3025, 1, 2).unwrap())),
            ..Article::default()
        };
        let doc = to_document(&article, &fields, "id", "/root", &FileStamp::default());
        assert!(doc.get_first(fields.date).is_none());
        assert!(doc.get_first(fields.published).is_some());
    }

    #[test]
    fn an_article_is_read_back_from_its_document_whole() {
        let (_, fields) = build_schema();
        let article = Article {
            path: "/archive/summit.html".into(),
            url: Some("https://news.example/summit".to_owned()),
            site: Some("Example News".to_owned()),
            title: Some("Leaders meet at the summit".to_owned()),
            published: Some(Published::Instant(
                chrono::DateTime::parse_from_rfc3339("2025-05-02T21:30:00-04:00").unwrap(),
            )),
            authors: vec!["Ana Lima".to_owned(), "Tom Reed".to_owned()],
            body: "The leaders met.\n\nThey talked.".to_owned(),
            entities: vec![Entity {
                text: "Ana Lima".to_owned(),
                kind: EntityKind::Person,
                mentions: vec!["Lima".to_owned()],
            }],
        };
        let doc = to_document(&article, &fields, "id", "/archive", &FileStamp::default());
        assert_eq!(from_document(&doc, &fields), article);
        let day = Article {
            published: Some(Published::Day(NaiveDate::from_ymd_opt(2024, 3, 2).unwrap())),
            ..Article::default()
        };
        let doc = to_document(&day, &fields, "id", "/archive", &FileStamp::default());
        assert_eq!(from_document(&doc, &fields), day);
    }

    #[test]
    fn a_day_is_indexed_as_its_midnight() {
        let day = Published::Day(NaiveDate::from_ymd_opt(2024, 3, 2).unwrap());
        let date = to_tantivy_date(&day).unwrap();
        assert_eq!(date.into_timestamp_secs(), 1_709_337_600);
    }
}
