// The widget's own texts, read from the locale tables in the Rust core, so
// that tests look for exactly what a person reads in each language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const cache = new Map();

/** The (key, text) pairs of a locale table, read from its Rust source. */
export function table(language) {
  if (cache.has(language)) return cache.get(language);
  const source = readFileSync(new URL(`../../crates/screening/src/locales/${language}.rs`, import.meta.url), 'utf8');
  const pairs = [];
  for (const m of source.matchAll(/^\s*\("([^"]+)", "((?:[^"\\]|\\.)*)"\),\s*$/gm)) {
    const text = m[2]
      .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/\\(.)/g, '$1');
    pairs.push([m[1], text]);
  }
  assert.ok(pairs.length > 300, `only ${pairs.length} texts read from ${language}.rs`);
  cache.set(language, pairs);
  return pairs;
}

/** One text by key. */
export function text(language, key) {
  const found = table(language).find(([k]) => k === key);
  assert.ok(found, `${language} has no ${key}`);
  return found[1];
}
