//! What one document yields: actors, relations and quotations with their
//! provenance. This is the `extract --format json` contract of
//! `shared/eval/README.md` plus the fields users need (codes, dates,
//! provenance), and the only input of the graph stage.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::Metadata;

/// The compact JSON layout of `serde_json`, written by hand.
mod json;

/// Where an item was found: the sentence and the byte span in the
/// cleaned text. The sentence itself, the evidence, is kept once per
/// document ([`Extraction::evidence`]), not with every item: copied into
/// each mention, the same sentences were most of the output and a good
/// part of the time spent extracting and writing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// 0-based index of the sentence in the document.
    pub sentence: usize,
    /// Byte span `[start, end)` in the cleaned text.
    pub span: [usize; 2],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Country,
    Organization,
    Group,
    Location,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
            ActorKind::Location => "location",
        }
    }
}

/// One mention of an actor in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// The words as written ("the secretary", "Kerry's", "Moscow").
    pub text: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Unique within the document: "a1", "a2", ...
    pub id: String,
    /// The fullest proper name the article gives.
    pub name: String,
    pub kind: ActorKind,
    /// The lexicon entry it resolved to ("USA", "kerry-john"); the key that
    /// makes one node of one actor across documents. None for actors found
    /// only in the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lexicon_id: Option<String>,
    /// CAMEO actor code ("USA", "USAGOV", "SYRREB").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// ISO 3166 alpha-3 code of the actor's country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The office or role the text or lexicon gives ("Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<ActorMention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl QuadClass {
    /// The QuadClass of a CAMEO event code, from its root.
    pub fn of_cameo(code: &str) -> Option<QuadClass> {
        let root: u32 = code.get(..2)?.parse().ok()?;
        Some(match root {
            1..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=13 => QuadClass::VerbalConflict,
            14..=20 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// The name it is written under in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }

    pub fn is_conflict(self) -> bool {
        matches!(self, QuadClass::VerbalConflict | QuadClass::MaterialConflict)
    }
}

/// A directed relation between two actors of the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    /// An event verb of the vocabulary ("threaten", "accuse") or a standing
    /// relation (`ally_of`, `affiliated_with`, `part_of`, `opposes`,
    /// `based_in`).
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO event code; None for standing relations.
    pub cameo: Option<String>,
    /// What a graph shows on the edge ("threatened", "allied with").
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quad_class: Option<QuadClass>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f32>,
    pub negated: bool,
    /// Hoped-for, planned, conditional or otherwise not (yet) real.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hypothetical: bool,
    /// The condition's text ("unless Russia takes immediate steps ...").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// For `affiliated_with`: the office ("Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub provenance: Provenance,
}

impl Relation {
    pub fn is_standing(&self) -> bool {
        self.cameo.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Actor id of who said the words; None when the text does not say.
    pub speaker: Option<String>,
    /// Actor id of whom they were said to ("Kerry told Lavrov").
    pub addressee: Option<String>,
    pub text: String,
    /// Actor ids the quotation speaks of.
    pub about: Vec<String>,
    /// The speech verb ("said", "told", "warned").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Who relayed the words ("according to spokesman John Kirby").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<String>,
    /// The words that name an unnamed speaker ("a senior official").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub provenance: Provenance,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub id: String,
    #[serde(flatten)]
    pub meta: Metadata,
    pub actors: Vec<Actor>,
    pub relations: Vec<Relation>,
    pub quotes: Vec<Quote>,
    /// The evidence: the text of each sentence an item was found in, by
    /// index, up to the last such sentence; `None` for the others.
    #[serde(skip)]
    pub sentences: Vec<Option<String>>,
}

impl Extraction {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Every provenance of the document: its actors' mentions, relations and quotes.
    pub fn provenances(&self) -> impl Iterator<Item = &Provenance> {
        let mentions = self.actors.iter().flat_map(|a| a.mentions.iter().map(|m| &m.provenance));
        mentions.chain(self.relations.iter().map(|r| &r.provenance)).chain(self.quotes.iter().map(|q| &q.provenance))
    }

    /// The sentence an item was found in.
    pub fn evidence(&self, provenance: &Provenance) -> &str {
        self.sentences.get(provenance.sentence).and_then(Option::as_deref).unwrap_or_default()
    }

    /// The evidence sentences by index, `None` for a sentence no item was found in.
    pub fn sentences(&self) -> Vec<Option<&str>> {
        self.sentences.iter().map(Option::as_deref).collect()
    }
}

/// The JSON form of one document, as `extract` writes it: the extraction,
/// whose provenances give their sentence by index, and after it the
/// `sentences` array those indexes point into.
#[derive(Debug, Serialize)]
pub struct ExtractionRecord<'a> {
    #[serde(flatten)]
    pub extraction: &'a Extraction,
    /// The evidence sentences ([`Extraction::sentences`]).
    pub sentences: Vec<Option<&'a str>>,
}

impl<'a> From<&'a Extraction> for ExtractionRecord<'a> {
    fn from(extraction: &'a Extraction) -> Self {
        ExtractionRecord { extraction, sentences: extraction.sentences() }
    }
}

