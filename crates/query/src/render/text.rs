//! Hits for people: a numbered title, a dim line of metadata, the snippet with the
//! matches in bold colour.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::{Hit, Snippet};

const TITLE: Style = Style::new().bold();
const META: Style = Style::new().dimmed();
const MATCH: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

/// Writes each hit as three lines and a blank one:
///
/// ```text
/// 1. Dam opens
///    2024-03-02 · The Gull Gazette · pages/dam.html
///    …the new dam on the Rell river opened on Monday…
/// ```
///
/// Styles are always written as ANSI codes; pass a writer that strips them when
/// colour is off. Stripped, the output is the plain text above.
///
/// # Errors
/// The writer's.
pub fn render_text<W: Write + ?Sized>(hits: &[Hit], out: &mut W) -> io::Result<()> {
    for (i, hit) in hits.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let title = hit.title.as_deref().unwrap_or("(untitled)");
        write!(out, "{TITLE}{}. ", hit.rank)?;
        let shown = one_line(title);
        // The matched words styled within the title's, when the title prints as
        // stored (its offsets then hold).
        match Snippet::new(title.to_owned(), hit.title_highlights.clone()) {
            Ok(lit) if shown == title && !hit.title_highlights.is_empty() => {
                for (piece, is_match) in lit.pieces() {
                    if is_match {
                        write!(out, "{MATCH}{piece}{MATCH:#}{TITLE}")?;
                    } else {
                        write!(out, "{piece}")?;
                    }
                }
            }
            _ => write!(out, "{shown}")?,
        }
        writeln!(out, "{TITLE:#}")?;

        let date = hit.published.map_or_else(
            || "no date".to_owned(),
            |p| p.date().format("%Y-%m-%d").to_string(),
        );
        let mut meta = vec![date];
        meta.extend(hit.site.as_deref().map(one_line));
        meta.push(one_line(&hit.path.display().to_string()));
        writeln!(out, "   {META}{}{META:#}", meta.join(" · "))?;

        if !hit.snippet.is_empty() {
            write!(out, "   ")?;
            for (piece, is_match) in hit.snippet.pieces() {
                if is_match {
                    write!(out, "{MATCH}{}{MATCH:#}", printable(piece))?;
                } else {
                    write!(out, "{}", printable(piece))?;
                }
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Titles and site names come from pages: keep a stray line break from splitting
/// the layout, and control characters from reaching the terminal.
fn one_line(text: &str) -> String {
    printable(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

/// `text` with control characters (an escape sequence hidden in a saved page) shown
/// as `�`, so a page cannot move the cursor or recolour the terminal.
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_control) {
        text.chars()
            .map(|c| if c.is_control() { '\u{fffd}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_hits;

    fn rendered(hits: &[Hit]) -> String {
        let mut out = Vec::new();
        render_text(hits, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn plain(hits: &[Hit]) -> String {
        let mut out = anstream::StripStream::new(Vec::new());
        render_text(hits, &mut out).unwrap();
        String::from_utf8(out.into_inner()).unwrap()
    }

    #[test]
    fn plain_output_reads_as_text() {
        assert_eq!(
            plain(&sample_hits()),
            "1. Kim Jong Un visits Vostochny\n   \
             2025-04-19 · Gull Gazette · /pages/kim.html\n   \
             …leader Kim Jong Un met Putin at the cosmodrome…\n\
             \n\
             2. (untitled)\n   \
             no date · /pages/note.txt\n   \
             Nothing matched here.\n"
        );
    }

    #[test]
    fn coloured_output_styles_title_metadata_and_matches() {
        assert_eq!(
            rendered(&sample_hits()[..1]),
            "\u{1b}[1m1. \u{1b}[1m\u{1b}[33mKim\u{1b}[0m\u{1b}[1m \u{1b}[1m\u{1b}[33mJong Un\u{1b}[0m\u{1b}[1m visits Vostochny\u{1b}[0m\n   \
             \u{1b}[2m2025-04-19 · Gull Gazette · /pages/kim.html\u{1b}[0m\n   \
             …leader \u{1b}[1m\u{1b}[33mKim Jong Un\u{1b}[0m met \u{1b}[1m\u{1b}[33mPutin\u{1b}[0m at the cosmodrome…\n"
        );
    }

    #[test]
    fn control_characters_from_pages_never_reach_the_terminal() {
        let mut hits = sample_hits();
        hits[0].title = Some("Breaking\u{1b}[2J\nnews".to_owned());
        hits[0].snippet = crate::Snippet::plain("a\u{7}b".to_owned());
        let out = rendered(&hits[..1]);
        assert!(
            out.starts_with("\u{1b}[1m1. Breaking\u{fffd}[2J news\u{1b}[0m\n"),
            "{out:?}"
        );
        assert!(out.ends_with("   a\u{fffd}b\n"), "{out:?}");
    }

    #[test]
    fn no_hits_write_nothing() {
        assert_eq!(rendered(&[]), "");
    }
}
