//! links: the one allow-list for every URL Signpost shows or opens.
//!
//! The widget runs inside other people's pages with content it did not write,
//! so a link is accepted only when it is `https:` (or `http:` on a loopback
//! host, for local development), `mailto:` or `tel:`. Everything else
//! (`javascript:`, `data:`, protocol-relative `//evil`, relative paths that a
//! host page's `<base>` could redirect) is refused with a reason.

use std::fmt;

/// The kinds of link the widget may render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Web,
    Mail,
    Phone,
}

/// Why a link was refused; `Display` says what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    HasControlOrSpace,
    NoScheme,
    SchemeNotAllowed(String),
    InsecureHttp,
    NoHost,
    Malformed(&'static str),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "is empty"),
            LinkError::HasControlOrSpace => {
                write!(f, "contains spaces or control characters")
            }
            LinkError::NoScheme => write!(
                f,
                "is not an absolute URL (expected https:, mailto: or tel:)"
            ),
            LinkError::SchemeNotAllowed(s) => write!(
                f,
                "uses the scheme \"{s}:\", which is not allowed (expected https:, mailto: or tel:)"
            ),
            LinkError::InsecureHttp => write!(
                f,
                "uses http:, which is only allowed on localhost (expected https:)"
            ),
            LinkError::NoHost => write!(f, "has no host name"),
            LinkError::Malformed(what) => write!(f, "is malformed: {what}"),
        }
    }
}

/// Checks `url` against the allow-list and says what kind of link it is.
pub fn check(url: &str) -> Result<LinkKind, LinkError> {
    if url.is_empty() {
        return Err(LinkError::Empty);
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(LinkError::HasControlOrSpace);
    }
    let Some(colon) = url.find(':') else {
        return Err(LinkError::NoScheme);
    };
    let scheme = &url[..colon];
    let valid_scheme = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // "/path:x" or "//host:443" reach here with a slash before the colon.
    if !valid_scheme {
        return Err(LinkError::NoScheme);
    }
    let rest = &url[colon + 1..];
    match scheme.to_ascii_lowercase().as_str() {
        "https" => web_host(rest).map(|_| LinkKind::Web),
        "http" => {
            let host = web_host(rest)?;
            if is_loopback(host) {
                Ok(LinkKind::Web)
            } else {
                Err(LinkError::InsecureHttp)
            }
        }
        "mailto" => {
            let addr = rest.split('?').next().unwrap_or("");
            if addr.contains('@') {
                Ok(LinkKind::Mail)
            } else {
                Err(LinkError::Malformed("a mailto: link needs an address with @"))
            }
        }
        "tel" => {
            let digits = rest.chars().filter(|c| c.is_ascii_digit()).count();
            if digits >= 3
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')'))
            {
                Ok(LinkKind::Phone)
            } else {
                Err(LinkError::Malformed("a tel: link needs a phone number"))
            }
        }
        other => Err(LinkError::SchemeNotAllowed(other.to_string())),
    }
}

/// A path to a document the widget fetches, relative to the document that
/// names it, such as `faq/zh-CN.json` in a config: no scheme, not
/// protocol-relative (`//host`), no backslash (which browsers read as a
/// slash). The browser glue resolves it against the config's own URL, so a
/// page's `<base>` cannot redirect it.
pub fn is_relative_path(url: &str) -> bool {
    // `check` refuses an empty URL and spaces or control characters first.
    !url.starts_with("//") && !url.contains('\\') && matches!(check(url), Err(LinkError::NoScheme))
}

/// The host of an `https:`/`http:` URL's remainder (after the scheme's colon).
fn web_host(rest: &str) -> Result<&str, LinkError> {
    let Some(after) = rest.strip_prefix("//") else {
        return Err(LinkError::Malformed("expected // after the scheme"));
    };
    let authority = after
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    if authority.contains('\\') || after.starts_with('/') {
        return Err(LinkError::Malformed("unexpected slash in the host"));
    }
    // Credentials in a URL are a classic disguise (https://bank.com@evil.example).
    if authority.contains('@') {
        return Err(LinkError::Malformed("user names or passwords are not allowed in a link"));
    }
    let host = host_of_authority(authority)?;
    if host.is_empty() {
        return Err(LinkError::NoHost);
    }
    Ok(host)
}

/// The host of `host[:port]`, checked as browsers would before trusting it:
/// a name without characters no host may have, or a bracketed IPv6 address,
/// then nothing or a port number.
fn host_of_authority(authority: &str) -> Result<&str, LinkError> {
    let (host, port) = if authority.starts_with('[') {
        // IPv6 literal: keep the brackets. No closing bracket: no host.
        let Some(end) = authority.find(']') else { return Ok("") };
        let inside = &authority[1..end];
        if !inside.contains(':') || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') {
            return Err(LinkError::Malformed("the host is not an IPv6 address"));
        }
        (&authority[..=end], &authority[end + 1..])
    } else {
        let end = authority.find(':').unwrap_or(authority.len());
        let host = &authority[..end];
        // Characters the URL standard forbids in a host name.
        if host.contains(['<', '>', '^', '|', '[', ']', '%', '"', '`', '{', '}']) {
            return Err(LinkError::Malformed("the host name has characters no host name may have"));
        }
        (host, &authority[end..])
    };
    match port.strip_prefix(':') {
        None if port.is_empty() => Ok(host),
        Some(p) if p.is_empty() || (p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u32>().is_ok_and(|n| n <= 65_535)) => Ok(host),
        _ => Err(LinkError::Malformed("the port is not a number from 0 to 65535")),
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "localhost" || host == "[::1]" || is_ipv4_loopback(&host) || host.ends_with(".localhost")
}