impl ExtractionRecord<'_> {
    /// Append the record as compact JSON: the same bytes as
    /// `serde_json::to_writer`, at a fraction of the cost. The keys and
    /// punctuation are known here and written as they stand, and strings,
    /// nearly all of which need no escape, are checked for one in a single
    /// pass before they are copied whole. Through serde, writing JSON cost
    /// as much as any stage of extraction.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let x = self.extraction;
        let mut w = json::Writer(out);
        w.raw(b"{\"id\":");
        w.string(&x.id);
        if let Some(date) = &x.meta.date {
            w.raw(b",\"date\":");
            w.date(*date);
        }
        w.optional(b",\"place\":", &x.meta.place);
        w.optional(b",\"agency\":", &x.meta.agency);
        w.optional(b",\"title\":", &x.meta.title);
        w.optional(b",\"author\":", &x.meta.author);
        w.raw(b",\"actors\":");
        w.list(&x.actors, write_actor);
        w.raw(b",\"relations\":");
        w.list(&x.relations, write_relation);
        w.raw(b",\"quotes\":");
        w.list(&x.quotes, write_quote);
        w.raw(b",\"sentences\":");
        w.list(&self.sentences, |w, s| w.nullable_string(s.as_deref()));
        w.raw(b"}");
    }
}

fn write_actor(w: &mut json::Writer, a: &Actor) {
    w.raw(b"{\"id\":");
    w.string(&a.id);
    w.raw(b",\"name\":");
    w.string(&a.name);
    w.raw(b",\"kind\":\"");
    w.raw(a.kind.as_str().as_bytes());
    w.raw(b"\"");
    w.optional(b",\"lexicon_id\":", &a.lexicon_id);
    w.optional(b",\"cameo\":", &a.cameo);
    w.optional(b",\"country\":", &a.country);
    w.optional(b",\"role\":", &a.role);
    w.raw(b",\"mentions\":");
    w.list(&a.mentions, |w, m| {
        w.raw(b"{\"text\":");
        w.string(&m.text);
        w.raw(b",");
        write_provenance_fields(w, &m.provenance);
        w.raw(b"}");
    });
    w.raw(b"}");
}

fn write_relation(w: &mut json::Writer, r: &Relation) {
    w.raw(b"{\"source\":");
    w.string(&r.source);
    w.raw(b",\"target\":");
    w.string(&r.target);
    w.raw(b",\"type\":");
    w.string(&r.kind);
    w.raw(b",\"cameo\":");
    w.nullable_string(r.cameo.as_deref());
    w.raw(b",\"label\":");
    w.string(&r.label);
    if let Some(class) = r.quad_class {
        w.raw(b",\"quad_class\":\"");
        w.raw(class.as_str().as_bytes());
        w.raw(b"\"");
    }
    if let Some(goldstein) = r.goldstein {
        w.raw(b",\"goldstein\":");
        w.float(goldstein);
    }
    w.raw(if r.negated { b",\"negated\":true" } else { b",\"negated\":false" });
    if r.hypothetical {
        w.raw(b",\"hypothetical\":true");
    }
    w.optional(b",\"condition\":", &r.condition);
    w.optional(b",\"role\":", &r.role);
    if let Some(date) = &r.date {
        w.raw(b",\"date\":");
        w.date(*date);
    }
    w.optional(b",\"place\":", &r.place);
    w.raw(b",\"provenance\":{");
    write_provenance_fields(w, &r.provenance);
    w.raw(b"}}");
}

fn write_quote(w: &mut json::Writer, q: &Quote) {
    w.raw(b"{\"speaker\":");
    w.nullable_string(q.speaker.as_deref());
    w.raw(b",\"addressee\":");
    w.nullable_string(q.addressee.as_deref());
    w.raw(b",\"text\":");
    w.string(&q.text);
    w.raw(b",\"about\":");
    w.list(&q.about, |w, a| w.string(a));
    w.optional(b",\"verb\":", &q.verb);
    w.optional(b",\"relayed_by\":", &q.relayed_by);
    w.optional(b",\"speaker_description\":", &q.speaker_description);
    if let Some(date) = &q.date {
        w.raw(b",\"date\":");
        w.date(*date);
    }
    w.raw(b",\"provenance\":{");
    write_provenance_fields(w, &q.provenance);
    w.raw(b"}}");
}

