//! The closed word lists the event grammar consults: function words and
//! verbs whose role is grammatical (intention, aspect, refusal, reporting),
//! not vocabulary a user would extend. Event words live in the lexicon.

/// Verbs that announce or carry out the event their object noun names.
pub(super) const LIGHT_VERBS: &[&str] = &[
    "announced",
    "announces",
    "declared",
    "declares",
    "imposed",
    "imposes",
    "ordered",
    "orders",
    "issued",
    "issues",
    "lodged",
    "lodges",
    "launched",
    "launches",
    "staged",
    "stages",
    "carried",
    "conducted",
    "conducts",
];

/// Words a phrase of the lexicon may have in the text without listing them.
pub(super) const PHRASE_FILLERS: &[&str] = &[
    "a",
    "an",
    "the",
    "grave",
    "deep",
    "serious",
    "strong",
    "great",
    "growing",
    "formal",
    "official",
    "new",
    "fresh",
    "sharp",
    "further",
    "particular",
    "full",
    "political",
    "strongest",
    "deepest",
];

/// Time adverbials that may stand between a verb and its complement.
pub(super) const TIME_WORDS: &[&str] = &[
    "on",
    "yesterday",
    "today",
    "again",
    "also",
    "publicly",
    "repeatedly",
    "last",
    "week",
    "month",
    "earlier",
    "later",
    "once",
    "now",
];

/// Words before "to" that make the infinitive an intention.
pub(super) const INTENT_WORDS: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "prepared",
    "ready",
    "willing",
    "plan",
    "plans",
    "planned",
    "planning",
    "promised",
    "promise",
    "promises",
    "pledged",
    "pledge",
    "pledges",
    "offered",
    "offer",
    "offers",
    "vowed",
    "vow",
    "vows",
    "decided",
    "decide",
    "decides",
    "intends",
    "intend",
    "intended",
    "committed",
    "wants",
    "want",
    "wanted",
    "agreeing",
];

/// Words before "to" that only say when the event happens ("continued to send").
pub(super) const ASPECT_WORDS: &[&str] = &[
    "continued",
    "continues",
    "continue",
    "began",
    "begins",
    "begin",
    "started",
    "starts",
    "start",
    "resumed",
    "kept",
];

/// Verbs of reporting after which "would" is the future of the reported words.
pub(super) const REPORTING_WORDS: &[&str] =
    &["said", "says", "announced", "announces", "told", "stated", "declared", "added", "insisted", "warned"];

/// Words before "to" that deny the infinitive's event.
pub(super) const REFUSAL_WORDS: &[&str] =
    &["refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails"];

/// Verbs of denial before a gerund or a "that" clause: what follows did not happen.
pub(super) const DENIAL_WORDS: &[&str] = &["denied", "denies", "deny", "denying", "rejected"];

/// Words of demand before a "that" clause whose verb says what is demanded,
/// not what happened ("demanded that Belgrade hand over their leader").
pub(super) const MANDATIVE_WORDS: &[&str] = &[
    "demand",
    "demanded",
    "demanding",
    "demands",
    "urge",
    "urged",
    "urges",
    "urging",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "insistence",
    "request",
    "requested",
    "requests",
    "requesting",
    "proposed",
    "proposes",
    "propose",
    "proposal",
    "recommended",
    "recommends",
    "recommend",
];

/// Roots whose events between coordinated subjects go both ways.
pub(super) const RECIPROCAL_ROOTS: &[&str] = &["03", "04", "05", "06"];

/// Words after which a verb head is an adverb or particle of the verb before
/// it: "send them back", "fought back", "turned away".
pub(super) const PARTICLE_AFTER: &[&str] = &[
    "them", "him", "her", "it", "us", "me", "send", "sent", "sending", "go", "went", "going", "come", "came", "coming",
    "bring", "brought", "fight", "fought", "hit", "struck", "pull", "pulled", "turn", "turned", "way", "fly", "flew",
    "flown", "push", "pushed", "roll", "rolled", "scale", "scaled", "get", "got", "move", "moved",
];

// The shallow clause grammar's words (`clauses.rs`).

/// Words that may stand between a subject and its verb (and weekdays).
pub(super) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "can",
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "being",
    "not",
    "n't",
    "never",
    "also",
    "again",
    "then",
    "later",
    "reportedly",
    "repeatedly",
    "jointly",
    "formally",
    "publicly",
    "already",
    "once",
    "still",
    "first",
    "recently",
    "on",
    "yesterday",
    "today",
    "last",
    "week",
    "earlier",
    "this",
    "month",
    "separately",
    "directly",
    "personally",
    "sharply",
    "strongly",
    "openly",
    "won't",
    "didn't",
    "doesn't",
    "don't",
    "wouldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "can't",
    "cannot",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "allegedly",
    "now",
    "too",
    "for",
    "years",
    "decades",
    "months",
    "long",
    "both",
    "all",
    "each",
    "together",
    "outright",
    "just",
    "even",
    "soon",
];

pub(super) const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "fifty", "hundred", "thousand", "million", "dozen", "more", "another", "other", "all", "both", "several",
];

/// Words of quantity before an object ("scores of refugees"), when a word follows.
pub(super) const QUANTITY_WORDS: &[&str] =
    &["scores", "dozens", "hundreds", "thousands", "some", "several", "many", "of"];

/// Articles and adjectives that may stand before a direct object.
pub(super) const OBJECT_MODIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "fellow",
    "neighbouring",
    "neighboring",
    "rival",
    "ethnic",
    "young",
    "local",
    "senior",
    "former",
    "proposed",
    "recent",
    "latest",
];

/// Words that open a new clause.
pub(super) const CLAUSE_WORDS: &[&str] =
    &["that", "which", "who", "while", "but", "because", "after", "before", "when"];

pub(super) const PREPOSITIONS: &[&str] =
    &["in", "on", "at", "of", "to", "for", "with", "by", "from", "against", "about", "over", "into", "after", "before"];

pub(super) const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "won't", "didn't", "doesn't", "don't", "wouldn't", "hasn't", "haven't", "hadn't", "can't",
    "cannot", "isn't", "aren't", "wasn't", "weren't", "refused", "refuses", "declined", "declines", "no",
];

/// Nouns that name a place by a proper name after "of": "the city of Hebron".
pub(super) const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "port",
    "capital",
    "island",
    "state",
    "county",
    "municipality",
    "enclave",
    "area",
    "camp",
];

pub(super) const MODALS: &[&str] =
    &["would", "could", "might", "may", "should", "can", "will", "won't", "wouldn't", "to"];

pub(super) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "been", "be", "being", "get", "got"];

/// Nouns that name an actor by its tie to another ("Russia's ally", "its
/// neighbours"): an actor of its own, not a thing the other owns.
pub(super) const RELATIONAL_NOUNS: &[&str] = &[
    "ally",
    "allies",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "partner",
    "partners",
    "rival",
    "rivals",
    "enemy",
    "enemies",
    "opponent",
    "opponents",
    "critics",
    "supporters",
    "backers",
];

/// Verbs by which a speaker names or labels what it speaks of ("condemned what
/// it called aggression").
pub(super) const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "termed",
    "terms",
    "described",
    "describes",
    "labelled",
    "labeled",
    "labels",
    "branded",
    "brands",
    "dubbed",
    "dubs",
    "characterized",
    "characterised",
];
