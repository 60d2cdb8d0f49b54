//! Running the `morgue` binary in a sandbox: a temp dir for the index, fixtures copied in.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of the binary printed and returned.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// The stdout lines parsed as JSON objects.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
            .collect()
    }
}

/// A scratch space: its own index location, and folders of pages to index.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// Where this sandbox's index lives (passed as MORGUE_INDEX).
    pub fn index_dir(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// Copies `tests/fixtures/<case>` (or any folder of the repo, e.g. `corpus`) to
    /// `<sandbox>/<name>` and returns its path.
    pub fn copy_fixture(&self, repo_relative: &str, name: &str) -> PathBuf {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(repo_relative);
        let to = self.dir.path().join(name);
        copy_dir(&from, &to);
        to
    }

    /// Writes one file (creating folders) and returns its path.
    pub fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Runs `morgue ARGS` with this sandbox's index, in the sandbox folder.
    pub fn morgue<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_morgue"))
            .args(args)
            .current_dir(self.dir.path())
            .env("MORGUE_INDEX", self.index_dir())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .output()
            .unwrap();
        Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }
}

/// Path of a file or folder of the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl Sandbox {
    /// Starts `morgue ARGS` with this sandbox's index and returns at once, output
    /// discarded: for tests that kill it or race it.
    pub fn spawn_morgue<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> std::process::Child {
        Command::new(env!("CARGO_BIN_EXE_morgue"))
            .args(args)
            .current_dir(self.dir.path())
            .env("MORGUE_INDEX", self.index_dir())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    }
}
