//! Publication dates from the many ways pages write them: machine formats (meta tags,
//! JSON-LD, `<time datetime>`), dates inside urls, and date lines written for people in
//! the languages of the archive.

use std::path::Path;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};

use crate::Published;

/// The earliest year we accept: older dates on news pages are almost always a
/// copyright line, a birth date or a parse of something that is not a date.
const MIN_YEAR: i32 = 1990;

/// True when a day can be a publication date: not before 1990 and not in the future
/// (one day of slack for time zones ahead of UTC).
pub(crate) fn is_plausible(day: NaiveDate) -> bool {
    let tomorrow = Utc::now().date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    day.year() >= MIN_YEAR && day <= tomorrow
}

fn plausible(published: Published) -> Option<Published> {
    is_plausible(published.date()).then_some(published)
}

/// Parses a machine-readable date (ISO 8601 / RFC 3339 / RFC 2822, a bare day, or
/// a date followed by a time in the usual spellings); `None` for implausible days.
pub(crate) fn parse_machine_date(raw: &str) -> Option<Published> {
    let raw = raw.trim();
    if raw.len() < 8 {
        return None;
    }
    if let Ok(instant) = DateTime::parse_from_rfc3339(raw) {
        return plausible(Published::Instant(instant));
    }
    if let Ok(instant) = DateTime::parse_from_rfc2822(raw) {
        return plausible(Published::Instant(instant));
    }
    // `Z` without seconds (`2021-11-04T23:00Z`) is UTC all the same.
    let utc;
    let raw = match raw.strip_suffix(['Z', 'z']) {
        Some(stem) if stem.len() >= 16 => {
            utc = format!("{stem}+0000");
            utc.as_str()
        }
        _ => raw,
    };
    // Offsets without a colon (`+0100`) and fractional seconds of any length.
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        // ISO 8601's basic form, dashes left out (`20200414T00:38:07Z`).
        "%Y%m%dT%H:%M:%S%z",
        "%Y%m%dT%H%M%S%z",
    ] {
        if let Ok(instant) = DateTime::parse_from_str(raw, format) {
            return plausible(Published::Instant(instant));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(raw, format) {
            return plausible(Published::Instant(naive.and_utc().fixed_offset()));
        }
    }
    if let Some(day) = raw
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(&d.replace('/', "-"), "%Y-%m-%d").ok())
    {
        return plausible(Published::Day(day));
    }
    if let Some(day) = parse_unix_date(raw) {
        return plausible(Published::Day(day));
    }
    // Compact `20210314` and anything else a person could read.
    if raw.len() >= 8
        && raw.as_bytes()[..8].iter().all(u8::is_ascii_digit)
        && let Ok(day) = NaiveDate::parse_from_str(&raw[..8], "%Y%m%d")
    {
        return plausible(Published::Day(day));
    }
    find_date_in_text(raw, DayOrder::DayFirst)
}

/// [`parse_machine_date`] for a page from UTC+1 to UTC+3 (`east_of_utc`), where a
/// time written in UTC (`Z`, `+00:00`) late in the evening on the hour is the next
/// day's local midnight (see [`as_local_midnight`]). A time without a zone stays.
pub(crate) fn parse_stored_date(raw: &str, east_of_utc: bool) -> Option<Published> {
    let parsed = parse_machine_date(raw)?;
    let raw = raw.trim();
    let says_utc = raw.ends_with(['Z', 'z']) || raw.ends_with("+00:00") || raw.ends_with("+0000");
    match parsed {
        Published::Instant(instant) if east_of_utc && says_utc => {
            Some(Published::Instant(as_local_midnight(instant)))
        }
        parsed => Some(parsed),
    }
}

/// A UTC time on the hour late in the evening (`2022-11-06T23:00:00.000Z`) as the
/// midnight of the next day it is in UTC+1 to UTC+3: a CMS that stores only a
/// story's day converts the local midnight to UTC. Minutes or seconds, or an
/// explicit local offset, mean a real clock time and stay as written. Only for
/// pages from those zones: an American page's `22:00:00Z` is 6 pm, the same day.
fn as_local_midnight(instant: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let hour = instant.hour();
    let is_utc_on_the_hour = instant.offset().local_minus_utc() == 0
        && instant.minute() == 0
        && instant.second() == 0
        && instant.nanosecond() == 0;
    if !is_utc_on_the_hour || !(21..=23).contains(&hour) {
        return instant;
    }
    FixedOffset::east_opt(((24 - hour) * 3600) as i32)
        .map_or(instant, |zone| instant.with_timezone(&zone))
}

/// The day of a C `date` / Java `Date.toString()` stamp, `Mon Oct 11 14:57:21 CEST
/// 2021`, which some CMSs put in meta tags. The zone is a name chrono cannot read, so
/// the day is kept as written: the publisher's own calendar day.
fn parse_unix_date(raw: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = raw.split_whitespace().collect();
    let [_weekday, month, day, time, zone, year] = parts.as_slice() else {
        return None;
    };
    if !time.contains(':') || !zone.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    NaiveDate::parse_from_str(&format!("{month} {day} {year}"), "%b %d %Y").ok()
}