/// 127.x.y.z written as an IPv4 address (browsers also read 127.1 and
/// 127.0.1 so): only digits between the dots. "127.0.0.1.evil.example" is a
/// public name that merely starts like one.
fn is_ipv4_loopback(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    (2..=4).contains(&parts.len())
        && parts[0] == "127"
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Normalises an origin (`scheme://host[:port]`, no path) for comparison:
/// lower-case scheme and host, default port dropped. `None` if it is not one.
pub fn normalise_origin(origin: &str) -> Option<String> {
    let (scheme, rest) = origin.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.is_empty()
        || authority.contains(['/', '?', '#', '@', '\\'])
        || authority.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let authority = authority.to_ascii_lowercase();
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
    if host_of_authority(authority).ok()?.is_empty() {
        return None;
    }
    Some(format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_allowed_schemes() {
        let table = [
            ("https://help.example.com/faq?x=1#a", LinkKind::Web),
            ("HTTPS://EXAMPLE.COM", LinkKind::Web),
            ("http://localhost:8080/x", LinkKind::Web),
            ("http://127.0.0.1:3000", LinkKind::Web),
            ("http://127.1:3000/", LinkKind::Web),
            ("http://dev.localhost/", LinkKind::Web),
            ("mailto:support@example.com?subject=Hi", LinkKind::Mail),
            ("tel:+12025550123", LinkKind::Phone),
            ("https://[::1]:8443/", LinkKind::Web),
            ("https://[2001:db8::1]/", LinkKind::Web),
            ("https://例え.jp:8443/x", LinkKind::Web),
            ("https://help.example.com:/", LinkKind::Web),
        ];
        for (url, kind) in table {
            assert_eq!(check(url), Ok(kind), "{url}");
        }
    }

    #[test]
    fn relative_paths_are_paths_only() {
        for url in ["faq/zh-CN.json", "/help/faq/de.json", "../faq/ja.json?v=2", "faq/a:b.json", "./es.json#x"] {
            assert!(is_relative_path(url), "{url}");
        }
        let refused = [
            "", "//evil.example/faq.json", "\\\\evil.example/faq.json", "/\\evil.example/x", "faq/zh CN.json",
            "faq/\nde.json", "https://help.example.com/faq.json", "javascript:alert(1)", "data:,{}", "mailto:a@b.c",
        ];
        for url in refused {
            assert!(!is_relative_path(url), "{url}");
        }
    }

    #[test]
    fn refuses_everything_else_with_a_reason() {
        let table = [
            ("", "is empty"),
            ("javascript:alert(1)", "uses the scheme \"javascript:\", which is not allowed (expected https:, mailto: or tel:)"),
            ("JaVaScRiPt:alert(1)", "uses the scheme \"javascript:\", which is not allowed (expected https:, mailto: or tel:)"),
            ("data:text/html,<script>", "uses the scheme \"data:\", which is not allowed (expected https:, mailto: or tel:)"),
            ("//evil.example/x", "is not an absolute URL (expected https:, mailto: or tel:)"),
            ("/help", "is not an absolute URL (expected https:, mailto: or tel:)"),
            ("http://example.com", "uses http:, which is only allowed on localhost (expected https:)"),
            ("https://", "has no host name"),
            ("https:example.com", "is malformed: expected // after the scheme"),
            ("https://bank.example@evil.example/", "is malformed: user names or passwords are not allowed in a link"),
            ("https://a b", "contains spaces or control characters"),
            ("java\tscript:alert(1)", "contains spaces or control characters"),
            ("mailto:nobody", "is malformed: a mailto: link needs an address with @"),
            ("tel:call-me", "is malformed: a tel: link needs a phone number"),
            ("https:///evil", "is malformed: unexpected slash in the host"),
            ("http://127.0.0.1.evil.example/", "uses http:, which is only allowed on localhost (expected https:)"),
            ("http://127.evil.example:8080/x", "uses http:, which is only allowed on localhost (expected https:)"),
            ("http://127./", "uses http:, which is only allowed on localhost (expected https:)"),
            ("http://localhost.evil.example/", "uses http:, which is only allowed on localhost (expected https:)"),
            ("https://[]/", "is malformed: the host is not an IPv6 address"),
            ("http://[::1]evil.example/", "is malformed: the port is not a number from 0 to 65535"),
            ("https://[x::1]/", "is malformed: the host is not an IPv6 address"),
            ("https://exa<mple.example/", "is malformed: the host name has characters no host name may have"),
            ("https://example.com:80x/", "is malformed: the port is not a number from 0 to 65535"),
            ("https://example.com:99999/", "is malformed: the port is not a number from 0 to 65535"),
        ];
        for (url, message) in table {
            let err = check(url).expect_err(url);
            assert_eq!(err.to_string(), message, "{url}");
        }
    }

    #[test]
    fn origins_normalise() {
        assert_eq!(normalise_origin("https://Example.COM:443/").as_deref(), Some("https://example.com"));
        assert_eq!(normalise_origin("http://127.0.0.1:8080").as_deref(), Some("http://127.0.0.1:8080"));
        assert_eq!(normalise_origin("https://example.com/path"), None);
        assert_eq!(normalise_origin("ftp://example.com"), None);
        assert_eq!(normalise_origin("example.com"), None);
    }

    proptest::proptest! {
        #[test]
        fn check_never_panics_and_never_allows_script(s in "\\PC*") {
            if let Ok(_) = check(&s) {
                let lower = s.to_ascii_lowercase();
                proptest::prop_assert!(
                    lower.starts_with("https://") || lower.starts_with("http://")
                        || lower.starts_with("mailto:") || lower.starts_with("tel:")
                );
            }
        }
    }
}
