//! Fuzz targets that run under `cargo test`: cleaning, segmentation, the
//! whole extraction, and the graph-file reader, each fed random input built
//! from pieces that exercise the code (names, titles, quotation marks, HTML,
//! datelines, odd Unicode, raw bytes) and checked for panics and broken
//! invariants.
//!
//! By default each target runs a fixed number of cases from a fixed seed, so
//! `cargo test` stays quick and repeatable. To fuzz for longer:
//!
//!     DIPLOGRAPH_FUZZ_SECS=600 cargo test --release --test fuzz -- --nocapture
//!
//! runs each target for that many seconds from a seed taken from the clock
//! (or `DIPLOGRAPH_FUZZ_SEED`). A failing input is shrunk by dropping pieces
//! and printed with the seed; put it in `REGRESSIONS` (or the target's own
//! list) so that it is run every time from then on.
//!
//! cargo-fuzz would need a nightly toolchain, which the project does not
//! assume; a generator of our own knows the shapes of news text better than a
//! byte mutator starting from nothing would.

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use diplograph::clean::clean;
use diplograph::graph::KnowledgeGraph;
use diplograph::{pipeline, text, Lexicon, RawDocument};

/// Pieces of text the generator strings together.
const PIECES: &[&str] = &[
    "Russia",
    "Lavrov",
    "Sergey Lavrov",
    "Kerry",
    "John Kerry",
    "the United States",
    "U.S.",
    "UN",
    "United Nations",
    "Security Council",
    "NATO",
    "China",
    "Beijing",
    "the Kremlin",
    "Foreign Minister",
    "Deputy Foreign Minister",
    "Ana Petrova",
    "President",
    "Mr.",
    "Dr.",
    "the minister",
    "the regime",
    "rebels",
    "Syrian",
    "anti-Assad",
    "-based",
    "-led",
    "Hamas",
    "Ministry of Water and Energy",
    "The",
    "Physicians for Human Rights",
    "(RSF)",
    "RSF",
    "he",
    "she",
    "they",
    "it",
    "we",
    "our",
    "his",
    "said",
    "says",
    "told",
    "warned",
    "threatened",
    "accused",
    "met with",
    "did not",
    "would",
    "if",
    "unless",
    "condemned",
    "attacks on",
    "according to",
    "a senior official",
    "hold",
    "responsible",
    "of",
    "and",
    "the",
    "on Wednesday",
    "last week",
    "April 15",
    "2025-04-15",
    "2025-13-45",
    "Sept.",
    "1999",
    "3rd",
    "42",
    "0",
    "MOSCOW, April 15 (Reuters) -",
    "DOHA (AP) —",
    "By Ana Petrova",
    "Advertisement",
    "Share this:",
    "Click to share",
    "Related:",
    "© 2025",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "—",
    "-",
    "--",
    "(",
    ")",
    "[",
    "]",
    "'s",
    "’s",
    "s’",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "« ",
    " »",
    "&amp;",
    "&quot;",
    "&#8220;",
    "&#x201D;",
    "&#99999999;",
    "&#0;",
    "&nbsp;",
    "&",
    "&;",
    "<p>",
    "</p>",
    "<br/>",
    "<script>x</script>",
    "<a href=\"x\">",
    "<",
    ">",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "é",
    "Ł",
    "ß",
    "İ",
    "ǅ",
    "Σ",
    "ﬁ",
    "日本",
    "العربية",
    "\u{202e}",
    "😀",
    "\u{0}",
    "\u{7f}",
];

const WORDS: &[&str] = &["talks", "border", "ceasefire", "envoy", "Alpha", "Bravo", "a", "an", "to", "in", "at"];

/// One generated input: the pieces, so that a failing one can be shrunk.
type Input = Vec<String>;

fn piece(rng: &mut fastrand::Rng) -> String {
    match rng.u8(0..20) {
        0 => WORDS[rng.usize(0..WORDS.len())].to_string(),
        // Any character at all, including ones no table above thought of.
        1 => rng.char(..).to_string(),
        2 => {
            let n = rng.usize(1..8);
            let bytes: Vec<u8> = (0..n).map(|_| rng.u8(..)).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        // Repetition: the shape of most adversarial input.
        3 => PIECES[rng.usize(0..PIECES.len())].repeat(rng.usize(2..60)),
        _ => PIECES[rng.usize(0..PIECES.len())].to_string(),
    }
}

fn input(rng: &mut fastrand::Rng) -> Input {
    let n = match rng.u8(0..10) {
        0 => 0,
        1..=6 => rng.usize(1..40),
        _ => rng.usize(40..400),
    };
    (0..n)
        .map(|_| {
            let p = piece(rng);
            if rng.bool() {
                format!("{p} ")
            } else {
                p
            }
        })
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::embedded)
}

fn raw(text: String) -> RawDocument {
    RawDocument { id: "fuzz".into(), origin: "fuzz".into(), date: None, title: None, text }
}

