//! The publication date among the page's structured and visible dates.

use chrono::{Datelike, Timelike};

use super::ld::LdData;
use super::scan::{Block, BlockKind, DateMark, Meta, NO_PARENT, Page, is_update_label};
use super::title::{normalize, normalizes_to};
use crate::Published;
use crate::date::{
    DayOrder, find_date_in_text, find_date_in_url, names_a_month, parse_machine_date,
    parse_stored_date,
};

/// Meta tag names that hold the publication date, most specific first.
const PUBLISHED_METAS: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "datepublished",
    "date_published",
    "publishdate",
    "publish_date",
    "publish-date",
    "published-date",
    "publication_date",
    "publicationdate",
    "pubdate",
    "pub_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
    "bt:pubdate",
    "vr:published_time",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.created",
    "displaydate",
    "creation_date",
    "created",
];

/// Meta names that may hold any date of the page.
const GENERIC_METAS: &[&str] = &["dc.date", "dcterms.date", "date"];

/// Meta names for a later edit: used only when nothing says "published".
const MODIFIED_METAS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
];

/// Sources in decreasing trust: JSON-LD `datePublished`, meta tags, elements marked
/// as the publication date, `<time>` nearest the headline, the url, date-classed
/// elements and date lines near the headline, and last the creation or update date.
pub(super) fn choose(
    page: &Page,
    ld: &LdData,
    url: Option<&str>,
    title: Option<&str>,
    source: &str,
) -> Option<Published> {
    let headline = headline_position(page, title);
    let order = day_order(page.meta.lang.as_deref());
    let east = lives_east_of_utc(page.meta.lang.as_deref());
    let found = choose_any(page, ld, url, headline, order, east, source)?;
    // A timestamp in UTC may fall on the day before or after the one the publisher
    // printed (`2022-11-06T23:00:00Z` for a story dated 7 November in Berlin): a
    // visible date one day off wins.
    if let Published::Instant(instant) = found
        && instant.offset().local_minus_utc() == 0
        && let Some(seen) =
            visible_date_near(page, headline, order, 25).or_else(|| url.and_then(find_date_in_url))
        && is_zone_shift(instant.hour(), (seen.date() - found.date()).num_days())
    {
        return Some(Published::Day(seen.date()));
    }
    Some(found)
}

/// Whether a page in this language (`lang`, lower case) comes from UTC+1 to UTC+3:
/// continental Europe and Russia. English, Spanish, Portuguese and French are
/// spoken across the Atlantic too, so only their European regions count.
fn lives_east_of_utc(lang: Option<&str>) -> bool {
    const EUROPEAN: &[&str] = &[
        "de", "it", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "ro", "bg", "el", "tr",
        "ru", "uk", "be", "sv", "da", "nb", "nn", "no", "fi", "et", "lv", "lt", "ca", "eu", "gl",
        "sq", "mk", "lb",
    ];
    const EUROPEAN_REGIONS: &[&str] = &["fr-fr", "fr-be", "fr-ch", "fr-lu", "es-es", "pt-pt"];
    let Some(lang) = lang else {
        return false;
    };
    let lang = lang.replace('_', "-");
    let base = lang.split('-').next().unwrap_or_default();
    EUROPEAN.contains(&base) || EUROPEAN_REGIONS.iter().any(|r| lang.starts_with(r))
}

/// The publication date the page's metadata states: JSON-LD `datePublished`, then
/// the meta tags that name it.
fn structured_date(meta: &Meta, ld: &LdData, east: bool) -> Option<Published> {
    let machine = |raw: &str| parse_stored_date(raw, east);
    if let Some(p) = ld.date_published.as_deref().and_then(machine) {
        return Some(p);
    }
    for name in PUBLISHED_METAS {
        if let Some(p) = meta
            .metas
            .iter()
            .filter(|(k, _)| k == name)
            .find_map(|(_, v)| machine(v))
        {
            return Some(p);
        }
    }
    // Site-specific spellings (`sw-pubdate`, `article_publish_date`).
    if let Some(p) = meta
        .metas
        .iter()
        .filter(|(k, _)| {
            (k.contains("publish") || k.contains("pubdate") || k.contains("pub_date"))
                && !k.contains("modif")
                && !k.contains("update")
        })
        .find_map(|(_, v)| machine(v))
    {
        return Some(p);
    }
    None
}

