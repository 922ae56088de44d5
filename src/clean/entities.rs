//! The first, character-level pass: line endings to `\n`, HTML entities
//! decoded, HTML tags dropped (block tags become line or paragraph breaks),
//! non-breaking and odd spaces to spaces, invisible characters dropped.
//! One pass; ordinary runs of bytes are copied whole.

use super::html::{Scanner, Tag};
use super::mapped::Mapped;

/// Normalize `raw`; the result maps every byte back into `raw`. `None` if
/// nothing in `raw` changes: then no copy of it is made.
pub(crate) fn normalize(raw: &str) -> Option<Mapped> {
    let b = raw.as_bytes();
    // Made at the first change.
    let mut out: Option<Mapped> = None;
    let mut tags = Scanner::default();
    let mut run = 0; // start of the pending run of bytes copied as they are
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\r' => {
                copy_run(&mut out, raw, run, i).push_char('\n', i);
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                run = i;
            }
            b'&' => match decode_entity(&raw[i..]) {
                Some((ch, len)) => {
                    push_special(copy_run(&mut out, raw, run, i), ch, i);
                    i += len;
                    run = i;
                }
                None => i += 1,
            },
            b'<' => match tags.tag_at(raw, i) {
                Some((tag, len)) => {
                    let out = copy_run(&mut out, raw, run, i);
                    match tag {
                        Tag::LineBreak => out.push_replaced("\n", i),
                        Tag::ParagraphBreak => out.push_replaced("\n\n", i),
                        Tag::Inline => {}
                    }
                    i += len;
                    run = i;
                }
                None => i += 1,
            },
            0xC2 | 0xE2 | 0xE3 | 0xEF => {
                let ch = raw[i..].chars().next().unwrap_or('\0');
                if replacement(ch) != Some(ch) {
                    push_special(copy_run(&mut out, raw, run, i), ch, i);
                    i += ch.len_utf8();
                    run = i;
                } else {
                    i += 1;
                }
            }
            // On to the next byte that may start something to replace (or
            // another non-ASCII character: a test that takes fewer steps).
            // Tests joined by `|`, not `||` or `matches!`, run on many bytes at
            // once; and "one of three bytes" as the least of the differences
            // from them takes half the steps of three comparisons there.
            _ => {
                let special = |c: u8| ((c ^ b'\r').min(c ^ b'&').min(c ^ b'<') == 0) | (c >= 0xC2);
                i += 1 + super::find_byte(&b[i + 1..], special)
            }
        }
    }
    let mut out = out?;
    out.push_copied(&raw[run..], run);
    Some(out)
}

/// The normalized text so far, made if need be, with the run of bytes
/// `raw[run..i]` copied to it: what comes before a change at `i`.
fn copy_run<'o>(out: &'o mut Option<Mapped>, raw: &str, run: usize, i: usize) -> &'o mut Mapped {
    let out = out.get_or_insert_with(|| Mapped::with_capacity(raw.len()));
    out.push_copied(&raw[run..i], run);
    out
}

/// What a character becomes: `None` to drop it.
fn replacement(ch: char) -> Option<char> {
    match ch {
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Some(' '),
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => None,
        '\u{2028}' | '\u{2029}' => Some('\n'),
        '\r' => Some('\n'),
        other => Some(other),
    }
}

fn push_special(out: &mut Mapped, ch: char, at: usize) {
    if let Some(r) = replacement(ch) {
        out.push_char(r, at);
    }
}

