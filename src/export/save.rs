//! Writing images: atomically (a temporary file beside the target, then a rename), never over an
//! existing file unless asked, and nothing left behind when it fails.

use std::path::{Path, PathBuf};

/// Why an image could not be saved; the message names the file.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{0} exists; choose another name or allow replacing it")]
    Exists(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// Writes `bytes` to `path` through a temporary file: a reader never sees half an image, and a
/// failure leaves nothing behind. An existing file is kept unless `replace`.
pub fn write_new(path: &Path, bytes: &[u8], replace: bool) -> Result<(), SaveError> {
    if !replace && path.exists() {
        return Err(SaveError::Exists(path.to_owned()));
    }
    let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, bytes).and_then(|()| {
        // Checked again: the file may have appeared while the image was being made.
        if !replace && path.exists() { Err(std::io::ErrorKind::AlreadyExists.into()) } else { Ok(()) }
    });
    let result = result.and_then(|()| std::fs::rename(&temporary, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => SaveError::Exists(path.to_owned()),
        _ => SaveError::Io { path: path.to_owned(), source },
    })
}

/// `dir/stem.extension`, or `dir/stem-2.extension`, `-3`… if that exists: a name that is free.
pub fn free_path(dir: &Path, stem: &str, extension: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{extension}"));
    if !first.exists() {
        return first;
    }
    (2..10_000).map(|n| dir.join(format!("{stem}-{n}.{extension}"))).find(|path| !path.exists()).unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("csto-map-save-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn an_existing_file_is_kept_unless_replacing_is_allowed() {
        let dir = temp_dir("exists");
        let path = dir.join("map.png");
        write_new(&path, b"first", false).unwrap();
        let error = write_new(&path, b"second", false).unwrap_err();
        assert!(matches!(error, SaveError::Exists(_)), "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        write_new(&path, b"second", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file is left");
    }

    #[test]
    fn a_missing_folder_is_an_error_that_names_the_file() {
        let dir = temp_dir("missing");
        let path = dir.join("no-such-folder").join("map.png");
        let error = write_new(&path, b"image", false).unwrap_err();
        assert!(error.to_string().starts_with(&format!("cannot write {}", path.display())), "{error}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "nothing is left behind");
    }

    #[test]
    fn a_free_name_is_numbered_after_the_taken_ones() {
        let dir = temp_dir("free");
        assert_eq!(free_path(&dir, "shot", "png"), dir.join("shot.png"));
        std::fs::write(dir.join("shot.png"), b"").unwrap();
        std::fs::write(dir.join("shot-2.png"), b"").unwrap();
        assert_eq!(free_path(&dir, "shot", "png"), dir.join("shot-3.png"));
    }
}
