//! `diplograph extract` as a user runs it, on the articles of
//! tests/fixtures/articles (invented stories written for these tests).

mod common;

use common::extract::{
    actor_named, article, cleaned_text, json_lines_of, json_of, path_str, provenance_problems, run_with_stdin,
    temp_file, ARTICLES,
};
use common::{run, stderr, stdout};
use serde_json::Value;

fn extract_json(name: &str) -> Value {
    let path = article(name);
    let out = run(&["extract", path_str(&path), "--format", "json"]);
    assert!(out.status.success(), "{name}: {}", stderr(&out));
    json_of(&out)
}

#[test]
fn one_article_prints_one_pretty_json_object() {
    let path = article("ferry_dispute.txt");
    let out = run(&["extract", path_str(&path), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).lines().count() > 10, "pretty-printed, not one line");
    let doc = json_of(&out);
    assert_eq!(doc["id"], "ferry_dispute");
    for field in ["actors", "relations", "quotes"] {
        assert!(doc[field].is_array(), "{field} missing: {doc}");
    }
}

#[test]
fn json_is_the_default_format() {
    let path = article("ferry_dispute.txt");
    let default = run(&["extract", path_str(&path)]);
    let json = run(&["extract", path_str(&path), "--format", "json"]);
    assert_eq!(default.stdout, json.stdout);
}

#[test]
fn metadata_comes_from_the_head_and_dateline() {
    let doc = extract_json("ferry_dispute.txt");
    assert_eq!(doc["date"], "2025-03-04");
    assert_eq!(doc["place"], "OSLO");
    assert_eq!(doc["agency"], "Associated Press");
    assert_eq!(doc["title"], "Norway and Russia trade warnings over seized ferry");
    assert_eq!(doc["author"], "Lena Holm");
}

#[test]
fn dateline_agency_is_used_without_a_byline() {
    let doc = extract_json("aleppo_warning.txt");
    assert_eq!(doc["date"], "2016-09-28");
    assert_eq!(doc["place"], "WASHINGTON");
    assert_eq!(doc["agency"], "AP");
}

#[test]
fn dateline_is_not_part_of_the_text() {
    let text = cleaned_text(&article("ferry_dispute.txt"));
    assert!(text.starts_with("Norway accused Russia"), "{text}");
}

#[test]
fn every_item_has_provenance_inside_the_cleaned_text() {
    for name in ARTICLES {
        let doc = extract_json(name);
        let problems = provenance_problems(&doc, &cleaned_text(&article(name)));
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
    }
}

#[test]
fn each_evidence_sentence_is_written_once_for_the_document() {
    let doc = extract_json("aleppo_warning.txt");
    let sentences = doc["sentences"].as_array().expect("a sentences array");
    let mention = &doc["actors"][0]["mentions"][0];
    assert!(mention.get("evidence").is_none(), "{mention}");
    let sentence = &sentences[mention["sentence"].as_u64().unwrap() as usize];
    assert!(sentence.as_str().unwrap().contains("John Kerry threatened"), "{sentence}");
    // Every sentence an item was found in is there; the others are null.
    assert!(sentences.iter().all(|s| s.is_string() || s.is_null()));
    assert!(sentences.last().is_some_and(Value::is_string));
}

#[test]
fn every_relation_and_quote_refers_to_listed_actors() {
    for name in ARTICLES {
        let doc = extract_json(name);
        for r in doc["relations"].as_array().unwrap() {
            for end in ["source", "target"] {
                assert!(actor_named(&doc, &r[end]).is_some(), "{name}: relation {end} {} not an actor", r[end]);
            }
        }
        for q in doc["quotes"].as_array().unwrap() {
            for who in ["speaker", "addressee"] {
                assert!(q[who].is_null() || actor_named(&doc, &q[who]).is_some(), "{name}: quote {who} {}", q[who]);
            }
            for about in q["about"].as_array().unwrap() {
                assert!(actor_named(&doc, about).is_some(), "{name}: quote about {about}");
            }
        }
    }
}

