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

/// Roots whose events between coordinated subjects go both ways.
pub(super) const RECIPROCAL_ROOTS: &[&str] = &["03", "04", "05", "06"];

/// Words after which a verb head is an adverb or particle of the verb before
/// it: "send them back", "fought back", "turned away".
pub(super) const PARTICLE_AFTER: &[&str] = &[
    "them", "him", "her", "it", "us", "me", "send", "sent", "sending", "go", "went", "going", "come", "came", "coming",
    "bring", "brought", "fight", "fought", "hit", "struck", "pull", "pulled", "turn", "turned", "way", "fly", "flew",
    "flown", "push", "pushed", "roll", "rolled", "scale", "scaled", "get", "got", "move", "moved",
];
