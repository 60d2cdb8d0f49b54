//! Synthetic saved news pages and articles for morgue's benches, deterministic from a
//! seed: the same seed gives the same bytes on every machine and in every version.
//!
//! Stories draw their words from a Zipfian [`Vocabulary`] and their people, places and
//! organisations from lists; dates spread over 2005–2026; about one story in twenty is
//! a syndicated near-copy of an earlier one on another site. A story becomes either a
//! saved page ([`Generator::page`]: browser-saved HTML with menus, cookie banner,
//! related lists, comments and script bundles, 5 KB – 500 KB, mostly 100–200 KB; or a
//! text dump shaped like `shared/seeds`; some gzipped) or an [`Article`] that goes
//! straight into an index ([`write_index`]), skipping HTML, to build large indexes fast.
//!
//! Nothing here is real text: words are made of syllables after a short list of
//! common English words, names are assembled from lists.
//!
//! ```
//! use morgue_gen::Generator;
//!
//! let mut a = Generator::new(7);
//! let mut b = Generator::new(7);
//! let (page_a, page_b) = (a.page(0), b.page(0));
//! assert_eq!(page_a.bytes, page_b.bytes);
//! assert!(page_a.path.to_str().unwrap().contains('/'));
//! ```

mod page;
mod vocab;

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, NaiveDate, TimeZone};
use morgue_extract::{Article, Entity, EntityKind, Published};
use morgue_index::{IndexError, IndexMeta, schema};

pub use vocab::Vocabulary;
use vocab::{FIRST_NAMES, ORG_SUFFIXES, PLACES, SECTIONS, SURNAMES};

/// SplitMix64. Hand-written rather than `rand` because its output is fixed forever:
/// a seed must name the same corpus in every version, and the benches compare runs.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6a09_e667_f3bc_c908)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n`; `n` must be positive.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// How an outlet states the publication date on its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateStyle {
    Meta,
    JsonLd,
    TimeTag,
    Visible,
    None,
}

/// A fictional outlet.
#[derive(Debug, Clone)]
struct Site {
    name: String,
    slug: String,
    date_style: DateStyle,
}

fn sites() -> Vec<Site> {
    const NAMES: &[&str] = &[
        "Harbour Ledger",
        "Westmoor Gazette",
        "Calder Tribune",
        "Prairie Current",
        "Brightwater Courier",
        "Gulf Shore Dispatch",
        "Ashby Chronicle",
        "Freight Weekly",
        "Lodestar Daily",
        "Norbury Post",
        "Easterly Herald",
        "Cairnholm Observer",
    ];
    const STYLES: [DateStyle; 5] = [
        DateStyle::Meta,
        DateStyle::JsonLd,
        DateStyle::TimeTag,
        DateStyle::Visible,
        DateStyle::None,
    ];
    NAMES
        .iter()
        .enumerate()
        .map(|(i, name)| Site {
            name: format!("The {name}"),
            slug: name.to_ascii_lowercase().replace(' ', "-"),
            date_style: STYLES[i % STYLES.len()],
        })
        .collect()
}

/// One story as the generator made it, before it becomes a page or an article.
#[derive(Debug, Clone)]
struct Story {
    site: usize,
    slug: String,
    section: &'static str,
    title: String,
    published: Published,
    authors: Vec<String>,
    paragraphs: Vec<String>,
    entities: Vec<Entity>,
}

/// A generated saved page: where to write it (relative) and its bytes (gzipped when
/// the name ends in `.gz`).
#[derive(Debug, Clone)]
pub struct GeneratedPage {
    /// Relative path, `<site>/<number>-<slug>.<ext>`.
    pub path: PathBuf,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Makes stories from a seed; each call continues the same deterministic sequence.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    vocab: Vocabulary,
    sites: Vec<Site>,
    recent: Vec<Story>,
}

/// How many recent stories a syndicated near-copy may come from.
const RECENT_STORIES: usize = 64;

impl Generator {
    /// A generator whose output depends only on `seed`.
    pub fn new(seed: u64) -> Generator {
        Generator {
            rng: Rng::new(seed),
            vocab: Vocabulary::new(),
            sites: sites(),
            recent: Vec::new(),
        }
    }

