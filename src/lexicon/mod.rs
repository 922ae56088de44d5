//! The lexicon: countries, organizations, people, places, agent words and
//! the event vocabulary, read from data files (docs/LEXICON.md). The default
//! files are compiled in; user files extend and override them.
//!
//! Proper names are found with one leftmost-longest trie search over the
//! text (`names`, `trie`); common words (agents, verbs, nouns) are looked up per token
//! in hash maps (`phrases`). Neither allocates per token.

mod build;
mod conflicts;
pub mod entries;
pub mod format;
mod names;
mod phrases;
mod trie;
pub mod vocabulary;

use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;

pub use entries::*;
pub use names::{NameForm, NameHit, NameRef, Target};
pub use phrases::{AgentHit, Headed, NounHit, VerbHit, WordSet};

use crate::error::{Error, Result};

/// The default lexicon files, compiled in.
const EMBEDDED: &[(&str, &str)] = &[
    ("countries.lex", include_str!("data/countries.lex")),
    ("organizations.lex", include_str!("data/organizations.lex")),
    ("bodies.lex", include_str!("data/bodies.lex")),
    ("people.lex", include_str!("data/people.lex")),
    ("places.lex", include_str!("data/places.lex")),
    ("agents.lex", include_str!("data/agents.lex")),
    ("events.lex", include_str!("data/events.lex")),
    ("verbs.lex", include_str!("data/verbs.lex")),
    ("given-names.lex", include_str!("data/given-names.lex")),
];

fn embedded_files() -> Vec<(String, String)> {
    EMBEDDED.iter().map(|(name, text)| (format!("<embedded>/{name}"), text.to_string())).collect()
}

/// What `check_file` found: the entries of the file and its problems.
#[derive(Debug)]
pub struct Checked {
    pub entries: usize,
    /// `Error::Lexicon`s, sorted by line.
    pub problems: Vec<Error>,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub orgs: Vec<Org>,
    pub bodies: Vec<Body>,
    pub people: Vec<Person>,
    pub places: Vec<Place>,
    pub agents: Vec<Agent>,
    pub events: Vec<EventType>,
    pub verbs: Vec<VerbPhrase>,
    pub nouns: Vec<NounPhrase>,
    country_index: FxHashMap<String, usize>,
    org_index: FxHashMap<String, usize>,
    person_index: FxHashMap<String, usize>,
    event_index: FxHashMap<String, usize>,
    names: names::NameMatcher,
    phrases: phrases::PhraseIndex,
    /// For each (body, country) pair, [`Lexicon::listed_body`], found on first use.
    listed_bodies: Vec<OnceLock<Option<usize>>>,
    /// The index of the agent `people`, found once when the lexicon is built.
    people_agent: Option<usize>,
    /// Lower-cased given names and the gender they usually mark.
    given_names: FxHashMap<String, Gender>,
    /// The generic events the grammar turns others into, found once when the
    /// lexicon is built: the grammar asks for them at every event.
    generic: GenericEvents,
}

/// See [`Lexicon::intent_event`] and the functions after it.
#[derive(Debug, Default, Clone, Copy)]
struct GenericEvents {
    intent: Option<usize>,
    threat: Option<usize>,
    reject: Option<usize>,
    demand: Option<usize>,
}