/// Named entities decoded (case-sensitive, with the final `;`).
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("prime", '′'),
    ("Prime", '″'),
    ("minus", '−'),
    ("bull", '•'),
    ("middot", '·'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("sect", '§'),
    ("para", '¶'),
    ("shy", '\u{ad}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("auml", 'ä'),
    ("atilde", 'ã'),
    ("aring", 'å'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("oacute", 'ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("otilde", 'õ'),
    ("oslash", 'ø'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("szlig", 'ß'),
    ("aelig", 'æ'),
    ("yacute", 'ý'),
    ("Aacute", 'Á'),
    ("Agrave", 'À'),
    ("Acirc", 'Â'),
    ("Auml", 'Ä'),
    ("Aring", 'Å'),
    ("Eacute", 'É'),
    ("Egrave", 'È'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Ouml", 'Ö'),
    ("Oslash", 'Ø'),
    ("Uacute", 'Ú'),
    ("Uuml", 'Ü'),
    ("Ntilde", 'Ñ'),
    ("Ccedil", 'Ç'),
    ("AElig", 'Æ'),
];

/// Windows-1252 meanings of the C1 controls, as numeric references to them
/// (`&#146;`) almost always mean.
fn cp1252(n: u32) -> Option<char> {
    let c = match n {
        0x80 => '€',
        0x82 => '‚',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x8B => '‹',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x99 => '™',
        0x9B => '›',
        _ => return None,
    };
    Some(c)
}

/// The character an entity at the start of `s` (which starts with `&`)
/// stands for, and the entity's length. `&amp;` followed by another entity
/// (double-escaped text such as `&amp;#8217;`) decodes both at once.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let (ch, len) = decode_body(s.strip_prefix('&')?)?;
    if ch == '&' && len == 4 {
        if let Some((inner, inner_len)) = decode_body(&s[5..]) {
            return Some((inner, 5 + inner_len));
        }
    }
    Some((ch, 1 + len))
}

/// Decode `name;`, `#NNN;` or `#xHHH;` at the start of `s` (just after an
/// `&`); the length counts the `;`.
fn decode_body(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(11).position(|c| c == b';')?;
    let body = &s[..semi];
    if body.is_empty() {
        return None;
    }
    let ch = if let Some(num) = body.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let n = u32::from_str_radix(digits, radix).ok()?;
        match n {
            0x80..=0x9F => cp1252(n)?,
            0 => return None,
            _ => char::from_u32(n)?,
        }
    } else {
        NAMED.iter().find(|(name, _)| *name == body)?.1
    };
    Some((ch, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (raw, normalized text).
    #[test]
    fn table() {
        let rows: &[(&str, &str)] = &[
            ("Kosovo&#8217;s", "Kosovo’s"),
            ("Kosovo&#x2019;s &#X2019;", "Kosovo’s ’"),
            ("Q&amp;A &quot;x&quot; it&#39;s", "Q&A \"x\" it's"),
            ("a&nbsp;b&mdash;c&ndash;d &hellip;", "a b—c–d …"),
            ("&lsquo;&rsquo;&ldquo;&rdquo;", "‘’“”"),
            ("&#146;&#151;", "’—"),
            ("double &amp;#8217; escaped &amp;quot;", "double ’ escaped \""),
            ("AT&T & co; &unknown; &#; &#xZZ; & amp;", "AT&T & co; &unknown; &#; &#xZZ; & amp;"),
            ("a\r\nb\rc\n", "a\nb\nc\n"),
            ("non\u{a0}breaking\u{202f}and\u{200b}zero\u{feff}", "non breaking andzero"),
            ("<p>One</p><p>Two<br>three <a href=\"x\">link</a></p>", "\n\nOne\n\n\n\nTwo\nthree link\n\n"),
            ("<!-- hidden --> shown <script>var a = 1 < 2;</script>!", " shown !"),
            ("<SCRIPT>x</Script >y <script>never closed <script>z", "y never closed z"),
            ("1 < 2 and 3 > 2, <Reuters> <john@example.org>", "1 < 2 and 3 > 2, <Reuters> <john@example.org>"),
            ("&lt;p&gt; stays text", "<p> stays text"),
            ("é and &eacute;", "é and é"),
        ];
        for (raw, expected) in rows {
            let Some(m) = normalize(raw) else {
                assert_eq!(raw, expected, "{raw:?} changes");
                continue;
            };
            assert_eq!(m.text, *expected, "{raw:?}");
            assert_eq!(m.offsets.len(), m.text.len(), "{raw:?}");
            assert!(m.offsets.windows(2).all(|w| w[0] <= w[1]), "{raw:?}");
        }
    }

    #[test]
    fn entity_bytes_map_to_entity_start() {
        let m = normalize("ab&rsquo;c").unwrap();
        assert_eq!(m.text, "ab’c");
        assert_eq!(m.offsets, vec![0, 1, 2, 2, 2, 9]);
        let m = normalize("x\r\ny").unwrap();
        assert_eq!(m.offsets, vec![0, 1, 3]);
    }
}
