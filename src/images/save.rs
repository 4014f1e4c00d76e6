//! Writing images: through a uniquely named temporary file beside the target, synced to disk,
//! then moved into place without ever replacing a file unless asked; a failure leaves nothing
//! behind.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary files being written now, so that a program ending in the middle of a save
/// (the window closed while a 4K image is written) can remove them: see [`remove_unfinished`].
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes the temporary files of saves still under way; for a program about to end.
pub fn remove_unfinished() {
    let paths = std::mem::take(&mut *UNFINISHED.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    for path in paths {
        let _ = std::fs::remove_file(path);
    }
}

/// A temporary file listed in [`UNFINISHED`] while it lives.
struct Listed(PathBuf);

impl Listed {
    fn new(path: &Path) -> Self {
        UNFINISHED.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(path.to_owned());
        Self(path.to_owned())
    }
}

impl Drop for Listed {
    fn drop(&mut self) {
        UNFINISHED.lock().unwrap_or_else(std::sync::PoisonError::into_inner).retain(|path| *path != self.0);
    }
}

/// Why an image could not be saved; the message names the file and, once, the system's reason.
#[derive(Debug)]
pub enum SaveError {
    Exists(PathBuf),
    Io { path: PathBuf, reason: std::io::Error },
}

crate::i18n::english_display!(SaveError);

impl SaveError {
    /// The error in words of `lang` (the system's reason stays as the system gives it).
    pub fn localised(&self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
        match self {
            SaveError::Exists(path) => tr!(lang, "error-save-exists", path = path.display().to_string()),
            SaveError::Io { path, reason } => {
                tr!(lang, "error-save-io", path = path.display().to_string(), reason = reason.to_string())
            }
        }
    }
}

/// Writes `bytes` to `path`: a reader never sees half an image, a crash never leaves one, and a
/// file at `path` is kept unless `replace`, even one that appears while this runs (the move into
/// place is itself the check: a hard link, or `renameat2(RENAME_NOREPLACE)`, which fail if the
/// name is taken).
pub fn write_new(path: &Path, bytes: &[u8], replace: bool) -> Result<(), SaveError> {
    write_through(path, bytes, replace, || ())
}

/// [`write_new`], with `meanwhile` run after the temporary file is written and before it is
/// moved into place (tests make the target appear there).
fn write_through(path: &Path, bytes: &[u8], replace: bool, meanwhile: impl FnOnce()) -> Result<(), SaveError> {
    if !replace && path.exists() {
        return Err(SaveError::Exists(path.to_owned()));
    }
    let io = |reason: std::io::Error| match reason.kind() {
        std::io::ErrorKind::AlreadyExists => SaveError::Exists(path.to_owned()),
        _ => SaveError::Io { path: path.to_owned(), reason: without_temporary_path(reason) },
    };
    let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // Readable by others as any new file is (0666 less the umask), not private as temporary
    // files are made: an image is for sharing.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temporary = builder.tempfile_in(dir).map_err(io)?;
    let _listed = Listed::new(temporary.path());
    temporary.write_all(bytes).and_then(|()| temporary.as_file().sync_all()).map_err(io)?;
    meanwhile();
    if replace {
        // A failed persist drops (and so deletes) the temporary file.
        return temporary.persist(path).map(drop).map_err(|error| io(error.error));
    }
    match temporary.persist_noclobber(path) {
        Ok(_) => Ok(()),
        Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => Err(io(error.error)),
        // Some network and FUSE file systems can neither rename without replacing nor link:
        // write the file in place, created only if it does not exist.
        Err(_) => write_exclusively(path, bytes).map_err(io),
    }
}

/// The system's reason alone: tempfile appends the temporary file's name ("… at path
/// \"/dir/.a.png.O96zbw.tmp\""), a name the user never chose (the error names their file).
fn without_temporary_path(reason: std::io::Error) -> std::io::Error {
    let text = reason.to_string();
    match text.split_once(" at path ") {
        Some((system, _)) if reason.get_ref().is_some() => std::io::Error::new(reason.kind(), system.to_owned()),
        _ => reason,
    }
}

/// Writes a new file at `path`, failing if one exists; removes what it wrote if it fails.
fn write_exclusively(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create_new(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
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
    fn a_file_that_appears_while_the_image_is_written_is_kept() {
        let dir = temp_dir("race");
        let path = dir.join("map.png");
        let theirs = || std::fs::write(&path, b"theirs").unwrap();
        let error = write_through(&path, b"ours", false, theirs).unwrap_err();
        assert!(matches!(error, SaveError::Exists(_)), "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), b"theirs");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file is left");
        // Allowed to replace, it does.
        write_through(&path, b"ours", true, theirs).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"ours");
    }

    #[test]
    fn an_image_is_as_readable_as_any_new_file_and_the_fallback_never_replaces() {
        let dir = temp_dir("mode");
        write_new(&dir.join("map.png"), b"image", false).unwrap();
        std::fs::write(dir.join("plain.txt"), b"text").unwrap();
        let mode = |name: &str| std::fs::metadata(dir.join(name)).unwrap().permissions();
        assert_eq!(mode("map.png"), mode("plain.txt"), "not the 0600 of a temporary file");
        write_exclusively(&dir.join("other.png"), b"new").unwrap();
        let error = write_exclusively(&dir.join("map.png"), b"new").unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(dir.join("map.png")).unwrap(), b"image");
    }

    #[test]
    fn a_write_error_gives_the_system_reason_once() {
        let dir = temp_dir("reason");
        let error = write_new(&dir.join("no-such-folder").join("map.png"), b"image", false).unwrap_err();
        let message = format!("{:#}", anyhow::Error::from(error));
        assert_eq!(message.matches("os error").count(), 1, "{message}");
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
    fn a_write_error_names_the_file_asked_for_and_not_the_temporary_one() {
        let dir = temp_dir("unwritable");
        let mut permissions = std::fs::metadata(&dir).unwrap().permissions();
        #[cfg(unix)]
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o555);
        std::fs::set_permissions(&dir, permissions).unwrap();
        let path = dir.join("a.png");
        // As root a folder without write bits is still writable: a missing folder fails for all.
        let path = if write_new(&path, b"image", false).is_ok() { dir.join("gone").join("a.png") } else { path };
        let message = write_new(&path, b"image", false).unwrap_err().to_string();
        assert!(message.starts_with(&format!("cannot write {}: ", path.display())), "{message}");
        assert!(!message.contains(".tmp") && !message.contains("at path"), "{message}");
    }

    #[test]
    fn the_temporary_file_of_a_save_under_way_is_removed_when_the_program_ends() {
        let dir = temp_dir("unfinished");
        let path = dir.join("map.png");
        let temporary = |dir: &Path| -> Vec<PathBuf> {
            let paths = std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path());
            paths.filter(|path| path.to_string_lossy().ends_with(".tmp")).collect()
        };
        let _ = write_through(&path, b"image", false, || {
            let written = temporary(&dir);
            assert_eq!(written.len(), 1);
            assert!(UNFINISHED.lock().unwrap().contains(&written[0]), "listed while it is written");
            // The program ends here, in the middle of the save.
            remove_unfinished();
        });
        assert_eq!(temporary(&dir), Vec::<PathBuf>::new(), "no temporary file is left behind");
        assert!(!UNFINISHED.lock().unwrap().iter().any(|listed| listed.starts_with(&dir)));
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
