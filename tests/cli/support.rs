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

    /// Stdout holds `text`; on failure, stdout is shown.
    #[track_caller]
    pub fn assert_stdout_has(&self, text: impl AsRef<str>) {
        let text = text.as_ref();
        assert!(
            self.stdout.contains(text),
            "{text:?} not in:\n{}",
            self.stdout
        );
    }

    /// Stderr holds `text`; on failure, stderr is shown.
    #[track_caller]
    pub fn assert_stderr_has(&self, text: impl AsRef<str>) {
        let text = text.as_ref();
        assert!(
            self.stderr.contains(text),
            "{text:?} not in:\n{}",
            self.stderr
        );
    }

    /// The first stderr line holding `text`; the test fails when there is none.
    #[track_caller]
    pub fn stderr_line(&self, text: &str) -> &str {
        self.stderr
            .lines()
            .find(|line| line.contains(text))
            .unwrap_or_else(|| panic!("no line with {text:?} in:\n{}", self.stderr))
    }

    /// The run failed (exit 2) with one line on stderr that starts with `start`, says
    /// the system's `reason`, and is no panic.
    pub fn assert_one_error_line(&self, start: &str, reason: &str) {
        assert_eq!(self.code, 2, "{}{}", self.stdout, self.stderr);
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        assert_eq!(self.stderr.lines().count(), 1, "{}", self.stderr);
        assert!(self.stderr.starts_with(start), "{}", self.stderr);
        assert!(self.stderr.contains(reason), "{}", self.stderr);
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

impl Sandbox {
    /// As [`Sandbox::spawn_morgue`], with stdout and stderr kept for
    /// `Child::wait_with_output`.
    pub fn spawn_morgue_piped<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> std::process::Child {
        Command::new(env!("CARGO_BIN_EXE_morgue"))
            .args(args)
            .current_dir(self.dir.path())
            .env("MORGUE_INDEX", self.index_dir())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }
}

/// A small tmpfs mounted over a folder for as long as the value lives, to fill up:
/// a real full disk (ENOSPC), not a simulation. Mounting needs root, which CI has;
/// without it the test fails saying so rather than passing untested.
pub struct SmallDisk {
    mount_point: PathBuf,
}

impl SmallDisk {
    /// Mounts a tmpfs of `bytes` over `mount_point` (created when missing).
    pub fn mount(mount_point: &Path, bytes: u64) -> SmallDisk {
        std::fs::create_dir_all(mount_point).unwrap();
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "morgue-test"])
            .arg(mount_point)
            .output();
        match output {
            Ok(output) if output.status.success() => {}
            other => panic!(
                "cannot create the condition this test checks: mounting a small tmpfs at {} \
                 failed ({other:?}); the test needs root (CI runs as root)",
                mount_point.display()
            ),
        }
        SmallDisk {
            mount_point: mount_point.to_owned(),
        }
    }

    fn filler(&self) -> PathBuf {
        self.mount_point.join("filler")
    }

    /// Writes a filler file until the disk refuses more, and checks it did refuse
    /// with "no space left".
    pub fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.filler()).unwrap();
        let block = vec![0u8; 64 * 1024];
        let err = loop {
            if let Err(err) = file.write_all(&block).and_then(|()| file.flush()) {
                break err;
            }
        };
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::StorageFull,
            "the disk did not fill up: {err}"
        );
        // What the filler holds is on the disk whether or not it is synced (tmpfs).
        drop(file);
        let again = std::fs::write(self.mount_point.join("probe"), b"x");
        assert!(
            again.is_err(),
            "the disk still takes writes after filling it"
        );
    }

    /// Removes the filler: the disk has room again.
    pub fn free(&self) {
        std::fs::remove_file(self.filler()).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        unmount(&self.mount_point);
    }
}

/// Unmounts `mount_point`; when something still has a file open there, detaches it
/// now and lets the kernel free it later.
fn unmount(mount_point: &Path) {
    let unmounted = Command::new("umount")
        .arg(mount_point)
        .status()
        .is_ok_and(|status| status.success());
    if !unmounted {
        let _ = Command::new("umount").arg("-l").arg(mount_point).status();
    }
}

/// The uid and gid of `nobody`, which owns nothing in a sandbox.
pub const NOBODY: &str = "65534";