fn choose_any(
    page: &Page,
    ld: &LdData,
    url: Option<&str>,
    headline: Option<u32>,
    order: DayOrder,
    east: bool,
    source: &str,
) -> Option<Published> {
    let machine = |raw: &str| parse_stored_date(raw, east);
    let meta = &page.meta;
    let in_chrome = |m: &DateMark| {
        m.elem != NO_PARENT
            && page.strong_chrome_elems[m.elem as usize]
            && !is_just_below(page, m.block_pos as usize, headline)
    };
    // Dated elements outside the chrome, nearest the headline first (those after it
    // before those above it, which may belong to the previous story or the menu).
    let mut marks: Vec<_> = page
        .meta
        .dates
        .iter()
        .filter(|m| !in_chrome(m) && !m.says_modified && !dates_something_else(&m.value))
        .collect();
    marks.sort_by_key(|m| distance(m.block_pos, headline.unwrap_or(0)));
    let parse_mark = |m: &DateMark| {
        let machine = machine(&m.value).or_else(|| find_date_in_text(&m.value, order));
        let printed = Some(m.printed.as_str())
            .filter(|t| !t.is_empty())
            .and_then(|t| find_date_in_text(t, order));
        match (machine, printed) {
            // The page prints another day than its `datetime` says: a time zone's
            // shift or a later edit stamped on the attribute; the printed day counts.
            (Some(machine), Some(printed)) if machine.date() != printed.date() => {
                Some(Published::Day(printed.date()))
            }
            (machine, printed) => machine.or(printed),
        }
    };
    // A `<time>` or a date marked as published just below the headline is the date
    // the publisher prints; metadata that disagrees with it by more than a time
    // zone's shift is often a template's or a re-publication's.
    let near = marks
        .iter()
        .filter(|m| {
            headline.is_some_and(|h| {
                ((m.is_time_element || m.says_published) && distance(m.block_pos, h) <= 20)
                    || (m.block_pos > h
                        && m.block_pos <= h + 3
                        && !page.strong_chrome_elems[m.elem as usize]
                        && !is_order_ambiguous(&m.value))
            })
        })
        .find_map(|m| parse_mark(m))
        .or_else(|| printed_date_below(page, headline, order));
    if let Some(p) = structured_date(meta, ld, east) {
        return match near {
            Some(n) if (n.date() - p.date()).num_days().abs() > 1 => Some(n),
            _ => Some(p),
        };
    }
    for wanted in [true, false] {
        if let Some(p) = marks
            .iter()
            .filter(|m| m.says_published == wanted && (wanted || m.is_time_element))
            .find_map(|m| parse_mark(m))
        {
            return Some(p);
        }
    }
    // Generic `date` metas are often the page's generation or edit date: a date
    // marked in the page near the headline is more often the publication day.
    // So is a date line printed just below the headline.
    if let Some(p) = GENERIC_METAS
        .iter()
        .find_map(|name| meta.get(name).and_then(machine))
    {
        let printed = headline.and_then(|_| visible_date_near(page, headline, order, 6));
        return match printed {
            Some(n) if (n.date() - p.date()).num_days().abs() > 1 => Some(n),
            _ => Some(p),
        };
    }
    if let Some(p) = url.and_then(find_date_in_url) {
        return Some(p);
    }
    if let Some(p) = marks
        .iter()
        .filter(|m| !m.is_time_element)
        .find_map(|m| find_date_in_text(&m.value, order))
    {
        return Some(p);
    }
    if let Some(p) = visible_date_near(page, headline, order, 25) {
        return Some(p);
    }
    ld.date_created
        .as_deref()
        .and_then(machine)
        .or_else(|| ld.date_modified.as_deref().and_then(machine))
        .or_else(|| {
            MODIFIED_METAS
                .iter()
                .find_map(|n| meta.get(n).and_then(machine))
        })
        .or_else(|| {
            page.meta
                .dates
                .iter()
                .filter(|m| !in_chrome(m) && !dates_something_else(&m.value))
                .find_map(&parse_mark)
        })
        // A day the page says it was brought up to date (`Updated on 17.01.2021`)
        // is the page's own, unlike a date anywhere in a line below.
        .or_else(|| as_of_date(page, order))
        // A page without a date is scored and searched as undated; a date line
        // anywhere below the headline (`This article was posted on 14 December
        // 2015`, in the article's footer) is still the best guess.
        .or_else(|| visible_date_near(page, headline, order, usize::MAX))
        // The share image is uploaded with the story: its path may hold the day
        // (`/files/2016/05/04/report.png`) when nothing else on the page does.
        .or_else(|| {
            ["og:image", "twitter:image", "twitter:image:src"]
                .iter()
                .find_map(|n| meta.get(n).and_then(find_date_in_url))
        })
        .or_else(|| date_in_script_state(source))
        // The headline found may be a sidebar's (`<h1>Our partners</h1>` below the
        // story): a date line further up is still the page's only date.
        .or_else(|| date_line_above(page, headline, order))
}

