//! The crate's top-level modules import each other without a cycle.
//!
//! Reads the crate's own source files, starting from `src/lib.rs` and
//! following its module declarations, and builds a graph with an edge
//! `a → b` wherever the code of module `a` (any of its files) names
//! `crate::b`. Test code (`#[cfg(test)]` items and the files only they
//! declare) is left out: tests may use whatever they need. A cycle fails
//! the test with the modules on it, in order.
//!
//! Paths through the crate root's re-exports (`crate::Answer`) are refused
//! as well, since they would hide an edge.
//!
//! The reading is line-based and relies on `rustfmt`'s layout: a test
//! module's closing brace is alone on a line, at the indentation of its
//! `mod` line.

// A file of tests: a source file that cannot be read fails it.
#![allow(clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The code of a file with its test items and comment lines left out.
fn without_tests(source: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed != "#[cfg(test)]" {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        // Skip the item the attribute applies to, with any further
        // attributes before it.
        let indent = line.len() - trimmed.len();
        for item in lines.by_ref() {
            let t = item.trim();
            if t.starts_with("#[") {
                continue;
            }
            if t.ends_with('{') {
                let close = format!("{}}}", " ".repeat(indent));
                for inner in lines.by_ref() {
                    if inner.trim_end() == close {
                        break;
                    }
                }
            }
            break;
        }
    }
    out
}

/// The modules declared (not for tests only) in `code`: `mod x;`, `pub mod x;`.
fn declared_modules(code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|line| {
            let t = line.trim();
            let t = t
                .strip_prefix("pub(crate) ")
                .or_else(|| t.strip_prefix("pub "))
                .unwrap_or(t);
            t.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(|name| name.trim().to_string())
        })
        .collect()
}

/// Whether `c` can be part of an identifier.
fn ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The names that follow `crate::` in `code`: `crate::a::b` gives `a`,
/// `crate::{a, b::c}` gives `a` and `b`.
fn crate_references(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| ident_char(c) || c == '$') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of the group; nested groups are skipped.
            let mut depth = 0;
            let mut name = String::new();
            let mut taking = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        if !name.is_empty() {
                            found.push(std::mem::take(&mut name));
                        }
                        taking = true;
                    }
                    c if depth == 0 && taking && ident_char(c) => name.push(c),
                    c if depth == 0 && !c.is_whitespace() => taking = false,
                    _ => {}
                }
            }
            if !name.is_empty() {
                found.push(name);
            }
        } else {
            let name: String = rest.chars().take_while(|c| ident_char(*c)).collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

/// The file of module `name` declared in the file `parent`.
fn module_file(parent: &Path, name: &str) -> Option<PathBuf> {
    let dir = match parent.file_name().and_then(|f| f.to_str()) {
        Some("lib.rs" | "mod.rs") => parent.parent()?.to_path_buf(),
        _ => parent.with_extension(""),
    };
    [
        dir.join(format!("{name}.rs")),
        dir.join(name).join("mod.rs"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// Every file of a module, its own and its submodules', as test-free code.
fn module_code(file: &Path, out: &mut Vec<(PathBuf, String)>) {
    let source =
        fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    let code = without_tests(&source);
    for child in declared_modules(&code) {
        let path = module_file(file, &child)
            .unwrap_or_else(|| panic!("no file for module {child} of {}", file.display()));
        module_code(&path, out);
    }
    out.push((file.to_path_buf(), code));
}

/// The crate's import graph between top-level modules.
fn crate_graph() -> Graph {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    let root = fs::read_to_string(&lib).unwrap_or_else(|e| panic!("cannot read lib.rs: {e}"));
    let modules = declared_modules(&without_tests(&root));
    assert!(modules.len() >= 10, "only {modules:?} found in lib.rs");
    let mut graph = Graph::new();
    for module in &modules {
        let file = module_file(&lib, module).unwrap_or_else(|| panic!("no file for {module}"));
        let mut files = Vec::new();
        module_code(&file, &mut files);
        let edges = graph.entry(module.clone()).or_default();
        for (path, code) in files {
            for name in crate_references(&code) {
                assert!(
                    modules.contains(&name),
                    "{} names crate::{name}, which is not a module: import it from its module",
                    path.display()
                );
                if name != *module {
                    edges.insert(name);
                }
            }
        }
    }
    graph
}

/// A cycle in the graph, as the modules on it with the first repeated at
/// the end, or `None`.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn top_level_modules_import_each_other_without_a_cycle() {
    let graph = crate_graph();
    for (module, uses) in &graph {
        println!(
            "{module} -> {}",
            Vec::from_iter(uses.iter().cloned()).join(", ")
        );
    }
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle: {}", cycle.join(" \u{2192} "));
    }
}

#[test]
fn the_reader_sees_grouped_imports_and_skips_test_code() {
    let code = without_tests(
        "use crate::{answers::Answers, questions::{Opt, QuestionId}};\n\
         use crate::report;\n\
         // crate::commented\n\
         fn f() { crate::rules::evidence(); my_crate::x(); }\n\
         #[cfg(test)]\n\
         mod tests {\n    use crate::session;\n}\n\
         #[cfg(test)]\n\
         mod testkit;\n\
         pub mod kept;\n",
    );
    assert_eq!(
        crate_references(&code),
        ["answers", "questions", "report", "rules"]
    );
    assert_eq!(declared_modules(&code), ["kept"]);
}

#[test]
fn the_cycle_finder_finds_a_planted_cycle() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g = Graph::new();
        for (a, b) in edges {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    let layered = graph(&[("report", "answers"), ("answers", "questions")]);
    assert_eq!(find_cycle(&layered), None);
    let cyclic = graph(&[
        ("questions", "rules"),
        ("rules", "answers"),
        ("answers", "questions"),
    ]);
    assert_eq!(
        find_cycle(&cyclic),
        Some(vec![
            "answers".to_string(),
            "questions".to_string(),
            "rules".to_string(),
            "answers".to_string()
        ])
    );
}
