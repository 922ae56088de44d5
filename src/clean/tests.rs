//! Whole-document cleaning: (raw text, expected text, expected metadata),
//! and the offset-map invariants on random inputs.

use super::*;

fn raw(text: &str) -> RawDocument {
    RawDocument { id: "t".into(), origin: "t".into(), date: None, title: None, text: text.into() }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The invariants every cleaned document keeps.
fn check_map(raw: &str, doc: &CleanDocument) {
    let offs = &doc.original_offsets;
    assert_eq!(offs.len(), doc.text.len() + 1, "{raw:?}");
    assert!(offs.windows(2).all(|w| w[0] <= w[1]), "not monotone: {raw:?}");
    assert!(offs.iter().all(|&o| o as usize <= raw.len()), "out of range: {raw:?}");
    for (i, c) in doc.text.char_indices() {
        let o = offs[i] as usize;
        assert!(raw.is_char_boundary(o), "{raw:?} -> {:?} at {i}", doc.text);
        if c == ' ' || c == '\n' {
            continue;
        }
        let orig = raw[o..].chars().next().unwrap();
        if orig != '&' {
            assert_eq!(orig, c, "{raw:?} -> {:?} at {i}", doc.text);
        }
    }
}

#[derive(Default)]
struct Want<'a> {
    title: Option<&'a str>,
    author: Option<&'a str>,
    agency: Option<&'a str>,
    place: Option<&'a str>,
    date: Option<&'a str>,
}

#[test]
fn documents() {
    let rows: Vec<(&str, &str, Want)> = vec![
        // Hard wraps joined, paragraphs kept, spaces collapsed.
        (
            "The envoy  said the\ntalks would   resume.\n\n\n\nSecond   paragraph\nhere.\n",
            "The envoy said the talks would resume.\n\nSecond paragraph here.",
            Want::default(),
        ),
        // CRLF, entities, nbsp.
        (
            "Norway&#8217;s minister&nbsp;spoke.\r\n\r\nQ&amp;A: &ldquo;Yes,&rdquo; she said.\r\n",
            "Norway’s minister spoke.\n\nQ&A: “Yes,” she said.",
            Want::default(),
        ),
        // HTML paragraphs and breaks.
        (
            "<p>First <b>bold</b> claim.</p>\n<p>Second claim.<br>Same paragraph.</p>",
            "First bold claim.\n\nSecond claim. Same paragraph.",
            Want::default(),
        ),
        // AP byline line and dateline.
        (
            "- Associated Press - Wednesday, September 28, 2016\n\nOSLO (AP) - Norway warned Sweden on Wednesday.\n\nMore text.",
            "Norway warned Sweden on Wednesday.\n\nMore text.",
            Want { agency: Some("Associated Press"), place: Some("OSLO"), date: Some("2016-09-28"), ..Default::default() },
        ),
        // Headline, byline, date line, dateline without agency, hard wraps.
        (
            "Norway and Sweden clash over fishing quotas\n\nBy Ingrid Halvorsen\n\nPublished: 26 May 2022\n\nUNITED NATIONS -- Norway on Thursday accused\nSweden of overfishing.\n",
            "Norway on Thursday accused Sweden of overfishing.",
            Want {
                title: Some("Norway and Sweden clash over fishing quotas"),
                author: Some("Ingrid Halvorsen"),
                place: Some("UNITED NATIONS"),
                date: Some("2022-05-26"),
                ..Default::default()
            },
        ),
        // Reuters dateline with a month-day but no year: no date.
        (
            "Fishing talks stall as Oslo walks out\n\nBERGEN, June 3 (Reuters) - Norway walked out of talks.\n\n(Reporting by Kari Lunde; Editing by Ola Berg)",
            "Norway walked out of talks.",
            Want { title: Some("Fishing talks stall as Oslo walks out"), agency: Some("Reuters"), place: Some("BERGEN"), ..Default::default() },
        ),
        // Headline glued to a dateline line; byline with a bar.
        (
            "Talks collapse in Geneva\nGENEVA (AFP) — The talks collapsed.",
            "The talks collapsed.",
            Want { title: Some("Talks collapse in Geneva"), agency: Some("AFP"), place: Some("GENEVA"), ..Default::default() },
        ),
        (
            "By Per Olsen | Published: 14 June 2021\n\nKYIV, Ukraine — Drones struck.",
            "Drones struck.",
            Want { author: Some("Per Olsen"), place: Some("KYIV, Ukraine"), date: Some("2021-06-14"), ..Default::default() },
        ),
        // Trailing boilerplate and a Related list.
        (
            "MANILA, Philippines (AP) — A ship was hit.\n\n“Not an accident,” she said.\n\nRelated:\nShips collide near the shoal\nQ&amp;A: Who owns the reef?\n\n© 2023 Reef Wire Ltd. All rights reserved.\n\nClick to Read More and View Comments\n\nClick to Hide\n",
            "A ship was hit.\n\n“Not an accident,” she said.",
            Want { agency: Some("AP"), place: Some("MANILA, Philippines"), ..Default::default() },
        ),
        // Boilerplate glued under the last sentence of a wrapped paragraph.
        (
            "The minister left the\nroom.\nCopyright 2024 The Fjord Post. All rights\nreserved.\n",
            "The minister left the room.",
            Want::default(),
        ),
        // "Related:" alone, then headlines as separate paragraphs, then story.
        (
            "Story starts.\n\nRelated:\n\nFirst linked headline\n\nSecond linked headline\n\nThe story goes on.",
            "Story starts.\n\nThe story goes on.",
            Want::default(),
        ),
        // Credit lines.
        (
            "Story.\n\nAssociated Press writer Ana Lind in Oslo\ncontributed to this report.",
            "Story.",
            Want::default(),
        ),
        // A first line ending in a full stop is no headline.
        ("One sentence only.\n\nAnother.", "One sentence only.\n\nAnother.", Want::default()),
        // A single line is no headline.
        ("Just a title-like line", "Just a title-like line", Want::default()),
        // One paragraph per line, long lines: not joined.
        (
            "The first paragraph is a long line that goes on and on about the talks in Geneva and the positions of the delegations.\nThe second paragraph is another long line that goes on about the ministers and what they told reporters afterwards.",
            "The first paragraph is a long line that goes on and on about the talks in Geneva and the positions of the delegations.\n\nThe second paragraph is another long line that goes on about the ministers and what they told reporters afterwards.",
            Want::default(),
        ),
        ("", "", Want::default()),
        ("  \n\n ", "", Want::default()),
    ];
    for (input, expected, want) in rows {
        let doc = clean(&raw(input));
        assert_eq!(doc.text, expected, "{input:?}");
        check_map(input, &doc);
        let m = &doc.meta;
        assert_eq!(m.title.as_deref(), want.title, "title of {input:?}");
        assert_eq!(m.author.as_deref(), want.author, "author of {input:?}");
        assert_eq!(m.agency.as_deref(), want.agency, "agency of {input:?}");
        assert_eq!(m.place.as_deref(), want.place, "place of {input:?}");
        assert_eq!(m.date, want.date.map(d), "date of {input:?}");
    }
}

