//! The typed lexicon entries, interpreted from raw lines.

use chrono::NaiveDate;

use crate::extraction::ActorKind;

#[derive(Debug, Clone)]
pub struct Country {
    pub code: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub seats: Vec<String>,
    pub cameo: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryLink {
    PartOf,
    BasedIn,
}

#[derive(Debug, Clone)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub link: CountryLink,
    pub cameo: Option<String>,
}

/// A kind of national institution ("Foreign Ministry").
#[derive(Debug, Clone)]
pub struct Body {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub sector: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Term {
    pub country: Option<String>,
    pub role: Option<String>,
    pub org: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub cameo: Option<String>,
}

impl Term {
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date <= to)
    }
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub terms: Vec<Term>,
}

impl Person {
    /// The office held on `date`, else the latest one.
    pub fn term_at(&self, date: Option<NaiveDate>) -> Option<&Term> {
        // Of overlapping terms, the one that began last is the office held then.
        date.and_then(|d| self.terms.iter().filter(|t| t.covers(d)).max_by_key(|t| t.from))
            .or_else(|| self.terms.iter().max_by_key(|t| t.from))
    }
}

#[derive(Debug, Clone)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentKind {
    /// An office or title held by a person.
    Person,
    /// A state's government or forces: stands for the country.
    Government,
    /// A non-state group: its own actor.
    Group,
}

#[derive(Debug, Clone)]
pub struct Agent {
    pub id: String,
    /// Lower-case words.
    pub phrase: Vec<String>,
    pub plurals: Vec<Vec<String>>,
    pub kind: AgentKind,
    pub sector: Option<String>,
    pub role: Option<String>,
    /// Cues a following name ("Foreign Minister Ana Petrova").
    pub title: bool,
    /// An actor only with a country ("the Zambian people"); alone ("its
    /// people") the word names no one in particular.
    pub with_country: bool,
}

#[derive(Debug, Clone)]
pub struct EventType {
    pub name: String,
    pub label: String,
    pub cameo: String,
    pub goldstein: Option<f32>,
}

/// A verb or verb phrase for an event type. `words[0]` inflects; `*` marks
/// the object slot.
#[derive(Debug, Clone)]
pub struct VerbPhrase {
    pub event: usize,
    pub words: Vec<String>,
    /// Inflections of the head word: base, 3sg, past, participle, gerund
    /// (more than one spelling may be generated for each).
    pub head_forms: Vec<(String, VerbForm)>,
    pub preps: Vec<String>,
    pub speech: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdPerson,
    Past,
    Participle,
    Gerund,
}

#[derive(Debug, Clone)]
pub struct NounPhrase {
    pub event: usize,
    pub words: Vec<String>,
    pub preps: Vec<String>,
}

