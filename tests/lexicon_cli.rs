//! `diplograph lexicon check | lookup | list`, and user lexicons on `extract`.

mod common;

use common::extract::{json_of, lexicon_fixture, path_str, temp_file};
use common::{run, stderr, stdout};

fn petrova() -> String {
    path_str(&lexicon_fixture("petrova.lex")).to_string()
}

fn mistake() -> String {
    path_str(&lexicon_fixture("mistake.lex")).to_string()
}

#[test]
fn check_good_file() {
    let out = run(&["lexicon", "check", &petrova()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("{}: 2 entries, OK\n", petrova()));
    assert_eq!(stderr(&out), "");
}

#[test]
fn check_bad_file_names_file_and_line() {
    let out = run(&["lexicon", "check", &mistake()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    let first = stderr(&out).lines().next().unwrap_or_default().to_string();
    assert_eq!(first, format!("diplograph: {}:4: country: \"Austria\" is not a known country id", mistake()));
}

#[test]
fn check_reports_every_mistake_of_a_file_by_line() {
    let file = path_str(&lexicon_fixture("three_mistakes.lex")).to_string();
    let out = run(&["lexicon", "check", &file]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "diplograph: {file}:4: \"befriend\" is not an event type declared by an `event` line\n\
             diplograph: {file}:5: country: \"Sweden\" is not a known country id\n\
             diplograph: {file}:7: field \"colour\" is not allowed on place entries (allowed: alias, country)\n\
             diplograph: the lexicon file has 3 mistakes\n"
        )
    );
}

#[test]
fn check_reports_conflicts_with_the_embedded_lexicon() {
    let (_dir, file) = temp_file(
        "clash.lex",
        b"country NOR | Norway | seat: Oslo; Moscow\nverb praise | threaten\nevent x | x | cameo: 040\nevent x | y | cameo: 040\n",
    );
    let out = run(&["lexicon", "check", path_str(&file)]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(lines[0].contains(":1: \"Moscow\" already names country RUS (<embedded>/countries.lex:"), "{err}");
    assert!(lines[1].contains(":2: verb \"threaten\" already expresses threaten (<embedded>/verbs.lex:"), "{err}");
    assert!(lines[2].contains(":4: event x is already declared on line 3"), "{err}");
}

#[test]
fn check_goes_on_after_a_bad_file() {
    let out = run(&["lexicon", "check", &mistake(), &petrova()]);
    assert_eq!(out.status.code(), Some(2));
    // The good file after the bad one is still checked and reported.
    assert_eq!(stdout(&out), format!("{}: 2 entries, OK\n", petrova()));
    assert!(stderr(&out).contains(&format!("{}:4:", mistake())), "{}", stderr(&out));
    assert!(stderr(&out).ends_with("diplograph: 1 of 2 lexicon files have mistakes\n"), "{}", stderr(&out));
}

#[test]
fn check_reports_every_bad_file() {
    let (_dir, other) = temp_file("other.lex", b"person x | Y | from: someday\n");
    let out = run(&["lexicon", "check", &mistake(), path_str(&other)]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:4:", mistake())), "{err}");
    assert!(err.contains(&format!("{}:1:", path_str(&other))), "{err}");
    assert!(err.ends_with("diplograph: 2 of 2 lexicon files have mistakes\n"), "{err}");
}

#[test]
fn check_needs_a_file() {
    let out = run(&["lexicon", "check"]);
    assert_eq!(out.status.code(), Some(2), "clap's usage error");
}

#[test]
fn lookup_kerry_on_a_date() {
    let out = run(&["lexicon", "lookup", "Kerry", "--date", "2016-09-28"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "person John Kerry (kerry-john): Secretary of State of USA, 2013-02-01 to 2017-01-20\n");
}

#[test]
fn lookup_date_picks_the_term() {
    let out = run(&["lexicon", "lookup", "John Kerry", "--date", "2022-05-01"]);
    assert!(stdout(&out).contains("Special Presidential Envoy for Climate"), "{}", stdout(&out));
}

#[test]
fn lookup_strips_the_and_fixes_case() {
    let out = run(&["lexicon", "lookup", "the kremlin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "country Russia (RUS), as seat\n");
    assert!(stderr(&out).contains("showing \"Kremlin\""), "{}", stderr(&out));
}

#[test]
fn lookup_as_written_wins_over_variants() {
    // "US" is the country; its lower-case variant must not be tried first.
    let out = run(&["lexicon", "lookup", "US"]);
    assert_eq!(stdout(&out), "country United States (USA), as alias\n");
    assert_eq!(stderr(&out), "");
}

#[test]
fn lookup_unknown_name_exits_2() {
    let out = run(&["lexicon", "lookup", "Zyxwv Qrst"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "diplograph: no lexicon entry for Zyxwv Qrst\n");
}

#[test]
fn lookup_with_user_lexicon() {
    let out = run(&["lexicon", "lookup", "Petrova", "--lexicon", &petrova(), "--date", "2025-03-04"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "person Ana Petrova (petrova-ana): Foreign Minister of NOR, since 2024-01-01\n");
    let without = run(&["lexicon", "lookup", "Petrova"]);
    assert_eq!(without.status.code(), Some(2), "Petrova is only in the user file");
}

#[test]
fn list_counts_every_type() {
    let out = run(&["lexicon", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let kinds: Vec<&str> = text.lines().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert_eq!(kinds, ["country", "org", "body", "person", "place", "agent", "event"]);
    for line in text.lines() {
        let count: usize = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        assert!(count > 0, "{line}");
    }
}

#[test]
fn list_one_type_sorted_with_user_entries() {
    let out = run(&["lexicon", "list", "--type", "person", "--lexicon", &petrova()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.contains(&"petrova-ana\tAna Petrova"), "user entry missing");
    assert!(lines.contains(&"kerry-john\tJohn Kerry"));
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted);
    // A person with several terms is one entry.
    assert_eq!(lines.iter().filter(|l| l.starts_with("kerry-john\t")).count(), 1);
}

#[test]
fn list_rejects_an_unknown_type() {
    let out = run(&["lexicon", "list", "--type", "planet"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn extract_with_user_lexicon_finds_a_person_without_title() {
    let (_dir, story) = temp_file(
        "ferry.txt",
        "OSLO (AP) — Petrova said on Tuesday that Norway would take the seizure of the ferry to the United Nations.\n"
            .as_bytes(),
    );
    let plain = json_of(&run(&["extract", path_str(&story)]));
    let names = |doc: &serde_json::Value| -> Vec<String> {
        doc["actors"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap().to_string()).collect()
    };
    assert!(!names(&plain).iter().any(|n| n.contains("Petrova")), "{:?}", names(&plain));

    let out = run(&["extract", path_str(&story), "--lexicon", &petrova()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json_of(&out);
    let actor = doc["actors"].as_array().unwrap().iter().find(|a| a["name"] == "Ana Petrova");
    let actor = actor.unwrap_or_else(|| panic!("no Ana Petrova: {:?}", names(&doc)));
    assert_eq!(actor["lexicon_id"], "petrova-ana");
    assert_eq!(actor["kind"], "person");
    assert_eq!(actor["country"], "NOR");
    assert_eq!(actor["mentions"][0]["text"], "Petrova");
}

#[test]
fn later_lexicon_file_adds_a_term() {
    let (_dir, first) = temp_file(
        "first.lex",
        b"person petrova-ana | Ana Petrova | country: NOR | role: Foreign Minister | from: 2024-01-01 | to: 2024-12-31\n",
    );
    let (_dir2, later) = temp_file(
        "later.lex",
        b"person petrova-ana | Ana Petrova | country: NOR | role: Prime Minister | from: 2025-01-01\n",
    );
    let lookup = |date: &str| {
        let out = run(&[
            "lexicon",
            "lookup",
            "Ana Petrova",
            "--date",
            date,
            "--lexicon",
            path_str(&first),
            "--lexicon",
            path_str(&later),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    assert_eq!(
        lookup("2024-06-01"),
        "person Ana Petrova (petrova-ana): Foreign Minister of NOR, 2024-01-01 to 2024-12-31\n"
    );
    assert_eq!(lookup("2025-06-01"), "person Ana Petrova (petrova-ana): Prime Minister of NOR, since 2025-01-01\n");
}

#[test]
fn check_rejects_a_term_ending_before_it_begins() {
    let (_dir, file) = temp_file("terms.lex", b"person x-y | X Y | country: NOR | from: 2020-01-01 | to: 2019-01-01\n");
    let out = run(&["lexicon", "check", path_str(&file)]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains(":1:"), "{}", stderr(&out));
}

/// The worked example of docs/LEXICON.md ("Writing a user lexicon") is this
/// fixture and does what the doc shows.
#[test]
fn the_worked_example_of_the_doc_works() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/LEXICON.md")).unwrap();
    let example = std::fs::read_to_string(lexicon_fixture("nordic.lex")).unwrap()
        + &std::fs::read_to_string(lexicon_fixture("nordic_broken.lex")).unwrap();
    for line in example.lines() {
        assert!(doc.contains(&format!("    {line}\n")), "docs/LEXICON.md lacks the example line {line:?}");
    }
    let nordic = path_str(&lexicon_fixture("nordic.lex")).to_string();
    let out = run(&["lexicon", "check", &nordic]);
    assert_eq!(stdout(&out), format!("{nordic}: 7 entries, OK\n"), "{}", stderr(&out));
    let lookup = |date: &[&str]| stdout(&run(&[&["lexicon", "lookup", "Lind", "--lexicon", &nordic], date].concat()));
    assert_eq!(
        lookup(&["--date", "2024-05-01"]),
        "person Erik Lind (lind-erik): Ambassador of SWE, 2021-09-01 to 2025-02-28\n"
    );
    assert_eq!(lookup(&[]), "person Erik Lind (lind-erik): State Secretary of SWE, since 2025-03-01\n");

    let broken = path_str(&lexicon_fixture("nordic_broken.lex")).to_string();
    let out = run(&["lexicon", "check", &broken]);
    assert_eq!(out.status.code(), Some(2));
    for line in stderr(&out).lines() {
        let shown = line.replace(&broken, "broken.lex");
        assert!(doc.contains(&format!("    {shown}\n")), "docs/LEXICON.md lacks the output line {shown:?}");
    }
}
