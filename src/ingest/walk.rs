//! Walking a folder: every `.txt` and `.jsonl` file, recursively, sorted by
//! path; symbolic links are followed, but each real folder is entered once
//! so that a link loop cannot hang the walk (the link that closes the loop
//! is noted).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The input files under `root`, in sorted path order. Folders that cannot
/// be read are reported in `problems` and skipped; folders reached a second
/// time and broken links that name no input go to `notes`.
pub(super) fn collect_files(root: &Path, problems: &mut Vec<Error>, notes: &mut Vec<Error>) -> Vec<PathBuf> {
    let mut walk = Walk { visited: HashSet::new(), files: Vec::new(), problems, notes };
    walk.visit(root);
    walk.files
}

struct Walk<'a> {
    visited: HashSet<PathBuf>,
    files: Vec<PathBuf>,
    problems: &'a mut Vec<Error>,
    notes: &'a mut Vec<Error>,
}

fn is_input(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some(ext) if ext.eq_ignore_ascii_case("txt") || ext.eq_ignore_ascii_case("jsonl")
    )
}

impl Walk<'_> {
    fn visit(&mut self, dir: &Path) {
        match std::fs::canonicalize(dir) {
            Ok(real) => {
                if !self.visited.insert(real) {
                    let message = "folder already read through another path (a link loop?); not read again";
                    self.notes.push(Error::BadDocument {
                        path: dir.to_path_buf(),
                        line: None,
                        message: message.into(),
                    });
                    return;
                }
            }
            Err(e) => {
                self.problems.push(Error::io(dir, e));
                return;
            }
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.problems.push(Error::io(dir, e));
                return;
            }
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => self.problems.push(Error::io(dir, e)),
            }
        }
        paths.sort();
        for path in paths {
            // `metadata` follows links; a dangling or looping link fails here.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.visit(&path),
                Ok(meta) if meta.is_file() && is_input(&path) => self.files.push(path),
                Ok(_) => {}
                Err(e) if is_input(&path) => self.problems.push(Error::io(&path, e)),
                Err(e) => self.notes.push(Error::io(&path, e)),
            }
        }
    }
}
