//! Quotations: spans, speakers, addressees and what they are about.

use chrono::NaiveDate;

use crate::extraction::Quote;
use crate::relations::Context;
use crate::text::Segmentation;

#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    pub speaker: Option<usize>,
    pub addressee: Option<usize>,
    pub about: Vec<usize>,
    /// Byte span of the quoted words (without the marks).
    pub span: (usize, usize),
    pub verb: Option<String>,
    pub relayed_by: Option<usize>,
    pub speaker_description: Option<String>,
}

impl FoundQuote {
    pub fn to_output(&self, id_of: &dyn Fn(usize) -> String, text: &str, seg: &Segmentation, date: Option<NaiveDate>) -> Quote {
        let s = seg.sentence_at(self.span.0);
        let evidence = seg.sentences.get(s).map(|x| text[x.start..x.end].to_string()).unwrap_or_default();
        Quote {
            speaker: self.speaker.map(id_of),
            addressee: self.addressee.map(id_of),
            text: text[self.span.0..self.span.1].to_string(),
            about: self.about.iter().map(|&a| id_of(a)).collect(),
            verb: self.verb.clone(),
            relayed_by: self.relayed_by.map(id_of),
            speaker_description: self.speaker_description.clone(),
            date,
            provenance: crate::extraction::Provenance { sentence: s, span: [self.span.0, self.span.1], evidence },
        }
    }
}

pub fn find_quotes(_ctx: &Context) -> Vec<FoundQuote> {
    Vec::new()
}
