use super::*;

fn words(text: &str) -> Vec<&str> {
    segment(text).tokens.iter().map(|t| &text[t.start..t.end]).collect()
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text).sentences.iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn tokens_table() {
    let table: &[(&str, &[&str])] = &[
        ("U.S.-Russia talks", &["U.S.", "-", "Russia", "talks"]),
        ("Kerry’s warning", &["Kerry", "’s", "warning"]),
        ("Kerry's warning", &["Kerry", "'s", "warning"]),
        ("the allies’ plan", &["the", "allies", "’", "plan"]),
        ("won’t authorize", &["won’t", "authorize"]),
        ("anti-Assad rebels", &["anti", "-", "Assad", "rebels"]),
        ("a 5½-year war", &["a", "5½", "-", "year", "war"]),
        ("Gen. Ali said", &["Gen.", "Ali", "said"]),
        ("“Yes,” he said.", &["“", "Yes", ",", "”", "he", "said", "."]),
        ("1,500 troops, 2.5 tons", &["1,500", "troops", ",", "2.5", "tons"]),
        ("UNITED NATIONS -- Russia", &["UNITED", "NATIONS", "--", "Russia"]),
        ("O'Brien", &["O'Brien"]),
    ];
    for (text, expected) in table {
        assert_eq!(&words(text), expected, "{text}");
    }
}

#[test]
fn sentences_table() {
    let table: &[(&str, &[&str])] = &[
        ("Kerry spoke. Lavrov listened.", &["Kerry spoke.", "Lavrov listened."]),
        ("He met U.S. Ambassador Jane Roe. She left.", &["He met U.S. Ambassador Jane Roe.", "She left."]),
        ("Talks with the U.S. The talks failed.", &["Talks with the U.S.", "The talks failed."]),
        ("Sen. Roe and Gen. Doe met.", &["Sen. Roe and Gen. Doe met."]),
        ("“We will not yield.” He left.", &["“We will not yield.”", "He left."]),
        ("“Why?” she asked.", &["“Why?” she asked."]),
        ("One para\n\nTwo para", &["One para", "Two para"]),
        ("Attacks rose 2.5 percent. Then fell.", &["Attacks rose 2.5 percent.", "Then fell."]),
    ];
    for (text, expected) in table {
        assert_eq!(&sentences(text), expected, "{text}");
    }
}

#[test]
fn lower_forms_are_shared() {
    let seg = segment("Kerry THREATENED Russia’s");
    assert_eq!(seg.lower(1), "threatened");
    assert_eq!(seg.lower(3), "'s");
}

#[test]
fn paragraphs_are_counted() {
    let seg = segment("A b.\n\nC d. E f.");
    let paragraphs: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1]);
}

#[test]
fn text_without_full_stops_is_cut_into_bounded_sentences() {
    let max = super::MAX_SENTENCE_TOKENS;
    let text = "the talks went on and ".repeat(max);
    let seg = segment(&text);
    assert_eq!(seg.tokens.len(), 5 * max);
    assert_eq!(seg.sentences.len(), 5);
    assert!(seg.sentences.iter().all(|s| s.tokens.len() == max));
    assert_eq!(seg.sentences[1].tokens.start, max);
}

/// Found by fuzzing: closing quotation marks after the full stop that ends
/// the longest allowed sentence were added to it past the bound.
#[test]
fn closing_quotes_do_not_stretch_a_sentence_past_the_bound() {
    let max = super::MAX_SENTENCE_TOKENS;
    let text = format!("{}.{}", "talks ".repeat(max - 1), "\"".repeat(10));
    let seg = segment(&text);
    assert!(seg.sentences.iter().all(|s| s.tokens.len() <= max), "{:?}", seg.sentences);
    assert_eq!(seg.sentences.iter().map(|s| s.tokens.len()).sum::<usize>(), seg.tokens.len());
}

#[test]
fn sentence_end_flags_agree_with_the_text() {
    let text = "Gen. Ali met U.S. envoys… “Why?” he asked. Yes! 2.5 tons, Mr Roe's 5½ O’Brien.\nNext 3. line";
    let tokenize::Tokenized { tokens, may_end, .. } = tokenize::tokenize(text);
    let expected: Vec<u32> = (0..tokens.len())
        .filter(|&k| {
            let (t, line_ends) = (&tokens[k], tokens.get(k + 1).is_some_and(|next| next.newline_before));
            sentences::may_end(&text[t.start..t.end], t.kind) || line_ends
        })
        .map(|k| k as u32)
        .collect();
    assert_eq!(may_end, expected);
    assert!(may_end.len() >= 6);
}
