//! A small JSON and XHTML writer for the saved file: strings escaped as
//! JSON requires, narrative text escaped as XHTML requires. Hand-written,
//! since a serialisation crate would cost the wasm module more than the
//! file it writes.

/// JSON text being written. Keys and punctuation go in as they are
/// (`raw`); every value from the catalogue or a locale goes through `str`.
#[derive(Debug, Default)]
pub(crate) struct Json(pub(crate) String);

impl Json {
    /// Text written as it is: punctuation, keys, numbers.
    pub(crate) fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// A JSON string: quotes, backslashes and control characters escaped;
    /// everything else, non-ASCII included, as it is (JSON is UTF-8).
    pub(crate) fn str(&mut self, s: &str) -> &mut Self {
        let out = &mut self.0;
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if c < ' ' => {
                    let hex = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(char::from(hex[(c as usize) >> 4]));
                    out.push(char::from(hex[(c as usize) & 15]));
                }
                c => out.push(c),
            }
        }
        out.push('"');
        self
    }
}

/// Appends `s` to XHTML text with `&`, `<`, `>` and `"` escaped, and the
/// control characters XML forbids left out.
pub(crate) fn xml(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Appends `n` with at least `width` digits.
fn digits(out: &mut String, n: u64, width: usize) {
    let s = n.to_string();
    for _ in s.len()..width {
        out.push('0');
    }
    out.push_str(&s);
}

/// A FHIR `dateTime` for a time in milliseconds since 1970 (UTC) in a zone
/// `offset` minutes behind UTC (JavaScript's `getTimezoneOffset`):
/// `2026-11-30T09:05:00+01:00`. The local date comes first, for the
/// file's name.
pub(crate) fn date_time(ms: u64, offset: i32) -> String {
    let local = (ms / 1000).saturating_add_signed(-i64::from(offset) * 60);
    let (days, secs) = (local / 86_400, local % 86_400);
    // Days to a civil date (Howard Hinnant's algorithm), for dates after 1970.
    let z = days + 719_468;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    let mut out = String::with_capacity(25);
    for (n, width, after) in [
        (year, 4, "-"),
        (month, 2, "-"),
        (day, 2, "T"),
        (secs / 3600, 2, ":"),
        (secs / 60 % 60, 2, ":"),
        (secs % 60, 2, ""),
    ] {
        digits(&mut out, n, width);
        out.push_str(after);
    }
    let away = u64::from(offset.unsigned_abs());
    out.push(if offset > 0 { '-' } else { '+' });
    digits(&mut out, away / 60, 2);
    out.push(':');
    digits(&mut out, away % 60, 2);
    out
}
