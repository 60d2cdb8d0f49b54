//! A byline's raw text -> the names of the people or organisations who wrote the
//! article. Bylines come from JSON-LD, meta tags, author links and elements classed
//! as bylines, and carry what the page printed around the name: a label (`Written
//! by:`, `Autor:`), the date, the outlet (`| El Sol`, `, CNN`, `. Sputnik`), link
//! text (`Alle Artikel`), trailing punctuation; or they are no byline at all (a
//! comment's `Ann says:`, a photo credit, a form label `Name *`).

use crate::date::find_date_start;
use crate::entities::{could_be_name_word, is_first_name, is_organization_name};

/// Appends to `names` the names `raw` holds (none, one, or several after commas).
pub(super) fn push_names(raw: &str, names: &mut Vec<String>) {
    let decoded;
    let raw = if raw.contains('&') {
        decoded = decode_accents(super::title::decode_entities(raw));
        decoded.as_str()
    } else {
        raw
    };
    let Some(name) = main_name(raw.trim()) else {
        return;
    };
    let mut parts = name.split(", ");
    let first = parts.next().map(trim_separators).unwrap_or_default();
    match split_and(first) {
        Some((left, right)) => {
            push(left, names);
            push(right, names);
        }
        None => push(before_outlet(first), names),
    }
    // `Ann Lee, AP Sports Writer`, `Ann Lee, CNN`, `Ann Lee, MS, RD`: after a comma
    // comes the outlet, a role or a degree more often than a second author, so only
    // a part that reads as a person's name (`Ann Lee, Bo Chan`) is kept.
    for part in parts {
        let part = trim_separators(part);
        match split_and(part) {
            Some((left, right)) if is_person_name(left) => {
                push(left, names);
                push(right, names);
            }
            _ if is_person_name(part) => push(part, names),
            _ => {}
        }
    }
}

/// The words that join two names in a byline, with their spaces.
const CONJUNCTIONS: [&str; 5] = [" and ", " und ", " et ", " y ", " & "];

/// `Ann Lee and Bo Chan`, `Ann Lee und Bo Chan`: two authors, when what follows the
/// conjunction reads as a person's name (not `Staff and news service reports`).
/// Names whose first name is not a known one count when both sides read as names
/// (`Siddharth Rao and Oluwaseun Adeyemi`), never an outlet (`Ann Lee and
/// Associated Press`).
fn split_and(text: &str) -> Option<(&str, &str)> {
    CONJUNCTIONS
        .iter()
        .find_map(|and| text.split_once(and))
        .filter(|(left, right)| {
            is_person_name(right) || (is_name_shaped(left) && is_name_shaped(right))
        })
}

/// `Ann Lee and Associated Press`, `Ann Lee & CNN`: the person, without the outlet
/// the byline credits beside them.
fn before_outlet(text: &str) -> &str {
    CONJUNCTIONS
        .iter()
        .find_map(|and| text.split_once(and))
        .filter(|(left, right)| is_person_name(left) && is_organization_name(right))
        .map_or(text, |(left, _)| left)
}

/// `Oluwaseun Adeyemi`: a person's name, or two to four words that could each be
/// part of one.
fn is_name_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    is_person_name(text)
        || ((2..=4).contains(&words) && text.split_whitespace().all(could_be_name_word))
}

/// Accented letters a CMS escaped twice (`Redacci&amp;oacute;n` in the markup),
/// which the numeric decoding of titles leaves as `&oacute;`.
fn decode_accents(text: String) -> String {
    if !text.contains('&') {
        return text;
    }
    const ACCENTS: [(&str, &str); 16] = [
        ("&aacute;", "á"),
        ("&eacute;", "é"),
        ("&iacute;", "í"),
        ("&oacute;", "ó"),
        ("&uacute;", "ú"),
        ("&ntilde;", "ñ"),
        ("&auml;", "ä"),
        ("&ouml;", "ö"),
        ("&uuml;", "ü"),
        ("&Auml;", "Ä"),
        ("&Ouml;", "Ö"),
        ("&Uuml;", "Ü"),
        ("&szlig;", "ß"),
        ("&ccedil;", "ç"),
        ("&egrave;", "è"),
        ("&agrave;", "à"),
    ];
    ACCENTS
        .iter()
        .fold(text, |text, (entity, letter)| text.replace(entity, letter))
}

