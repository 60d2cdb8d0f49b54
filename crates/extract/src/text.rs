//! Plain-text dumps of saved pages (placeholder: first line is the title, rest the body).

use std::path::Path;

use crate::Article;

pub(crate) fn extract(text: &str, path: &Path) -> Article {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().map(str::to_owned);
    let body = lines.collect::<Vec<_>>().join("\n\n");
    Article {
        path: path.to_owned(),
        title,
        body,
        ..Article::default()
    }
}
