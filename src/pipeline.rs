//! One document through every extraction stage.

use crate::clean;
use crate::document::{CleanDocument, RawDocument};
use crate::extraction::Extraction;
use crate::lexicon::Lexicon;

/// Clean a raw document and extract from it.
pub fn extract_raw(raw: &RawDocument, lexicon: &Lexicon) -> Extraction {
    extract(&clean::clean(raw), lexicon)
}

/// Every stage after cleaning, for one document.
pub fn extract(doc: &CleanDocument, lexicon: &Lexicon) -> Extraction {
    let _ = lexicon;
    Extraction {
        id: doc.id.clone(),
        meta: doc.meta.clone(),
        actors: Vec::new(),
        relations: Vec::new(),
        quotes: Vec::new(),
    }
}
