//! The classes of a token: which closed word lists (of [`super::words`],
//! [`super::clauses`] and the quotations' speech words) its lower-case form is in, and what punctuation it
//! is. The grammar asks the same questions of the same few tokens many
//! times over, so [`super::Context`] reads each token's classes once, with
//! one table lookup, instead of scanning the lists at every call site.

use std::sync::LazyLock;

use super::words::*;
use crate::text::calendar;
use crate::text::TokenKind;

pub mod class {
    pub const FILLER: u32 = 1;
    /// A word of time ("today", "on", "Wednesday") that may stand between a
    /// verb and what it governs.
    pub const TIME: u32 = 1 << 1;
    /// May stand between a subject and its verb: auxiliaries, adverbs, time words.
    pub const BETWEEN: u32 = 1 << 2;
    pub const NUMBER: u32 = 1 << 3;
    /// May stand before an object as its quantity ("scores of").
    pub const QUANTITY: u32 = 1 << 4;
    /// Articles and adjectives that may stand before a direct object.
    pub const OBJECT_MODIFIER: u32 = 1 << 5;
    pub const PREPOSITION: u32 = 1 << 6;
    pub const NEGATION: u32 = 1 << 7;
    pub const PLACE_NOUN: u32 = 1 << 8;
    pub const MODAL: u32 = 1 << 9;
    pub const BE_FORM: u32 = 1 << 10;
    /// A word that opens a new clause ("that", "while").
    pub const CLAUSE_WORD: u32 = 1 << 11;
    pub const LIGHT_VERB: u32 = 1 << 12;
    pub const INTENT: u32 = 1 << 13;
    pub const ASPECT: u32 = 1 << 14;
    pub const REPORTING: u32 = 1 << 15;
    pub const REFUSAL: u32 = 1 << 16;
    pub const DENIAL: u32 = 1 << 17;
    pub const PARTICLE_AFTER: u32 = 1 << 18;
    /// "if" or "unless".
    pub const CONDITION: u32 = 1 << 19;
    pub const COMMA: u32 = 1 << 20;
    pub const PERIOD: u32 = 1 << 21;
    pub const SEMICOLON: u32 = 1 << 22;
    /// A double quotation mark.
    pub const QUOTE: u32 = 1 << 23;
    /// A speech verb of attribution ("said", "told"), for quotations.
    pub const SPEECH: u32 = 1 << 24;
    /// A noun of speech ("statement", "warning"), for quotations.
    pub const SPEECH_NOUN: u32 = 1 << 25;
    /// "ally" or "allies", for standing alliances.
    pub const ALLY: u32 = 1 << 26;
    /// "you" and its forms, for what quotations are about.
    pub const YOU: u32 = 1 << 27;
    /// A noun naming an actor by its tie to another ("ally", "neighbours").
    pub const RELATIONAL: u32 = 1 << 29;
    /// A verb that names or labels its object ("called", "described").
    pub const NAMING: u32 = 1 << 30;
    /// A token of kind `TokenKind::Word`.
    pub const WORD: u32 = 1 << 28;
    /// A verb or noun of demand before a "that" clause ("demanded that").
    pub const MANDATIVE: u32 = 1 << 31;
    /// Where a clause ends: what `Clauses::is_boundary` stops at.
    pub const BOUNDARY: u32 = SEMICOLON | PERIOD | QUOTE | CLAUSE_WORD;
}

/// The table of every listed word, read once per document rather than at
/// every token.
pub fn table() -> &'static Table {
    &TABLE
}