    /// The vocabulary stories draw from, to pick common or rare words to search for.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// The `number`-th article, as extraction would yield it from the page (path
    /// `/generated/<site>/<number>-<slug>.html`).
    pub fn article(&mut self, number: usize) -> Article {
        let story = self.story();
        let site = &self.sites[story.site];
        Article {
            path: PathBuf::from(format!(
                "/generated/{}/{number:07}-{}.html",
                site.slug, story.slug
            )),
            url: Some(story_url(site, &story)),
            site: Some(site.name.clone()),
            title: Some(story.title),
            published: Some(story.published),
            authors: story.authors,
            body: story.paragraphs.join("\n\n"),
            entities: story.entities,
        }
    }

    /// The `number`-th saved page: about 9 in 10 are HTML, the rest text dumps; about
    /// 1 in 7 is gzipped.
    pub fn page(&mut self, number: usize) -> GeneratedPage {
        let story = self.story();
        let site = &self.sites[story.site];
        let is_text = self.rng.chance(0.1);
        let (ext, bytes) = if is_text {
            (
                "txt",
                page::text_dump(&story, site, &self.vocab, &mut self.rng),
            )
        } else {
            let target = page_size(&mut self.rng);
            let html = page::html(&story, site, &self.vocab, &mut self.rng, target);
            ("html", html)
        };
        let mut name = format!("{number:07}-{}.{ext}", story.slug);
        let bytes = if self.rng.chance(0.15) {
            name.push_str(".gz");
            gzip(&bytes)
        } else {
            bytes
        };
        GeneratedPage {
            path: Path::new(&site.slug).join(name),
            bytes,
        }
    }

    fn story(&mut self) -> Story {
        if self.recent.len() > 8 && self.rng.chance(0.05) {
            let original = self.recent[self.rng.below(self.recent.len())].clone();
            return self.syndicate(original);
        }
        let story = self.fresh_story();
        if self.recent.len() == RECENT_STORIES {
            let slot = self.rng.below(RECENT_STORIES);
            self.recent[slot] = story.clone();
        } else {
            self.recent.push(story.clone());
        }
        story
    }

    fn fresh_story(&mut self) -> Story {
        let rng = &mut self.rng;
        let mut entities = Vec::new();
        for _ in 0..rng.range(1, 4) {
            let surname = rng.pick(SURNAMES);
            entities.push(Entity {
                text: format!("{} {surname}", rng.pick(FIRST_NAMES)),
                kind: EntityKind::Person,
                mentions: vec![surname.to_owned()],
            });
        }
        for _ in 0..rng.range(1, 3) {
            entities.push(entity(rng.pick(PLACES), EntityKind::Location));
        }
        for _ in 0..rng.range(0, 2) {
            let name = format!("{} {}", rng.pick(PLACES), rng.pick(ORG_SUFFIXES));
            entities.push(entity(&name, EntityKind::Organization));
        }
        entities.sort_by(|a, b| a.text.cmp(&b.text));
        entities.dedup_by(|a, b| a.text == b.text);

        let title_words = rng.range(5, 11);
        let mut title = sentence_words(&self.vocab, rng, title_words);
        title.push(' ');
        title.push_str(&entities[rng.below(entities.len())].text);
        let title = capitalize(&title);
        let slug = slugify(&title);

        let words = body_words(rng);
        let mut paragraphs = Vec::new();
        let mut written = 0;
        while written < words {
            let mut paragraph = String::new();
            let in_paragraph = rng.range(40, 120).min(words - written).max(8);
            let mut left = in_paragraph;
            while left > 0 {
                let n = rng.range(8, 25).min(left);
                let mut sentence = sentence_words(&self.vocab, rng, n);
                if rng.chance(0.3) {
                    let e = &entities[rng.below(entities.len())];
                    let name = if written > 0 && !e.mentions.is_empty() && rng.chance(0.5) {
                        &e.mentions[0]
                    } else {
                        &e.text
                    };
                    sentence.push_str(" said ");
                    sentence.push_str(name);
                }
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(&capitalize(&sentence));
                paragraph.push('.');
                left -= n;
            }
            written += in_paragraph;
            paragraphs.push(paragraph);
        }

        let day = NaiveDate::from_ymd_opt(2005, 1, 1).expect("a valid date")
            + chrono::Days::new(rng.below(22 * 365) as u64);
        let published = if rng.chance(0.6) {
            let offset = FixedOffset::east_opt(3600 * rng.range(0, 4) as i32).expect("small");
            let at = day
                .and_hms_opt(rng.range(5, 22) as u32, rng.below(60) as u32, 0)
                .expect("a valid time");
            Published::Instant(offset.from_local_datetime(&at).single().expect("fixed"))
        } else {
            Published::Day(day)
        };
        let authors = (0..rng.range(0, 2))
            .map(|_| format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(SURNAMES)))
            .collect();
        Story {
            site: rng.below(self.sites.len()),
            slug,
            section: rng.pick(SECTIONS),
            title,
            published,
            authors,
            paragraphs,
            entities,
        }
    }

    /// A near-copy on another site a few days later: a paragraph dropped or a few
    /// words changed, as wire copy reprinted by several outlets.
    fn syndicate(&mut self, mut story: Story) -> Story {
        let rng = &mut self.rng;
        story.site = (story.site + 1 + rng.below(self.sites.len() - 1)) % self.sites.len();
        let days = chrono::Days::new(rng.range(0, 3) as u64);
        story.published = match story.published {
            Published::Day(day) => Published::Day(day + days),
            Published::Instant(at) => Published::Instant(at + days),
        };
        if story.paragraphs.len() > 2 && rng.chance(0.5) {
            story.paragraphs.pop();
        }
        for paragraph in story.paragraphs.iter_mut().filter(|_| rng.chance(0.2)) {
            paragraph.push_str(" The report was updated.");
        }
        story
    }
}