impl Sandbox {
    /// Lets every user read the sandbox and run a copy of the binary kept in it, so
    /// `morgue_as_nobody` works wherever the repository was cloned. The sandbox stays
    /// owned by root: nobody can read everything in it and write nothing.
    pub fn share_with_nobody(&self) {
        use std::os::unix::fs::PermissionsExt;
        let copy = self.dir.path().join("morgue-bin");
        std::fs::copy(env!("CARGO_BIN_EXE_morgue"), &copy).unwrap();
        for entry in all_paths(self.dir.path()) {
            let mode = if entry.is_dir() || entry == copy {
                0o755
            } else {
                0o644
            };
            std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        let ran = self.as_nobody(copy.to_str().unwrap(), &["--version"]);
        assert!(
            ran.status.success(),
            "cannot run morgue as nobody (setpriv needs root): {}",
            String::from_utf8_lossy(&ran.stderr)
        );
    }

    /// Whether nobody can create a file in the sandbox's folder `relative`: checks the
    /// condition a test needs exists, not only that it was asked for.
    pub fn nobody_can_write_in(&self, relative: &str) -> bool {
        let probe = format!("{relative}/.probe-{NOBODY}");
        let ran = self.as_nobody("touch", &[&probe]);
        let _ = std::fs::remove_file(self.dir.path().join(&probe));
        ran.status.success()
    }

    /// Whether nobody can read the sandbox's file `relative`.
    pub fn nobody_can_read(&self, relative: &str) -> bool {
        self.as_nobody("cat", &[relative]).status.success()
    }

    fn as_nobody(&self, program: &str, args: &[&str]) -> std::process::Output {
        let run = || {
            Command::new("setpriv")
                .args([
                    &format!("--reuid={NOBODY}"),
                    &format!("--regid={NOBODY}"),
                    "--clear-groups",
                    "--",
                    program,
                ])
                .args(args)
                .current_dir(self.dir.path())
                .env("MORGUE_INDEX", self.index_dir())
                .output()
                .unwrap_or_else(|e| panic!("cannot run setpriv (util-linux) to drop root: {e}"))
        };
        // Another test thread forking while the binary's copy was being written holds
        // that write handle until its child execs, and until then running the copy
        // fails with ETXTBSY ("Text file busy"): wait for the window to close.
        let mut output = run();
        for _ in 0..50 {
            if !String::from_utf8_lossy(&output.stderr).contains("Text file busy") {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            output = run();
        }
        output
    }

    /// Runs `morgue ARGS` as the unprivileged user nobody (after `share_with_nobody`).
    pub fn morgue_as_nobody(&self, args: &[&str]) -> Run {
        let copy = self.dir.path().join("morgue-bin");
        let output = self.as_nobody(copy.to_str().unwrap(), args);
        Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }
}

/// `dir` and every file and folder under it.
fn all_paths(dir: &Path) -> Vec<PathBuf> {
    let mut paths = vec![dir.to_owned()];
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            paths.extend(all_paths(&entry.path()));
        } else {
            paths.push(entry.path());
        }
    }
    paths
}

/// A folder bind-mounted read-only over itself for as long as the value lives (needs
/// root; without it the test fails saying so).
pub struct ReadOnlyMount {
    mount_point: PathBuf,
}

impl ReadOnlyMount {
    /// Makes `folder` read-only, and checks a write there fails.
    pub fn new(folder: &Path) -> ReadOnlyMount {
        let run = |args: &[&str]| {
            Command::new("mount")
                .args(args)
                .arg(folder)
                .arg(folder)
                .output()
        };
        let bound = run(&["--bind"]);
        if !bound.as_ref().is_ok_and(|output| output.status.success()) {
            panic!(
                "cannot create the condition this test checks: bind-mounting {} failed \
                 ({bound:?}); the test needs root (CI runs as root)",
                folder.display()
            );
        }
        let mount = ReadOnlyMount {
            mount_point: folder.to_owned(),
        };
        let remounted = run(&["-o", "remount,bind,ro"]);
        assert!(
            remounted
                .as_ref()
                .is_ok_and(|output| output.status.success()),
            "cannot make {} read-only: {remounted:?}",
            folder.display()
        );
        let probe = std::fs::write(folder.join("probe"), b"x");
        assert!(
            probe.is_err(),
            "{} still takes writes after mounting it read-only",
            folder.display()
        );
        mount
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        unmount(&self.mount_point);
    }
}
