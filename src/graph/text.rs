//! Shared strings. A corpus graph names the same few things over and over:
//! a document id in every set of every actor it mentions and in every
//! sighting and quotation it gave, the same evidence sentence for several
//! relations and quotations (and, in syndicated wire copy, in several
//! documents), the same labels and CAMEO codes. Each is kept once, in the
//! graph's [`Strings`], and everywhere else as a [`Text`]: a counted
//! pointer to it, 8 bytes instead of a 24-byte `String` and its own copy
//! (an `Arc<str>` would take 16: its pointer carries the length; arcstr's
//! keeps the length with the characters).
//!
//! A `Text` compares, orders, hashes and serializes as its characters, so
//! sets of them sort as sets of `String`s did and the graph file is the
//! same.

use arcstr::ArcStr;
use rustc_hash::FxHashSet;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// An immutable string, cheap to clone: clones share the characters.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(ArcStr);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::from("")
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Sets and maps of `Text` are looked up with a `&str`.
impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text(ArcStr::from(text))
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(ArcStr::from(text))
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text::from(text.as_str())
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// One copy of each string a graph holds. Only ever grows: a graph only
/// ever grows too, and a string that is no longer used costs its one copy.
#[derive(Debug, Clone, Default)]
pub struct Strings(FxHashSet<Text>);

impl Strings {
    /// The kept copy of `text`; `text` itself becomes the kept copy when
    /// there is none yet.
    pub fn share(&mut self, text: &Text) -> Text {
        if let Some(kept) = self.0.get(text.as_str()) {
            return kept.clone();
        }
        self.0.insert(text.clone());
        text.clone()
    }

    pub fn share_option(&mut self, text: &Option<Text>) -> Option<Text> {
        text.as_ref().map(|t| self.share(t))
    }
}

#[cfg(test)]
impl Text {
    /// Whether both point to one copy of their characters.
    pub(crate) fn is_same_copy(&self, other: &Text) -> bool {
        ArcStr::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_are_kept_once_and_compare_as_strings() {
        let mut strings = Strings::default();
        let first = strings.share(&Text::from("Kerry warned Lavrov."));
        let again = strings.share(&Text::from(String::from("Kerry warned Lavrov.")));
        assert!(first.is_same_copy(&again));
        assert!(!first.is_same_copy(&strings.share(&Text::from("Lavrov replied."))));
        let mut sorted = vec![Text::from("b"), Text::from("a")];
        sorted.sort();
        assert_eq!(sorted, ["a", "b"]);
        assert_eq!(serde_json::to_string(&first).unwrap(), r#""Kerry warned Lavrov.""#);
    }
}
