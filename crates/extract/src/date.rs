//! Publication dates from the many ways pages write them.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use crate::Published;

/// Parses a machine-readable date (ISO 8601 / RFC 3339 / RFC 2822 or a bare day).
pub(crate) fn parse_machine_date(raw: &str) -> Option<Published> {
    let raw = raw.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(raw) {
        return Some(Published::Instant(instant));
    }
    if let Ok(instant) = DateTime::parse_from_rfc2822(raw) {
        return Some(Published::Instant(instant));
    }
    for format in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(raw, format) {
            return Some(Published::Instant(naive.and_utc().fixed_offset()));
        }
    }
    let day = raw.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(Published::Day)
}
