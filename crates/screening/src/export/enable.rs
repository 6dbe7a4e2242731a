//! A question's condition in FHIR's terms: plain `enableWhen` tests where
//! their meaning is the condition's, and otherwise a FHIRPath expression
//! (for the SDC `enableWhenExpression` extension).
//!
//! FHIR gives `=` "at least one answer equals", `!=` "no answer equals"
//! (true with no answer), and the numeric operators compare a number
//! given; that is `Said`, `Not(Said)`, `AtLeast` and `AtMost`. Tests join
//! by "all" or by "any", not both, so a condition made of other shapes
//! becomes an expression. Before that, a part of an `All` that another
//! part implies is dropped: an item disabled in FHIR has no answer, so
//! `Said(pregnant, yes)` already says the person is an adult when
//! `pregnant` is asked of adults only.

use super::UNKNOWN_SUFFIX;
use crate::questions::{question, Cond, Kind, Opt, QuestionId};

/// How an item is enabled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Enable {
    /// Always asked.
    Always,
    /// `enableWhen` tests, with `enableBehavior` "any" when `any`, else "all".
    When { any: bool, tests: Vec<Test> },
    /// A FHIRPath expression over the response (`%resource`).
    Expression(String),
}

/// One `enableWhen` test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Test {
    /// The link id of the item tested (a number's companion for its "unknown").
    pub question: String,
    /// `=`, `!=`, `<=`, `>=` or `exists`.
    pub operator: &'static str,
    pub answer: Value,
}

/// The answer an `enableWhen` test compares with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A code of the answer code system (`answerCoding`).
    Code(&'static str),
    Integer(u16),
    Boolean(bool),
}

/// The link id that holds an option of `q`: the companion's for a number
/// question's "unknown", else the question's own.
fn link_id(q: QuestionId) -> String {
    match question(q).kind {
        Kind::Number { .. } => [q.key(), UNKNOWN_SUFFIX].concat(),
        _ => q.key().to_string(),
    }
}

/// Whether `c` holding means `x` holds, as far as this simple reading
/// sees: an answer to a question means the question was asked.
fn implies(c: &Cond, x: &Cond) -> bool {
    if c == x {
        return true;
    }
    match *c {
        Cond::Said(q, _) | Cond::AtMost(q, _) | Cond::AtLeast(q, _) => {
            question(q).asked_when.is_some_and(|a| implies(&a, x))
        }
        Cond::All(cs) => cs.iter().any(|c| implies(c, x)),
        Cond::Any(cs) => !cs.is_empty() && cs.iter().all(|c| implies(c, x)),
        Cond::Not(_) => false,
    }
}

/// The parts of a condition that must all hold, with those another part
/// implies left out.
fn conjuncts(cond: &Cond) -> Vec<Cond> {
    fn flatten(c: &Cond, out: &mut Vec<Cond>) {
        match *c {
            Cond::All(cs) => cs.iter().for_each(|c| flatten(c, out)),
            other => out.push(other),
        }
    }
    let mut all = Vec::new();
    flatten(cond, &mut all);
    let mut kept: Vec<Cond> = Vec::new();
    for (i, c) in all.iter().enumerate() {
        let implied = all
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other != c && implies(other, c));
        if !implied && !kept.contains(c) {
            kept.push(*c);
        }
    }
    kept
}

/// A condition that one `enableWhen` test expresses.
fn test(c: &Cond) -> Option<Test> {
    let (q, operator, answer) = match *c {
        Cond::Said(q, o) => (link_id(q), "=", Value::Code(o.key())),
        Cond::Not(Cond::Said(q, o)) => (link_id(*q), "!=", Value::Code(o.key())),
        Cond::AtMost(q, n) => (q.key().to_string(), "<=", Value::Integer(n)),
        Cond::AtLeast(q, n) => (q.key().to_string(), ">=", Value::Integer(n)),
        _ => return None,
    };
    Some(Test {
        question: q,
        operator,
        answer,
    })
}

/// How an item asked when `cond` holds is enabled.
pub fn enable(cond: Option<&Cond>) -> Enable {
    let Some(cond) = cond else {
        return Enable::Always;
    };
    let parts = conjuncts(cond);
    if let [Cond::Any(cs)] = parts.as_slice() {
        if let Some(tests) = cs.iter().map(test).collect::<Option<Vec<_>>>() {
            return Enable::When { any: true, tests };
        }
    }
    match parts.iter().map(test).collect::<Option<Vec<_>>>() {
        Some(tests) if !tests.is_empty() => Enable::When { any: false, tests },
        _ => Enable::Expression(fhirpath(cond)),
    }
}

/// How the "unknown" companion of the number question `q` is enabled:
/// when `q` is asked and has no number.
pub fn enable_unknown(q: QuestionId) -> Enable {
    let no_number = Test {
        question: q.key().to_string(),
        operator: "exists",
        answer: Value::Boolean(false),
    };
    let asked_when = question(q).asked_when;
    match enable(asked_when.as_ref()) {
        Enable::Always => Enable::When {
            any: false,
            tests: vec![no_number],
        },
        Enable::When { any, mut tests } if !any || tests.len() == 1 => {
            tests.push(no_number);
            Enable::When { any: false, tests }
        }
        _ => Enable::Expression(
            [
                &*asked_when.map(|c| fhirpath(&c)).unwrap_or_default(),
                " and ",
                &answers(q.key()),
                ".exists().not()",
            ]
            .concat(),
        ),
    }
}

/// Whether the item `link_id` has a number answer `op` `n`, in FHIRPath.
fn compare(link_id: &str, op: &str, n: u16) -> String {
    [
        &*answers(link_id),
        ".where($this ",
        op,
        " ",
        &n.to_string(),
        ").exists()",
    ]
    .concat()
}

/// The answers of the item `link_id` in the response, in FHIRPath.
fn answers(link_id: &str) -> String {
    [
        "%resource.repeat(item).where(linkId='",
        link_id,
        "').answer.value",
    ]
    .concat()
}

/// A condition as a FHIRPath expression over the response that is true or
/// false, never empty: each test asks whether a matching answer exists.
pub fn fhirpath(cond: &Cond) -> String {
    let join = |cs: &[Cond], op: &str| {
        let parts: Vec<String> = cs.iter().map(fhirpath).collect();
        ["(", &parts.join(op), ")"].concat()
    };
    match *cond {
        Cond::Said(q, o) => said(q, o),
        Cond::AtMost(q, n) => compare(q.key(), "<=", n),
        Cond::AtLeast(q, n) => compare(q.key(), ">=", n),
        Cond::Any(cs) => join(cs, " or "),
        Cond::All(cs) => join(cs, " and "),
        Cond::Not(c) => ["(", &fhirpath(c), ").not()"].concat(),
    }
}

fn said(q: QuestionId, o: Opt) -> String {
    [
        &*answers(&link_id(q)),
        ".where(code='",
        o.key(),
        "').exists()",
    ]
    .concat()
}
