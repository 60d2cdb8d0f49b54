//! Finding the saved pages under a folder.

use std::path::{Path, PathBuf};

use crate::build::SkipReason;
use crate::page::is_saved_page;

/// The saved pages under `root` (a folder, or a single file taken as it is), in
/// file-name order, as a lazy iterator so a huge folder is never listed in memory by
/// the walk itself.
///
/// Skipped: `skip_dir` (the index's own folder when it lies inside `root`), hidden
/// folders, the `*_files` folders browsers write beside a saved page (scripts,
/// images and ad frames, never the article), and symbolic links to files or folders
/// inside `root` (their pages are found where they are: through the link they would
/// be indexed twice); links out of `root` are followed. Entries that cannot be read
/// (permissions, a symlink loop) come out as `Err` with the path and the reason.
pub fn find_pages<'a>(
    root: &'a Path,
    skip_dir: Option<&'a Path>,
) -> impl Iterator<Item = Result<PathBuf, (PathBuf, SkipReason)>> + 'a {
    let is_single_file = root.is_file();
    let real_root = root.canonicalize().ok();
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |entry| {
            if entry.depth() == 0 {
                return true;
            }
            let name = entry.file_name().to_string_lossy();
            let is_chrome_dir = entry.file_type().is_dir()
                && (Some(entry.path()) == skip_dir
                    || name.ends_with("_files")
                    || name.starts_with('.'));
            let is_alias = entry.path_is_symlink()
                && real_root.as_ref().is_some_and(|real_root| {
                    entry
                        .path()
                        .canonicalize()
                        .is_ok_and(|target| target.starts_with(real_root))
                });
            !is_chrome_dir && !is_alias
        })
        .filter_map(move |entry| match entry {
            // A file named on the command line is read whatever its name, so the user
            // hears why it was skipped rather than nothing.
            Ok(entry) if entry.file_type().is_file() => {
                (is_single_file || is_saved_page(entry.path())).then(|| Ok(entry.into_path()))
            }
            // So is a pipe named there (`morgue extract <(curl -s URL)`, `curl -s URL |
            // morgue extract /dev/stdin`): it was dropped as no file, and the user was
            // told there was no saved page under it. Inside a folder, pipes and devices
            // are still passed over: reading one would wait for a writer.
            Ok(entry) if entry.depth() == 0 && !entry.file_type().is_dir() => {
                Some(Ok(entry.into_path()))
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

    #[cfg(unix)]
    #[test]
    fn links_inside_the_folder_are_not_walked_twice_links_out_of_it_are() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("news");
        let outside = dir.path().join("elsewhere");
        for path in [root.join("2024/a.html"), outside.join("b.html")] {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let link = |target: &Path, name: &str| {
            std::os::unix::fs::symlink(target, root.join(name)).unwrap();
        };
        link(&root.join("2024"), "latest");
        link(&root.join("2024/a.html"), "top.html");
        link(&outside, "more");
        let found: Vec<String> = find_pages(&root, None)
            .map(|r| {
                r.unwrap()
                    .strip_prefix(&root)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(found, ["2024/a.html", "more/b.html"]);
    }
}