/// The gender a given name usually marks: the cue that tells "she" which of
/// two people it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn embedded() -> Lexicon {
        Lexicon::from_files(&embedded_files()).unwrap_or_else(|err| panic!("the embedded lexicon is broken: {err}"))
    }

    /// The embedded lexicon extended and overridden by user files, in order.
    pub fn with_user_files(paths: &[impl AsRef<Path>]) -> Result<Lexicon> {
        let mut files = embedded_files();
        for path in paths {
            let path = path.as_ref();
            files.push((path.display().to_string(), format::read_file(path)?));
        }
        Lexicon::from_files(&files)
    }

    /// [`Lexicon::with_user_files`], with every mistake of the files (as
    /// [`Lexicon::from_files_checked`]); only a file that cannot be read at
    /// all is an error.
    pub fn with_user_files_checked(paths: &[impl AsRef<Path>]) -> Result<(Lexicon, Vec<Error>)> {
        let mut files = embedded_files();
        for path in paths {
            let path = path.as_ref();
            files.push((path.display().to_string(), format::read_file(path)?));
        }
        Ok(Lexicon::from_files_checked(&files))
    }

    /// A lexicon from (file name, contents) pairs, later files winning.
    /// Fails on the first problem, in file order and then line order.
    pub fn from_files(files: &[(String, String)]) -> Result<Lexicon> {
        let (lexicon, problems) = Lexicon::from_files_checked(files);
        match problems.into_iter().next() {
            Some(first) => Err(first),
            None => Ok(lexicon),
        }
    }

    /// A lexicon from (file name, contents) pairs and every problem found,
    /// sorted by file (in the order given) and line. Bad lines are left out
    /// of the lexicon; bad values fall back to their defaults.
    pub fn from_files_checked(files: &[(String, String)]) -> (Lexicon, Vec<Error>) {
        let mut raw = Vec::new();
        let mut problems = Vec::new();
        for (path, text) in files {
            let (entries, mistakes) = format::parse_all(path, text);
            raw.extend(entries.into_iter().map(|entry| (path.as_str(), entry)));
            problems.extend(mistakes);
        }
        problems.extend(conflicts::check(&raw));
        let (lexicon, mistakes) = build::build_all(&raw);
        problems.extend(mistakes);
        let order = |problem: &Error| match problem {
            Error::Lexicon { path, line, .. } => (files.iter().position(|(p, _)| p == path), *line),
            _ => (None, 0),
        };
        // Stable: the problems of one line stay in the order they were found.
        problems.sort_by_key(order);
        (lexicon, problems)
    }

    /// Check one user file on top of the embedded lexicon: how many entries
    /// it has, and every problem of its lines, sorted by line.
    pub fn check_file(path: &Path) -> Result<Checked> {
        let text = format::read_file(path)?;
        let name = path.display().to_string();
        let entries = format::parse_all(&name, &text).0.len();
        let mut files = embedded_files();
        files.push((name.clone(), text));
        let (_, problems) = Lexicon::from_files_checked(&files);
        // The embedded files are checked by the tests; only the user's lines are theirs to fix.
        let problems = problems
            .into_iter()
            .filter(|problem| matches!(problem, Error::Lexicon { path, .. } if *path == name))
            .collect();
        Ok(Checked { entries, problems })
    }

    /// The gender a person's first name marks, if the lexicon knows it.
    pub fn given_name_gender(&self, full_name: &str) -> Option<Gender> {
        let first = full_name.split_whitespace().next()?;
        self.given_names.get(&first.to_lowercase()).copied()
    }

    /// The agent a nation's people are (`people` in agents.lex): what a
    /// plural demonym ("Liberians") names.
    pub fn people_agent(&self) -> Option<usize> {
        self.people_agent
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index.get(code).map(|&i| &self.countries[i])
    }

    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.country_index.get(code).copied()
    }

    pub fn org(&self, id: &str) -> Option<&Org> {
        self.org_index.get(id).map(|&i| &self.orgs[i])
    }

    pub fn org_index(&self, id: &str) -> Option<usize> {
        self.org_index.get(id).copied()
    }

    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.person_index.get(id).copied()
    }

    pub fn event(&self, name: &str) -> Option<&EventType> {
        self.event_index.get(name).map(|&i| &self.events[i])
    }

    /// The event CAMEO codes for an intention to cooperate (030).
    pub fn intent_event(&self) -> Option<usize> {
        self.generic.intent
    }

    /// The generic threat (130).
    pub fn threat_event(&self) -> Option<usize> {
        self.generic.threat
    }

    /// The generic rejection (120).
    pub fn reject_event(&self) -> Option<usize> {
        self.generic.reject
    }

    /// The generic demand (100).
    pub fn demand_event(&self) -> Option<usize> {
        self.generic.demand
    }

    /// Find the generic events once the events are all read.
    fn find_generic_events(&mut self) {
        self.generic = GenericEvents {
            intent: self.event_with_code("030", &["promise", "agree"]),
            threat: self.event_with_code("130", &["threaten"]),
            reject: self.event_with_code("120", &["reject"]),
            demand: self.event_with_code("100", &["demand"]),
        };
    }

    /// An event type with this CAMEO code, preferring the named ones.
    fn event_with_code(&self, code: &str, preferred: &[&str]) -> Option<usize> {
        preferred
            .iter()
            .find_map(|name| self.event_index.get(*name).copied().filter(|&i| self.events[i].cameo == code))
            .or_else(|| self.events.iter().position(|e| e.cameo == code))
    }

    /// Every proper name in `text`, left to right, not overlapping: at each
    /// word, the longest name made of whole words. The words are runs of
    /// letters and digits and each other character but spaces; the pipeline
    /// searches its own tokens with [`Lexicon::find_names_in_words`].
    pub fn find_names<'a>(&'a self, text: &'a str) -> impl Iterator<Item = NameHit> + 'a {
        self.names.find(text).into_iter()
    }

    /// Every proper name made of whole `words` of `text` (byte spans in
    /// order, as `span` reads them), as [`Lexicon::find_names`].
    pub fn find_names_in_words<'a, W, S>(
        &'a self,
        text: &'a str,
        words: &'a [W],
        span: S,
    ) -> impl Iterator<Item = NameHit> + 'a
    where
        S: Fn(&W) -> (usize, usize) + Copy + 'a,
    {
        self.names.find_in_words(text, words, span)
    }

    /// The entries a whole name stands for (exact, as written).
    pub fn lookup_name(&self, name: &str) -> &[NameRef] {
        self.names.lookup(name)
    }

    /// The lexicon organization that is this country's body of this kind
    /// ("China Coast Guard" for China's coast guard), if one is listed.
    /// Finding it looks up every pairing of the country's names with the
    /// body's, so each pair's answer is kept, for every document after.
    pub fn listed_body(&self, body: usize, country: usize) -> Option<usize> {
        match self.listed_bodies.get(body * self.countries.len() + country) {
            Some(answer) => *answer.get_or_init(|| self.find_listed_body(body, country)),
            None => self.find_listed_body(body, country),
        }
    }

    fn find_listed_body(&self, body: usize, country: usize) -> Option<usize> {
        let c = &self.countries[country];
        let b = &self.bodies[body];
        let modifiers = std::iter::once(&c.name).chain(&c.adjectives).chain(&c.aliases);
        modifiers.flat_map(|m| std::iter::once(&b.name).chain(&b.aliases).map(move |n| format!("{m} {n}"))).find_map(
            |name| {
                self.lookup_name(&name).iter().find_map(|r| match r.target {
                    Target::Org(o) if self.orgs[o].country.as_deref() == Some(c.code.as_str()) => Some(o),
                    _ => None,
                })
            },
        )
    }

    /// Agent phrases starting at `words[0]` (lower-cased words), longest
    /// first. Most words start none, and this tells so at little cost.
    #[inline]
    pub fn agents_at(&self, words: &[&str]) -> Option<AgentHit> {
        self.phrases.agent_at(words)
    }

    /// The verb and noun phrases this lower-cased word heads, if any: what
    /// `verbs_for` and `nouns_for` give, with one lookup.
    pub fn headed_by(&self, word_lower: &str) -> Option<&Headed> {
        self.phrases.headed(word_lower)
    }

    pub fn verbs_for(&self, word_lower: &str) -> &[VerbHit] {
        self.phrases.verbs(word_lower)
    }

    pub fn nouns_for(&self, word_lower: &str) -> &[NounHit] {
        self.phrases.nouns(word_lower)
    }

    /// A human description of what a name resolves to on `date`.
    pub fn describe(&self, name: &str, date: Option<NaiveDate>) -> Vec<String> {
        self.lookup_name(name).iter().map(|r| self.describe_ref(*r, date)).collect()
    }

    fn describe_ref(&self, r: NameRef, date: Option<NaiveDate>) -> String {
        let form = format!("{:?}", r.form).to_lowercase();
        match r.target {
            Target::Country(i) => {
                let c = &self.countries[i];
                format!("country {} ({}), as {form}", c.name, c.code)
            }
            Target::Org(i) => {
                let o = &self.orgs[i];
                let country = o.country.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
                format!("{} {} ({}{country}), as {form}", o.kind.as_str(), o.name, o.id)
            }
            Target::Body(i) => format!("national body {} ({}), as {form}", self.bodies[i].name, self.bodies[i].id),
            Target::Person(i) => {
                let p = &self.people[i];
                match p.term_at(date) {
                    Some(term) => format!(
                        "person {} ({}): {} of {}{}",
                        p.name,
                        p.id,
                        term.role.as_deref().unwrap_or("?"),
                        term.country.as_deref().or(term.org.as_deref()).unwrap_or("?"),
                        match (term.from, term.to) {
                            (Some(f), Some(t)) => format!(", {f} to {t}"),
                            (Some(f), None) => format!(", since {f}"),
                            _ => String::new(),
                        }
                    ),
                    None => format!("person {} ({})", p.name, p.id),
                }
            }
            Target::Place(i) => format!("place {} ({})", self.places[i].name, self.places[i].id),
        }
    }
}

impl Lexicon {
    /// The entries a matched pattern stands for.
    pub fn name_refs(&self, hit: &NameHit) -> &[NameRef] {
        self.names.refs(hit.pattern)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_files_have_no_problems() {
        let (_, problems) = Lexicon::from_files_checked(&embedded_files());
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    #[test]
    fn given_names_mark_gender_and_user_files_move_them() {
        let lex = Lexicon::embedded();
        assert_eq!(lex.given_name_gender("Ana Petrova"), Some(Gender::Female));
        assert_eq!(lex.given_name_gender("ivan sokolov"), Some(Gender::Male));
        assert_eq!(lex.given_name_gender("Kim Jong Un"), None, "unisex names are left out");
        let mut files = embedded_files();
        files.push(("user.lex".into(), "given moved | Ana | gender: male\n".into()));
        let lex = Lexicon::from_files(&files).unwrap();
        assert_eq!(lex.given_name_gender("Ana Petrova"), Some(Gender::Male));
        files.push(("bad.lex".into(), "given x | Bo | gender: neither\n".into()));
        let err = Lexicon::from_files(&files).unwrap_err().to_string();
        assert!(err.starts_with("bad.lex:1: gender"), "{err}");
    }
}