#[test]
fn raw_date_and_title() {
    let mut r = raw("Talks stall\n\nBERGEN, June 3 (Reuters) - Norway walked out.");
    r.date = Some("2023-06-04T12:00:00Z".into());
    r.title = Some("Given title".into());
    let doc = clean(&r);
    assert_eq!(doc.meta.date, Some(d("2023-06-03")));
    assert_eq!(doc.meta.title.as_deref(), Some("Given title"));
    assert_eq!(doc.text, "Norway walked out.");

    let mut r = raw("Norway walked out.");
    r.date = Some("2016-09-28".into());
    assert_eq!(clean(&r).meta.date, Some(d("2016-09-28")));
}

#[test]
fn separators_map_to_newlines() {
    let input = "One two\nthree.\n\nFour &amp; five.";
    let doc = clean(&raw(input));
    assert_eq!(doc.text, "One two three.\n\nFour & five.");
    let space = doc.text.find(" three").unwrap();
    assert_eq!(doc.original_offsets[space], 7); // the '\n'
    let para = doc.text.find("\n\n").unwrap();
    assert_eq!(&doc.original_offsets[para..para + 2], &[14, 14]);
    let amp = doc.text.find('&').unwrap();
    assert_eq!(doc.original_offsets[amp], input.find('&').unwrap() as u32);
    assert_eq!(*doc.original_offsets.last().unwrap(), input.len() as u32);
}

/// Random documents built from the pieces scraped news is made of.
#[test]
fn offset_map_invariants_on_random_inputs() {
    const PIECES: &[&str] = &[
        "word",
        "Norway",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        ".",
        ",",
        "&amp;",
        "&#8217;",
        "&#x2019;",
        "&nbsp;",
        "&bogus;",
        "&",
        "<p>",
        "</p>",
        "<br>",
        "<a href=\"x\">",
        "</a>",
        "<",
        ">",
        "\u{a0}",
        "é",
        "“",
        "”",
        "—",
        "-",
        " -- ",
        "WASHINGTON (AP) — ",
        "By Jane Doe",
        "Related:",
        "© 2020 X",
        "Advertisement",
        "Published: 26 May 2022",
        "\u{feff}",
        "\u{200b}",
        "ü",
        "日本",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let n = (next() % 40) as usize;
        let input: String = (0..n).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        let doc = clean(&raw(&input));
        check_map(&input, &doc);
        assert!(!doc.text.starts_with([' ', '\n']) && !doc.text.ends_with([' ', '\n']), "{input:?} -> {:?}", doc.text);
        assert!(!doc.text.contains("  ") && !doc.text.contains("\n\n\n"), "{input:?} -> {:?}", doc.text);
    }
}

/// Inputs that would make a careless scanner quadratic: many unclosed
/// `<script>` tags, ampersands, one huge line, many short lines.
#[test]
fn adversarial_inputs_stay_linear() {
    let cases = [
        "<script>".repeat(50_000),
        "&&&&#;&amp".repeat(20_000),
        "word ".repeat(100_000),
        "Related:\nx\n".repeat(20_000),
        "WASHINGTON (AP) — ".repeat(20_000),
    ];
    for input in &cases {
        let doc = clean(&raw(input));
        assert_eq!(doc.original_offsets.len(), doc.text.len() + 1);
    }
}

/// A text that needs no character replaced is read in place: the same
/// cleaned text and map as from a copy of it that maps each byte to itself.
#[test]
fn text_read_in_place_maps_as_a_copy() {
    for input in ["One two\nthree.\n\nFour  five.\n", "  x\n\n\ty  z \t\n", "", "A\n\n\nb c\nd"] {
        assert!(entities::normalize(input).is_none(), "{input:?}");
        let mut copy = mapped::Mapped::with_capacity(input.len());
        copy.push_copied(input, 0);
        let lines = wrap::split_lines(input);
        let units = wrap::units(input, &lines);
        let keep: Vec<bool> = (0..lines.len()).map(|li| li != 1).collect();
        let in_place = wrap::assemble(mapped::Source::original(input), &lines, &units, &keep, input.len());
        let copied = wrap::assemble(mapped::Source::mapped(&copy), &lines, &units, &keep, input.len());
        assert_eq!(in_place, copied, "{input:?}");
    }
}