fn entity(text: &str, kind: EntityKind) -> Entity {
    Entity {
        text: text.to_owned(),
        kind,
        mentions: Vec::new(),
    }
}

/// Words of a body: most articles 300–800, a tail to 3,000.
fn body_words(rng: &mut Rng) -> usize {
    match rng.below(20) {
        0..=3 => rng.range(100, 300),
        4..=13 => rng.range(300, 800),
        14..=18 => rng.range(800, 1500),
        _ => rng.range(1500, 3000),
    }
}

/// Bytes a saved HTML page aims at: 5 KB – 500 KB, mostly 100–200 KB.
fn page_size(rng: &mut Rng) -> usize {
    let kb = match rng.below(20) {
        0 => rng.range(5, 30),
        1..=2 => rng.range(30, 100),
        3..=15 => rng.range(100, 200),
        16..=18 => rng.range(200, 350),
        _ => rng.range(350, 500),
    };
    kb * 1024
}

fn sentence_words(vocab: &Vocabulary, rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push_str(if rng.chance(0.05) { ", " } else { " " });
        }
        s.push_str(vocab.sample(rng));
    }
    s
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn slugify(title: &str) -> String {
    let slug: String = title
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    slug
}

fn story_url(site: &Site, story: &Story) -> String {
    format!(
        "https://{}.example/{}/{}",
        site.slug.replace('-', ""),
        story.section.to_ascii_lowercase(),
        story.slug
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// What [`write_pages`] wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct PagesWritten {
    /// Files written.
    pub pages: usize,
    /// Bytes on disk (gzip files compressed).
    pub bytes: u64,
}

/// Writes `count` pages of the corpus of `seed` under `dir` (created when missing).
///
/// # Errors
/// The first I/O error creating a folder or writing a file.
pub fn write_pages(dir: &Path, count: usize, seed: u64) -> std::io::Result<PagesWritten> {
    let mut generator = Generator::new(seed);
    let mut written = PagesWritten::default();
    for number in 0..count {
        let page = generator.page(number);
        let path = dir.join(&page.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &page.bytes)?;
        written.pages += 1;
        written.bytes += page.bytes.len() as u64;
    }
    Ok(written)
}

/// Creates a morgue index at `dir` (which must not hold one) holding `count` articles
/// of `seed`, straight from [`Generator::article`]: no HTML, no extraction. Returns
/// the bytes of article text (title and body) written.
///
/// # Errors
/// [`IndexError`] when the folder cannot be created or tantivy fails.
pub fn write_index(
    dir: &Path,
    count: usize,
    seed: u64,
    writer_heap_bytes: usize,
) -> Result<u64, IndexError> {
    let tantivy_err = |action| {
        move |source| IndexError::Tantivy {
            action,
            path: dir.to_owned(),
            source,
        }
    };
    std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
        action: "creating index folder",
        path: dir.to_owned(),
        source,
    })?;
    let (index, fields) = schema::create_index(dir).map_err(tantivy_err("creating index at"))?;
    // The same writer and merges as `morgue index`, so the segments are as a build's.
    let mut writer: tantivy::IndexWriter = index
        .writer_with_options(morgue_index::writer_options(
            std::thread::available_parallelism()
                .map_or(1, usize::from)
                .min(8),
            writer_heap_bytes,
        ))
        .map_err(tantivy_err("opening a writer on"))?;
    writer.set_merge_policy(morgue_index::merge_policy(dir));
    let mut generator = Generator::new(seed);
    let mut text_bytes = 0;
    for number in 0..count {
        let article = generator.article(number);
        text_bytes += (article.body.len() + article.title.as_ref().map_or(0, String::len)) as u64;
        let id = schema::article_id(&article.path);
        // Generated articles have no file behind them: a stamp that never matches a
        // real file, so an incremental build would re-read any page at that path.
        let stamp = schema::FileStamp {
            size_bytes: 0,
            mtime_nanos: 0,
            hash: 0,
        };
        let doc = schema::to_document(&article, &fields, &id, "/generated", &stamp);
        writer.add_document(doc).map_err(tantivy_err("adding to"))?;
    }
    writer.commit().map_err(tantivy_err("committing to"))?;
    writer
        .wait_merging_threads()
        .map_err(tantivy_err("merging segments of"))?;
    IndexMeta {
        schema_version: schema::SCHEMA_VERSION,
        morgue_version: env!("CARGO_PKG_VERSION").to_owned(),
        built_at: String::new(),
        roots: vec!["/generated".to_owned()],
    }
    .write(dir)?;
    Ok(text_bytes)
}

