//! Article extraction from HTML (placeholder: `<title>` and all `<p>` text).

use std::path::Path;

use scraper::{Html, Selector};

use crate::Article;
use crate::date::parse_machine_date;

pub(crate) fn extract(source: &str, path: &Path) -> Article {
    let doc = Html::parse_document(source);
    let select = |css: &str| Selector::parse(css).expect("static selector is valid");
    let title = doc
        .select(&select("h1"))
        .next()
        .or_else(|| doc.select(&select("title")).next())
        .map(|el| el.text().collect::<String>().trim().to_owned())
        .filter(|t| !t.is_empty());
    let published = doc
        .select(&select("meta[property='article:published_time']"))
        .filter_map(|el| el.value().attr("content"))
        .find_map(parse_machine_date);
    let body = doc
        .select(&select("article p, main p"))
        .map(|el| el.text().collect::<String>().trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Article {
        path: path.to_owned(),
        title,
        published,
        body,
        ..Article::default()
    }
}