/// The nearest short date line above the headline, beyond the few lines that
/// [`visible_date_near`] reads, outside the chrome.
fn date_line_above(page: &Page, headline: Option<u32>, order: DayOrder) -> Option<Published> {
    let h = headline? as usize;
    page.blocks[..h.saturating_sub(6)]
        .iter()
        .rev()
        .filter(|b| b.chars <= 80 && !b.boiler && !page.strong_chrome_elems[b.elem as usize])
        .filter(|b| !dates_something_else(&b.text))
        .find_map(|b| line_date(&b.text, is_update_label(&b.text), order))
}

/// Keys that the state pages hand to their scripts use for the publication time.
const SCRIPT_STATE_KEYS: &[&str] = &[
    "datePublished",
    "publishedDate",
    "publishDate",
    "publishedAt",
    "published_at",
    "firstPublished",
];

/// A publication date in the JSON a page hands to its scripts
/// (`<script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z"}`),
/// for pages whose dates are drawn by script only. Searched in the raw page (with
/// memchr's vectorised search: the page is read once per key), and only for a page
/// that dates nothing else, so the cost falls on few pages.
fn date_in_script_state(source: &str) -> Option<Published> {
    SCRIPT_STATE_KEYS.iter().find_map(|key| {
        memchr::memmem::find_iter(source.as_bytes(), key)
            .take(20)
            .find_map(|at| state_value(&source[..at], &source[at + key.len()..]))
    })
}

/// The date in `"key": "value"` (or its escaped form inside a JSON string, `\"key\":\"value\"`),
/// given the text before and after the key.
fn state_value(before: &str, after: &str) -> Option<Published> {
    if !before.ends_with('"') {
        return None;
    }
    let rest = after
        .strip_prefix("\\\"")
        .or_else(|| after.strip_prefix('"'))?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let rest = rest
        .strip_prefix("\\\"")
        .or_else(|| rest.strip_prefix('"'))?;
    let end = rest.find(['"', '\\'])?;
    (end <= 40)
        .then(|| parse_machine_date(&rest[..end]))
        .flatten()
}

/// The day a page says it was last brought up to date (`[Stand: 09.10.2017]`,
/// `Last updated: 3 May 2021`), even in the footer: for a page that dates
/// nothing else, such as a city's portal or a notice, it is the page's date.
fn as_of_date(page: &Page, order: DayOrder) -> Option<Published> {
    page.blocks
        .iter()
        .filter(|b| b.chars <= 80)
        .filter(|b| {
            let text = b.text.trim_start_matches(['[', '(']);
            is_update_label(text)
                || ["Stand:", "Stand ", "As of ", "as of "]
                    .iter()
                    .any(|l| text.starts_with(l))
        })
        .find_map(|b| line_date(&b.text, true, order).or_else(|| find_date_in_text(&b.text, order)))
}

/// A numeric date whose day and month could be swapped (`11.03.17` on an American
/// page): too uncertain to overrule metadata.
fn is_order_ambiguous(text: &str) -> bool {
    !names_a_month(text)
        && find_date_in_text(text, DayOrder::DayFirst)
            .is_some_and(|p| p.date().day() <= 12 && p.date().day() != p.date().month())
}