impl Table {
    /// The classes of a token of this kind whose lower-case form is `lower`.
    #[inline]
    pub fn classes_of(&self, kind: TokenKind, lower: &str) -> u32 {
        // Only words are listed: a token of any other kind is told by its
        // kind and text, without a lookup.
        match kind {
            TokenKind::Word => self.get(lower) | class::WORD,
            TokenKind::Punct => match lower {
                "," => class::COMMA,
                "." => class::PERIOD,
                ";" => class::SEMICOLON,
                _ => 0,
            },
            TokenKind::Quote(_) => class::QUOTE,
            TokenKind::Number | TokenKind::Possessive | TokenKind::SingleQuote(_) => 0,
        }
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let lists: [(&[&str], u32); 28] = [
        (PHRASE_FILLERS, class::FILLER),
        (TIME_WORDS, class::TIME),
        (BETWEEN_SUBJECT_AND_VERB, class::BETWEEN),
        (NUMBER_WORDS, class::NUMBER),
        (QUANTITY_WORDS, class::QUANTITY),
        (OBJECT_MODIFIERS, class::OBJECT_MODIFIER),
        (PREPOSITIONS, class::PREPOSITION),
        (NEGATIONS, class::NEGATION),
        (PLACE_NOUNS, class::PLACE_NOUN),
        (MODALS, class::MODAL),
        (BE_FORMS, class::BE_FORM),
        (CLAUSE_WORDS, class::CLAUSE_WORD),
        (LIGHT_VERBS, class::LIGHT_VERB),
        (INTENT_WORDS, class::INTENT),
        (ASPECT_WORDS, class::ASPECT),
        (REPORTING_WORDS, class::REPORTING),
        (REFUSAL_WORDS, class::REFUSAL),
        (DENIAL_WORDS, class::DENIAL),
        (MANDATIVE_WORDS, class::MANDATIVE),
        (PARTICLE_AFTER, class::PARTICLE_AFTER),
        (&["if", "unless"], class::CONDITION),
        (&["ally", "allies"], class::ALLY),
        (RELATIONAL_NOUNS, class::RELATIONAL),
        (NAMING_VERBS, class::NAMING),
        (&["you", "yourself", "yourselves", "yours", "your"], class::YOU),
        // Time words that may also stand between a subject and its verb.
        (&calendar::WEEKDAYS, class::TIME | class::BETWEEN),
        (crate::quotes::SPEECH_WORDS, class::SPEECH),
        (crate::quotes::SPEECH_NOUNS, class::SPEECH_NOUN),
    ];
    let mut table =
        Table { slots: Box::new([Slot { key: 0, classes: 0 }; Table::SLOTS]), words: Box::new([""; Table::SLOTS]) };
    for (list, classes) in lists {
        for word in list {
            table.add(word, classes);
        }
    }
    table
});

/// Every listed word with its classes: open addressing on a hash of the
/// length and the first, middle and last bytes only, because every token of
/// every document is looked up and most are in no list. Far from full, a
/// probe mostly ends on an empty slot or a word of another key. Each slot
/// keeps the key it was hashed from, so a probe compares whole words only
/// when the keys agree (a word of up to three bytes is its key), and then
/// byte by byte: the words are short, and most tokens that get that far are
/// the listed word itself. The words stand apart from the slots, which
/// take 8 KiB: each document finds the table gone from the cache, and
/// with the words in the slots it had three times as many lines to load.
pub struct Table {
    slots: Box<[Slot; Table::SLOTS]>,
    words: Box<[&'static str; Table::SLOTS]>,
}

/// An empty slot has no classes: every listed word has some.
#[derive(Clone, Copy)]
struct Slot {
    key: u32,
    classes: u32,
}

impl Table {
    /// 1,024 slots for about 300 words.
    const BITS: u32 = 10;
    const SLOTS: usize = 1 << Self::BITS;

    fn key(word: &str) -> u32 {
        let bytes = word.as_bytes();
        let n = bytes.len();
        if n == 0 {
            return 0;
        }
        (n as u32 & 0xff) | u32::from(bytes[0]) << 8 | u32::from(bytes[n / 2]) << 16 | u32::from(bytes[n - 1]) << 24
    }

    fn slot(key: u32) -> usize {
        (u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::BITS)) as usize
    }

    fn add(&mut self, word: &'static str, classes: u32) {
        let key = Self::key(word);
        let mut i = Self::slot(key);
        while self.slots[i].classes != 0 && self.words[i] != word {
            i = (i + 1) % Self::SLOTS;
        }
        self.slots[i].key = key;
        self.slots[i].classes |= classes;
        self.words[i] = word;
    }

    #[inline]
    fn get(&self, word: &str) -> u32 {
        let key = Self::key(word);
        let mut i = Self::slot(key);
        loop {
            let slot = self.slots[i];
            if slot.classes == 0 {
                return 0;
            }
            if slot.key == key && (word.len() <= 3 || self.words[i].bytes().eq(word.bytes())) {
                return slot.classes;
            }
            i = (i + 1) % Self::SLOTS;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_have_their_classes() {
        assert_eq!(TABLE.get("the") & (class::FILLER | class::OBJECT_MODIFIER), class::FILLER | class::OBJECT_MODIFIER);
        assert_ne!(TABLE.get("unless") & class::CONDITION, 0);
        assert_eq!(TABLE.get("aleppo"), 0);
        assert_eq!(TABLE.get(""), 0);
        assert_eq!(TABLE.get("wednesday") & (class::TIME | class::BETWEEN), class::TIME | class::BETWEEN);
    }

    #[test]
    fn punctuation_is_read_from_the_token() {
        let seg = crate::text::segment("Iran, unless “Iraq” agrees; done.");
        let classes: Vec<u32> =
            (0..seg.tokens.len()).map(|i| table().classes_of(seg.tokens[i].kind, seg.lower(i))).collect();
        assert_eq!(classes[1], class::COMMA);
        assert_eq!(classes[2], class::CONDITION | class::WORD);
        assert_eq!(classes[3], class::QUOTE);
        assert_eq!(classes[7], class::SEMICOLON);
        assert_eq!(classes[9], class::PERIOD);
    }
}