/// The date a saved page's path gives, for a page that gives none: in its file name
/// (`2023-11-05-bridge.html`), else in the folders just above it (`2023-11-05/`,
/// `2023/11/05/`, a mirror of the site's addresses), the nearest first. Folders
/// further up name the archive, not the page (`backup-2019-05-01/`), and are not
/// read.
pub(crate) fn find_date_in_path(path: &Path) -> Option<Published> {
    let names: Vec<&str> = path
        .components()
        .rev()
        .take(4)
        .filter_map(|c| c.as_os_str().to_str())
        .collect();
    // The file name alone, then with one, two and three folders before it.
    (1..=names.len()).find_map(|n| {
        let tail: Vec<&str> = names[..n].iter().rev().copied().collect();
        find_date_in_url(&format!("/{}", tail.join("/")))
    })
}

/// A date inside a url path: `/2021/03/14/`, `/2021-03-14/`, `/20210314/`, or just
/// `/2021/03/` (then the first of the month is not guessed: `None`).
pub(crate) fn find_date_in_url(url: &str) -> Option<Published> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let bytes = path.as_bytes();
    let digits_at =
        |i: usize, n: usize| bytes.len() >= i + n && bytes[i..i + n].iter().all(u8::is_ascii_digit);
    let number =
        |i: usize, n: usize| -> u32 { path[i..i + n].parse().expect("checked to be ascii digits") };
    for i in 0..bytes.len() {
        if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        if !digits_at(i, 4) || !matches!(&path[i..i + 2], "19" | "20") {
            continue;
        }
        let year = number(i, 4) as i32;
        // `2021/03/14`, `2021-03-14`, `2021_03_14`
        if bytes.len() > i + 4 && matches!(bytes[i + 4], b'/' | b'-' | b'_') {
            let sep = bytes[i + 4];
            let m_len = (1..=2).rev().find(|&n| digits_at(i + 5, n)).unwrap_or(0);
            if m_len == 0 {
                continue;
            }
            let after_month = i + 5 + m_len;
            if bytes.get(after_month) == Some(&sep) {
                let d_len = (1..=2)
                    .rev()
                    .find(|&n| digits_at(after_month + 1, n))
                    .unwrap_or(0);
                let end = after_month + 1 + d_len;
                if d_len > 0 && bytes.get(end).is_none_or(|b| !b.is_ascii_digit()) {
                    let day = NaiveDate::from_ymd_opt(
                        year,
                        number(i + 5, m_len),
                        number(after_month + 1, d_len),
                    );
                    if let Some(day) = day.filter(|d| is_plausible(*d)) {
                        return Some(Published::Day(day));
                    }
                }
            }
        } else if i >= 6
            && digits_at(i - 6, 2)
            && digits_at(i - 3, 2)
            && bytes[i - 4] == b'-'
            && bytes[i - 1] == b'-'
            && (i == 6 || !bytes[i - 7].is_ascii_alphanumeric())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
        {
            // `/29-10-2021`: day first.
            let day = NaiveDate::from_ymd_opt(year, number(i - 3, 2), number(i - 6, 2));
            if let Some(day) = day.filter(|d| is_plausible(*d)) {
                return Some(Published::Day(day));
            }
        } else if digits_at(i, 8) && bytes.get(i + 8).is_none_or(|b| !b.is_ascii_digit()) {
            let day = NaiveDate::from_ymd_opt(year, number(i + 4, 2), number(i + 6, 2));
            if let Some(day) = day.filter(|d| is_plausible(*d)) {
                return Some(Published::Day(day));
            }
        }
    }
    None
}

/// Which number comes first in an all-numeric date such as `03/04/2021`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayOrder {
    /// `14/03/2021`: most of the world.
    DayFirst,
    /// `03/14/2021`: American English.
    MonthFirst,
}

/// One lexical piece of a date line.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    Number {
        value: u32,
        digits: usize,
    },
    Word(&'a str),
    /// A CJK date unit: 年 (year), 月 (month), 日 (day), or Korean 년/월/일.
    Unit(char),
    Sep(char),
}

/// Finds the first plausible date written for people in `text`: numeric (`2021-03-14`,
/// `14.03.2021`, `03/14/2021`), with a month name in one of the archive's languages
/// (`14 March 2021`, `March 14th, 2021`, `14. März 2021`, `14 de marzo de 2021`,
/// `14 марта 2021`), or CJK (`2021年3月14日`). A time right after the date
/// (`04:40`, `04:40:05`) makes it an instant.
pub(crate) fn find_date_in_text(text: &str, order: DayOrder) -> Option<Published> {
    first_date(text, order).map(|(date, _)| date)
}

/// Where the first date [`find_date_in_text`] would find in `text` starts, in bytes
/// (day first where the order is ambiguous).
pub(crate) fn find_date_start(text: &str) -> Option<usize> {
    first_date(text, DayOrder::DayFirst).map(|(_, at)| at)
}

/// The first date in `text` and its byte offset. The one caller of `date_at`, so
/// the finders above share its code rather than each inlining a copy.
fn first_date(text: &str, order: DayOrder) -> Option<(Published, usize)> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let tokens = tokenize(text);
    (0..tokens.len()).find_map(|i| Some((date_at(&tokens, i, order)?, tokens[i].1)))
}

