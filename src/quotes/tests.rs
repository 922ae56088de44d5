//! Quotation attribution, pattern by pattern: each case is a short text
//! run through the whole pipeline and the speaker, addressee, relay,
//! description and subjects its quotation must get.

use crate::{pipeline, CleanDocument, Lexicon};

/// One attribution pattern: the text, words of the quotation, and what
/// it should be attributed to (actor names as the output names them;
/// "?" is no speaker).
struct Case {
    text: &'static str,
    words: &'static str,
    speaker: &'static str,
    addressee: Option<&'static str>,
    relayed_by: Option<&'static str>,
    description: Option<&'static str>,
    /// Actors the quotation must be about (a subset of its `about`).
    about: &'static [&'static str],
}

const fn case(text: &'static str, words: &'static str, speaker: &'static str) -> Case {
    Case { text, words, speaker, addressee: None, relayed_by: None, description: None, about: &[] }
}

fn cases() -> Vec<Case> {
    vec![
        // “...,” X said.
        case(
            "Norwegian Foreign Minister Ingrid Dahl flew to Helsinki.\n\n“The border stays open,” Dahl said.",
            "The border stays open",
            "Ingrid Dahl",
        ),
        // “...,” said X, the Y of Z.
        case(
            "“Fishing rights are not for sale,” said Ola Berg, the fisheries minister of Norway.",
            "Fishing rights are not for sale",
            "Ola Berg",
        ),
        // X said: “...”
        case("Foreign Minister Ingrid Dahl said: “Norway will answer in kind.”", "Norway will answer", "Ingrid Dahl"),
        // X told Y: “...”, with "your" for the addressee's side.
        Case {
            addressee: Some("Erik Lund"),
            about: &["Sweden"],
            ..case(
                "Norwegian Foreign Minister Ingrid Dahl told Swedish Foreign Minister Erik Lund: “We need your navy in the north.”",
                "We need your navy",
                "Ingrid Dahl",
            )
        },
        // X said in a statement
        case("“The vote was deeply flawed,” NATO said in a statement.", "The vote was deeply flawed", "North Atlantic Treaty Organization"),
        // wrote on social media
        case(
            "“Norway stands with Finland,” Foreign Minister Ingrid Dahl wrote on social media.",
            "Norway stands with Finland",
            "Ingrid Dahl",
        ),
        // told reporters: no addressee
        case(
            "Swedish Foreign Minister Erik Lund arrived late.\n\n“We are ready for a long winter,” Lund told reporters in Stockholm.",
            "We are ready for a long winter",
            "Erik Lund",
        ),
        // “...” he added
        case(
            "Swedish Foreign Minister Erik Lund arrived late.\n\n“Nothing has been decided yet,” he added.",
            "Nothing has been decided yet",
            "Erik Lund",
        ),
        // The speaker is named only after the quotation.
        case(
            "“Sweden will not be pressured,” Swedish Foreign Minister Erik Lund told reporters.",
            "Sweden will not be pressured",
            "Erik Lund",
        ),
        // A description as speaker.
        case(
            "Swedish Foreign Minister Erik Lund visited Oslo.\n\n“Sweden will not be pressured,” the minister said.",
            "Sweden will not be pressured",
            "Erik Lund",
        ),
        // A quotation someone else relays.
        Case {
            addressee: Some("Ingrid Dahl"),
            relayed_by: Some("Per Holm"),
            ..case(
                "Swedish Foreign Minister Erik Lund called Norwegian Foreign Minister Ingrid Dahl on Monday.\n\n“The talks are over,” Lund told Dahl, according to ministry spokesman Per Holm.",
                "The talks are over",
                "Erik Lund",
            )
        },
        // An unnamed source.
        Case {
            description: Some("a senior official"),
            ..case("“The deal is dead,” a senior official said.", "The deal is dead", "?")
        },
        // "in a phone call with X"
        Case {
            addressee: Some("Ingrid Dahl"),
            ..case(
                "Swedish Foreign Minister Erik Lund met Norwegian Foreign Minister Ingrid Dahl in Oslo on Monday.\n\nLund said in a phone call with Dahl on Friday: “We must act together.”",
                "We must act together",
                "Erik Lund",
            )
        },
        // "In a letter to X, he wrote ..."
        Case {
            addressee: Some("Ingrid Dahl"),
            ..case(
                "Swedish Foreign Minister Erik Lund met Norwegian Foreign Minister Ingrid Dahl in Oslo on Monday.\n\nIn a letter to Dahl, Lund wrote that the offer was “final and generous.”",
                "final and generous",
                "Erik Lund",
            )
        },
        // "we" of an international body's official is the body.
        Case {
            about: &["European Union"],
            ..case(
                "“We will not wait forever,” said EU foreign policy chief Marta Lindqvist.",
                "We will not wait forever",
                "Marta Lindqvist",
            )
        },
        // "wrote to X"
        Case {
            addressee: Some("Ingrid Dahl"),
            ..case(
                "Swedish Foreign Minister Erik Lund met Norwegian Foreign Minister Ingrid Dahl in Oslo on Monday.\n\nLund later wrote to Dahl: “Our offer stands.”",
                "Our offer stands",
                "Erik Lund",
            )
        },
        // A possessed speech noun: "X's declaration that ... “...”"
        case(
            "Swedish Foreign Minister Erik Lund met Norwegian Foreign Minister Ingrid Dahl in Oslo on Monday.\n\nThe meeting followed Lund's declaration that Sweden would block any deal that crossed its “red lines” on fishing.",
            "red lines",
            "Erik Lund",
        ),
        // A participle of speech: "with Oslo calling the move “...”"
        case(
            "Sweden and Finland protested in separate notes, with Oslo calling the seizure “unacceptable.”",
            "unacceptable",
            "Norway",
        ),
        // "you" is the addressee.
        Case {
            addressee: Some("Ingrid Dahl"),
            about: &["Ingrid Dahl"],
            ..case(LUND_YOU, "You cannot ask for trust", "Erik Lund")
        },
        // A quotation split by its attribution is about all of its words.
        Case {
            about: &["Norway"],
            ..case(
                "Swedish Foreign Minister Erik Lund spoke after the talks.\n\n“We came in good faith,” Lund said, “but Norway came to stall.”",
                "We came in good faith",
                "Erik Lund",
            )
        },
        // A quotation over two paragraphs is about both.
        Case {
            about: &["Finland"],
            ..case(
                "Swedish Foreign Minister Erik Lund spoke after the talks.\n\n“We have waited long enough.\n\n“Finland must now decide,” Lund said.",
                "We have waited long enough",
                "Erik Lund",
            )
        },
        // "we" is the speaker's country.
        Case {
            about: &["Sweden"],
            ..case(
                "“We will not sign this text,” Swedish Foreign Minister Erik Lund said.",
                "We will not sign this text",
                "Erik Lund",
            )
        },
        // A paragraph that is one quotation goes on from the words the paragraph before reported.
        case(
            "Swedish Foreign Minister Erik Lund said Sweden would not change course.\n\n“The decision is final and it will not be reopened.”",
            "The decision is final",
            "Erik Lund",
        ),
        // Partial quotation inside reported speech.
        case(
            "Swedish Foreign Minister Erik Lund said the seizure was “an act of piracy” and summoned the ambassador.",
            "an act of piracy",
            "Erik Lund",
        ),
        // British style: single marks.
        case(
            "Swedish Foreign Minister Erik Lund arrived late.\n\n‘Nothing has been decided yet,’ he said of Norway’s offer.",
            "Nothing has been decided yet",
            "Erik Lund",
        ),
        // Straight marks.
        case(
            "Swedish Foreign Minister Erik Lund arrived late.\n\n\"Nothing has been decided yet,\" he said.",
            "Nothing has been decided yet",
            "Erik Lund",
        ),
    ]
}

