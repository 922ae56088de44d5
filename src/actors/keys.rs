//! What makes two mentions the same actor, and the actor a mention names.

use std::cell::OnceCell;

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

use super::{Cast, CastActor};
use crate::extraction::ActorKind;
use crate::lexicon::{Lexicon, Target};
use crate::mentions::{Mention, Referent};

/// The identity of an actor within a document (and, for lexicon actors,
/// across documents).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActorKey {
    Country(String),
    Lexicon(String),
    Body(String, String),
    Group(String),
    NewPerson(String),
    NewOrg(String),
}

pub struct Resolver<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    date: Option<NaiveDate>,
    mentions: &'a [Mention],
    /// The country whose government the text last named outright.
    government: Option<usize>,
    /// The dateline's place ("KHARTOUM (AP) —").
    dateline: Option<&'a str>,
    /// Its country, looked up only when asked for: few documents need it,
    /// and the look-up in the lexicon's names is a cache miss or two.
    dateline_country: OnceCell<Option<usize>>,
    country_counts: Vec<usize>,
    most_named: Option<(usize, usize)>,
    /// Full names of the people the document introduces, for surnames
    /// met before the full name.
    new_people_by_surname: FxHashMap<&'a str, &'a str>,
    new_people_by_part: FxHashMap<&'a str, &'a str>,
}

/// The lexicon country a referent is, and whether the mention names it
/// outright (not an adjective, not a place where something happened).
pub fn country_named(referent: &Referent, mention: &Mention) -> Option<(usize, bool)> {
    match referent {
        Referent::Entry { target: Target::Country(c), adjective } => Some((*c, !adjective && !mention.locative)),
        Referent::Government { country: Some(c) } => Some((*c, true)),
        _ => None,
    }
}

/// The key of the group of agent `agent` of the country with this code.
pub fn group_key(lex: &Lexicon, agent: usize, country_code: Option<&str>) -> ActorKey {
    ActorKey::Group([lex.agents[agent].id.as_str(), ":", country_code.unwrap_or("")].concat())
}

fn surname(name: &str) -> &str {
    name.rsplit([' ', '\u{a0}']).next().unwrap_or(name)
}

impl<'a> Resolver<'a> {
    pub fn new(
        text: &'a str,
        lex: &'a Lexicon,
        date: Option<NaiveDate>,
        dateline: Option<&'a str>,
        mentions: &'a [Mention],
    ) -> Self {
        let new_people = mentions.iter().filter_map(|m| match &m.referent {
            Referent::NewPerson { name } if name.contains(' ') => Some(name.as_str()),
            _ => None,
        });
        // Sized up front, as growing a map hashes its keys again: a surname and
        // the full name for each person, and about three parts.
        let count = new_people.clone().count();
        let mut new_people_by_surname = FxHashMap::with_capacity_and_hasher(2 * count, Default::default());
        let mut new_people_by_part = FxHashMap::with_capacity_and_hasher(3 * count, Default::default());
        for full in new_people {
            new_people_by_surname.entry(surname(full)).or_insert(full);
            new_people_by_surname.entry(full).or_insert(full);
            for part in full.split(' ') {
                new_people_by_part.entry(part).or_insert(full);
            }
        }
        Resolver {
            text,
            lex,
            date,
            mentions,
            government: None,
            dateline,
            dateline_country: OnceCell::new(),
            country_counts: vec![0; lex.countries.len()],
            most_named: None,
            new_people_by_surname,
            new_people_by_part,
        }
    }

    pub fn country_actor(&self, c: usize, strong: bool) -> (ActorKey, CastActor) {
        let country = &self.lex.countries[c];
        (
            ActorKey::Country(country.code.clone()),
            CastActor {
                name: country.name.clone(),
                kind: ActorKind::Country,
                lexicon_id: Some(country.code.clone()),
                cameo: Some(country.cameo.clone()),
                country: Some(country.code.clone()),
                role: None,
                strong,
            },
        )
    }

