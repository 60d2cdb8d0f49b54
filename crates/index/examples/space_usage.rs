//! Where an index's bytes go: per component and field, against the extracted text
//! it holds (stored headlines and bodies).
//!
//!     cargo run --release -p morgue-index --example space_usage -- INDEX_DIR

use std::collections::BTreeMap;

use tantivy::schema::Value;
use tantivy::{DocAddress, TantivyDocument};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: space_usage INDEX_DIR")?;
    let opened = morgue_index::open_index(std::path::Path::new(&dir))?;
    let searcher = opened.reader()?.searcher();
    let usage = searcher.space_usage()?;
    let mut rows: BTreeMap<String, u64> = BTreeMap::new();
    let mut add = |key: String, bytes: u64| *rows.entry(key).or_default() += bytes;
    let mut store = 0;
    for segment in usage.segments() {
        for (component, per_field) in [
            ("terms", segment.termdict()),
            ("postings", segment.postings()),
            ("positions", segment.positions()),
            ("fast", segment.fast_fields()),
            ("norms", segment.fieldnorms()),
        ] {
            for field in per_field.fields() {
                add(
                    format!("{component:9} {}", field.field_name()),
                    field.total().get_bytes(),
                );
            }
        }
        store += segment.store().total().get_bytes();
    }
    // Extracted text and the stored fields' raw sizes.
    let mut raw: BTreeMap<String, u64> = BTreeMap::new();
    let schema = searcher.schema();
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        for doc in reader.doc_ids_alive() {
            let document: TantivyDocument = searcher.doc(DocAddress::new(ord as u32, doc))?;
            for (field, value) in document.field_values() {
                if let Some(text) = value.as_value().as_str() {
                    *raw.entry(schema.get_field_name(field).to_owned())
                        .or_default() += text.len() as u64;
                }
            }
        }
    }
    let text = raw.get("title").copied().unwrap_or(0) + raw.get("body").copied().unwrap_or(0);
    let total = usage.total().get_bytes();
    println!(
        "extracted text (title + body): {text} bytes; index {total} bytes = {:.3}x",
        ratio(total, text)
    );
    println!("store {store} bytes = {:.3}x the text", ratio(store, text));
    for (key, bytes) in &rows {
        if *bytes > 0 {
            println!("{key:30} {bytes:>12} {:.3}x", ratio(*bytes, text));
        }
    }
    println!("stored raw bytes per field:");
    for (field, bytes) in &raw {
        println!("  {field:16} {bytes:>12}");
    }
    Ok(())
}

fn ratio(bytes: u64, text: u64) -> f64 {
    bytes as f64 / text.max(1) as f64
}
