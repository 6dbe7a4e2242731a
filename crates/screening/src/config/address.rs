//! Addresses from configuration, read strictly: the page share links point
//! to, origins, and the query string the settings arrive in.

/// An absolute URL's scheme and authority, split at the first `/`, `?`
/// or `#` after `://`, for URLs that passed `share_base` or `origin`.
fn split_authority(url: &str) -> Option<(&str, &str, &str)> {
    // A `char` search: a `&str` pattern would bring the substring searcher
    // into the wasm module for this one use.
    let colon = url.find(':')?;
    let (scheme, rest) = (&url[..colon], url[colon + 1..].strip_prefix("//")?);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some((scheme, &rest[..end], &rest[end..]))
}

/// Whether `scheme://authority` may carry answers: `https:`, or `http:` to
/// this machine alone (localhost, 127.0.0.1, [::1]) for local testing; and
/// never with user information (`https://trusted.example@evil.example/`).
fn safe_authority(scheme: &str, authority: &str) -> bool {
    let host = authority
        .rsplit_once(':')
        .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()) && !authority.ends_with(']'))
        .map_or(authority, |(host, _)| host);
    !authority.is_empty()
        && authority
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        && match scheme {
            "https" => true,
            "http" => matches!(host, "localhost" | "127.0.0.1" | "[::1]"),
            _ => false,
        }
}

/// The page a share base names, as an origin and a path: `https:` (or
/// `http:` on this machine), no user information, made only of characters
/// URLs allow. The query and fragment are dropped, so campaign or
/// subscriber ids in the article's address never reach a link. Anything
/// else (`javascript:`, relative paths, quotes, angle brackets) is refused.
pub fn share_base(value: &str) -> Option<String> {
    let value = value.trim();
    if value.len() > 2000 {
        return None;
    }
    let (scheme, authority, rest) = split_authority(value)?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = authority.to_ascii_lowercase();
    if !safe_authority(&scheme, &authority) {
        return None;
    }
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    let path = if path.is_empty() { "/" } else { path };
    // Byte by byte: any byte of a character beyond ASCII is refused.
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b"-._~:/[]@!$&'()*+,;=%".contains(&b);
    path.bytes()
        .all(allowed)
        .then(|| format!("{scheme}://{authority}{path}"))
}

/// An origin such as `https://www.health.example` or
/// `http://localhost:8080`, under the same rules as a share base's.
pub fn origin(value: &str) -> Option<String> {
    let (scheme, authority, rest) = split_authority(value.trim())?;
    let (scheme, authority) = (scheme.to_ascii_lowercase(), authority.to_ascii_lowercase());
    (matches!(rest, "" | "/") && safe_authority(&scheme, &authority))
        .then(|| format!("{scheme}://{authority}"))
}

/// The origin of a URL that `share_base` accepted.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, authority, _) = split_authority(url)?;
    Some(format!("{scheme}://{authority}"))
}

/// Whether share links may point to `base` on a page whose origin is
/// `embedding`: only the embedding page's own origin, or one the host listed.
pub fn share_base_allowed(base: &str, embedding: &str, listed: &[String]) -> bool {
    origin_of(base).is_some_and(|o| o == embedding || listed.contains(&o))
}

/// Reads a query string such as `?embed=1&accent=%23005ea5` into pairs,
/// decoding `%XX` and `+`. Malformed escapes are kept as written, which
/// then fail validation like any other bad value.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (hex_value(bytes.get(i + 1)), hex_value(bytes.get(i + 2))) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: Option<&u8>) -> Option<u8> {
    char::from(*b?)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_bases_keep_only_the_origin_and_the_path() {
        for (given, kept) in [
            (
                "https://www.health.example/rls?utm_source=mail&mc_eid=SUBSCRIBER123#top",
                "https://www.health.example/rls",
            ),
            ("HTTPS://Health.Example", "https://health.example/"),
            (
                "https://health.example:8443/a/b",
                "https://health.example:8443/a/b",
            ),
            ("http://localhost:8080/p?x=1", "http://localhost:8080/p"),
            ("http://127.0.0.1:9/", "http://127.0.0.1:9/"),
            ("http://[::1]:9/x", "http://[::1]:9/x"),
        ] {
            assert_eq!(share_base(given).as_deref(), Some(kept), "{given}");
        }
        for refused in [
            "http://localhost.evil.example/",
            "http://127.0.0.1.evil.example/",
            "https://health.example%2f@evil.example/",
        ] {
            assert_eq!(share_base(refused), None, "{refused}");
        }
    }

    #[test]
    fn a_share_base_must_share_the_embedding_page_s_origin_or_be_listed() {
        let base = "https://www.health.example/rls";
        assert!(share_base_allowed(base, "https://www.health.example", &[]));
        assert!(!share_base_allowed(base, "https://health.example", &[]));
        assert!(!share_base_allowed(
            base,
            "https://www.health.example:444",
            &[]
        ));
        let listed = ["https://www.health.example".to_string()];
        assert!(share_base_allowed(base, "https://health.example", &listed));
        assert!(!share_base_allowed(
            "https://evil.example/",
            "https://health.example",
            &listed
        ));
    }

    #[test]
    fn query_strings_are_decoded() {
        let pairs = query_pairs(
            "?embed=1&accent=%23005ea5&share-base=https%3A%2F%2Fa.example%2Fp&bad=%zz&x",
        );
        assert_eq!(
            pairs,
            vec![
                ("embed".to_string(), "1".to_string()),
                ("accent".to_string(), "#005ea5".to_string()),
                ("share-base".to_string(), "https://a.example/p".to_string()),
                ("bad".to_string(), "%zz".to_string()),
                ("x".to_string(), String::new()),
            ]
        );
        assert_eq!(query_pairs("%"), vec![("%".to_string(), String::new())]);
        assert_eq!(
            query_pairs("a=%4"),
            vec![("a".to_string(), "%4".to_string())]
        );
        assert_eq!(
            query_pairs("a=%\u{e9}"),
            vec![("a".to_string(), "%\u{e9}".to_string())]
        );
    }
}
