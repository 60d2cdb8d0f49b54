//! Where the index lives when no `--index` or `MORGUE_INDEX` says.

use std::path::{Path, PathBuf};

/// The index folder: the one given, else `<data dir>/morgue/index` (on Linux
/// `$XDG_DATA_HOME/morgue/index`, usually `~/.local/share/morgue/index`), else
/// `.morgue/index` in the current folder when the system has no data folder.
pub fn index_dir(given: Option<PathBuf>) -> PathBuf {
    given.map(home_expanded).unwrap_or_else(|| {
        dirs::data_dir()
            .map(|dir| dir.join("morgue").join("index"))
            .unwrap_or_else(|| PathBuf::from(".morgue").join("index"))
    })
}

/// `path` with a leading `~` (alone, or before a `/`) standing for the home folder.
/// The shell expands it in `--index ~/idx`, but not in `--index=~/idx` nor in a
/// quoted `MORGUE_INDEX="~/idx"`: morgue then made a folder named `~` in the
/// current one, and its summary, "at ~/idx", read as the home folder.
fn home_expanded(path: PathBuf) -> PathBuf {
    let Ok(rest) = path.strip_prefix("~") else {
        return path;
    };
    match dirs::home_dir() {
        Some(home) if rest.as_os_str().is_empty() => home,
        Some(home) => home.join(rest),
        None => path,
    }
}

/// The `--index` option a suggested command needs to act on the same index: the
/// folder when one was given (by `--index` or `MORGUE_INDEX`), else nothing.
pub fn index_option(given_index: Option<&Path>) -> String {
    given_index.map_or_else(String::new, |dir| {
        format!(" --index {}", shell_word(&dir.to_string_lossy()))
    })
}

/// `text` as one word for a POSIX shell: as it is when it holds nothing the shell
/// would split or expand, else in single quotes.
pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "/._-+:,@%=".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// `path` for a line on stderr: as `display` shows it, with its control characters
/// written as escapes (`\n`, `\t`, `\u{1b}`). A file name holding a newline split
/// its warning over two lines (a script reading one warning a line saw two), and one
/// holding an escape sequence sent it to the terminal.
pub fn shown(path: &Path) -> String {
    let text = path.display().to_string();
    if !text.chars().any(char::is_control) {
        return text;
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = dirs::home_dir().unwrap();
        assert_eq!(index_dir(Some(PathBuf::from("~/idx"))), home.join("idx"));
        assert_eq!(index_dir(Some(PathBuf::from("~"))), home);
        // Only a `~` of its own: a folder named `~user` or `a~` is as given.
        for kept in ["~user/idx", "idx/~", "a~/idx", "/tmp/~/idx"] {
            assert_eq!(index_dir(Some(PathBuf::from(kept))), PathBuf::from(kept));
        }
    }

    #[test]
    fn shown_escapes_control_characters_only() {
        assert_eq!(shown(Path::new("/news/a b.html")), "/news/a b.html");
        assert_eq!(
            shown(Path::new("/news/two\nlines\t\u{1b}[2J.html")),
            "/news/two\\nlines\\t\\u{1b}[2J.html"
        );
    }

    #[test]
    fn shell_word_quotes_only_what_needs_it() {
        assert_eq!(shell_word("/tmp/idx-1"), "/tmp/idx-1");
        assert_eq!(shell_word("/tmp/my index"), "'/tmp/my index'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
    }
}
