//! Any bytes, read as a saved page, give an article or an error: never a panic, a
//! hang or a blow-up (issue 6).
//!
//! Each input goes through both extraction paths (HTML and plain-text dump). An input
//! that starts with the gzip magic number is also written to a `.html.gz` file and
//! read back through `read_page` (gunzip, decompressed-size cap), as a build does.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use morgue_extract::{PageFormat, extract_article};
use morgue_index::{ReadLimits, read_page};

/// A scratch folder for the `.gz` path, made once per fuzzing process.
fn scratch() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temp dir for the fuzzer"))
        .path()
}

fuzz_target!(|data: &[u8]| {
    let _ = extract_article(data, Path::new("2024/03/page.html"), PageFormat::Html);
    let _ = extract_article(data, Path::new("page.txt"), PageFormat::Text);

    if data.starts_with(&[0x1f, 0x8b]) {
        let path: PathBuf = scratch().join("page.html.gz");
        std::fs::write(&path, data).expect("writing the scratch file");
        // A small cap, so a gzip bomb is cut off quickly instead of timing out.
        let limits = ReadLimits {
            max_page_bytes: 1 << 20,
        };
        if let Ok(page) = read_page(&path, &limits) {
            assert!(page.bytes.len() as u64 <= limits.max_page_bytes);
            let _ = extract_article(&page.bytes, &page.path, page.format);
        }
    }
});