/// Where the benches cache generated corpora and indexes: `target/morgue-bench`,
/// found from the running bench executable (`target/<profile>/deps/…`), so a
/// `cargo clean` removes them.
///
/// # Panics
/// When the executable does not sit three folders below the target folder.
pub fn bench_cache_dir() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("a running program knows its path");
    let target = exe
        .ancestors()
        .nth(3)
        .expect("benches run from target/<profile>/deps");
    target.join("morgue-bench")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_articles_other_seed_other_articles() {
        let a: Vec<Article> = (0..20)
            .map({
                let mut g = Generator::new(1);
                move |i| g.article(i)
            })
            .collect();
        let b: Vec<Article> = (0..20)
            .map({
                let mut g = Generator::new(1);
                move |i| g.article(i)
            })
            .collect();
        let c = Generator::new(2).article(0);
        assert_eq!(a, b);
        assert_ne!(a[0], c);
    }

    #[test]
    fn page_sizes_stay_within_5_to_500_kb() {
        let mut g = Generator::new(3);
        for i in 0..60 {
            let page = g.page(i);
            let name = page.path.to_string_lossy().into_owned();
            if name.ends_with(".html") {
                let kb = page.bytes.len() / 1024;
                assert!((4..=520).contains(&kb), "{name}: {kb} KB");
            }
        }
    }

    #[test]
    fn extraction_finds_the_generated_title_and_date() {
        let mut g = Generator::new(4);
        let expected = g.clone().article(0);
        let page = g.page(0);
        assert!(page.path.to_string_lossy().ends_with(".html"));
        let article = morgue_extract::extract_article(
            &page.bytes,
            &page.path,
            morgue_extract::PageFormat::Html,
        )
        .unwrap();
        assert_eq!(article.title, expected.title);
        assert!(article.body.contains(&expected.body[..40]));
    }

    #[test]
    fn builds_an_index_that_opens() {
        let dir = tempfile::tempdir().unwrap();
        write_index(dir.path(), 50, 5, 50 << 20).unwrap();
        let index = morgue_index::open_index(dir.path()).unwrap();
        assert_eq!(index.reader().unwrap().searcher().num_docs(), 50);
    }
}
