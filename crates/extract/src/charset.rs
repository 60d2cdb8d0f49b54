//! Bytes to text: honour the declared charset, guess when there is none.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

/// What a file is when its bytes open as a document format whose start reads as
/// text: a PDF's first kilobytes are often plain (a header, XMP metadata), so
/// [`looks_binary`] lets it through. Formats that open with binary bytes (images,
/// archives) are binary to it.
pub(crate) fn document_kind(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 3] = [
        (b"%PDF-", "a PDF document"),
        (b"%!PS", "a PostScript document"),
        (b"{\\rtf", "an RTF document"),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

/// True when the bytes cannot be a text page: NUL bytes (more than a stray one or
/// two, and not UTF-16's) or many control characters in the first few kilobytes
/// (images, archives, executables saved with an html name).
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    // UTF-16 pages carry NULs but are text; most announce themselves with a BOM.
    if head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || bomless_utf16(head).is_some()
    {
        return false;
    }
    // A real page may hold a stray NUL (a CMS bug, a byte lost in a copy): the parser
    // reads it as U+FFFD. Binary files have NULs by the hundred in 8 KiB.
    let nuls = memchr::memchr_iter(0, head).count();
    if nuls * 100 > head.len() {
        return true;
    }
    // A sum over the bytes rather than a filtered count: it vectorises, and every
    // page of a build comes through here.
    let controls: usize = head
        .iter()
        .map(|&b| usize::from(b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)))
        .sum();
    controls * 20 > head.len()
}

/// Decodes an HTML page: a BOM wins, then `<meta charset>` / `http-equiv` in the first
/// 4 KiB, then valid UTF-8, then a guess from the bytes. Bad bytes become U+FFFD.
pub(crate) fn decode_html(bytes: &[u8]) -> Cow<'_, str> {
    let declared = declared_charset(&bytes[..bytes.len().min(4096)]);
    decode(bytes, declared)
}

/// Decodes a text dump: a BOM, else UTF-8 when valid, else a guess.
pub(crate) fn decode_text(bytes: &[u8]) -> Cow<'_, str> {
    decode(bytes, None)
}

/// Borrows the bytes when they are UTF-8 already (nearly every page): copying a
/// page costs about as much as a fifth of parsing it.
fn decode<'a>(bytes: &'a [u8], declared: Option<&'static Encoding>) -> Cow<'a, str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0;
    }
    if let Some(encoding) = bomless_utf16(bytes) {
        return encoding.decode_without_bom_handling(bytes).0;
    }
    // Pages often declare a charset they are not in; bytes that are valid UTF-8
    // are almost never anything else, so UTF-8 validity overrides a declaration.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    if is_mostly_utf8(bytes) {
        return Cow::Owned(decode_mixed_utf8(bytes));
    }
    let encoding = match declared {
        Some(encoding) if encoding != UTF_8 => encoding,
        _ => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(&around_non_ascii(bytes), true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    if encoding == UTF_8 {
        return Cow::Owned(decode_mixed_utf8(bytes));
    }
    encoding.decode_without_bom_handling(bytes).0
}

/// UTF-16 without a byte order mark (some editors' "Unicode" saves). Its ASCII
/// characters (the markup, at least) have a NUL high byte: after the character in
/// UTF-16LE, before it in UTF-16BE, so the first 256 code units hold NULs on one
/// side only, a tenth of them or more, and the text opens with an ASCII character.
/// A binary file's NULs fall on both sides.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(512) & !1];
    let units = head.len() / 2;
    // The opening character first: every page of a build is asked, and a page
    // whose first two bytes are not one NUL and one ASCII character is not UTF-16.
    let is_char = |b: u8| b.is_ascii_graphic() || b.is_ascii_whitespace();
    // `low`: the side of an ASCII character's own byte, 0 in UTF-16LE.
    let low = match head {
        _ if units < 8 => return None,
        [c, 0, ..] if is_char(*c) => 0,
        [0, c, ..] if is_char(*c) => 1,
        _ => return None,
    };
    let nuls_at = |side: usize| head.chunks_exact(2).filter(|pair| pair[side] == 0).count();
    let (high_nuls, low_nuls) = (nuls_at(1 - low), nuls_at(low));
    if high_nuls * 10 < units || low_nuls * 50 > high_nuls {
        return None;
    }
    Some(if low == 0 {
        encoding_rs::UTF_16LE
    } else {
        encoding_rs::UTF_16BE
    })
}

