// Checks that the stylesheets and the Rust source agree on class names
// (`make lint` runs it):
//  - every `rls-` class the source sets has a rule in styles/ (a block's
//    own class may have none when the block has a stylesheet of its own,
//    styled through its elements and modifiers);
//  - every class styles/ has a rule for is set by the source, or by one of
//    the files listed in OTHER_SOURCES (markup outside the Rust source);
//  - a class is written out in full where it is set (`class="…"`,
//    `class={…}`, `classes!(…)`, `set_class_name(…)`, or a `.rls-…`
//    selector), never put together at run time with `format!`, so that a
//    search for any class finds where it is set;
//  - each stylesheet under styles/components/ and styles/utilities/ holds
//    one BEM block, named like the file (`rls-error-summary` in
//    error-summary.css);
//  - index.html links every stylesheet (the build joins only those).
// It prints every problem and exits with 1 if there is any.
import { readFile, readdir } from 'node:fs/promises';
import { join, basename } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Files outside src/ that set classes: the page's own markup.
const OTHER_SOURCES = ['index.html'];
// Stylesheets that style across blocks: tokens, the page and the widget's
// root, and the printed summary.
const LAYERS = ['styles/settings.css', 'styles/base.css', 'styles/print.css'];
const ONE_BLOCK_DIRS = ['styles/components', 'styles/utilities'];

const CLASS = /^rls-[a-z0-9]+(?:-[a-z0-9]+)*(?:__[a-z0-9]+(?:-[a-z0-9]+)*)?(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const block = (name) => name.replace(/(__|--).*$/, '');

async function files(dir, ext) {
  const out = [];
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path, ext)));
    else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out.sort();
}

/**
 * Rust source with comments removed and every string literal replaced by
 * `"#n"`, so that braces and parentheses can be matched; `strings[n]` holds
 * the literal's text.
 */
function mask(source) {
  const strings = [];
  let out = '';
  let i = 0;
  const put = (text) => {
    strings.push(text);
    out += `"#${strings.length - 1}"`;
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === 'r' && /^r#*"/.test(source.slice(i, i + 10)) && !/[\w]/.test(source[i - 1] ?? '')) {
      const hashes = source.slice(i + 1).match(/^#*/)[0];
      const start = i + 2 + hashes.length;
      const end = source.indexOf(`"${hashes}`, start);
      put(source.slice(start, end));
      i = end + 1 + hashes.length;
    } else if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      put(source.slice(i + 1, j));
      i = j + 1;
    } else if (c === "'") {
      // A character literal ('x', '\n', '\u{2013}'); otherwise a lifetime.
      const literal = source.slice(i).match(/^'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'/);
      out += literal ? "' '" : c;
      i += literal ? literal[0].length : 1;
    } else {
      out += c;
      i++;
    }
  }
  return { masked: out, strings };
}

/** The text from `open` (a bracket) to its matching bracket. */
function balanced(text, open) {
  const pairs = { '(': ')', '{': '}', '[': ']' };
  const stack = [];
  for (let i = open; i < text.length; i++) {
    if (pairs[text[i]]) stack.push(pairs[text[i]]);
    else if (text[i] === stack[stack.length - 1]) {
      stack.pop();
      if (!stack.length) return text.slice(open, i + 1);
    }
  }
  return text.slice(open);
}

const problems = [];
const used = new Map(); // class -> first place it is set

function use(name, where) {
  if (!CLASS.test(name)) {
    problems.push(`${where}: "${name}" is not an rls- class name (rls-block__element--modifier)`);
  } else if (!used.has(name)) {
    used.set(name, where);
  }
}

/** Classes in the literals of one class expression. */
function useLiterals(expression, strings, where) {
  const literals = [...expression.matchAll(/"#(\d+)"/g)].map((m) => strings[Number(m[1])]);
  if (/format!/.test(expression) || literals.some((s) => s.includes('{'))) {
    problems.push(`${where}: a class is put together at run time; write each name out in full`);
  }
  if (!literals.length) {
    problems.push(`${where}: a class comes from a variable; write the names out where it is set`);
  }
  for (const literal of literals) for (const name of literal.split(/\s+/).filter(Boolean)) use(name, where);
}

