//! Where the index lives when no `--index` or `MORGUE_INDEX` says.

use std::path::PathBuf;

/// The index folder: the one given, else `<data dir>/morgue/index` (on Linux
/// `$XDG_DATA_HOME/morgue/index`, usually `~/.local/share/morgue/index`), else
/// `.morgue/index` in the current folder when the system has no data folder.
pub fn index_dir(given: Option<PathBuf>) -> PathBuf {
    given.unwrap_or_else(|| {
        dirs::data_dir()
            .map(|dir| dir.join("morgue").join("index"))
            .unwrap_or_else(|| PathBuf::from(".morgue").join("index"))
    })
}