/// Whether `text` names a month in words: its dates cannot have day and month
/// swapped, unlike `11.03.17`.
pub(crate) fn names_a_month(text: &str) -> bool {
    tokenize(text)
        .iter()
        .any(|(token, _)| matches!(token, Token::Word(w) if month_number(w).is_some()))
}

fn tokenize(text: &str) -> Vec<(Token<'_>, usize)> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            let digits = end - start;
            let value = if digits <= 9 {
                text[start..end].parse().unwrap_or(0)
            } else {
                0
            };
            tokens.push((Token::Number { value, digits }, start));
        } else if matches!(c, '年' | '月' | '日' | '년' | '월' | '일') {
            tokens.push((Token::Unit(c), start));
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphabetic() || matches!(d, '年' | '月' | '日' | '년' | '월' | '일')
                {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            tokens.push((Token::Word(&text[start..end]), start));
        } else if !c.is_whitespace() {
            tokens.push((Token::Sep(c), start));
        }
    }
    tokens
}

/// Month number of a month name or abbreviation in one of the archive's languages.
fn month_number(word: &str) -> Option<u32> {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    MONTH_NAMES
        .binary_search_by(|(name, _)| (*name).cmp(lower))
        .ok()
        .map(|at| MONTH_NAMES[at].1)
}

