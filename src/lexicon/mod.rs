//! stage lexicon
pub struct Lexicon;