    /// Which of country `c`'s seats of government the mention names as
    /// written ("blockade Paris"), if any.
    pub fn seat_named(&self, c: usize, mention: &Mention) -> Option<usize> {
        let written = strip_determiner(&self.text[mention.start..mention.end]);
        self.lex.countries[c].seats.iter().position(|seat| seat.as_str() == written)
    }

    /// The seat of government `seat` of country `c` as a city: a place actor
    /// that is only shown when an event hits it.
    pub fn seat_place(&self, c: usize, seat: usize) -> (ActorKey, CastActor) {
        let country = &self.lex.countries[c];
        let seat = &country.seats[seat];
        (
            ActorKey::Lexicon(["seat:", &country.code, ":", seat].concat()),
            CastActor {
                name: seat.clone(),
                kind: ActorKind::Location,
                lexicon_id: None,
                cameo: None,
                country: Some(country.code.clone()),
                role: None,
                strong: false,
            },
        )
    }

    pub fn note_government(&mut self, c: usize, _actor: usize) {
        self.government = Some(c);
    }

    /// "the regime", "government forces" with no country: the one whose
    /// government was last named, else the country named most often.
    pub fn current_government(&self) -> Option<usize> {
        // A story datelined in a venue city (Vienna, Geneva) is about the countries it names.
        self.government.or(self.most_named.map(|(_, c)| c)).or_else(|| {
            *self.dateline_country.get_or_init(|| self.dateline.and_then(|place| dateline_country(self.lex, place)))
        })
    }

    /// Count a country named outright, for "the regime" in a text that never says whose.
    pub fn note_country(&mut self, c: usize) {
        self.country_counts[c] += 1;
        let count = self.country_counts[c];
        if self.most_named.is_none_or(|(best, _)| count > best) {
            self.most_named = Some((count, c));
        }
    }

    /// The country written right before mention `m` ("Ethiopia's Ministry of ...").
    pub fn country_before_mention(&self, m: usize) -> Option<usize> {
        let mention = &self.mentions[m];
        let prev = self.mentions[..m].last()?;
        let adjacent = prev.last == mention.first || (prev.possessive && prev.last + 1 == mention.first);
        match prev.referent {
            Referent::Entry { target: Target::Country(c), .. } if adjacent => Some(c),
            _ => None,
        }
    }