/// Month names and abbreviations, lower case, in the archive's languages (English,
/// German, French, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish,
/// Czech, Danish, Norwegian, Swedish, Finnish, Hungarian, Romanian, Turkish,
/// Indonesian, Greek, Arabic), in the genitive too where a date puts them in it
/// (`14 марта`, `14. března`, `14. maaliskuuta`); sorted for a binary search.
const MONTH_NAMES: &[(&str, u32)] = &[
    ("abr", 4),
    ("abril", 4),
    ("ago", 8),
    ("agosto", 8),
    ("agustus", 8),
    ("aout", 8),
    ("août", 8),
    ("apr", 4),
    ("april", 4),
    ("aprile", 4),
    ("aprilie", 4),
    ("aralık", 12),
    ("aug", 8),
    ("august", 8),
    ("augusti", 8),
    ("augustus", 8),
    ("augusztus", 8),
    ("avr", 4),
    ("avril", 4),
    ("ağustos", 8),
    ("března", 3),
    ("czerwca", 6),
    ("dec", 12),
    ("december", 12),
    ("decembre", 12),
    ("decembrie", 12),
    ("desember", 12),
    ("dez", 12),
    ("dezember", 12),
    ("dezembro", 12),
    ("dic", 12),
    ("dicembre", 12),
    ("diciembre", 12),
    ("dubna", 4),
    ("déc", 12),
    ("décembre", 12),
    ("ekim", 10),
    ("elokuu", 8),
    ("elokuuta", 8),
    ("ene", 1),
    ("enero", 1),
    ("eylül", 9),
    ("feb", 2),
    ("febbraio", 2),
    ("febr", 2),
    ("febrero", 2),
    ("februar", 2),
    ("februari", 2),
    ("februarie", 2),
    ("february", 2),
    ("február", 2),
    ("fev", 2),
    ("fevereiro", 2),
    ("fevrier", 2),
    ("fév", 2),
    ("févr", 2),
    ("février", 2),
    ("gen", 1),
    ("gennaio", 1),
    ("giu", 6),
    ("giugno", 6),
    ("grudnia", 12),
    ("haziran", 6),
    ("heinäkuu", 7),
    ("heinäkuuta", 7),
    ("helmikuu", 2),
    ("helmikuuta", 2),
    ("huhtikuu", 4),
    ("huhtikuuta", 4),
    ("ianuarie", 1),
    ("iulie", 7),
    ("iunie", 6),
    ("jan", 1),
    ("janeiro", 1),
    ("januar", 1),
    ("januari", 1),
    ("january", 1),
    ("január", 1),
    ("janv", 1),
    ("janvier", 1),
    ("joulukuu", 12),
    ("joulukuuta", 12),
    ("juil", 7),
    ("juillet", 7),
    ("juin", 6),
    ("jul", 7),
    ("julho", 7),
    ("juli", 7),
    ("julio", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("junho", 6),
    ("juni", 6),
    ("junio", 6),
    ("jänner", 1),
    ("júl", 7),
    ("július", 7),
    ("jún", 6),
    ("június", 6),
    ("kasım", 11),
    ("kesäkuu", 6),
    ("kesäkuuta", 6),
    ("května", 5),
    ("kwietnia", 4),
    ("ledna", 1),
    ("lipca", 7),
    ("listopada", 11),
    ("listopadu", 11),
    ("lokakuu", 10),
    ("lokakuuta", 10),
    ("lug", 7),
    ("luglio", 7),
    ("lutego", 2),
    ("maaliskuu", 3),
    ("maaliskuuta", 3),
    ("maart", 3),
    ("maerz", 3),
    ("maggio", 5),
    ("mai", 5),
    ("maio", 5),
    ("maj", 5),
    ("maja", 5),
    ("mar", 3),
    ("marca", 3),
    ("march", 3),
    ("marco", 3),
    ("maret", 3),
    ("marraskuu", 11),
    ("marraskuuta", 11),
    ("mars", 3),
    ("mart", 3),
    ("martie", 3),
    ("marts", 3),
    ("marzo", 3),
    ("março", 3),
    ("may", 5),
    ("mayo", 5),
    ("mayıs", 5),
    ("mei", 5),
    ("mrt", 3),
    ("máj", 5),
    ("május", 5),
    ("márc", 3),
    ("március", 3),
    ("mär", 3),
    ("märz", 3),
    ("nisan", 4),
    ("noiembrie", 11),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("novembro", 11),
    ("noviembre", 11),
    ("ocak", 1),
    ("oct", 10),
    ("october", 10),
    ("octobre", 10),
    ("octombrie", 10),
    ("octubre", 10),
    ("okt", 10),
    ("oktober", 10),
    ("október", 10),
    ("ott", 10),
    ("ottobre", 10),
    ("out", 10),
    ("outubro", 10),
    ("października", 10),
    ("prosince", 12),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("septembrie", 9),
    ("septiembre", 9),
    ("set", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("sierpnia", 8),
    ("srpna", 8),
    ("sty", 1),
    ("stycznia", 1),
    ("syyskuu", 9),
    ("syyskuuta", 9),
    ("szept", 9),
    ("szeptember", 9),
    ("tammikuu", 1),
    ("tammikuuta", 1),
    ("temmuz", 7),
    ("toukokuu", 5),
    ("toukokuuta", 5),
    ("września", 9),
    ("září", 9),
    ("ápr", 4),
    ("április", 4),
    ("února", 2),
    ("července", 7),
    ("června", 6),
    ("října", 10),
    ("şubat", 2),
    ("απριλίου", 4),
    ("αυγούστου", 8),
    ("δεκεμβρίου", 12),
    ("ιανουαρίου", 1),
    ("ιουλίου", 7),
    ("ιουνίου", 6),
    ("μαΐου", 5),
    ("μαρτίου", 3),
    ("νοεμβρίου", 11),
    ("οκτωβρίου", 10),
    ("σεπτεμβρίου", 9),
    ("φεβρουαρίου", 2),
    ("авг", 8),
    ("август", 8),
    ("августа", 8),
    ("апр", 4),
    ("апрель", 4),
    ("апреля", 4),
    ("березня", 3),
    ("вересня", 9),
    ("грудня", 12),
    ("дек", 12),
    ("декабрь", 12),
    ("декабря", 12),
    ("жовтня", 10),
    ("июл", 7),
    ("июль", 7),
    ("июля", 7),
    ("июн", 6),
    ("июнь", 6),
    ("июня", 6),
    ("квітня", 4),
    ("липня", 7),
    ("листопада", 11),
    ("лютого", 2),
    ("май", 5),
    ("мар", 3),
    ("март", 3),
    ("марта", 3),
    ("мая", 5),
    ("ноя", 11),
    ("ноябрь", 11),
    ("ноября", 11),
    ("окт", 10),
    ("октябрь", 10),
    ("октября", 10),
    ("сен", 9),
    ("сент", 9),
    ("сентябрь", 9),
    ("сентября", 9),
    ("серпня", 8),
    ("січня", 1),
    ("травня", 5),
    ("фев", 2),
    ("февраль", 2),
    ("февраля", 2),
    ("червня", 6),
    ("янв", 1),
    ("январь", 1),
    ("января", 1),
    ("آب", 8),
    ("آذار", 3),
    ("أبريل", 4),
    ("أغسطس", 8),
    ("أكتوبر", 10),
    ("أيار", 5),
    ("أيلول", 9),
    ("إبريل", 4),
    ("ابريل", 4),
    ("اغسطس", 8),
    ("اكتوبر", 10),
    ("تموز", 7),
    ("حزيران", 6),
    ("ديسمبر", 12),
    ("سبتمبر", 9),
    ("شباط", 2),
    ("فبراير", 2),
    ("مارس", 3),
    ("مايو", 5),
    ("نوفمبر", 11),
    ("نيسان", 4),
    ("يناير", 1),
    ("يوليه", 7),
    ("يوليو", 7),
    ("يونيه", 6),
    ("يونيو", 6),
];

/// Small words that may sit between the parts of a date: `14 de marzo de 2021`,
/// `le 14 mars`, `den 14. März`, `14 of March`.
fn is_filler(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "de" | "del" | "of" | "the" | "г" | "года"
    )
}

/// The date that starts at token `i`, by the shape of its first token: a year, a
/// day or month number, or a month's name.
fn date_at(tokens: &[(Token<'_>, usize)], i: usize, order: DayOrder) -> Option<Published> {
    let line = DateLine { tokens, order };
    match line.tok(i)? {
        Token::Number { value, digits: 4 } => line.year_first(i, value),
        Token::Number {
            value,
            digits: 1..=2,
        } => line.number_first(i, value),
        Token::Word(w) => line.month_name_first(i, w),
        _ => None,
    }
}

/// The tokens of a line read for a date, and the order of day and month in its
/// numeric dates: what [`date_at`]'s rules ask of the tokens around a position.
#[derive(Clone, Copy)]
struct DateLine<'t, 'a> {
    tokens: &'t [(Token<'a>, usize)],
    order: DayOrder,
}

impl<'a> DateLine<'_, 'a> {
    fn tok(self, k: usize) -> Option<Token<'a>> {
        self.tokens.get(k).map(|t| t.0)
    }

    /// The number at token `k` and its count of digits.
    fn num(self, k: usize) -> Option<(u32, usize)> {
        match self.tok(k) {
            Some(Token::Number { value, digits }) => Some((value, digits)),
            _ => None,
        }
    }

    fn is_sep(self, k: usize, set: &[char]) -> bool {
        matches!(self.tok(k), Some(Token::Sep(c)) if set.contains(&c))
    }

    /// Skip separators and filler words from k; the index of the next real token.
    fn skip(self, mut k: usize) -> usize {
        while let Some(t) = self.tok(k) {
            match t {
                Token::Sep(',' | '.' | '-' | '/' | '|') => k += 1,
                Token::Word(w) if is_filler(w) => k += 1,
                _ => break,
            }
        }
        k
    }

    fn is_ordinal_suffix(self, k: usize) -> bool {
        matches!(self.tok(k), Some(Token::Word(w)) if matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th" | "er" | "º"))
    }

    /// The day, if plausible, made an instant by a clock time at token `next`.
    fn finish(self, y: u32, m: u32, d: u32, next: usize) -> Option<Published> {
        let day = NaiveDate::from_ymd_opt(y as i32, m, d).filter(|d| is_plausible(*d))?;
        Some(with_time(self.tokens, next, day))
    }

    /// A date that opens with its year, the four-digit number at token `i`.
    fn year_first(self, i: usize, year: u32) -> Option<Published> {
        if self.tok(i + 1) == Some(Token::Unit('年')) || self.tok(i + 1) == Some(Token::Unit('년'))
        {
            return self.cjk_date(i, year);
        }
        let k = i + 1 + usize::from(self.is_sep(i + 1, &['.']));
        if let Some(Token::Word(w)) = self.tok(k)
            && let Some(month) = month_number(w)
        {
            return self.year_then_month_name(k, year, month);
        }
        if self.is_sep(i + 1, &['-', '/', '.']) {
            return self.year_month_day(i, year);
        }
        None
    }

    /// 2021年3月14日
    fn cjk_date(self, i: usize, year: u32) -> Option<Published> {
        let (m, _) = self.num(i + 2)?;
        if !matches!(self.tok(i + 3), Some(Token::Unit('月' | '월'))) {
            return None;
        }
        let (d, _) = self.num(i + 4)?;
        self.finish(year, m, d, i + 5)
    }

    /// `2021. március 14.`, `2021. márc. 14.` (Hungarian writes the year first);
    /// `k` is the month's token.
    fn year_then_month_name(self, k: usize, year: u32, month: u32) -> Option<Published> {
        let (day, 1..=2) = self.num(self.skip(k + 1))? else {
            return None;
        };
        self.finish(year, month, day, self.skip(k + 1) + 1)
    }

    /// 2021-03-14, 2021/3/14, 2021.03.14
    fn year_month_day(self, i: usize, year: u32) -> Option<Published> {
        let sep = self.tok(i + 1);
        let (m, md) = self.num(i + 2)?;
        if self.tok(i + 3) != sep || md > 2 {
            return None;
        }
        let (d, dd) = self.num(i + 4)?;
        if dd > 2 {
            return None;
        }
        self.finish(year, m, d, i + 5)
    }

    /// A date that opens with a day or a month, the number `first` of one or two
    /// digits at token `i`: all numbers, else a month's name after it.
    fn number_first(self, i: usize, first: u32) -> Option<Published> {
        // Not the tail of a longer number such as `3.14.2021.5`.
        if i > 0 && self.is_sep(i - 1, &['.', '/']) && self.num(i.wrapping_sub(2)).is_some() {
            return None;
        }
        if self.is_sep(i + 1, &['.', '/', '-', '|'])
            && let Some((second, second_digits @ 1..=2)) = self.num(i + 2)
        {
            return self.numeric_date(i, first, second, second_digits);
        }
        self.day_then_month_name(i, first)
    }

    /// 14.03.2021, 03/14/2021, 14-03-2021, and the bars of some date lines'
    /// design, `26 | 01 | 2022` (zero-padded only: `1 | 2 | 2022` lists things);
    /// `first` is at token `i`, `second` two tokens on.
    fn numeric_date(
        self,
        i: usize,
        first: u32,
        second: u32,
        second_digits: usize,
    ) -> Option<Published> {
        let sep = self.tok(i + 1);
        if self.tok(i + 3) != sep {
            return None;
        }
        let first_digits = match self.tok(i) {
            Some(Token::Number { digits, .. }) => digits,
            _ => 0,
        };
        if sep == Some(Token::Sep('|')) && (first_digits != 2 || second_digits != 2) {
            return None;
        }
        let (mut year, yd) = self.num(i + 4)?;
        // `23.09.22`: a two-digit year, only in the zero-padded dotted
        // form German and Swiss sites use, and never mid-number.
        let is_short_year = yd == 2
            && sep == Some(Token::Sep('.'))
            && first_digits == 2
            && second_digits == 2
            && !self.is_sep(i + 5, &['.'])
            && !matches!(self.tok(i + 5), Some(Token::Number { .. }));
        if is_short_year {
            let this_year = (Utc::now().year() % 100) as u32;
            year += if year <= this_year { 2000 } else { 1900 };
        } else if yd != 4 {
            return None;
        }
        let month_first = match sep {
            Some(Token::Sep('.')) => false,
            _ => second > 12 || (self.order == DayOrder::MonthFirst && first <= 12),
        };
        let (m, d) = if month_first {
            (first, second)
        } else {
            (second, first)
        };
        self.finish(year, m, d, i + 5)
    }

    /// 14 March 2021, 14. März 2021, 14 de marzo de 2021, 14th of March, 2021;
    /// the day is at token `i`.
    fn day_then_month_name(self, i: usize, day: u32) -> Option<Published> {
        let mut k = i + 1;
        if self.is_ordinal_suffix(k) {
            k += 1;
        }
        k = self.skip(k);
        let Some(Token::Word(w)) = self.tok(k) else {
            return None;
        };
        let month = month_number(w)?;
        k = self.skip(k + 1);
        // Arabic sites print the month in both calendars' names, Levantine and
        // Egyptian (`24 نيسان / أبريل 2020`): a second name of the same month.
        if matches!(self.tok(k), Some(Token::Word(w)) if month_number(w) == Some(month)) {
            k = self.skip(k + 1);
        }
        let (year, 4) = self.num(k)? else {
            return None;
        };
        self.finish(year, month, day, k + 1)
    }

    /// March 14, 2021 / March 14th 2021; the word `w` at token `i`.
    fn month_name_first(self, i: usize, w: &str) -> Option<Published> {
        let month = month_number(w)?;
        let mut k = self.skip(i + 1);
        let (day, 1..=2) = self.num(k)? else {
            return None;
        };
        k += 1;
        if self.is_ordinal_suffix(k) {
            k += 1;
        }
        k = self.skip(k);
        if let Some((time, after)) = clock_at(self.tokens, k) {
            return self.clock_then_year(month, day, time, after);
        }
        let (year, 4) = self.num(k)? else {
            return None;
        };
        self.finish(year, month, day, k + 1)
    }

    /// `Jan 04 09:34 2021`, `Mon Jan  4 09:34:12 EST 2021`: the clock, and maybe
    /// a zone's name, between the day and the year, as C's `date` and mail
    /// archives print it. A named zone cannot be read, so the day stays as
    /// written, like [`parse_unix_date`]'s. `after` is the token after the clock.
    fn clock_then_year(
        self,
        month: u32,
        day: u32,
        time: NaiveTime,
        after: usize,
    ) -> Option<Published> {
        let zoned = matches!(self.tok(after), Some(Token::Word(z))
            if (2..=5).contains(&z.len()) && z.bytes().all(|b| b.is_ascii_uppercase()));
        let (year, 4) = self.num(after + usize::from(zoned))? else {
            return None;
        };
        let day = NaiveDate::from_ymd_opt(year as i32, month, day).filter(|d| is_plausible(*d))?;
        Some(if zoned {
            Published::Day(day)
        } else {
            Published::Instant(day.and_time(time).and_utc().fixed_offset())
        })
    }
}

