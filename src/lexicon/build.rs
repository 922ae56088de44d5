//! From parsed lines to the typed, indexed lexicon. Entries with the same
//! type and id merge (a user file adds aliases or overrides a field);
//! references between entries are checked here, with file and line.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::entries::*;
use super::format::{EntryType, RawEntry};
use super::names::{NameForm, NameMatcher, NameRef, Target};
use super::phrases::PhraseIndex;
use super::Lexicon;
use crate::error::{Error, Result};
use crate::extraction::ActorKind;

type Located = (String, RawEntry);

fn error(located: &Located, message: String) -> Error {
    Error::Lexicon { path: located.0.clone(), line: located.1.line, message }
}

fn opt(entry: &RawEntry, field: &str) -> Option<String> {
    entry.first(field).map(str::to_string)
}

fn list(entry: &RawEntry, field: &str) -> Vec<String> {
    entry.field(field).to_vec()
}

fn date(located: &Located, field: &str) -> Result<Option<NaiveDate>> {
    match located.1.first(field) {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| error(located, format!("{field}: {text:?} is not a date YYYY-MM-DD"))),
    }
}

fn extend_unique(into: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

fn lower_words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

pub fn build(raw: Vec<Located>) -> Result<Lexicon> {
    let mut lex = Lexicon::default();
    let mut people_index: HashMap<String, usize> = HashMap::new();
    let mut body_index: HashMap<String, usize> = HashMap::new();
    let mut place_index: HashMap<String, usize> = HashMap::new();
    // References are checked once every entry is known.
    let mut pending_refs: Vec<(Located, &'static str, String)> = Vec::new();
    let mut word_entries: Vec<Located> = Vec::new();

    for located in raw {
        let e = &located.1;
        match e.kind {
            EntryType::Country => {
                let code = e.id.clone();
                match lex.country_index.get(&code) {
                    Some(&i) => {
                        let c = &mut lex.countries[i];
                        // A later entry adds: a new name keeps the old one as an alias.
                        if c.name != e.name {
                            let old = std::mem::replace(&mut c.name, e.name.clone());
                            extend_unique(&mut c.aliases, vec![old]);
                        }
                        extend_unique(&mut c.aliases, list(e, "alias"));
                        extend_unique(&mut c.adjectives, list(e, "adj"));
                        extend_unique(&mut c.seats, list(e, "seat"));
                        if let Some(cameo) = opt(e, "cameo") {
                            c.cameo = cameo;
                        }
                    }
                    None => {
                        lex.country_index.insert(code.clone(), lex.countries.len());
                        lex.countries.push(Country {
                            cameo: opt(e, "cameo").unwrap_or_else(|| code.clone()),
                            code,
                            name: e.name.clone(),
                            aliases: list(e, "alias"),
                            adjectives: list(e, "adj"),
                            seats: list(e, "seat"),
                        });
                    }
                }
            }
            EntryType::Org => {
                let kind = match e.first("kind") {
                    None | Some("organization") => ActorKind::Organization,
                    Some("group") => ActorKind::Group,
                    Some(other) => {
                        return Err(error(&located, format!("kind: {other:?} is not organization or group")))
                    }
                };
                let link = match e.first("link") {
                    None => None,
                    Some("part_of") => Some(CountryLink::PartOf),
                    Some("based_in") => Some(CountryLink::BasedIn),
                    Some(other) => return Err(error(&located, format!("link: {other:?} is not part_of or based_in"))),
                };
                for country in e.field("country") {
                    pending_refs.push((located.clone(), "country", country.clone()));
                }
                if let Some(parent) = e.first("parent") {
                    pending_refs.push((located.clone(), "org", parent.to_string()));
                }
                let org = Org {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind,
                    aliases: list(e, "alias"),
                    adjectives: list(e, "adj"),
                    country: opt(e, "country"),
                    parent: opt(e, "parent"),
                    // An armed or political group is based in its country, not part of its state.
                    link: link.unwrap_or(if kind == ActorKind::Group {
                        CountryLink::BasedIn
                    } else {
                        CountryLink::PartOf
                    }),
                    cameo: opt(e, "cameo"),
                };
                match lex.org_index.get(&e.id) {
                    Some(&i) => {
                        let existing = &mut lex.orgs[i];
                        extend_unique(&mut existing.aliases, org.aliases);
                        extend_unique(&mut existing.adjectives, org.adjectives);
                        if existing.name != org.name {
                            let old = std::mem::replace(&mut existing.name, org.name);
                            extend_unique(&mut existing.aliases, vec![old]);
                        }
                        existing.kind = org.kind;
                        existing.country = org.country.or(existing.country.take());
                        existing.parent = org.parent.or(existing.parent.take());
                        if link.is_some() {
                            existing.link = org.link;
                        }
                        existing.cameo = org.cameo.or(existing.cameo.take());
                    }
                    None => {
                        lex.org_index.insert(e.id.clone(), lex.orgs.len());
                        lex.orgs.push(org);
                    }
                }
            }
            EntryType::Body => {
                let body = Body {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    aliases: list(e, "alias"),
                    sector: opt(e, "sector"),
                };
                match body_index.get(&e.id) {
                    Some(&i) => extend_unique(&mut lex.bodies[i].aliases, body.aliases),
                    None => {
                        body_index.insert(e.id.clone(), lex.bodies.len());
                        lex.bodies.push(body);
                    }
                }
            }
            EntryType::Person => {
                if let Some(country) = e.first("country") {
                    pending_refs.push((located.clone(), "country", country.to_string()));
                }
                if let Some(org) = e.first("org") {
                    pending_refs.push((located.clone(), "org", org.to_string()));
                }
                let term = Term {
                    country: opt(e, "country"),
                    role: opt(e, "role"),
                    org: opt(e, "org"),
                    from: date(&located, "from")?,
                    to: date(&located, "to")?,
                    cameo: opt(e, "cameo"),
                };
                if let (Some(from), Some(to)) = (term.from, term.to) {
                    if to < from {
                        return Err(error(&located, format!("to: {to} is before from: {from}")));
                    }
                }
                match people_index.get(&e.id) {
                    Some(&i) => {
                        let p = &mut lex.people[i];
                        extend_unique(&mut p.aliases, list(e, "alias"));
                        p.terms.push(term);
                    }
                    None => {
                        people_index.insert(e.id.clone(), lex.people.len());
                        lex.people.push(Person {
                            id: e.id.clone(),
                            name: e.name.clone(),
                            aliases: list(e, "alias"),
                            terms: vec![term],
                        });
                    }
                }
            }
            EntryType::Place => {
                if let Some(country) = e.first("country") {
                    pending_refs.push((located.clone(), "country", country.to_string()));
                }
                let place = Place {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    aliases: list(e, "alias"),
                    country: opt(e, "country"),
                };
                match place_index.get(&e.id) {
                    Some(&i) => extend_unique(&mut lex.places[i].aliases, place.aliases),
                    None => {
                        place_index.insert(e.id.clone(), lex.places.len());
                        lex.places.push(place);
                    }
                }
            }
            EntryType::Agent => {
                let kind = match e.first("kind") {
                    Some("person") | None => AgentKind::Person,
                    Some("government") => AgentKind::Government,
                    Some("group") => AgentKind::Group,
                    Some(other) => {
                        return Err(error(&located, format!("kind: {other:?} is not person, government or group")))
                    }
                };
                let title = match e.first("title") {
                    None | Some("no") => false,
                    Some("yes") => true,
                    Some(other) => return Err(error(&located, format!("title: {other:?} is not yes or no"))),
                };
                let mut plurals: Vec<Vec<String>> = e.field("plural").iter().map(|p| lower_words(p)).collect();
                let phrase = lower_words(&e.name);
                if plurals.is_empty() && kind == AgentKind::Person {
                    let mut plural = phrase.clone();
                    if let Some(last) = plural.last_mut() {
                        *last = super::phrases::plural_of(last);
                    }
                    plurals.push(plural);
                }
                let agent = Agent {
                    id: e.id.clone(),
                    phrase,
                    plurals,
                    kind,
                    sector: opt(e, "sector"),
                    role: opt(e, "role"),
                    title,
                };
                // The same id again is another phrase for the same agent ("general", "gen.");
                // the same phrase again overrides it.
                match lex.agents.iter().position(|a| a.id == agent.id && a.phrase == agent.phrase) {
                    Some(i) => lex.agents[i] = agent,
                    None => lex.agents.push(agent),
                }
            }
            EntryType::Event => {
                let cameo = e.first("cameo").unwrap_or_default();
                if !(2..=4).contains(&cameo.len()) || !cameo.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(error(&located, format!("cameo: {cameo:?} is not a CAMEO code of 2 to 4 digits")));
                }
                let goldstein = match e.first("goldstein") {
                    None => None,
                    Some(text) => {
                        Some(text.parse::<f32>().ok().filter(|g| (-10.0..=10.0).contains(g)).ok_or_else(|| {
                            error(&located, format!("goldstein: {text:?} is not a number from -10 to 10"))
                        })?)
                    }
                };
                let event =
                    EventType { name: e.id.clone(), label: e.name.clone(), cameo: cameo.to_string(), goldstein };
                match lex.event_index.get(&e.id) {
                    Some(&i) => lex.events[i] = event,
                    None => {
                        lex.event_index.insert(e.id.clone(), lex.events.len());
                        lex.events.push(event);
                    }
                }
            }
            EntryType::Verb | EntryType::Noun => word_entries.push(located),
        }
    }

    for (located, what, reference) in &pending_refs {
        let known = match *what {
            "country" => lex.country_index.contains_key(reference),
            _ => lex.org_index.contains_key(reference),
        };
        if !known {
            return Err(error(located, format!("{what}: {reference:?} is not a known {what} id")));
        }
    }

    let mut noun_plurals: Vec<(String, usize)> = Vec::new();
    for located in &word_entries {
        let e = &located.1;
        let event = *lex
            .event_index
            .get(&e.id)
            .ok_or_else(|| error(located, format!("{:?} is not an event type declared by an `event` line", e.id)))?;
        let words = lower_words(&e.name);
        if e.kind == EntryType::Verb {
            let head_forms = match e.field("forms") {
                [] => inflect(&words[0]),
                [base, third, past, participle, gerund] => vec![
                    (base.to_lowercase(), VerbForm::Base),
                    (third.to_lowercase(), VerbForm::ThirdPerson),
                    (past.to_lowercase(), VerbForm::Past),
                    (participle.to_lowercase(), VerbForm::Participle),
                    (gerund.to_lowercase(), VerbForm::Gerund),
                ]
                .into_iter()
                // "forms: shoot down; ..." inflects the first word only.
                .map(|(w, f)| (w.split_whitespace().next().unwrap_or_default().to_string(), f))
                .collect(),
                _ => {
                    return Err(error(
                        located,
                        "forms: give 5 values: base; 3rd person; past; participle; gerund".into(),
                    ))
                }
            };
            let speech = match e.first("speech") {
                None | Some("no") => false,
                Some("yes") => true,
                Some(other) => return Err(error(located, format!("speech: {other:?} is not yes or no"))),
            };
            lex.verbs.push(VerbPhrase { event, words, head_forms, preps: list(e, "prep"), speech });
        } else {
            let index = lex.nouns.len();
            for plural in e.field("plural") {
                noun_plurals.push((plural.to_lowercase(), index));
            }
            lex.nouns.push(NounPhrase { event, words, preps: list(e, "prep") });
        }
    }

    lex.phrases = PhraseIndex::new(&lex.agents, &lex.verbs, &lex.nouns);
    for (plural, noun) in noun_plurals {
        let first = plural.split_whitespace().next().unwrap_or_default().to_string();
        lex.phrases.add_noun_plural(&first, noun);
    }
    lex.names = NameMatcher::new(name_list(&lex));
    Ok(lex)
}

fn name_list(lex: &Lexicon) -> Vec<(String, NameRef)> {
    let mut names = Vec::new();
    let mut push = |name: &String, target: Target, form: NameForm| names.push((name.clone(), NameRef { target, form }));
    for (i, c) in lex.countries.iter().enumerate() {
        push(&c.name, Target::Country(i), NameForm::Name);
        c.aliases.iter().for_each(|a| push(a, Target::Country(i), NameForm::Alias));
        c.adjectives.iter().for_each(|a| push(a, Target::Country(i), NameForm::Adjective));
        c.seats.iter().for_each(|a| push(a, Target::Country(i), NameForm::Seat));
    }
    for (i, o) in lex.orgs.iter().enumerate() {
        push(&o.name, Target::Org(i), NameForm::Name);
        o.aliases.iter().for_each(|a| push(a, Target::Org(i), NameForm::Alias));
        o.adjectives.iter().for_each(|a| push(a, Target::Org(i), NameForm::Adjective));
    }
    for (i, b) in lex.bodies.iter().enumerate() {
        push(&b.name, Target::Body(i), NameForm::Name);
        b.aliases.iter().for_each(|a| push(a, Target::Body(i), NameForm::Alias));
    }
    for (i, p) in lex.people.iter().enumerate() {
        push(&p.name, Target::Person(i), NameForm::Name);
        p.aliases.iter().for_each(|a| push(a, Target::Person(i), NameForm::Alias));
    }
    for (i, p) in lex.places.iter().enumerate() {
        push(&p.name, Target::Place(i), NameForm::Name);
        p.aliases.iter().for_each(|a| push(a, Target::Place(i), NameForm::Alias));
    }
    names
}
