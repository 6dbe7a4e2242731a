//! Emergency and crisis numbers by region.
//!
//! Numbers differ by country, so the widget never shows one country's
//! number as if it were everyone's: a host names its region (`data-region`),
//! and without one the texts say "your local emergency number" and name no
//! crisis line. Numbers and the names of services are proper names, shown
//! as written in every language.

keyed_ids! {
    /// A region a host can name, by its lower-case code.
    Region {
        Uk = "uk",
        Ie = "ie",
        Us = "us",
        Ca = "ca",
        Au = "au",
        Es = "es",
        Mx = "mx",
        Ar = "ar",
        Co = "co",
        Eu = "eu",
    }
}

impl Region {
    /// The region for a setting's value: its code in any case, or `gb` for
    /// the United Kingdom.
    pub fn parse(value: &str) -> Option<Region> {
        let code = value.trim().to_ascii_lowercase();
        match code.as_str() {
            "gb" => Some(Region::Uk),
            _ => Region::from_key(&code),
        }
    }

    /// The emergency numbers, in the order to try them.
    pub const fn emergency(self) -> &'static [&'static str] {
        match self {
            Region::Uk => &["999"],
            Region::Ie => &["112", "999"],
            Region::Us | Region::Ca | Region::Mx => &["911"],
            Region::Au => &["000"],
            Region::Es | Region::Eu => &["112"],
            Region::Ar => &["107", "911"],
            Region::Co => &["123"],
        }
    }

    /// A crisis line for thoughts of suicide or self-harm, as (name,
    /// number), where the region has one that serves everyone who may see it.
    pub const fn crisis_line(self) -> Option<(&'static str, &'static str)> {
        match self {
            Region::Uk | Region::Ie => Some(("Samaritans", "116 123")),
            Region::Us => Some(("988 Suicide & Crisis Lifeline", "988")),
            Region::Ca => Some(("9-8-8 Suicide Crisis Helpline", "988")),
            Region::Au => Some(("Lifeline", "13 11 14")),
            Region::Es => Some(("L\u{ed}nea 024", "024")),
            Region::Mx => Some(("L\u{ed}nea de la Vida", "800 911 2000")),
            Region::Ar => Some(("Centro de Asistencia al Suicida (Buenos Aires)", "135")),
            Region::Co => Some(("L\u{ed}nea 106 (Bogot\u{e1})", "106")),
            // No one line serves the whole EU.
            Region::Eu => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_read_by_code_in_any_case() {
        assert_eq!(Region::parse("UK"), Some(Region::Uk));
        assert_eq!(Region::parse(" gb "), Some(Region::Uk));
        assert_eq!(Region::parse("mx"), Some(Region::Mx));
        assert_eq!(Region::parse("fr"), None);
        assert_eq!(Region::parse(""), None);
        assert_eq!(Region::parse("u\u{130}"), None);
    }

    #[test]
    fn every_region_has_an_emergency_number() {
        for r in Region::ALL {
            assert!(!r.emergency().is_empty(), "{r:?}");
            for n in r.emergency() {
                assert!(n.bytes().all(|b| b.is_ascii_digit()), "{r:?} {n}");
            }
        }
    }

    #[test]
    fn the_reference_numbers_are_the_ones_shown() {
        assert_eq!(Region::Uk.emergency(), &["999"]);
        assert_eq!(Region::Us.crisis_line().map(|c| c.1), Some("988"));
        assert_eq!(Region::Au.emergency(), &["000"]);
        assert_eq!(Region::Au.crisis_line().map(|c| c.1), Some("13 11 14"));
        assert_eq!(Region::Es.crisis_line().map(|c| c.1), Some("024"));
        assert_eq!(Region::Mx.crisis_line().map(|c| c.1), Some("800 911 2000"));
        assert_eq!(Region::Eu.crisis_line(), None);
    }
}