/// A clock time at token `k` (`09:34`, `9:34:12`), and the index after it.
fn clock_at(tokens: &[(Token<'_>, usize)], k: usize) -> Option<(NaiveTime, usize)> {
    let number = |k: usize| match tokens.get(k).map(|t| t.0) {
        Some(Token::Number {
            value,
            digits: 1..=2,
        }) => Some(value),
        _ => None,
    };
    let colon = |k: usize| matches!(tokens.get(k).map(|t| t.0), Some(Token::Sep(':')));
    let h = number(k)?;
    if !colon(k + 1) {
        return None;
    }
    let m = number(k + 2)?;
    let (s, after) = match (colon(k + 3), number(k + 4)) {
        (true, Some(s)) => (s, k + 5),
        (true, None) => (0, k + 4),
        (false, _) => (0, k + 3),
    };
    Some((NaiveTime::from_hms_opt(h, m, s)?, after))
}

/// The date at hand, made an instant when a clock time follows it (`, 04:40`, `um 9:05 Uhr`).
fn with_time(tokens: &[(Token<'_>, usize)], mut k: usize, day: NaiveDate) -> Published {
    // Allow a separator or one short word (`at`, `um`, `à`, `в`) before the time.
    for _ in 0..2 {
        match tokens.get(k).map(|t| t.0) {
            Some(Token::Sep(c)) if c != ':' => k += 1,
            Some(Token::Word(w)) if w.chars().count() <= 3 => k += 1,
            _ => break,
        }
    }
    match clock_at(tokens, k) {
        Some((time, _)) => Published::Instant(day.and_time(time).and_utc().fixed_offset()),
        None => Published::Day(day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn check_text(text: &str, expected: Option<NaiveDate>) {
        let found = find_date_in_text(text, DayOrder::DayFirst).map(|p| p.date());
        assert_eq!(found, expected, "{text}");
    }

    #[test]
    fn machine_dates_keep_their_time() {
        let p = parse_machine_date("2021-03-14T09:30:00+01:00").unwrap();
        assert_eq!(p.to_string(), "2021-03-14T09:30:00+01:00");
        let p = parse_machine_date("2021-03-14T09:30:00.123+0100").unwrap();
        assert_eq!(p.date(), day(2021, 3, 14));
        assert_eq!(
            parse_machine_date("2021-03-14").unwrap(),
            Published::Day(day(2021, 3, 14))
        );
        assert_eq!(
            parse_machine_date("Sun, 14 Mar 2021 09:30:00 GMT")
                .unwrap()
                .date(),
            day(2021, 3, 14)
        );
    }

    #[test]
    fn month_names_of_more_european_languages_are_read() {
        for text in [
            "14. března 2021",      // Czech, genitive
            "14. marts 2021",       // Danish
            "14 mars 2021",         // Swedish
            "14. maaliskuuta 2021", // Finnish, partitive
            "14 martie 2021",       // Romanian
            "14 Mart 2021",         // Turkish
            "14 Maret 2021",        // Indonesian
            "14 Μαρτίου 2021",      // Greek, genitive
            "14 березня 2021",      // Ukrainian, genitive
        ] {
            check_text(text, Some(day(2021, 3, 14)));
        }
        check_text("1 ağustos 2021", Some(day(2021, 8, 1)));
        check_text("31. prosince 2021", Some(day(2021, 12, 31)));
    }

    #[test]
    fn hungarian_dates_put_the_year_first() {
        check_text("2021. március 14.", Some(day(2021, 3, 14)));
        check_text("2021. márc. 14. 10:30", Some(day(2021, 3, 14)));
        check_text("2021. május 3.", Some(day(2021, 5, 3)));
        // A year then a month with no day after it is no date.
        check_text("2021. március", None);
    }

    #[test]
    fn month_names_are_sorted_for_the_binary_search_and_lower_case() {
        assert!(MONTH_NAMES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            MONTH_NAMES
                .iter()
                .all(|(name, month)| { name.to_lowercase() == *name && (1..=12).contains(month) })
        );
    }

    #[test]
    fn a_clock_between_day_and_year_is_read() {
        // Mail archives and C's `date`: month, day, clock, maybe a zone's name, year.
        let found = find_date_in_text("Posted Jan 04 09:34 2021", DayOrder::DayFirst);
        assert_eq!(found.unwrap().to_string(), "2021-01-04T09:34:00+00:00");
        let found = find_date_in_text("Mon Jan  4 09:34:12 EST 2021", DayOrder::DayFirst);
        assert_eq!(found, Some(Published::Day(day(2021, 1, 4))));
        // A clock with no year after it is no date.
        check_text("Doors open Jan 04 09:34, bring a coat", None);
    }

    #[test]
    fn unix_date_stamp_keeps_its_day() {
        // Java's `Date.toString()`, as some CMSs write `og:article:published_time`.
        let got = parse_machine_date("Mon Oct 11 14:57:21 CEST 2021").map(|p| p.date());
        assert_eq!(got, Some(day(2021, 10, 11)));
        assert_eq!(parse_unix_date("Mon Oct 11 14:57:21 2021"), None);
    }

    #[test]
    fn utc_time_without_seconds_stays_an_instant() {
        let p = parse_machine_date("2021-11-04T23:17Z").unwrap();
        assert_eq!(p.to_string(), "2021-11-04T23:17:00+00:00");
    }

    #[test]
    fn utc_evening_on_the_hour_is_the_next_local_midnight() {
        let instant = |raw| DateTime::parse_from_rfc3339(raw).unwrap();
        let shifted = as_local_midnight(instant("2022-11-06T23:00:00.000Z"));
        assert_eq!(shifted.to_rfc3339(), "2022-11-07T00:00:00+01:00");
        let shifted = as_local_midnight(instant("2021-11-04T22:00:00Z"));
        assert_eq!(shifted.date_naive(), day(2021, 11, 5));
        // A real clock time, a local offset or a time before the evening stays.
        for raw in [
            "2022-11-06T23:00:05Z",
            "2022-11-06T23:00:00-05:00",
            "2022-11-06T14:00:00Z",
        ] {
            assert_eq!(as_local_midnight(instant(raw)), instant(raw), "{raw}");
        }
    }

    #[test]
    fn a_stored_utc_evening_moves_east_only_when_written_in_utc() {
        let date = |raw, east| parse_stored_date(raw, east).unwrap().date();
        assert_eq!(date("2022-11-06T23:00:00.000Z", true), day(2022, 11, 7));
        assert_eq!(date("2022-11-06T22:00:00+00:00", true), day(2022, 11, 7));
        assert_eq!(date("2022-11-06T23:00:00.000Z", false), day(2022, 11, 6));
        // No zone: a local clock time, as written.
        assert_eq!(date("2022-11-06T23:00:00", true), day(2022, 11, 6));
        assert_eq!(date("2022-11-06 22:00", true), day(2022, 11, 6));
    }

    #[test]
    fn basic_iso_form_stays_an_instant() {
        let p = parse_machine_date("20200414T00:38:07Z").unwrap();
        assert_eq!(p.to_string(), "2020-04-14T00:38:07+00:00");
        let p = parse_machine_date("20200414T003807+0100").unwrap();
        assert_eq!(p.to_string(), "2020-04-14T00:38:07+01:00");
    }

    #[test]
    fn rejects_future_and_ancient_dates() {
        assert_eq!(parse_machine_date("2999-01-01"), None);
        assert_eq!(parse_machine_date("1970-01-01T00:00:00Z"), None);
        check_text("© 1985 Weekly Courier", None);
    }

    #[test]
    fn numeric_dates_in_text() {
        check_text("Date:2025-04-19 04:40:05", Some(day(2025, 4, 19)));
        check_text("Posted 14.03.2021", Some(day(2021, 3, 14)));
        check_text("03/14/2021", Some(day(2021, 3, 14)));
        check_text("2021/3/14", Some(day(2021, 3, 14)));
        check_text("23.09.22", Some(day(2022, 9, 23)));
        check_text("Version 1.2.22", None);
        check_text("26 | 01 | 2022", Some(day(2022, 1, 26)));
        check_text("Teil 1 | 2 | 2022", None);
    }

    #[test]
    fn month_first_order_for_american_pages() {
        let p = find_date_in_text("04/03/2021", DayOrder::MonthFirst).unwrap();
        assert_eq!(p.date(), day(2021, 4, 3));
        let p = find_date_in_text("04/03/2021", DayOrder::DayFirst).unwrap();
        assert_eq!(p.date(), day(2021, 3, 4));
    }

    #[test]
    fn month_names_in_many_languages() {
        for line in [
            "Published March 14, 2021",
            "March 14th, 2021 at 9:30",
            "14 March 2021",
            "Sunday, 14th of March 2021",
            "14. März 2021",
            "le 14 mars 2021",
            "14 de marzo de 2021",
            "14 marzo 2021",
            "14 de março de 2021",
            "14 maart 2021",
            "14 марта 2021 г.",
            "2021年3月14日",
            "Mar. 14, 2021",
            "الأحد، 14 مارس 2021",
        ] {
            check_text(line, Some(day(2021, 3, 14)));
        }
    }

    #[test]
    fn arabic_month_in_both_calendars_names() {
        check_text("الأحد 14 آذار / مارس 2021 09:22", Some(day(2021, 3, 14)));
        // Two different months are not one date.
        check_text("14 آذار / أبريل 2021", None);
    }

    #[test]
    fn tells_month_names_from_numbers() {
        assert!(names_a_month("Monday, 6 January 2020"));
        assert!(!names_a_month("by J. Doe 11.03.17 in Gadgets"));
    }

    #[test]
    fn a_following_time_makes_an_instant() {
        let p = find_date_in_text("Date:2025-04-19 04:40:05", DayOrder::DayFirst).unwrap();
        assert_eq!(p.to_string(), "2025-04-19T04:40:05+00:00");
        let p = find_date_in_text("14 March 2021", DayOrder::DayFirst).unwrap();
        assert_eq!(p, Published::Day(day(2021, 3, 14)));
    }

    #[test]
    fn text_without_a_date() {
        check_text("Version 2.3.4 released", None);
        check_text("He scored 14 goals in 2021", None);
        check_text("", None);
    }

    #[test]
    fn dates_in_urls() {
        let find = |u: &str| find_date_in_url(u).map(|p| p.date());
        assert_eq!(
            find("https://x.example/2021/03/14/story"),
            Some(day(2021, 3, 14))
        );
        assert_eq!(
            find("https://x.example/news/2021-03-14-story.html"),
            Some(day(2021, 3, 14))
        );
        assert_eq!(
            find("https://x.example/a/20210314/story"),
            Some(day(2021, 3, 14))
        );
        assert_eq!(find("https://x.example/2021/03/story"), None);
        assert_eq!(
            find("https://x.example/news/14-03-2021"),
            Some(day(2021, 3, 14))
        );
        assert_eq!(find("https://x.example/story-12345678"), None);
    }

    #[test]
    fn dates_in_paths_nearest_first() {
        let find = |p: &str| find_date_in_path(Path::new(p)).map(|p| p.date());
        assert_eq!(find("/news/2023-11-05-bridge.html"), Some(day(2023, 11, 5)));
        assert_eq!(find("/news/2023-11-05/bridge.html"), Some(day(2023, 11, 5)));
        assert_eq!(
            find("/mirror/gull.example/2023/11/05/bridge.html"),
            Some(day(2023, 11, 5))
        );
        // The file's own date before its folder's.
        assert_eq!(
            find("/saved-2024-01-02/story-2023-11-05.html"),
            Some(day(2023, 11, 5))
        );
        // Folders far above name the archive, not the page.
        assert_eq!(find("/backup-2019-05-01/a/b/c/bridge.html"), None);
        assert_eq!(find("/news/2023/bridge.html"), None);
        assert_eq!(find("bridge.html"), None);
    }
}
