//! The bytes that end a run of plain text in a JSON string: a quotation
//! mark, a backslash or a control character. The JSON Lines reader looks
//! for them to unescape a record's strings (`ingest::record`), the JSON
//! writer to tell that a string needs escapes (`extraction`); both test
//! eight bytes at once with [`specials`].

/// Whether `b` ends a run of plain text in a JSON string.
pub(crate) fn is_special(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The high bit of each byte of `word` (eight bytes of text, the first in
/// the low byte) that [`is_special`], exact up to the first such byte: a
/// byte after it may be set too, so the lowest bit set marks the first,
/// and the word has one exactly when the result is not zero.
/// `(v - n * ONES) & !v & HIGH` sets the high bit of each byte under n, and
/// of no byte before the first such one (a borrow only runs upwards), and a
/// byte of `v ^ (x * ONES)` is zero where `v` holds x.
#[inline]
pub(crate) fn specials(word: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    let under = |v: u64, n: u64| v.wrapping_sub(n * ONES) & !v & HIGH;
    let holds = |byte: u8| under(word ^ (u64::from(byte) * ONES), 1);
    under(word, 0x20) | holds(b'"') | holds(b'\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_at_every_place_of_a_word() {
        // Bytes next to the special ones, and the bytes of UTF-8 sequences.
        let fillers = [b'a', b' ', b'!', b'#', b'[', b']', 0x7f, 0x80, 0xc3, 0xff];
        for filler in fillers {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut word = [filler; 8];
                    word[at] = b;
                    let found = specials(u64::from_le_bytes(word));
                    let expected = word.iter().position(|&x| is_special(x));
                    assert_eq!(found != 0, expected.is_some(), "{word:?}");
                    assert_eq!((found != 0).then(|| found.trailing_zeros() as usize / 8), expected, "{word:?}");
                }
            }
        }
    }
}