for (const file of await files('src', '.rs')) {
  const source = await readFile(join(root, file), 'utf8');
  const { masked, strings } = mask(source);
  const line = (index) => masked.slice(0, index).split('\n').length;
  for (const m of masked.matchAll(/(?<!\blet\s+)\bclass\s*=\s*/g)) {
    const at = m.index + m[0].length;
    const where = `${file}:${line(m.index)}`;
    if (masked[at] === '"') useLiterals(masked.slice(at).match(/^"#\d+"/)[0], strings, where);
    else if (masked[at] === '{') useLiterals(balanced(masked, at), strings, where);
    else problems.push(`${where}: cannot read this class attribute`);
  }
  for (const m of masked.matchAll(/\b(classes!\s*|set_class_name\s*)\(/g)) {
    useLiterals(balanced(masked, m.index + m[0].length - 1), strings, `${file}:${line(m.index)}`);
  }
  for (const m of masked.matchAll(/<[a-z][\w-]*\b[^>]*?\{\s*class\s*\}/g)) {
    problems.push(`${file}:${line(m.index)}: {class} hides the names; write class={classes!(…)} here`);
  }
  // Selectors in strings (`closest(".rls-app")`, test queries).
  for (const m of masked.matchAll(/"#(\d+)"/g)) {
    for (const s of strings[Number(m[1])].matchAll(/\.(rls-[\w-]+)/g)) use(s[1], `${file}:${line(m.index)}`);
  }
}

for (const file of OTHER_SOURCES) {
  const source = await readFile(join(root, file), 'utf8');
  for (const m of source.matchAll(/\bclass="([^"]*)"/g)) {
    for (const name of m[1].split(/\s+/).filter(Boolean)) use(name, file);
  }
}

const defined = new Map(); // class -> stylesheet
const blockFiles = new Set(); // blocks with a stylesheet of their own
for (const file of await files('styles', '.css')) {
  const css = (await readFile(join(root, file), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
  // Selectors are the text before each `{` (after the last `{`, `}` or `;`).
  const selectors = [...css.matchAll(/([^{};]*)\{/g)].map((m) => m[1]);
  const classes = new Set(selectors.flatMap((s) => [...s.matchAll(/\.(rls-[\w-]+)/g)].map((m) => m[1])));
  const oneBlock = ONE_BLOCK_DIRS.some((dir) => file.startsWith(`${dir}/`));
  if (oneBlock) blockFiles.add(`rls-${basename(file, '.css')}`);
  if (!oneBlock && !LAYERS.includes(file)) problems.push(`${file}: a stylesheet outside ${ONE_BLOCK_DIRS.join(' and ')} and not a listed layer`);
  for (const name of classes) {
    if (!CLASS.test(name)) problems.push(`${file}: .${name} is not an rls- class name (rls-block__element--modifier)`);
    if (oneBlock && block(name) !== `rls-${basename(file, '.css')}`) {
      problems.push(`${file}: .${name} belongs to ${block(name)}, but this file holds rls-${basename(file, '.css')}`);
    }
    if (!defined.has(name)) defined.set(name, file);
  }
}

const page = await readFile(join(root, 'index.html'), 'utf8');
const linked = new Set([...page.matchAll(/<link data-trunk rel="css" href="([^"]+)"/g)].map((m) => m[1]));
for (const file of await files('styles', '.css')) {
  if (!linked.has(file)) problems.push(`${file}: not linked from index.html, so not in the build`);
}

for (const [name, where] of used) {
  if (!defined.has(name) && !blockFiles.has(name)) problems.push(`${where}: .${name} has no rule in styles/`);
}
for (const [name, file] of defined) {
  if (!used.has(name)) problems.push(`${file}: .${name} is set nowhere in src/ or ${OTHER_SOURCES.join(', ')}`);
}

if (problems.length) {
  console.error(`Class check: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Class check: ${used.size} classes set, ${defined.size} styled, all in step.`);