fn push(name: &str, names: &mut Vec<String>) {
    let is_name = !name.is_empty()
        && name.chars().count() <= 60
        && !name.contains("://")
        && !name.contains('@')
        && !is_label(name);
    if is_name && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        names.push(name.to_owned());
    }
}

/// The byline with what surrounds the name cut off, or `None` when it names no
/// author of the article.
fn main_name(raw: &str) -> Option<&str> {
    // `Ann says:` heads a comment, `Artikel von:` or `Autor:` is a label whose name
    // did not come along; `Name *` labels a comment form's field.
    if raw.ends_with([':', '*']) || is_photo_credit(raw) || raw.contains("[at]") {
        return None;
    }
    let mut name = before_bar(raw);
    name = after_label(name);
    name = after_by(name);
    // `Ann Lee May 20, 2019`, `Ann Lee, 01.12.2021`, `Ann » 21.01.2009, 05:42`.
    if let Some(at) = find_date_start(name) {
        name = &name[..at];
    }
    name = before_link_text(name)?;
    name = before_time(name);
    name = before_outlet_sentence(name);
    name = before_address(name);
    name = korean_reporter(name);
    Some(trim_separators(name))
}

/// `Foto: Ann Lee`, `Photo by Ann Lee`, `Снимка: Getty Images`: who took the
/// picture, not who wrote the story.
fn is_photo_credit(raw: &str) -> bool {
    let first = raw
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    matches!(
        first.as_str(),
        "foto"
            | "fotos"
            | "fot"
            | "photo"
            | "photos"
            | "bild"
            | "bilder"
            | "image"
            | "images"
            | "imagen"
            | "zdjęcie"
            | "фото"
            | "снимка"
            | "사진"
            | "写真"
    )
}

/// `Ann Lee | El Sol de México`: the outlet after a bar set off by spaces, a
/// no-break space among them.
fn before_bar(name: &str) -> &str {
    let spaced = |c: Option<char>| c.is_some_and(char::is_whitespace);
    name.match_indices('|')
        .find(|&(at, _)| {
            spaced(name[..at].chars().next_back()) && spaced(name[at + 1..].chars().next())
        })
        .map_or(name, |(at, _)| &name[..at])
}

/// `Autor: Ann Lee`, `Text und Interview: Ann Lee`: what follows a short label.
fn after_label(name: &str) -> &str {
    match name.split_once(": ") {
        Some((label, rest))
            if label.split_whitespace().count() <= 3
                && !label.bytes().any(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => name,
    }
}

/// What follows "by" and its translations: `By Ann Lee`, `Posted on May 2, 2020 by
/// Ann Lee`, `View all posts by Ann Lee`, `Recueilli par Ann Lee`, `Beitrag von Ann`.
/// `von` and `di` are also parts of names (`Christoph von Ritter`, `Di Maio`), so
/// inside a byline they count only after a word that labels one.
fn after_by(name: &str) -> &str {
    for prefix in [
        "By ", "by ", "BY ", "Von ", "von ", "Par ", "par ", "Por ", "por ", "Di ", "Door ",
        "Author ", "Autor ",
    ] {
        if let Some(rest) = name.strip_prefix(prefix) {
            return after_by(rest.trim_start());
        }
    }
    let mut words = name.split_whitespace();
    let mut start = None;
    let mut previous = "";
    while let Some(word) = words.next() {
        let is_by = match word {
            "by" | "By" | "BY" | "par" | "por" | "door" => true,
            "von" | "di" => is_labelling_word(previous),
            _ => false,
        };
        if is_by {
            start = words.clone().next();
        }
        previous = word;
    }
    match start {
        // The remainder begins at the next word: find it by address.
        Some(next) => &name[next.as_ptr() as usize - name.as_ptr() as usize..],
        None => name,
    }
}

/// A word before `von` or `di` that makes it "by": `Beitrag von`, `Geschrieben von`,
/// `Zeige alle Beiträge von`, `Articolo di`.
fn is_labelling_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(
        lower.as_str(),
        "beitrag"
            | "beiträge"
            | "artikel"
            | "geschrieben"
            | "eingestellt"
            | "verfasst"
            | "veröffentlicht"
            | "erstellt"
            | "gepostet"
            | "articolo"
            | "scritto"
            | "pubblicato"
    )
}