/// Whether a day `days` away from a UTC time at `hour` can be the same instant in
/// some time zone: late evening UTC is already tomorrow in the east, early morning
/// UTC still yesterday in the west.
fn is_zone_shift(hour: u32, days: i64) -> bool {
    (days == 1 && hour >= 14) || (days == -1 && hour < 12)
}

/// American English writes `03/14/2021`; everyone else puts the day first.
fn day_order(lang: Option<&str>) -> DayOrder {
    match lang {
        Some(l) if l == "en" || l.starts_with("en-us") || l.starts_with("en_us") => {
            DayOrder::MonthFirst
        }
        _ => DayOrder::DayFirst,
    }
}

/// Index of the headline's block: the first `h1` matching the title, else another
/// heading matching it (sites set the headline as an `h2` and spend their `h1`s on
/// the logo or a sidebar box), else the first `h1` outside the chrome.
fn headline_position(page: &Page, title: Option<&str>) -> Option<u32> {
    let wanted = title.map(normalize).filter(|t| !t.is_empty());
    let is_title = |i: usize, b: &Block| {
        wanted.as_deref().is_some_and(|t| {
            // Cheap length check first: most blocks are far longer or shorter.
            (b.text.len() + 8 >= t.len()
                && b.text.len() <= t.len() * 2 + 8
                && normalizes_to(&b.text, t))
                // An h1 whose kicker the headline leaves out.
                || page.kicker_tail(i).is_some_and(|tail| normalizes_to(tail, t))
        })
    };
    let h1s = || {
        page.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Heading(1))
    };
    h1s()
        .find(|&(i, b)| is_title(i, b))
        .or_else(|| {
            page.blocks.iter().enumerate().find(|(i, b)| {
                matches!(b.kind, BlockKind::Heading(_))
                    && !page.strong_chrome_elems[b.elem as usize]
                    && is_title(*i, b)
            })
        })
        .or_else(|| h1s().find(|(_, b)| !b.boiler))
        .or_else(|| h1s().find(|(_, b)| !page.strong_chrome_elems[b.elem as usize]))
        .map(|(i, _)| i as u32)
}

/// Within a few blocks below the headline: a date there is the article's even when
/// its wrapper is named like a widget (`elementor-widget-post-info`, Blogger's
/// `widget Blog`), which elsewhere marks other stories' dates.
fn is_just_below(page: &Page, block: usize, headline: Option<u32>) -> bool {
    headline.is_some_and(|h| {
        let h = h as usize;
        // Short lines between, or one standfirst: further into the article text, a
        // widget is a sidebar again.
        block > h
            && block <= h + 8
            && page.blocks[h + 1..block.min(page.blocks.len())]
                .iter()
                .filter(|b| b.chars >= 100)
                .count()
                <= 1
    })
}

/// Distance in blocks, counting positions above the headline three times as far.
fn distance(pos: u32, headline: u32) -> u32 {
    if pos >= headline {
        pos - headline
    } else {
        (headline - pos) * 3
    }
}

/// A short date line among the first blocks below the headline, outside the
/// chrome, naming no edit: the day the publisher prints over the article. A
/// numeric date whose day and month could swap counts only on a page in a
/// language that writes the day first.
fn printed_date_below(page: &Page, headline: Option<u32>, order: DayOrder) -> Option<Published> {
    let h = headline? as usize;
    let day_first_language = page
        .meta
        .lang
        .as_deref()
        .is_some_and(|l| !l.is_empty() && !l.starts_with("en"));
    page.blocks
        .iter()
        .skip(h + 1)
        .take(3)
        .filter(|b| b.chars <= 40 && !page.strong_chrome_elems[b.elem as usize])
        .filter(|b| !dates_something_else(&b.text))
        .filter(|b| day_first_language || !is_order_ambiguous(&b.text))
        .find_map(|b| line_date(&b.text, says_edited(&b.text), order))
}

