//! `read_inputs` on real folders, and `clean` on what it reads.

use std::fs;
use std::path::Path;

use diplograph::clean::clean;
use diplograph::error::Error;
use diplograph::ingest::{read_inputs, read_text_file};

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn arg(path: &Path) -> String {
    path.to_str().unwrap().to_string()
}

#[test]
fn nested_folders_are_read_in_sorted_order() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "b.txt", b"Second.");
    write(root, "a/z.txt", b"First.");
    write(root, "a/deeper/y.txt", b"Deepest.");
    write(root, "c/feed.jsonl", b"{\"id\": \"j1\", \"text\": \"From JSON.\"}\n");
    write(root, "c/notes.md", b"not an input");
    let batch = read_inputs(&[arg(root)]);
    assert!(batch.problems.is_empty(), "{:?}", batch.problems);
    let ids: Vec<&str> = batch.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["y", "z", "b", "j1"]);
    assert!(batch.documents[3].origin.ends_with("feed.jsonl:1"));
}

#[cfg(unix)]
#[test]
fn symlink_loops_do_not_hang() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "docs/one.txt", b"One.");
    std::os::unix::fs::symlink(root.join("docs"), root.join("docs/loop")).unwrap();
    std::os::unix::fs::symlink(root, root.join("docs/up")).unwrap();
    let batch = read_inputs(&[arg(&root.join("docs"))]);
    let ids: Vec<&str> = batch.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["one"]);
}

#[test]
fn non_utf8_file_names_file_and_byte_offset() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "bad.txt", b"Caf\xe9 talks.");
    write(root, "good.txt", b"Fine.");
    let batch = read_inputs(&[arg(root)]);
    assert_eq!(batch.documents.len(), 1);
    assert_eq!(batch.problems.len(), 1);
    let msg = batch.problems[0].to_string();
    assert!(msg.contains("bad.txt") && msg.contains("byte offset 3"), "{msg}");
}

#[test]
fn jsonl_bad_lines_are_reported_and_good_lines_read() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("wire.jsonl");
    fs::write(
        &path,
        concat!(
            "{\"id\": \"w1\", \"date\": \"2025-03-04\", \"title\": \"T\", \"text\": \"One.\"}\n",
            "{\"id\": \"w2\", \"text\": \n",
            "{\"id\": \"w3\", \"text\": 42}\n",
            "\n",
            "{\"text\": \"No id.\"}\n",
        ),
    )
    .unwrap();
    let batch = read_inputs(&[arg(&path)]);
    let ids: Vec<&str> = batch.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["w1", "wire-5"]);
    assert_eq!(batch.documents[0].date.as_deref(), Some("2025-03-04"));
    let lines: Vec<Option<usize>> = batch
        .problems
        .iter()
        .map(|p| match p {
            Error::BadDocument { path: p, line, .. } => {
                assert!(p.ends_with("wire.jsonl"));
                *line
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(lines, [Some(2), Some(3)]);
    assert!(batch.problems[1].to_string().contains("\"text\" must be a string"));
}

#[test]
fn missing_path_is_an_io_problem_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "ok.txt", b"Fine.");
    let batch = read_inputs(&[arg(&tmp.path().join("nope.txt")), arg(&tmp.path().join("ok.txt"))]);
    assert_eq!(batch.documents.len(), 1);
    assert!(matches!(batch.problems[..], [Error::Io { .. }]));
}

#[test]
fn read_text_file_id_is_the_stem() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "oslo-talks.txt", b"Text.");
    let doc = read_text_file(tmp.path().join("oslo-talks.txt")).unwrap();
    assert_eq!(doc.id, "oslo-talks");
    assert_eq!(doc.text, "Text.");
}

/// Every example article reads and cleans into a dated, placed story with
/// no boilerplate left and a valid offset map.
#[test]
fn example_articles_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let batch = read_inputs(&[arg(&dir)]);
    assert!(batch.problems.is_empty(), "{:?}", batch.problems);
    assert!(batch.documents.len() >= 7, "{}", batch.documents.len());
    for raw in &batch.documents {
        let doc = clean(raw);
        assert_eq!(doc.original_offsets.len(), doc.text.len() + 1);
        assert!(doc.original_offsets.windows(2).all(|w| w[0] <= w[1]));
        assert!(doc.meta.date.is_some(), "{}: no date", raw.id);
        for junk in ["©", "Click to", "Related:", "&#", "&amp;", "Copyright", "\n\n\n"] {
            assert!(!doc.text.contains(junk), "{}: {junk:?} left in", raw.id);
        }
        if !raw.origin.contains(".jsonl") {
            assert!(doc.meta.place.is_some(), "{}: no dateline", raw.id);
        }
    }
}

#[test]
fn lossy_reading_keeps_documents_that_are_not_utf8() {
    use diplograph::ingest::{read_inputs_with, ReadOptions};
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "bad.txt", b"Caf\xe9 talks.");
    write(tmp.path(), "feed.jsonl", b"{\"id\": \"j\", \"text\": \"na\xefve\"}\n");
    let batch = read_inputs_with(&[arg(tmp.path())], ReadOptions { lossy: true });
    assert!(batch.problems.is_empty(), "{:?}", batch.problems);
    let texts: Vec<&str> = batch.documents.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Caf\u{fffd} talks.", "na\u{fffd}ve"]);
}

#[cfg(unix)]
#[test]
fn link_loops_and_broken_links_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "docs/one.txt", b"One.");
    std::os::unix::fs::symlink(root.join("docs"), root.join("docs/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("docs/gone.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("nowhere"), root.join("docs/gone")).unwrap();
    let batch = read_inputs(&[arg(&root.join("docs"))]);
    assert_eq!(batch.documents.len(), 1);
    let problems: Vec<String> = batch.problems.iter().map(ToString::to_string).collect();
    let notes: Vec<String> = batch.notes.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("gone.txt: No such file"), "{problems:?}");
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("docs/gone: No such file"), "{notes:?}");
    assert!(notes[1].contains("docs/loop: folder already read"), "{notes:?}");
}

/// A file the process may not read is one problem; the rest is read. (As
/// root every file is readable, and the test has nothing to check.)
#[cfg(unix)]
#[test]
fn unreadable_files_are_reported_and_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", b"Fine.");
    write(tmp.path(), "b.txt", b"Secret.");
    let secret = tmp.path().join("b.txt");
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&secret).is_ok() {
        eprintln!("notice: running as root, every file is readable; test skipped");
        return;
    }
    let batch = read_inputs(&[arg(tmp.path())]);
    assert_eq!(batch.documents.len(), 1);
    assert!(batch.problems[0].to_string().contains("Permission denied"), "{:?}", batch.problems);
}