    pub fn actor_for(&self, referent: &Referent, mention: &Mention) -> Option<(ActorKey, CastActor)> {
        let lex = self.lex;
        if let Some((c, strong)) = country_named(referent, mention) {
            return Some(self.country_actor(c, strong));
        }
        Some(match referent {
            Referent::Entry { target: Target::Org(o), .. } => {
                let org = &lex.orgs[*o];
                (
                    ActorKey::Lexicon(org.id.clone()),
                    CastActor {
                        name: org.name.clone(),
                        kind: org.kind,
                        lexicon_id: Some(org.id.clone()),
                        cameo: org.cameo.clone(),
                        country: org.country.clone(),
                        role: None,
                        strong: entry_is_strong(Target::Org(*o), mention),
                    },
                )
            }
            Referent::Entry { target: Target::Person(p), .. } => {
                let person = &lex.people[*p];
                let term = person.term_at(self.date);
                (
                    ActorKey::Lexicon(person.id.clone()),
                    CastActor {
                        name: person.name.clone(),
                        kind: ActorKind::Person,
                        lexicon_id: Some(person.id.clone()),
                        cameo: term
                            .and_then(|t| t.cameo.clone().or_else(|| t.country.as_ref().map(|c| [c, "GOV"].concat()))),
                        country: term.and_then(|t| t.country.clone()),
                        role: term.and_then(|t| t.role.clone()),
                        strong: entry_is_strong(Target::Person(*p), mention),
                    },
                )
            }
            Referent::Entry { target: Target::Place(p), .. } => {
                let place = &lex.places[*p];
                (
                    ActorKey::Lexicon(["place:", &place.id].concat()),
                    CastActor {
                        name: place.name.clone(),
                        kind: ActorKind::Location,
                        lexicon_id: Some(place.id.clone()),
                        cameo: None,
                        country: place.country.clone(),
                        role: None,
                        strong: entry_is_strong(Target::Place(*p), mention),
                    },
                )
            }
            Referent::Entry { target: Target::Body(_), .. } => return None,
            Referent::Body { body, country, adjective: written } => {
                let c = &lex.countries[*country];
                // "Chinese Coast Guard" is the lexicon's "China Coast Guard" when it lists one.
                if let Some(org) = lex.listed_body(*body, *country) {
                    return self.actor_for(&Referent::Entry { target: Target::Org(org), adjective: false }, mention);
                }
                // "Philippine Coast Guard", not "Filipino": an adjective whose plural is also
                // listed is a demonym; institutions take the plain adjective when there is one.
                let is_demonym = |adj: &String| c.adjectives.iter().any(|other| other.strip_suffix('s') == Some(adj));
                let adjective = written.clone().unwrap_or_else(|| {
                    c.adjectives
                        .iter()
                        .find(|adj| !is_demonym(adj) && !adj.ends_with('s'))
                        .or(c.adjectives.first())
                        .cloned()
                        .unwrap_or_else(|| c.name.clone())
                });
                let b = &lex.bodies[*body];
                (
                    ActorKey::Body(b.id.clone(), c.code.clone()),
                    CastActor {
                        name: [&adjective, " ", &b.name].concat(),
                        kind: ActorKind::Organization,
                        lexicon_id: Some([&c.code, "-", &b.id].concat()),
                        cameo: Some([&c.cameo, b.sector.as_deref().unwrap_or("GOV")].concat()),
                        country: Some(c.code.clone()),
                        role: None,
                        strong: true,
                    },
                )
            }
            Referent::Group { agent, country } => {
                let a = &lex.agents[*agent];
                let country = country.map(|c| &lex.countries[c]);
                // The words as written ("Sierra Leonean refugees"), without the article.
                let written = strip_determiner(&self.text[mention.start..mention.end]);
                // "Activists said" opens a sentence; the group is "activists".
                let name = if country.is_none() { written.to_lowercase() } else { written.to_string() };
                // "Palestinian riots": the people by its plural name, "Palestinians".
                let is_plural = |adj: &String| adj.strip_suffix('s') == Some(name.as_str());
                let name = match country {
                    Some(c) if Some(*agent) == lex.people_agent() && c.adjectives.iter().any(is_plural) => name + "s",
                    _ => name,
                };
                (
                    group_key(lex, *agent, country.map(|c| c.code.as_str())),
                    CastActor {
                        name,
                        kind: ActorKind::Group,
                        lexicon_id: None,
                        cameo: country.map(|c| [&c.cameo, a.sector.as_deref().unwrap_or("")].concat()),
                        country: country.map(|c| c.code.clone()),
                        role: None,
                        strong: true,
                    },
                )
            }
            Referent::NewPerson { name } => (
                ActorKey::NewPerson(self.full_name(name).to_lowercase()),
                CastActor {
                    name: self.full_name(name).to_string(),
                    kind: ActorKind::Person,
                    lexicon_id: None,
                    cameo: None,
                    country: mention.affiliation.as_ref().and_then(|a| match a.of.as_deref() {
                        Some(Referent::Entry { target: Target::Country(c), .. }) => {
                            Some(lex.countries[*c].code.clone())
                        }
                        _ => None,
                    }),
                    role: mention.affiliation.as_ref().map(|a| a.role.clone()),
                    strong: true,
                },
            ),
            Referent::NewOrg { name, kind } => (
                ActorKey::NewOrg(name.to_lowercase()),
                CastActor {
                    name: name.clone(),
                    kind: *kind,
                    lexicon_id: None,
                    cameo: None,
                    country: None,
                    role: None,
                    strong: true,
                },
            ),
            _ => return None,
        })
    }

