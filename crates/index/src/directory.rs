//! The index folder as tantivy reads it, also from a read-only file system.
//!
//! tantivy takes a lock file before reading which commit is the last, so that a
//! writer's clean-up cannot delete files under it; creating that file fails on a
//! read-only mount (an archive's index burnt to a disc, a snapshot, a shared volume
//! mounted read-only), and searching failed with it. On such a file system nothing
//! can write, so there is nothing to guard against: [`ReadableDirectory`] goes on
//! without the lock there, and only there.

use std::path::Path;
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, FileSlice, Lock, MmapDirectory, WatchCallback,
    WatchHandle, WritePtr,
};

/// tantivy's memory-mapped folder, readable where it cannot be written.
#[derive(Clone, Debug)]
pub(crate) struct ReadableDirectory(MmapDirectory);

impl ReadableDirectory {
    pub(crate) fn open(dir: &Path) -> tantivy::Result<ReadableDirectory> {
        Ok(ReadableDirectory(MmapDirectory::open(dir)?))
    }
}

/// A lock that holds nothing, for a file system where nothing can write.
struct NoLock;

impl Directory for ReadableDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.0.get_file_handle(path)
    }

    fn open_read(&self, path: &Path) -> Result<FileSlice, OpenReadError> {
        self.0.open_read(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.0.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.0.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.0.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.0.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
        self.0.atomic_write(path, data)
    }

    fn sync_directory(&self) -> std::io::Result<()> {
        self.0.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.0.acquire_lock(lock) {
            Err(LockError::IoError(error))
                if error.kind() == std::io::ErrorKind::ReadOnlyFilesystem =>
            {
                Ok(DirectoryLock::from(Box::new(NoLock)))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.0.watch(watch_callback)
    }
}
