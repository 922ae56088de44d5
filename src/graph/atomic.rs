//! Writing a file so that readers see the old content or the new one,
//! never half of it: a temporary file in the same folder, renamed into
//! place (a rename within one file system is atomic). A run killed before
//! the rename leaves the old file whole; the temporary file it may leave
//! behind is named after the file and the process, and the next write to
//! the same file removes it once that process is gone.

use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Whether `path` can be written: its folder exists and it is not itself a
/// folder. The commands check this before their work, so that a typo in
/// `-o` costs nothing; [`write_atomically`] checks it again.
pub fn check_destination(path: &Path) -> Result<()> {
    let cannot = |why: String| Err(Error::Usage(format!("cannot write {}: {why}", path.display())));
    if path.file_name().is_none() {
        return cannot("not a file name".into());
    }
    if path.is_dir() {
        return cannot("it is a folder".into());
    }
    let folder = folder_of(path);
    if !folder.is_dir() {
        return cannot(format!("the folder {} does not exist", folder.display()));
    }
    Ok(())
}

pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// [`write_atomically`] for content written piece by piece by `write`.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<fs::File>) -> std::io::Result<()>,
) -> Result<()> {
    check_destination(path)?;
    let temp = temp_path(path, std::process::id());
    let written = (|| {
        let mut file = std::io::BufWriter::new(fs::File::create(&temp)?);
        write(&mut file)?;
        file.into_inner().map_err(|e| e.into_error())?.sync_all()
    })();
    if let Err(source) = written {
        let _ = fs::remove_file(&temp);
        return Err(Error::io(path, source));
    }
    fs::rename(&temp, path).map_err(|source| {
        let _ = fs::remove_file(&temp);
        Error::io(path, source)
    })?;
    remove_stale_temps(path);
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// `.NAME.PID.tmp`, hidden, next to `NAME`.
fn temp_path(path: &Path, pid: u32) -> PathBuf {
    let mut name = temp_prefix(path);
    name.push(format!("{pid}.tmp"));
    path.with_file_name(name)
}

fn temp_prefix(path: &Path) -> OsString {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".");
    name
}

/// Temporary files of `path` left by runs that were killed while writing.
/// Only those whose process no longer runs are removed, so that two runs
/// writing the same file never pull each other's file away; where that
/// cannot be told (no `/proc`), nothing is removed.
fn remove_stale_temps(path: &Path) {
    let Some(prefix) = temp_prefix(path).to_str().map(str::to_string) else { return };
    let Ok(entries) = fs::read_dir(folder_of(path)) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(&prefix)?.strip_suffix(".tmp")?.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && process_is_gone(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn process_is_gone(pid: u32) -> bool {
    let proc = Path::new("/proc");
    proc.join("self").exists() && !proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-folder/graph.json");
        let err = write_atomically(&path, b"{}").unwrap_err().to_string();
        assert!(err.ends_with("/no-such-folder does not exist"), "{err}");
        assert!(err.starts_with("cannot write "), "{err}");
        let err = write_atomically(dir.path(), b"{}").unwrap_err().to_string();
        assert!(err.ends_with("it is a folder"), "{err}");
    }

    #[test]
    fn the_old_file_stays_until_the_new_one_is_complete() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        fs::write(&path, b"old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["graph.json"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn temps_of_killed_runs_are_removed_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        // No process has an id this large (the kernel's limit is 2^22).
        let dead = temp_path(&path, u32::MAX - 1);
        let alive = temp_path(&path, 1);
        let other = dir.path().join(".notes.json.77.tmp");
        for file in [&dead, &alive, &other] {
            fs::write(file, b"half").unwrap();
        }
        write_atomically(&path, b"new").unwrap();
        assert!(!dead.exists());
        assert!(alive.exists(), "process 1 still runs: its file is left alone");
        assert!(other.exists(), "another file's temporary is left alone");
    }
}
