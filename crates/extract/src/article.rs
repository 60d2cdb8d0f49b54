//! The plain data types extraction produces.

use std::fmt;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};

/// One article as morgue extracted it from a saved page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// The saved file the article came from.
    pub path: PathBuf,
    /// The address the page was saved from, when the page says (canonical link, `og:url`).
    pub url: Option<String>,
    /// The publication's name (`og:site_name`, JSON-LD publisher), else the url's
    /// host, else the name `<title>` gives after the headline.
    pub site: Option<String>,
    /// The article's own headline, without site name or breadcrumb.
    pub title: Option<String>,
    /// When the article was first published; `None` when the page does not say.
    pub published: Option<Published>,
    /// Bylines, in page order, without "By".
    pub authors: Vec<String>,
    /// The article text, paragraphs separated by a blank line.
    pub body: String,
    /// People, organisations and places named in title and body.
    pub entities: Vec<Entity>,
}

/// A publication date: a day, or an instant when the page gives the time too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// Only the day is known.
    Day(NaiveDate),
    /// Day and time, with the offset the page gave (UTC when it gave none).
    Instant(DateTime<FixedOffset>),
}

impl Published {
    /// The day of publication as printed by the publisher (no time-zone conversion).
    pub fn date(&self) -> NaiveDate {
        match self {
            Published::Day(day) => *day,
            Published::Instant(instant) => instant.date_naive(),
        }
    }
}

impl fmt::Display for Published {
    /// `YYYY-MM-DD` for a day, RFC 3339 for an instant.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Published::Day(day) => write!(f, "{}", day.format("%Y-%m-%d")),
            Published::Instant(instant) => f.write_str(&instant.to_rfc3339()),
        }
    }
}

/// A named entity of one article: every mention of it merged under one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form the article uses (`Vladimir Putin`).
    pub text: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Other forms the same entity takes in the article (`Putin`), without `text`.
    pub mentions: Vec<String>,
}

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, party, team, agency.
    Organization,
    /// A country, city, region, landmark.
    Location,
    /// Any other name (events, products, nationalities).
    Other,
}

impl EntityKind {
    /// The lower-case name used in JSON output and queries.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Other => "other",
        }
    }

    /// Parses [`EntityKind::as_str`]'s names back.
    pub fn from_name(name: &str) -> Option<EntityKind> {
        match name {
            "person" => Some(EntityKind::Person),
            "organization" => Some(EntityKind::Organization),
            "location" => Some(EntityKind::Location),
            "other" => Some(EntityKind::Other),
            _ => None,
        }
    }
}
