//! Walking a folder: every `.txt` and `.jsonl` file, recursively, sorted by
//! path; symbolic links are followed, but each real folder is entered once
//! so that a link loop cannot hang the walk.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The input files under `root`, in sorted path order. Folders that cannot
/// be read are reported in `problems` and skipped.
pub(super) fn collect_files(root: &Path, problems: &mut Vec<Error>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut visited = HashSet::new();
    visit(root, &mut visited, &mut files, problems);
    files
}

fn is_input(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some(ext) if ext.eq_ignore_ascii_case("txt") || ext.eq_ignore_ascii_case("jsonl")
    )
}

fn visit(
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<Error>,
) {
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !visited.insert(real) {
                return; // a link back to a folder already walked
            }
        }
        Err(e) => {
            problems.push(Error::io(dir, e));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(Error::io(dir, e));
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => problems.push(Error::io(dir, e)),
        }
    }
    paths.sort();
    for path in paths {
        // `metadata` follows links; a dangling link is reported.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => visit(&path, visited, files, problems),
            Ok(meta) if meta.is_file() && is_input(&path) => files.push(path),
            Ok(_) => {}
            Err(e) => {
                if is_input(&path) {
                    problems.push(Error::io(&path, e));
                }
            }
        }
    }
}