/// Bytes on each side of a non-ASCII byte that the guess sees: the word it is in.
const GUESS_CONTEXT: usize = 32;

/// Most bytes the guess is given; a few thousand words settle any encoding.
const GUESS_BYTES: usize = 64 << 10;

/// What the encoding guess reads: the page's non-ASCII bytes with the words around
/// them, each stretch ended by a new line, up to [`GUESS_BYTES`]. chardetng spends
/// about a thousand instructions on every byte it is fed, ASCII or not, and a saved
/// page is mostly ASCII markup with its legacy bytes in a few stretches of text:
/// fed whole, it took 2 % of a build for three pages in six hundred.
fn around_non_ascii(bytes: &[u8]) -> Vec<u8> {
    let mut fed = Vec::with_capacity(bytes.len().min(GUESS_BYTES + 2 * GUESS_CONTEXT + 2));
    let mut covered = 0;
    let mut pos = 0;
    while let Some(offset) = bytes[pos..].iter().position(|b| !b.is_ascii()) {
        let at = pos + offset;
        // Windows closer than the context join into one stretch.
        let start = at.saturating_sub(GUESS_CONTEXT).max(covered);
        let end = (at + 1 + GUESS_CONTEXT).min(bytes.len());
        if start > covered && !fed.is_empty() {
            fed.push(b'\n');
        }
        fed.extend_from_slice(&bytes[start..end]);
        covered = end;
        pos = at + 1;
        if fed.len() >= GUESS_BYTES || pos >= bytes.len() {
            break;
        }
    }
    fed
}

/// True when valid multi-byte UTF-8 sequences outnumber invalid bytes: the page is
/// UTF-8 with a few stray legacy bytes, not a legacy page whose bytes happen to
/// form a UTF-8 sequence here and there.
fn is_mostly_utf8(bytes: &[u8]) -> bool {
    let lead_bytes = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xC0).count();
    let (mut valid_multibyte, mut errors) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => {
                valid_multibyte += lead_bytes(rest);
                break;
            }
            Err(err) => {
                let valid = err.valid_up_to();
                valid_multibyte += lead_bytes(&rest[..valid]);
                errors += 1;
                let bad = err.error_len().unwrap_or(rest.len() - valid);
                rest = &rest[valid + bad..];
            }
        }
    }
    valid_multibyte >= errors * 2
}

/// Decodes bytes that are UTF-8 but for a few stray bytes: pages stitched together
/// from UTF-8 templates and Latin-1 content. The stray bytes are read as
/// windows-1252 (`Geb\xfchren` -> `Gebühren`) instead of becoming U+FFFD.
fn decode_mixed_utf8(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                out.push_str(text);
                return out;
            }
            Err(err) => {
                let (valid, rest) = bytes.split_at(err.valid_up_to());
                out.push_str(std::str::from_utf8(valid).expect("checked valid up to here"));
                let bad = err.error_len().unwrap_or(rest.len());
                let (stray, rest) = rest.split_at(bad);
                out.push_str(
                    &encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(stray)
                        .0,
                );
                bytes = rest;
            }
        }
    }
}