#[test]
fn actor_ids_are_a1_a2_in_order() {
    let doc = extract_json("nile_talks.txt");
    let ids: Vec<&str> = doc["actors"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    let expected: Vec<String> = (1..=ids.len()).map(|n| format!("a{n}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn event_relations_carry_cameo_quad_class_and_date() {
    let doc = extract_json("nile_talks.txt");
    let accuse = doc["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["type"] == "accuse")
        .unwrap_or_else(|| panic!("no accuse relation: {}", doc["relations"]));
    assert_eq!(accuse["cameo"], "112");
    assert_eq!(accuse["quad_class"], "verbal_conflict");
    assert_eq!(accuse["negated"], false);
    assert_eq!(accuse["date"], "2024-06-17");
    assert_eq!(actor_named(&doc, &accuse["target"]), Some("Ethiopia"));
}

#[test]
fn several_inputs_print_json_lines() {
    let paths: Vec<String> = ARTICLES.iter().map(|a| path_str(&article(a)).to_string()).collect();
    let mut args = vec!["extract"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines_of(&out);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["aleppo_warning", "ferry_dispute", "nile_talks"]);
}

#[test]
fn a_folder_is_read_in_sorted_order() {
    let dir = article("");
    let out = run(&["extract", path_str(&dir)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<String> = json_lines_of(&out).iter().map(|d| d["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["aleppo_warning", "brief-1", "brief-2", "ferry_dispute", "nile_talks"]);
}

#[test]
fn json_lines_file_gives_one_document_per_record() {
    let path = article("briefs.jsonl");
    let out = run(&["extract", path_str(&path)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines_of(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "brief-1");
    // The record's own title and date win over nothing in the text.
    assert_eq!(docs[0]["title"], "Ministers meet in Ankara");
    assert_eq!(docs[0]["date"], "2023-05-10");
    assert_eq!(docs[0]["place"], "ANKARA, Turkey");
    assert_eq!(docs[1]["id"], "brief-2");
    assert!(docs[1].get("title").is_none(), "no title given: {}", docs[1]);
}

#[test]
fn stdin_is_read_as_json_lines() {
    let input = std::fs::read(article("briefs.jsonl")).unwrap();
    let from_stdin = run_with_stdin(&["extract", "-"], &input);
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    let from_file = run(&["extract", path_str(&article("briefs.jsonl"))]);
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
}

#[test]
fn stdin_with_one_record_prints_pretty_json() {
    let record = r#"{"id": "solo", "text": "Egypt accused Ethiopia of stalling."}"#;
    let out = run_with_stdin(&["extract", "-"], record.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_of(&out)["id"], "solo");
}

#[test]
fn text_format_has_the_three_sections() {
    let path = article("nile_talks.txt");
    let out = run(&["extract", path_str(&path), "--format", "text"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for section in ["Actors (", "Relations (", "Quotes ("] {
        assert!(text.contains(section), "no {section} section:\n{text}");
    }
    assert!(text.starts_with("== nile_talks\n"), "{text}");
    assert!(text.contains("2024-06-17 · CAIRO · Associated Press"), "{text}");
    assert!(text.contains("Egypt —accused (112)→ Ethiopia"), "{text}");
}

#[test]
fn text_format_names_unknown_speakers() {
    let path = article("briefs.jsonl");
    let out = run(&["extract", path_str(&path), "--format", "text"]);
    assert!(stdout(&out).contains("(unknown): “This is a reckless act”"), "{}", stdout(&out));
}

#[test]
fn output_is_byte_identical_on_two_runs() {
    let paths: Vec<String> = ["aleppo_warning.txt", "ferry_dispute.txt", "nile_talks.txt", "briefs.jsonl"]
        .iter()
        .map(|a| path_str(&article(a)).to_string())
        .collect();
    for format in ["json", "text"] {
        let mut args = vec!["extract", "--format", format];
        args.extend(paths.iter().map(String::as_str));
        let first = run(&args);
        let second = run(&args);
        assert!(first.status.success(), "{}", stderr(&first));
        assert_eq!(first.stdout, second.stdout, "{format} output differs between runs");
    }
}

#[test]
fn crlf_article_gives_the_same_items() {
    let lf = std::fs::read_to_string(article("nile_talks.txt")).unwrap();
    let (_dir, path) = temp_file("nile_talks.txt", lf.replace('\n', "\r\n").as_bytes());
    let crlf = run(&["extract", path_str(&path)]);
    let doc = json_of(&crlf);
    let reference = extract_json("nile_talks.txt");
    let names =
        |d: &Value| -> Vec<String> { d["actors"].as_array().unwrap().iter().map(|a| a["name"].to_string()).collect() };
    assert_eq!(names(&doc), names(&reference));
    assert_eq!(doc["quotes"].as_array().unwrap().len(), reference["quotes"].as_array().unwrap().len());
    assert!(provenance_problems(&doc, &cleaned_text(&path)).is_empty());
}

#[test]
fn user_lexicon_on_extract_adds_a_person() {
    let (_dir, lex) = temp_file(
        "petrova.lex",
        b"person petrova-ana | Ana Petrova | alias: Petrova | country: NOR | role: Foreign Minister | from: 2024-01-01\n",
    );
    let (_dir2, story) =
        temp_file("bare.txt", "Petrova said on Monday that Norway would not pay the fine.\n".as_bytes());
    let out = run(&["extract", path_str(&story), "--lexicon", path_str(&lex)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json_of(&out);
    let petrova = doc["actors"].as_array().unwrap().iter().find(|a| a["name"] == "Ana Petrova");
    let petrova = petrova.unwrap_or_else(|| panic!("Petrova not found: {}", doc["actors"]));
    assert_eq!(petrova["lexicon_id"], "petrova-ana");
    assert_eq!(petrova["country"], "NOR");
}
