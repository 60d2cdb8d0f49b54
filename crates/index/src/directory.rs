//! The index folder as tantivy reads it, also from a read-only file system.
//!
//! tantivy takes a lock file before reading which commit is the last, so that a
//! writer's clean-up cannot delete files under it; creating that file fails on a
//! read-only mount (an archive's index burnt to a disc, a snapshot, a shared volume
//! mounted read-only), and searching failed with it. On such a file system nothing
//! can write, so there is nothing to guard against: [`ReadableDirectory`] goes on
//! without the lock there, and only there.
//!
//! An index folder the user may read but not write (an archive's index shared by
//! its owner) fails the same way, with "permission denied"; there the owner can
//! still write, so the reader lock is kept: the lock file is opened read-only and
//! held shared, which is all a reader needs (the owner's clean-up takes it
//! exclusive).

use std::fs::File;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, FileSlice, Lock, META_LOCK, MmapDirectory, WatchCallback,
    WatchHandle, WritePtr,
};

/// tantivy's memory-mapped folder, readable where it cannot be written.
#[derive(Clone, Debug)]
pub(crate) struct ReadableDirectory {
    inner: MmapDirectory,
    /// The folder, for the reader lock's file.
    path: PathBuf,
}

impl ReadableDirectory {
    pub(crate) fn open(dir: &Path) -> tantivy::Result<ReadableDirectory> {
        Ok(ReadableDirectory {
            inner: MmapDirectory::open(dir)?,
            path: dir.to_owned(),
        })
    }
}

/// A lock that holds nothing, for a file system where nothing can write.
struct NoLock;

/// tantivy's reader lock taken by a user who may not write the index folder: its
/// file opened read-only, locked shared until dropped.
struct SharedLock {
    _file: File,
}

impl ReadableDirectory {
    /// The reader lock for a user who cannot open its file for writing: shared, on
    /// the file opened read-only. An index the owner never wrote a lock file for
    /// (none of its builds cleaned up yet) has nothing to share: no lock.
    fn shared_meta_lock(&self, denied: Arc<std::io::Error>) -> Result<DirectoryLock, LockError> {
        let path = self.path.join(&META_LOCK.filepath);
        let file = match File::open(&path) {
            Ok(file) => file,
            Err(error) if error.kind() == ErrorKind::NotFound => {
                return Ok(DirectoryLock::from(Box::new(NoLock)));
            }
            Err(_) => return Err(LockError::IoError(denied)),
        };
        fs4::fs_std::FileExt::lock_shared(&file).map_err(|e| LockError::IoError(Arc::new(e)))?;
        Ok(DirectoryLock::from(Box::new(SharedLock { _file: file })))
    }
}

impl Directory for ReadableDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn open_read(&self, path: &Path) -> Result<FileSlice, OpenReadError> {
        self.inner.open_read(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> std::io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(error)) if error.kind() == ErrorKind::ReadOnlyFilesystem => {
                Ok(DirectoryLock::from(Box::new(NoLock)))
            }
            Err(LockError::IoError(error))
                if error.kind() == ErrorKind::PermissionDenied
                    && lock.filepath == META_LOCK.filepath =>
            {
                self.shared_meta_lock(error)
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
