//! Hits to bytes: one module per format, each writing to any [`std::io::Write`].
//!
//! Renderers know nothing of tantivy or terminals: the text renderer always writes
//! ANSI styles, and the caller decides whether they reach the screen by the writer it
//! passes (`anstream::AutoStream` keeps or strips them, `anstream::StripStream`
//! always strips).

mod json;
mod text;

use std::io;

use crate::Hit;

pub use json::render_json;
pub use text::render_text;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// For people: rank, title, date, site, path and the snippet, matches styled.
    #[default]
    Text,
    /// For scripts: JSON Lines, one object per hit.
    Json,
}

/// Writes `hits` to `out` in `format`.
///
/// # Errors
/// The writer's (a closed pipe shows up as [`io::ErrorKind::BrokenPipe`]).
pub fn render<W: io::Write + ?Sized>(hits: &[Hit], format: Format, out: &mut W) -> io::Result<()> {
    match format {
        Format::Text => render_text(hits, out),
        Format::Json => render_json(hits, out),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use chrono::NaiveDate;
    use morgue_extract::{Entity, EntityKind, Published};

    use crate::{Hit, Snippet};

    /// A dated hit with two highlights, and an undated one with nothing but a path.
    pub(crate) fn sample_hits() -> Vec<Hit> {
        let text = "…leader Kim Jong Un met Putin at the cosmodrome…".to_owned();
        let kim = text.find("Kim").unwrap();
        let putin = text.find("Putin").unwrap();
        vec![
            Hit {
                rank: 1,
                score: 2.5,
                title: Some("Kim Jong Un visits Vostochny".to_owned()),
                title_highlights: vec![0..3, 4..11],
                published: Some(Published::Day(
                    NaiveDate::from_ymd_opt(2025, 4, 19).unwrap(),
                )),
                site: Some("Gull Gazette".to_owned()),
                url: Some("https://gull.example/kim".to_owned()),
                path: PathBuf::from("/pages/kim.html"),
                authors: vec!["Ann Reed".to_owned()],
                entities: vec![Entity {
                    text: "Kim Jong Un".to_owned(),
                    kind: EntityKind::Person,
                    mentions: vec!["Kim".to_owned()],
                }],
                snippet: Snippet::new(text, vec![kim..kim + 11, putin..putin + 5]).unwrap(),
            },
            Hit {
                rank: 2,
                score: 0.5,
                title: None,
                title_highlights: Vec::new(),
                published: None,
                site: None,
                url: None,
                path: PathBuf::from("/pages/note.txt"),
                authors: Vec::new(),
                entities: Vec::new(),
                snippet: Snippet::plain("Nothing matched here.".to_owned()),
            },
        ]
    }
}