/// A failed check is a panic like any other: the runner catches both.
fn check_clean(text: &str) {
    let doc = clean(&raw(text.to_string()));
    assert_eq!(doc.original_offsets.len(), doc.text.len() + 1, "offset map length");
    assert!(doc.original_offsets.windows(2).all(|w| w[0] <= w[1]), "offset map decreases");
    assert!(doc.original_offsets.iter().all(|&o| o as usize <= text.len()), "offset past the raw text");
}

fn check_segment(text: &str) {
    let seg = text::segment(text);
    let mut last_end = 0;
    for (i, token) in seg.tokens.iter().enumerate() {
        assert!(token.start < token.end && token.end <= text.len(), "token {i} out of bounds");
        assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end), "token {i} splits a char");
        assert!(token.start >= last_end, "token {i} overlaps the one before");
        last_end = token.end;
        let _ = seg.lower(i);
    }
    let mut next = 0;
    for s in &seg.sentences {
        assert_eq!(s.tokens.start, next, "sentences must tile the tokens");
        assert!(
            !s.tokens.is_empty() && s.tokens.len() <= text::MAX_SENTENCE_TOKENS,
            "sentence of {} tokens",
            s.tokens.len()
        );
        next = s.tokens.end;
    }
    assert_eq!(next, seg.tokens.len(), "sentences must cover every token");
}

fn check_extract(text: &str) {
    let x = pipeline::extract_raw(&raw(text.to_string()), lexicon());
    let doc = clean(&raw(text.to_string()));
    let ids: Vec<&str> = x.actors.iter().map(|a| a.id.as_str()).collect();
    let known = |id: &str| ids.contains(&id);
    let in_text = |span: [usize; 2]| span[0] <= span[1] && doc.text.get(span[0]..span[1]).is_some();
    for a in &x.actors {
        for m in &a.mentions {
            assert!(in_text(m.provenance.span), "mention span {:?}", m.provenance.span);
        }
    }
    for r in &x.relations {
        assert!(known(&r.source) && known(&r.target), "relation names an unknown actor");
        assert!(in_text(r.provenance.span), "relation span {:?}", r.provenance.span);
    }
    for q in &x.quotes {
        assert!(q.speaker.iter().chain(&q.addressee).chain(&q.about).all(|id| known(id)), "quote names unknown actor");
        assert!(in_text(q.provenance.span), "quote span {:?}", q.provenance.span);
    }
    let json = serde_json::to_string(&x).expect("an extraction serializes");
    let again = serde_json::to_string(&pipeline::extract_raw(&raw(text.to_string()), lexicon())).unwrap();
    assert_eq!(json, again, "extraction is not deterministic");
    // What extract writes, build must take: the graph round-trips.
    let mut graph = KnowledgeGraph::new();
    graph.add_extraction(&x);
    let file = graph.to_json();
    let back = KnowledgeGraph::from_json(file.as_bytes(), Path::new("fuzz.json")).expect("own graph file reads back");
    assert_eq!(back.to_json(), file, "graph file does not round-trip");
}

/// The graph reader never panics, and whatever it accepts it writes back in
/// a form it reads again to the same bytes.
fn check_graph_file(bytes: &[u8]) {
    let path = Path::new("fuzz.json");
    if let Ok(graph) = KnowledgeGraph::from_json(bytes, path) {
        let once = graph.to_json();
        let twice = KnowledgeGraph::from_json(once.as_bytes(), path).expect("own output reads back").to_json();
        assert_eq!(once, twice, "graph file does not round-trip");
    }
}

fn seed_graph() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/graph/small.json")).unwrap()
}

/// A graph file mutated: JSON values swapped for odd ones, keys dropped,
/// elements duplicated, or bytes cut and flipped.
fn graph_input(rng: &mut fastrand::Rng, seed: &serde_json::Value) -> Input {
    let mut value = seed.clone();
    for _ in 0..rng.usize(1..6) {
        mutate(rng, &mut value);
    }
    let mut text = serde_json::to_string(&value).unwrap();
    if rng.u8(0..4) == 0 && !text.is_empty() {
        let at = rng.usize(0..text.len());
        let cut = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        text.truncate(cut);
        text.push_str(&piece(rng));
    }
    // Split in pieces at JSON punctuation, so that shrinking drops whole tokens.
    text.split_inclusive([',', '{', '}', '[', ']']).map(str::to_string).collect()
}

fn odd_value(rng: &mut fastrand::Rng) -> serde_json::Value {
    use serde_json::json;
    match rng.u8(0..9) {
        0 => json!(null),
        1 => json!(rng.bool()),
        2 => json!(rng.i64(..)),
        3 => json!(-0.5e300),
        4 => json!([]),
        5 => json!({}),
        6 => json!("2016-02-30"),
        7 => json!(["RUS", "nobody", ""]),
        _ => json!(piece(rng)),
    }
}

