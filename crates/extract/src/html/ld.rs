//! JSON-LD (`<script type="application/ld+json">`): the article's own description of
//! itself, which many sites keep more accurate than their visible page.

use serde_json::Value;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default)]
pub(super) struct LdData {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub date_created: Option<String>,
    pub date_modified: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub article_body: Option<String>,
}

/// How much an object's `@type` says "this is the article".
fn type_rank(value: &Value) -> u8 {
    let rank = |t: &str| {
        if t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "Review" {
            3
        } else if t.ends_with("WebPage") || t == "CreativeWork" {
            2
        } else {
            1
        }
    };
    match value.get("@type") {
        Some(Value::String(t)) => rank(t),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(rank)
            .max()
            .unwrap_or(1),
        _ => 1,
    }
}

impl LdData {
    /// Reads every JSON-LD script; the fields of the most article-like object win.
    /// Scripts that are not valid JSON (raw newlines in strings, trailing junk) are
    /// searched for `"datePublished": "..."` and `"headline": "..."` by hand.
    pub fn from_scripts(scripts: &[String]) -> LdData {
        let mut objects: Vec<(u8, usize, &Value)> = Vec::new();
        let parsed: Vec<Option<Value>> = scripts.iter().map(|s| parse_lenient(s)).collect();
        for value in parsed.iter().flatten() {
            collect_objects(value, &mut objects, 0);
        }
        // Most article-like first, then page order.
        objects.sort_by_key(|&(rank, order, _)| (std::cmp::Reverse(rank), order));
        let mut data = LdData::default();
        for &(_, _, obj) in &objects {
            let fill = |slot: &mut Option<String>, key: &str| {
                if slot.is_none() {
                    *slot = obj.get(key).and_then(as_text);
                }
            };
            fill(&mut data.headline, "headline");
            fill(&mut data.date_published, "datePublished");
            fill(&mut data.date_created, "dateCreated");
            fill(&mut data.date_modified, "dateModified");
            if data.article_body.is_none() && type_rank(obj) >= 3 {
                data.article_body = obj.get("articleBody").and_then(as_text);
            }
            if data.url.is_none() && type_rank(obj) >= 2 {
                data.url = obj.get("url").and_then(as_text);
            }
            if data.publisher.is_none() {
                data.publisher = obj.get("publisher").and_then(name_of);
            }
            if data.authors.is_empty() {
                match obj.get("author") {
                    Some(Value::Array(items)) => {
                        data.authors = items.iter().filter_map(name_of).collect();
                    }
                    Some(author) => data.authors.extend(name_of(author)),
                    None => {}
                }
            }
        }
        for (script, value) in scripts.iter().zip(&parsed) {
            if value.is_none() {
                if data.date_published.is_none() {
                    data.date_published = find_string(script, "datePublished");
                }
                if data.headline.is_none() {
                    data.headline = find_string(script, "headline");
                }
            }
        }
        data
    }
}

fn parse_lenient(script: &str) -> Option<Value> {
    let script = script.trim();
    let script = script
        .strip_prefix("<!--")
        .and_then(|s| s.strip_suffix("-->"))
        .unwrap_or(script)
        .trim();
    // XHTML-era pages wrap the JSON in CDATA markers (`//<![CDATA[ ... //]]>`).
    let script = script.trim_start_matches("//").trim_start();
    let script = script
        .strip_prefix("<![CDATA[")
        .map(|s| {
            s.trim_end()
                .trim_end_matches("]]>")
                .trim_end()
                .trim_end_matches("//")
        })
        .unwrap_or(script)
        .trim();
    if let Ok(value) = serde_json::from_str(script) {
        return Some(value);
    }
    // Raw control characters inside strings are the most common breakage.
    let cleaned: String = script
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    serde_json::from_str(&cleaned).ok()
}

fn collect_objects<'a>(value: &'a Value, out: &mut Vec<(u8, usize, &'a Value)>, depth: usize) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => items
            .iter()
            .for_each(|v| collect_objects(v, out, depth + 1)),
        Value::Object(map) => {
            if map.contains_key("@type") {
                out.push((type_rank(value), out.len(), value));
            }
            if let Some(graph) = map.get("@graph") {
                collect_objects(graph, out, depth + 1);
            }
            if let Some(main) = map.get("mainEntity") {
                collect_objects(main, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Array(items) => items.iter().find_map(as_text),
        Value::Object(map) => map.get("@id").and_then(as_text),
        _ => None,
    }
}

fn name_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() && !s.contains("://") => Some(s.trim().to_owned()),
        Value::Object(map) => map
            .get("name")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
        Value::Array(items) => items.iter().find_map(name_of),
        _ => None,
    }
}

/// `"key" : "value"` found by hand in text that is not valid JSON.
fn find_string(script: &str, key: &str) -> Option<String> {
    let needle = format!("\"{key}\"");
    let at = script.find(&needle)? + needle.len();
    let rest = script[at..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].trim().to_owned()).filter(|s| !s.is_empty())
}