/// `"sentence":N,"span":[S,E]`, flattened into a mention or inside a `provenance` object.
fn write_provenance_fields(w: &mut json::Writer, p: &Provenance) {
    w.raw(b"\"sentence\":");
    w.number(p.sentence);
    w.raw(b",\"span\":[");
    w.number(p.span[0]);
    w.raw(b",");
    w.number(p.span[1]);
    w.raw(b"]");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written JSON is byte for byte what serde gives, for the
    /// records of the example articles and for every value it writes itself.
    #[test]
    fn write_json_is_serde_json() {
        let lexicon = crate::Lexicon::embedded();
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
        let mut paths: Vec<_> = std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        let mut docs = Vec::new();
        for path in &paths {
            let text = std::fs::read_to_string(path).unwrap();
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            let raw = crate::RawDocument { id: id.clone(), origin: id, date: None, title: None, text };
            docs.push(crate::pipeline::extract_raw(&raw, &lexicon));
        }
        let mut odd = docs[0].clone();
        odd.id = "control \u{1}\u{8}\u{c}\n\r\t\u{1f} \"quoted\" back\\slash \u{7f} é".to_string();
        odd.meta.date = NaiveDate::from_ymd_opt(-44, 3, 15);
        docs.push(odd);
        for x in &docs {
            let record = ExtractionRecord::from(x);
            let mut ours = Vec::new();
            record.write_json(&mut ours);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&record).unwrap(), "{}", x.id);
        }
    }

    #[test]
    fn floats_and_dates_as_serde_writes_them() {
        let mut values: Vec<f32> = (-1000..=1000).map(|n| n as f32 / 100.0).collect();
        values.extend((-10_000..=10_000).map(|n| n as f32 / 10.0));
        values.extend([-0.0, 1e-4, 9.99e-5, 1e7, 9_999_999.0, 3.4e38, f32::MIN_POSITIVE, f32::NAN, f32::INFINITY]);
        values.extend([999.9, 999.95, 1000.0, 0.05, -0.05, 0.1 + f32::EPSILON, 2.5 - f32::EPSILON]);
        for x in values {
            let mut ours = Vec::new();
            json::Writer(&mut ours).float(x);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&x).unwrap());
        }
        for date in [(2016, 9, 28), (1, 1, 1), (9999, 12, 31), (10000, 1, 1), (-1, 2, 3)] {
            let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
            let mut ours = Vec::new();
            json::Writer(&mut ours).date(date);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&date).unwrap());
        }
        for class in ["01", "06", "09", "14"].map(|code| QuadClass::of_cameo(code).unwrap()) {
            assert_eq!(format!("\"{}\"", class.as_str()), serde_json::to_string(&class).unwrap());
        }
    }

    #[test]
    fn numbers_and_strings_as_serde_writes_them() {
        let written = |write: &dyn Fn(&mut json::Writer)| {
            let mut out = Vec::new();
            write(&mut json::Writer(&mut out));
            String::from_utf8(out).unwrap()
        };
        let powers = (1..20).map(|k| 10usize.pow(k));
        for n in (0..=12_000).chain(powers.flat_map(|p| [p - 1, p, p + 1])).chain([65_535, usize::MAX]) {
            assert_eq!(written(&|w| w.number(n)), n.to_string());
        }
        // Every length up to three blocks of sixteen bytes (so every length of
        // tail), with no escape and with one at each place, among characters
        // next to the escaped ones and the bytes of longer UTF-8 sequences.
        let filler = ['x', '!', '#', '[', ']', '~', '\u{7f}', ' ', 'é', '€'];
        for len in 0..48 {
            let plain: Vec<char> = (0..len).map(|i| filler[i % filler.len()]).collect();
            let s: String = plain.iter().collect();
            assert_eq!(written(&|w| w.string(&s)), serde_json::to_string(&s).unwrap());
            for (at, special) in (0..len).flat_map(|at| ['"', '\\', '\n', '\0', '\u{1f}'].map(|c| (at, c))) {
                let mut chars = plain.clone();
                chars[at] = special;
                let s: String = chars.iter().collect();
                assert_eq!(written(&|w| w.string(&s)), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }
}
