//! Inputs built to make extraction slow if any stage is superlinear, and
//! the ordinary text they are compared with (the example articles, repeated
//! to the same size).

use std::path::Path;

/// (name, the unit repeated to fill the size). Each targets a pattern that
/// once was, or could be, quadratic: runs of capitalized words, quotation
/// marks, a line without a full stop, names repeated in one sentence.
pub const ADVERSARIAL: &[(&str, &str)] = &[
    ("capitalized-words", "Alpha Bravo Charlie Delta Echo Foxtrot "),
    ("quotation-marks", "\""),
    ("curly-quotation-marks", "\u{201c}"),
    ("quotes-and-speech", "\"Yes,\" he said \"no\" "),
    ("line-without-full-stop", "the minister said that the talks would go on and "),
    ("repeated-names-one-sentence", "Lavrov met Kerry and Lavrov told Kerry that Russia "),
    ("repeated-names-sentences", "Lavrov met Kerry. He said Russia warned the United States. "),
    ("repeated-titles", "Foreign Minister Ana Petrova "),
    ("abbreviations", "Mr. "),
    ("full-stops", "."),
];

/// `unit` repeated to `size` bytes, cut on a character boundary.
pub fn fill(unit: &str, size: usize) -> String {
    let mut text = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// The example articles, one after another, repeated to `size` bytes.
pub fn ordinary(size: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/articles")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let unit: String = paths.iter().map(|p| std::fs::read_to_string(p).expect("an article") + "\n\n").collect();
    fill(&unit, size)
}
