//! Finding the saved pages under a folder.

use std::path::{Path, PathBuf};

use crate::build::SkipReason;
use crate::page::is_saved_page;

/// The saved pages under `root` (a folder, or a single file taken as it is), in
/// file-name order, as a lazy iterator so a huge folder is never listed in memory by
/// the walk itself.
///
/// Skipped: `skip_dir` (the index's own folder when it lies inside `root`), hidden
/// folders, and the `*_files` folders browsers write beside a saved page (scripts,
/// images and ad frames, never the article). Entries that cannot be read (permissions,
/// a symlink loop) come out as `Err` with the path and the reason.
pub fn find_pages<'a>(
    root: &'a Path,
    skip_dir: Option<&'a Path>,
) -> impl Iterator<Item = Result<PathBuf, (PathBuf, SkipReason)>> + 'a {
    let is_single_file = root.is_file();
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |entry| {
            let name = entry.file_name().to_string_lossy();
            !(entry.file_type().is_dir()
                && entry.depth() > 0
                && (Some(entry.path()) == skip_dir
                    || name.ends_with("_files")
                    || name.starts_with('.')))
        })
        .filter_map(move |entry| match entry {
            // A file named on the command line is read whatever its name, so the user
            // hears why it was skipped rather than nothing.
            Ok(entry) if entry.file_type().is_file() => {
                (is_single_file || is_saved_page(entry.path())).then(|| Ok(entry.into_path()))
            }
            Ok(_) => None,
            Err(err) => {
                let path = err.path().unwrap_or(root).to_owned();
                let reason = match err.loop_ancestor() {
                    Some(ancestor) => format!("symlink loop back to {}", ancestor.display()),
                    None => err
                        .io_error()
                        .map_or_else(|| err.to_string(), |io| format!("cannot read: {io}")),
                };
                Some(Err((path, SkipReason::Walk(reason))))
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_pages_and_skips_browser_resource_folders() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "a.html",
            "b.txt.gz",
            "c.htm",
            "d.php@id=3",
            "notes.md",
            "tool.py",
            "a_files/frame.html",
            ".git/x.html",
        ] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let found: Vec<String> = find_pages(dir.path(), None)
            .map(|r| {
                r.unwrap()
                    .strip_prefix(dir.path())
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(found, ["a.html", "b.txt.gz", "c.htm", "d.php@id=3"]);
    }
}