const LUND_YOU: &str = "Swedish Foreign Minister Erik Lund met Norwegian Foreign Minister Ingrid Dahl in Oslo on Monday.\n\n“You cannot ask for trust and break it in the same week,” Lund told Dahl.";

#[test]
fn attribution_patterns() {
    let lexicon = Lexicon::embedded();
    let mut failures = Vec::new();
    for case in cases() {
        let x = pipeline::extract(&CleanDocument::from_text("case", case.text), &lexicon);
        let name = |id: Option<&String>| id.and_then(|id| x.actor(id)).map_or("?".to_string(), |a| a.name.clone());
        let found: Vec<String> = x
            .quotes
            .iter()
            .map(|q| {
                let about: Vec<String> = q.about.iter().map(|a| name(Some(a))).collect();
                format!(
                    "{} -> {} (relay {}, {:?}) {:?} about {:?}",
                    name(q.speaker.as_ref()),
                    name(q.addressee.as_ref()),
                    name(q.relayed_by.as_ref()),
                    q.speaker_description,
                    q.text,
                    about
                )
            })
            .collect();
        let ok = x.quotes.iter().any(|q| {
            let about: Vec<String> = q.about.iter().map(|a| name(Some(a))).collect();
            q.text.contains(case.words)
                && name(q.speaker.as_ref()) == case.speaker
                && name(q.addressee.as_ref()) == case.addressee.unwrap_or("?")
                && case.relayed_by.is_none_or(|r| name(q.relayed_by.as_ref()) == r)
                && case.description.is_none_or(|d| q.speaker_description.as_deref() == Some(d))
                && case.about.iter().all(|a| about.iter().any(|b| b == a))
        });
        if !ok {
            failures.push(format!("{:?}\n    found: {found:#?}", case.text));
        }
    }
    assert!(failures.is_empty(), "{} attribution cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn scare_quotes_are_no_quotations() {
    let lexicon = Lexicon::embedded();
    for text in [
        "The so-called “moderate” groups rejected the plan.",
        "The “reform” package passed parliament on Tuesday after a long debate.",
    ] {
        let x = pipeline::extract(&CleanDocument::from_text("case", text), &lexicon);
        assert!(x.quotes.is_empty(), "{text}: {:?}", x.quotes.iter().map(|q| &q.text).collect::<Vec<_>>());
    }
}