fn mutate(rng: &mut fastrand::Rng, value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(rng.usize(0..map.len())).cloned().unwrap_or_default();
            match rng.u8(0..6) {
                0 => {
                    map.shift_remove(&key);
                }
                1 => {
                    map.insert(key, odd_value(rng));
                }
                _ => mutate(rng, map.get_mut(&key).unwrap()),
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.usize(0..items.len());
            match rng.u8(0..6) {
                0 => {
                    items.remove(i);
                }
                1 => items.push(items[i].clone()),
                2 => items[i] = odd_value(rng),
                _ => mutate(rng, &mut items[i]),
            }
        }
        other => *other = odd_value(rng),
    }
}

/// The panic message of a failed case, if it failed.
fn fails(target: fn(&str), input: &Input) -> Option<String> {
    let text: String = input.concat();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| target(&text)));
    outcome.err().map(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(no message)".into())
    })
}

/// Drop pieces, halves first, as long as the input still fails.
fn shrink(target: fn(&str), mut input: Input) -> Input {
    let mut chunk = input.len() / 2;
    while chunk >= 1 {
        let mut at = 0;
        while at < input.len() {
            let mut smaller = input.clone();
            smaller.drain(at..(at + chunk).min(input.len()));
            if fails(target, &smaller).is_some() {
                input = smaller;
            } else {
                at += chunk;
            }
        }
        chunk /= 2;
    }
    input
}

struct Budget {
    seed: u64,
    cases: Option<usize>,
    time: Duration,
}

fn budget() -> Budget {
    let secs = std::env::var("DIPLOGRAPH_FUZZ_SECS").ok().and_then(|s| s.parse::<f64>().ok());
    let clock =
        || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64);
    let seed = std::env::var("DIPLOGRAPH_FUZZ_SEED").ok().and_then(|s| s.parse().ok());
    match secs {
        Some(secs) => Budget { seed: seed.unwrap_or_else(clock), cases: None, time: Duration::from_secs_f64(secs) },
        None => Budget { seed: seed.unwrap_or(9), cases: Some(64), time: Duration::MAX },
    }
}

/// Run `target` on the regressions, then on generated inputs until the
/// budget is spent; fail with the shrunk input of the first failure.
fn fuzz(name: &str, target: fn(&str), regressions: &[&str], mut generate: impl FnMut(&mut fastrand::Rng) -> Input) {
    for (i, case) in regressions.iter().enumerate() {
        if let Some(message) = fails(target, &vec![case.to_string()]) {
            panic!("{name}: regression {i} fails again: {message}\ninput: {case:?}");
        }
    }
    let budget = budget();
    let mut rng = fastrand::Rng::with_seed(budget.seed);
    let start = Instant::now();
    let mut cases = 0;
    while budget.cases.is_none_or(|n| cases < n) && start.elapsed() < budget.time {
        let input = generate(&mut rng);
        cases += 1;
        if fails(target, &input).is_some() {
            let small = shrink(target, input);
            let message = fails(target, &small).unwrap_or_default();
            panic!("{name}: case {cases} of seed {} fails: {message}\nshrunk input: {:?}", budget.seed, small.concat());
        }
    }
    eprintln!(
        "fuzz {name}: {cases} cases in {:.1} s from seed {}, no failure",
        start.elapsed().as_secs_f64(),
        budget.seed
    );
}

/// Inputs that once failed a target (see the module comment); they run first, every time.
const REGRESSIONS: &[&str] = &[
    // A demand after a speech verb looked one token past a mention that
    // closes the text ("X said Y must", with nothing after Y).
    "told the United States",
    // A phrase gap (`~`, "hold ~ war games with") looked past the last token.
    "hold\u{202e}",
];

const GRAPH_REGRESSIONS: &[&str] = &[
    // A node with neither a name nor a kind was written back with the
    // fallbacks stated as given, so a second load read a different graph.
    r#"{"format": "diplograph-graph", "version": 1, "nodes": [{"key": "RUS"}]}"#,
    // A Goldstein score too large for the score type became infinite and was
    // written back as null (seed 1795653478235772624, case 325101).
    r#"{"format": "diplograph-graph", "version": 1, "nodes": [{"key": "A"}, {"key": "B"}], "edges": [{"source": "A",
        "target": "B", "type": "meet", "provenance": [{"document": "d", "sentence": 0, "span": [0, 1], "label": "met",
        "goldstein": -5e299, "evidence": "A met B."}]}]}"#,
];

#[test]
fn fuzz_clean() {
    fuzz("clean", check_clean, REGRESSIONS, input);
}

#[test]
fn fuzz_sentence_splitting() {
    fuzz("segment", check_segment, REGRESSIONS, input);
}

#[test]
fn fuzz_extract() {
    fuzz("extract", check_extract, REGRESSIONS, input);
}

#[test]
fn fuzz_graph_file() {
    let seed: serde_json::Value = serde_json::from_str(&seed_graph()).unwrap();
    let check = |text: &str| check_graph_file(text.as_bytes());
    fuzz("graph file", check, GRAPH_REGRESSIONS, |rng| graph_input(rng, &seed));
}