/// The inflections of an English verb; irregular ones come from `forms:`.
pub fn inflect(base: &str) -> Vec<(String, VerbForm)> {
    let mut forms = vec![(base.to_string(), VerbForm::Base)];
    let bytes = base.as_bytes();
    let last = bytes.last().copied().unwrap_or(b' ');
    let before = if bytes.len() >= 2 { bytes[bytes.len() - 2] } else { b' ' };
    let is_vowel = |c: u8| b"aeiou".contains(&c);
    let third = if base.ends_with('s')
        || base.ends_with('x')
        || base.ends_with("ch")
        || base.ends_with("sh")
        || base.ends_with('z')
        || (last == b'o' && !is_vowel(before))
    {
        format!("{base}es")
    } else if last == b'y' && !is_vowel(before) {
        format!("{}ies", &base[..base.len() - 1])
    } else {
        format!("{base}s")
    };
    forms.push((third, VerbForm::ThirdPerson));
    let mut stems = vec![base.to_string()];
    let consonant_end = !is_vowel(last) && !b"wxy".contains(&last);
    let single_vowel = is_vowel(before) && (bytes.len() < 3 || !is_vowel(bytes[bytes.len() - 3]));
    if consonant_end && single_vowel {
        // Doubling depends on stress ("ban" -> "banned", "threaten" -> "threatened");
        // offering both spellings is cheaper than knowing the stress.
        stems.push(format!("{base}{}", last as char));
    }
    for stem in &stems {
        let past = if stem.ends_with('e') {
            format!("{stem}d")
        } else if stem.ends_with('y') && !is_vowel(before) {
            format!("{}ied", &stem[..stem.len() - 1])
        } else {
            format!("{stem}ed")
        };
        forms.push((past.clone(), VerbForm::Past));
        forms.push((past, VerbForm::Participle));
        let gerund = if stem.ends_with("ie") {
            format!("{}ying", &stem[..stem.len() - 2])
        } else if stem.ends_with('e') && !stem.ends_with("ee") && !stem.ends_with("ye") && !stem.ends_with("oe") {
            format!("{}ing", &stem[..stem.len() - 1])
        } else {
            format!("{stem}ing")
        };
        forms.push((gerund, VerbForm::Gerund));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(base: &str, which: VerbForm) -> Vec<String> {
        inflect(base).into_iter().filter(|(_, f)| *f == which).map(|(w, _)| w).collect()
    }

    #[test]
    fn regular_inflections() {
        let table = [
            ("threaten", VerbForm::ThirdPerson, "threatens"),
            ("threaten", VerbForm::Past, "threatened"),
            ("threaten", VerbForm::Gerund, "threatening"),
            ("accuse", VerbForm::Past, "accused"),
            ("accuse", VerbForm::Gerund, "accusing"),
            ("deny", VerbForm::ThirdPerson, "denies"),
            ("deny", VerbForm::Past, "denied"),
            ("veto", VerbForm::ThirdPerson, "vetoes"),
            ("veto", VerbForm::Past, "vetoed"),
            ("ram", VerbForm::Past, "rammed"),
            ("ban", VerbForm::Gerund, "banning"),
            ("urge", VerbForm::ThirdPerson, "urges"),
            ("push", VerbForm::ThirdPerson, "pushes"),
            ("stay", VerbForm::Past, "stayed"),
        ];
        for (base, which, expected) in table {
            assert!(form(base, which).contains(&expected.to_string()), "{base} {which:?}: {:?}", form(base, which));
        }
    }
}

#[cfg(test)]
mod term_tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn term(role: &str, from: Option<&str>, to: Option<&str>) -> Term {
        Term { country: None, role: Some(role.into()), org: None, from: from.map(day), to: to.map(day), cameo: None }
    }

    fn person(terms: Vec<Term>) -> Person {
        Person { id: "p".into(), name: "P".into(), aliases: vec![], terms }
    }

    fn role_at<'a>(p: &'a Person, date: Option<&str>) -> Option<&'a str> {
        p.term_at(date.map(day)).and_then(|t| t.role.as_deref())
    }

    #[test]
    fn overlapping_terms_choose_the_one_that_began_last() {
        // Listed out of order on purpose: the file order must not decide.
        let p = person(vec![
            term("Prime Minister", Some("2020-06-01"), None),
            term("Foreign Minister", Some("2018-01-01"), Some("2021-12-31")),
        ]);
        assert_eq!(role_at(&p, Some("2019-01-01")), Some("Foreign Minister"));
        assert_eq!(role_at(&p, Some("2021-01-01")), Some("Prime Minister"), "both cover it; the later start wins");
        assert_eq!(role_at(&p, Some("2023-01-01")), Some("Prime Minister"));
    }

    #[test]
    fn outside_every_term_or_undated_the_latest_term() {
        let p = person(vec![
            term("Envoy", Some("2021-01-01"), Some("2022-01-01")),
            term("Minister", Some("2015-01-01"), Some("2019-01-01")),
        ]);
        assert_eq!(role_at(&p, Some("2010-01-01")), Some("Envoy"));
        assert_eq!(role_at(&p, Some("2020-01-01")), Some("Envoy"));
        assert_eq!(role_at(&p, None), Some("Envoy"));
    }

    #[test]
    fn a_term_without_a_start_began_before_every_dated_one() {
        let p = person(vec![term("Senator", None, None), term("Secretary", Some("2013-02-01"), None)]);
        assert_eq!(role_at(&p, Some("2014-01-01")), Some("Secretary"));
        assert_eq!(role_at(&p, Some("2000-01-01")), Some("Senator"));
    }

    #[test]
    fn the_last_day_is_in_the_term() {
        let p = person(vec![term("Minister", Some("2015-01-01"), Some("2019-01-01"))]);
        assert!(p.terms[0].covers(day("2019-01-01")) && p.terms[0].covers(day("2015-01-01")));
        assert!(!p.terms[0].covers(day("2019-01-02")));
    }
}