/// `Ann Lee Alle Artikel`, `Ann Lee Published 2:16 AM`: link text to the author's
/// page or the date's label glued on. `None` when the byline is only that link
/// (`Show all articles of`).
fn before_link_text(name: &str) -> Option<&str> {
    const LINKS: [&str; 15] = [
        "alle artikel",
        "alle beiträge",
        "all articles",
        "all posts",
        "all stories",
        "more articles",
        "mehr artikel",
        "weitere artikel",
        "tous les articles",
        "published",
        "updated",
        "veröffentlicht",
        "aktualisiert",
        "publié",
        "publicado",
    ];
    let lower = name.to_lowercase();
    // Lower-casing keeps byte offsets in the text bylines are written in, except for
    // a few letters (`İ`); then the cut is skipped.
    if lower.len() != name.len() {
        return Some(name);
    }
    let starts_word = |at: usize| at == 0 || lower[..at].ends_with(' ');
    let found = LINKS
        .iter()
        .filter_map(|link| lower.find(link).filter(|&at| starts_word(at)))
        .min();
    let Some(at) = found else {
        return Some(name);
    };
    let head = name[..at].trim();
    let is_verb = matches!(
        head.to_lowercase().as_str(),
        "" | "show" | "view" | "see" | "read" | "zeige" | "voir" | "ver"
    );
    (!is_verb).then_some(head)
}

/// `Ann Lee 15:35`: the time the byline's date left behind.
fn before_time(name: &str) -> &str {
    let is_time = |word: &str| {
        let (hours, minutes) = word.split_once(':').unwrap_or(("", ""));
        (1..=2).contains(&hours.len())
            && minutes.len() >= 2
            && hours.bytes().all(|b| b.is_ascii_digit())
            && minutes.bytes().take(2).all(|b| b.is_ascii_digit())
    };
    match name.split(' ').find(|w| is_time(w)) {
        Some(time) => &name[..time.as_ptr() as usize - name.as_ptr() as usize],
        None => name,
    }
}

/// `Ann Lee. Sputnik International`: a sentence after the name is the outlet. An
/// initial or an abbreviation before the stop (`Ann B. Lee`, `Dr. Lee`, `e. V.`) is
/// no sentence end.
fn before_outlet_sentence(name: &str) -> &str {
    let Some(at) = name.find(". ") else {
        return name;
    };
    let head = &name[..at];
    let last = head.rsplit(' ').next().unwrap_or(head);
    let is_word =
        last.chars().count() >= 3 && last.chars().any(char::is_lowercase) && !last.contains('.');
    if is_word && head.contains(' ') {
        head
    } else {
        name
    }
}

/// `Deutsche Welle (www.dw.com)`, `Arentik d.o.o. - www.arentik.com`: the site's
/// address after its name. An address alone is kept: it names the outlet.
fn before_address(name: &str) -> &str {
    let at = name
        .match_indices("www.")
        .map(|(at, _)| at)
        .find(|&at| name[..at].ends_with([' ', '(']));
    let Some(at) = at else {
        return name;
    };
    let head = name[..at].trim_end_matches([' ', '(']);
    if trim_separators(head).is_empty() {
        name
    } else {
        head
    }
}

/// `스포츠조선=선수민 기자`: outlet, `=`, the reporter's name and `기자` ("reporter").
fn korean_reporter(name: &str) -> &str {
    match name.trim_end().strip_suffix(" 기자") {
        Some(rest) => rest.rsplit('=').next().unwrap_or(rest),
        None => name,
    }
}

/// Spaces and the separators a byline leaves around a name: `Ann Lee ,`, `Ann Lee -`,
/// `Ann Lee →`.
fn trim_separators(name: &str) -> &str {
    name.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | '-' | '–' | '—' | '|' | '/' | '•' | '·' | '»' | '«' | '→'
            )
    })
}

/// What a byline slot says when the name is missing: `By`, `Posted`, `Publiziert
/// am`, or `red.` (for "Redaktion", no person).
fn is_label(name: &str) -> bool {
    let lower = name.to_lowercase();
    matches!(
        lower.as_str(),
        "by" | "von"
            | "par"
            | "por"
            | "di"
            | "door"
            | "de"
            | "article by"
            | "posted"
            | "posted by"
            | "posted on"
            | "published"
            | "publiziert am"
            | "veröffentlicht am"
            | "am"
            | "on"
            | "author"
            | "autor"
            | "publisher"
            | "unbenannt"
            | "red."
            | "red"
    )
}

/// `Bo Chan`: two to four capitalised words, the first a known first name.
fn is_person_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (2..=4).contains(&words)
        && text
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && text.split_whitespace().next().is_some_and(is_first_name)
}