/// Finds `charset=...` in a meta tag of the page's head, as the HTML spec's prescan does
/// (simplified: the first `charset` attribute or `content="...; charset=..."`).
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let start = from + pos + b"charset".len();
        from = start;
        let rest = &lower[start..];
        let rest = skip(rest, |b| b.is_ascii_whitespace());
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = skip(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
        let end = rest
            .iter()
            .position(|&b| {
                b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/')
            })
            .unwrap_or(rest.len());
        if let Some(encoding) = Encoding::for_label(&rest[..end]) {
            // A page that reached us as bytes cannot really be UTF-16 without a BOM.
            return Some(encoding.output_encoding());
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn skip(bytes: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = bytes.iter().take_while(|&&b| pred(b)).count();
    &bytes[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_windows_1252() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9 \x93quoted\x94</body></html>";
        let text = decode_html(page);
        assert!(text.contains("café “quoted”"), "{text}");
    }

    #[test]
    fn decodes_http_equiv_shift_jis() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("<p>東京の天気</p>");
        let mut page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">".to_vec();
        page.extend_from_slice(&bytes);
        assert!(decode_html(&page).contains("東京の天気"));
    }

    #[test]
    fn reads_utf16_without_a_byte_order_mark() {
        let page =
            "<html><head><title>Мост открыт</title></head><body><p>Новый мост</p></body></html>";
        let le: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [le, be] {
            assert!(!looks_binary(&bytes));
            assert!(decode_html(&bytes).contains("<title>Мост открыт</title>"));
        }
    }

    #[test]
    fn nuls_without_the_utf16_pattern_are_binary() {
        // Every other byte NUL, but the others are not text: a table of numbers.
        let bytes: Vec<u8> = (0..400u16).flat_map(|i| [(i % 7) as u8 + 1, 0]).collect();
        assert!(looks_binary(&bytes));
        let text_mid_binary: Vec<u8> =
            [&[0x89u8, b'P', b'N', b'G', 0, 0, 0, 13][..], &[0; 300]].concat();
        assert!(looks_binary(&text_mid_binary));
    }

    #[test]
    fn valid_utf8_beats_a_wrong_declaration() {
        let page = "<meta charset=\"iso-8859-1\"><p>Zürich</p>".as_bytes();
        assert!(decode_html(page).contains("Zürich"));
    }

    #[test]
    fn guesses_undeclared_legacy_bytes() {
        let text = decode_text(b"Le caf\xe9 de la gare a rouvert ses portes \xe0 midi.");
        assert!(text.contains("café"), "{text}");
    }

    #[test]
    fn stray_latin1_bytes_in_utf8_page() {
        let page = "<meta charset=\"utf-8\"><p>Zürich, Genève, Köln, Besançon: Geb"
            .as_bytes()
            .to_vec();
        let mut page = page;
        page.extend_from_slice(b"\xfchren und Stra\xdfe</p>");
        let text = decode_html(&page);
        assert!(text.contains("Besançon: Gebühren und Straße"), "{text}");
    }

    #[test]
    fn guesses_legacy_bytes_far_into_a_page_of_markup() {
        // A Cyrillic headline in windows-1251 after 200 KB of ASCII markup, and a
        // second paragraph far beyond the bytes the guess reads.
        let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode("Новости дня: правительство");
        let mut page = b"<html><head><style>".to_vec();
        page.extend(std::iter::repeat_n(b"p{margin:0} ".as_slice(), 20_000).flatten());
        page.extend_from_slice(b"</style></head><body><h1>");
        page.extend_from_slice(&cyrillic);
        page.extend_from_slice(b"</h1>");
        for _ in 0..5000 {
            page.extend_from_slice(b"<p>");
            page.extend_from_slice(&cyrillic);
            page.extend_from_slice(b"</p>");
        }
        let text = decode_html(&page);
        assert!(text.contains("<h1>Новости дня: правительство</h1>"));
        assert!(text.ends_with("<p>Новости дня: правительство</p>"));
    }

    #[test]
    fn the_guess_reads_the_words_around_legacy_bytes() {
        let mut page = vec![b'a'; 1000];
        page.extend_from_slice(b"caf\xe9");
        page.extend(std::iter::repeat_n(b'b', 1000));
        page.extend_from_slice(b"na\xefve");
        let fed = around_non_ascii(&page);
        let second = &page[1000 + 4 + 1000..];
        let mut expected = page[1000 - GUESS_CONTEXT + 3..1000 + 4 + GUESS_CONTEXT].to_vec();
        expected.push(b'\n');
        expected.extend_from_slice(&page[page.len() - second.len() + 2 - GUESS_CONTEXT..]);
        assert_eq!(fed, expected);
    }

    #[test]
    fn binary_is_detected_and_text_is_not() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary("<p>plain page</p>\n".as_bytes()));
    }

    #[test]
    fn documents_of_other_kinds_are_told_by_their_first_bytes() {
        let pdf =
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Metadata >>\nstream\n<x:xmpmeta/>";
        assert_eq!(document_kind(pdf), Some("a PDF document"));
        assert!(!looks_binary(pdf), "its start reads as text");
        assert_eq!(
            document_kind(b"%!PS-Adobe-3.0\n"),
            Some("a PostScript document")
        );
        assert_eq!(
            document_kind(b"{\\rtf1\\ansi Memo}"),
            Some("an RTF document")
        );
        // A page that talks about PDFs is a page.
        assert_eq!(
            document_kind(b"<p>%PDF-1.7 is how every PDF starts.</p>"),
            None
        );
    }

    #[test]
    fn a_stray_nul_in_a_page_is_not_binary() {
        let mut page = "<p>A walrus was seen in the harbour on Tuesday.</p>\n"
            .repeat(40)
            .into_bytes();
        page[500] = 0;
        assert!(!looks_binary(&page));
    }
}