    /// The fullest form of a person's name the document gives.
    fn full_name<'s>(&'s self, name: &'s str) -> &'s str {
        if name.contains(' ') {
            return name;
        }
        self.new_people_by_surname.get(name).copied().unwrap_or(name)
    }

    /// A capitalized name no pass could classify: a surname of someone
    /// named, an acronym of an organization, or someone who speaks.
    pub fn proper(&mut self, cast: &mut Cast, name: &str, mentions: &[Mention], m: usize) -> Option<usize> {
        let last = surname(name);
        if let Some(a) = cast.person_named(name).or_else(|| cast.person_by_surname(last)) {
            return Some(a);
        }
        if let Some(&full) = self.new_people_by_surname.get(last) {
            let actor = self.actor_for(&Referent::NewPerson { name: full.to_string() }, &mentions[m])?;
            return Some(cast.intern(actor));
        }
        // "Dawit said", "Bereket accused": some names are given first in second reference.
        let mut by_given_name = cast.people_with_part(name).iter().filter(|&&i| cast.actors[i].lexicon_id.is_none());
        if let (Some(&only), None) = (by_given_name.next(), by_given_name.next()) {
            return Some(only);
        }
        if let Some(&full) = self.new_people_by_part.get(name) {
            let actor = self.actor_for(&Referent::NewPerson { name: full.to_string() }, &mentions[m])?;
            return Some(cast.intern(actor));
        }
        if name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(a) = cast.actors.iter().position(|a| has_initials(&a.name, name)) {
                return Some(a);
            }
        }
        None
    }
}

/// Whether a mention of a lexicon entry names its actor outright: a place
/// named only as where something happened ("in Aleppo") does not.
pub fn entry_is_strong(target: Target, mention: &Mention) -> bool {
    !matches!(target, Target::Place(_)) || !mention.locative
}

/// Whether the capital letters that start the words of `name` spell
/// `initials`, compared as they come: no string is made for each actor.
fn has_initials(name: &str, initials: &str) -> bool {
    let capitals = name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase());
    capitals.eq(initials.chars())
}

/// "the rebels" -> "rebels": names do not carry their article.
fn strip_determiner(words: &str) -> &str {
    // Most names are out at their first letter.
    if !words.starts_with(['t', 'T', 'a', 'A', 'i', 'I']) {
        return words;
    }
    for determiner in ["the ", "The ", "a ", "A ", "an ", "An ", "its ", "Its ", "their ", "Their "] {
        if let Some(rest) = words.strip_prefix(determiner) {
            return rest;
        }
    }
    words
}

/// "MANILA, Philippines" or "KHARTOUM": the country whose capital or name the dateline gives.
fn dateline_country(lex: &Lexicon, place: &str) -> Option<usize> {
    let country_named = |candidate: &str| {
        lex.lookup_name(candidate).iter().find_map(|r| match r.target {
            Target::Country(c) => Some(c),
            _ => None,
        })
    };
    // Datelines shout: "ADDIS ABABA" is "Addis Ababa".
    place.split(',').map(str::trim).find_map(|part| country_named(part).or_else(|| country_named(&title_case(part))))
}

/// Each word of `words` (split at spaces) with its first letter upper-cased
/// and the others lower-cased.
fn title_case(words: &str) -> String {
    let mut title = String::with_capacity(words.len());
    for (n, word) in words.split(' ').enumerate() {
        if n > 0 {
            title.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            title.extend(first.to_uppercase().chain(chars.flat_map(char::to_lowercase)));
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::has_initials;

    #[test]
    fn initials_are_the_capitals_that_start_words() {
        assert!(has_initials("Rapid Support Forces", "RSF"));
        assert!(has_initials("Physicians for Human Rights", "PHR"));
        assert!(!has_initials("Rapid Support Forces", "RS"));
        assert!(!has_initials("Rapid Support Forces", "RSFA"));
        assert!(!has_initials("rapid support", "RS"));
    }
}
