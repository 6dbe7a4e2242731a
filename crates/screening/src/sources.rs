//! The published sources the catalogues rest on, and pages a patient can
//! read. Causes and warning signs both cite them, so they are in neither
//! catalogue. Citations and page names are proper names, shown as written
//! in every language, so they are not in the locale tables.

/// A published source a cause or warning sign rests on. Citations are proper
/// names and are shown as written, in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Article,
    Irlssg2014,
    Trenkwalder2016,
    Aasm2024,
    Chen2018,
    Kolla2018,
    Weinstock2010,
    Zhuang2019,
    NhsHighland,
    NhsSelfHelp,
}

/// Pages a patient can open to read more, with their addresses. Shown as
/// text on the results page, so they can be read offline and typed in.
pub const PATIENT_PAGES: &[(&str, &str)] = &[
    (
        "NHS: Restless legs syndrome",
        "https://www.nhs.uk/conditions/restless-legs-syndrome/",
    ),
    (
        "MedlinePlus: Restless Legs",
        "https://medlineplus.gov/restlesslegs.html",
    ),
    (
        "MedlinePlus en espa\u{f1}ol: S\u{ed}ndrome de piernas inquietas",
        "https://medlineplus.gov/spanish/restlesslegs.html",
    ),
    ("Restless Legs Syndrome Foundation", "https://www.rls.org/"),
    (
        "AASM guideline for doctors (2024)",
        "https://jcsm.aasm.org/doi/10.5664/jcsm.11390",
    ),
];

impl Source {
    pub const fn citation(self) -> &'static str {
        match self {
            Source::Article => "\u{201c}Cause of Restless Leg Syndrome\u{201d}",
            Source::Irlssg2014 => {
                "Allen et al., IRLSSG diagnostic criteria, Sleep Medicine 2014;15:860-873"
            }
            Source::Trenkwalder2016 => "Trenkwalder et al., Neurology 2016;86:1336-1343",
            Source::Aasm2024 => {
                "Winkelman et al., AASM guideline, J Clin Sleep Med 2024 (doi:10.5664/jcsm.11390)"
            }
            Source::Chen2018 => "Chen et al., Sleep Medicine Reviews 2018",
            Source::Kolla2018 => "Kolla et al., Sleep Medicine Reviews 2018",
            Source::Weinstock2010 => "Weinstock et al., Digestive Diseases and Sciences 2010",
            Source::Zhuang2019 => "Zhuang et al., JAMA Network Open 2019",
            Source::NhsHighland => "NHS Highland restless legs syndrome guideline",
            Source::NhsSelfHelp => "NHS self-help advice for restless legs",
        }
    }
}
