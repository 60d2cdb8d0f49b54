//! Date bounds as users type them: a year, a month or a day.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::QueryError;

/// A period of whole days written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: `--since` takes
/// its [`first`](DatePeriod::first) day, `--until` its [`last`](DatePeriod::last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePeriod {
    /// First day of the period.
    pub first: NaiveDate,
    /// Last day of the period (inclusive).
    pub last: NaiveDate,
}

impl DatePeriod {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding spaces ignored).
    ///
    /// # Errors
    /// [`QueryError::DateBound`] naming what is wrong: the shape, a month out of
    /// 1–12, a day that the month does not have.
    pub fn parse(text: &str) -> Result<DatePeriod, QueryError> {
        let err = |reason| QueryError::DateBound {
            text: text.to_owned(),
            reason,
        };
        let trimmed = text.trim();
        // Other shapes of a date, told what to change rather than that "the year must
        // have four digits", which it has.
        let is_date_like = trimmed.starts_with(|c: char| c.is_ascii_digit())
            && trimmed
                .chars()
                .all(|c| c.is_ascii_digit() || "-/.:T ".contains(c));
        if is_date_like && trimmed.contains([':', 'T', ' ']) {
            return Err(err("give a day without a time"));
        }
        if is_date_like && trimmed.contains(['/', '.']) {
            return Err(err("separate year, month and day with -"));
        }
        let parts: Vec<&str> = trimmed.split('-').collect();
        let number = |part: &str, digits: usize, what| {
            if part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse::<u32>().map_err(|_| err(what))
            } else {
                Err(err(what))
            }
        };
        let year = number(parts[0], 4, "the year must have four digits")?;
        let year = i32::try_from(year).expect("four digits fit in an i32");
        match parts[1..] {
            [] => Ok(DatePeriod {
                first: NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| err("no such year"))?,
                last: NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(|| err("no such year"))?,
            }),
            [month] => {
                let month = number(month, 2, "the month must have two digits")?;
                let first = NaiveDate::from_ymd_opt(year, month, 1)
                    .ok_or_else(|| err("the month must be 01 to 12"))?;
                let last = first
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|next| next.pred_opt())
                    .ok_or_else(|| err("no such month"))?;
                Ok(DatePeriod { first, last })
            }
            [month, day] => {
                let month = number(month, 2, "the month must have two digits")?;
                let day = number(day, 2, "the day must have two digits")?;
                if !(1..=12).contains(&month) {
                    return Err(err("the month must be 01 to 12"));
                }
                let date = NaiveDate::from_ymd_opt(year, month, day)
                    .ok_or_else(|| err("that month has no such day"))?;
                Ok(DatePeriod {
                    first: date,
                    last: date,
                })
            }
            _ => Err(err("too many parts")),
        }
    }
}

impl FromStr for DatePeriod {
    type Err = QueryError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DatePeriod::parse(text)
    }
}

impl std::fmt::Display for DatePeriod {
    /// The shortest form that names the period back (`2025`, `2025-05`, `2025-05-03`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let whole_year = self.first.ordinal() == 1
            && self.last.year() == self.first.year()
            && self
                .last
                .succ_opt()
                .is_none_or(|next| next.year() != self.first.year());
        let whole_month = self.first.day() == 1
            && self.last.month() == self.first.month()
            && self
                .last
                .succ_opt()
                .is_none_or(|next| next.month() != self.first.month());
        if self.first == self.last {
            write!(f, "{}", self.first.format("%Y-%m-%d"))
        } else if whole_year {
            write!(f, "{}", self.first.format("%Y"))
        } else if whole_month {
            write!(f, "{}", self.first.format("%Y-%m"))
        } else {
            write!(f, "{}..{}", self.first, self.last)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn check(text: &str, first: NaiveDate, last: NaiveDate) {
        assert_eq!(
            DatePeriod::parse(text).unwrap(),
            DatePeriod { first, last },
            "{text}"
        );
    }

    #[test]
    fn year_month_and_day_give_first_and_last_day() {
        check("2025", day(2025, 1, 1), day(2025, 12, 31));
        check("2025-05", day(2025, 5, 1), day(2025, 5, 31));
        check("2024-02", day(2024, 2, 1), day(2024, 2, 29));
        check("2025-02", day(2025, 2, 1), day(2025, 2, 28));
        check("2025-12", day(2025, 12, 1), day(2025, 12, 31));
        check(" 2025-04-19 ", day(2025, 4, 19), day(2025, 4, 19));
    }

    #[test]
    fn displays_the_shortest_form() {
        for text in ["2025", "2025-05", "2025-04-19"] {
            assert_eq!(DatePeriod::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed_bounds_with_a_reason() {
        for (text, reason) in [
            ("", "the year must have four digits"),
            ("25", "the year must have four digits"),
            ("2025-5", "the month must have two digits"),
            ("2025-13", "the month must be 01 to 12"),
            ("2025-00", "the month must be 01 to 12"),
            ("2025-02-30", "that month has no such day"),
            ("2025-13-01", "the month must be 01 to 12"),
            ("2025-01-01-01", "too many parts"),
            ("2025/01", "separate year, month and day with -"),
            ("2025.01.31", "separate year, month and day with -"),
            ("2025-01-31T10:00", "give a day without a time"),
            ("2025-01-31 10:00", "give a day without a time"),
            ("31/01/2025", "separate year, month and day with -"),
            ("last week", "the year must have four digits"),
            ("２０２５", "the year must have four digits"),
        ] {
            match DatePeriod::parse(text) {
                Err(QueryError::DateBound { text: t, reason: r }) => {
                    assert_eq!((t.as_str(), r), (text, reason));
                }
                other => panic!("{text:?} gave {other:?}"),
            }
        }
        let message = DatePeriod::parse("2025-13").unwrap_err().to_string();
        assert_eq!(
            message,
            "invalid date \"2025-13\": the month must be 01 to 12 (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        );
    }
}