/// A line dating something other than the page: a clock stating when the page was
/// served (phpBB's `It is currently Wed Oct 14, 2020 12:18 pm`, `Aktuelle Zeit:
/// 14.10.2020, 12:18`), the day of the visit, or a forum member's sign-up day
/// beside their post (`Joined: 18.09.2008`).
fn dates_something_else(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "it is currently",
        "current time",
        "aktuelle zeit",
        "nous sommes le",
        "fecha actual",
        "hora atual",
        "het is nu",
        "текущее время",
        "today is",
        "heute ist",
        "joined",
        "registriert",
        "registered",
        "inscription",
        "registrado",
        "iscritto",
        "зарегистрирован",
    ];
    let head = text.trim_start();
    // Compared char by char in lower case: every date line asks, so no copies.
    let starts_with = |label: &str| {
        let mut lowered = head.chars().flat_map(char::to_lowercase);
        label.chars().all(|c| lowered.next() == Some(c))
    };
    LABELS.iter().any(|label| starts_with(label))
}

/// Whether a line mentions an edit anywhere (`By Ann Lee Updated Jul 24, 2018`).
fn says_edited(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "updat",
        "aktualisiert",
        "modifi",
        "geändert",
        "mis à jour",
        "actualiz",
        "aggiornat",
        "atualiz",
        "bijgewerkt",
        "обновл",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// What follows a publication label in a line that also names an update
/// (`Updated March 16, 2021; originally published March 14, 2021`, `Mis à jour le
/// 16 mars, publié le 14 mars`): the day after the label is the publication's.
/// `None` when the line labels no publication. Lower-cased: month names are read
/// in any case.
fn after_published_label(text: &str) -> Option<String> {
    const LABELS: &[&str] = &[
        "published",
        "posted",
        "publié",
        "publiée",
        "veröffentlicht",
        "erschienen",
        "publicado",
        "publicada",
        "pubblicato",
        "pubblicata",
        "gepubliceerd",
        "geplaatst",
        "опубликовано",
    ];
    let lower = text.to_lowercase();
    LABELS
        .iter()
        .filter_map(|label| {
            lower.match_indices(label).find(|&(at, _)| {
                // A whole word: `unpublished` or `repostedly` label nothing.
                !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !lower[at + label.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
        })
        .map(|(at, label)| at + label.len())
        .min()
        .map(|end| lower[end..].to_owned())
}

/// The date a line gives for the publication: the line's first date, or, when the
/// line names an update, the date after its publication label if it has one.
fn line_date(text: &str, names_update: bool, order: DayOrder) -> Option<Published> {
    if names_update {
        after_published_label(text).and_then(|rest| find_date_in_text(&rest, order))
    } else {
        find_date_in_text(text, order)
    }
}

/// A short line with a date just below (or a little above) the headline.
fn visible_date_near(
    page: &Page,
    headline: Option<u32>,
    order: DayOrder,
    max_blocks_below: usize,
) -> Option<Published> {
    let h = headline.unwrap_or(0) as usize;
    let below = page
        .blocks
        .iter()
        .enumerate()
        .skip(h)
        .take(max_blocks_below);
    let above = page
        .blocks
        .iter()
        .enumerate()
        .take(h)
        .skip(h.saturating_sub(6))
        .rev();
    below
        .chain(above)
        .filter(|&(i, b)| {
            !page.strong_chrome_elems[b.elem as usize] || is_just_below(page, i, headline)
        })
        .filter(|(_, b)| !dates_something_else(&b.text))
        .find_map(|(i, b)| {
            // A long block counts only when it opens with the date
            // (`29.11.2022 – The industry protested ...`).
            // As the last resort, a "posted on" line may run on longer.
            let opening = if max_blocks_below == usize::MAX {
                300
            } else {
                40
            };
            // Further down, a line of more than a date line's length is a
            // caption or a citation (`Science, Vol. 371, 15 January 2021, DOI
            // ...`) dating something else: it counts only when it opens with it.
            let far = i > h + 3 && max_blocks_below != usize::MAX;
            let text = if b.chars <= 150 && !(far && b.chars > 60) {
                &b.text
            } else {
                prefix(&b.text, opening)
            };
            line_date(text, is_update_label(&b.text), order)
        })
}

fn prefix(text: &str, max_bytes: usize) -> &str {
    let mut end = max_bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
