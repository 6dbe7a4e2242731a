// Release-build shrinking for scripts/postbuild.mjs: every byte here is paid
// by each visitor of a host page (see "Size and speed" in the README).
//
// - shortNames: wasm-bindgen names every import `__wbg_<name>_<16 hex>` and
//   exports such as `__wbindgen_malloc`; the hex is incompressible and each
//   name is stored twice (wasm and JS). binaryen's wasm-opt renames them all
//   to one or two letters and prints the mapping, which is applied to the JS.
//   The same run drops the producers and target-features sections, which
//   only tools read.
// - js, css: esbuild's minifier (whitespace, syntax, local names); bundle:
//   esbuild's bundler, for the standalone file's one inline script.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

// The project's binaryen (package.json), whatever PATH says.
const local = fileURLToPath(new URL('../node_modules/.bin/wasm-opt', import.meta.url));
const wasmOpt = existsSync(local) ? local : 'wasm-opt';

const escape = (s) => s.replace(/[$]/g, '\\$&');

/** Renames the wasm module's imports and exports in place and returns the
 * bindings JS rewritten to match. Fails loudly if any name is left over. */
export function shortNames(wasmPath, bindingsText) {
  const out = execFileSync(
    wasmOpt,
    [wasmPath, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features', '-o', wasmPath],
    { encoding: 'utf8' },
  );
  const map = JSON.parse(out);
  let js = bindingsText;
  const modules = new Set(map.imports.map(([module]) => module));
  if (modules.size !== 1) throw new Error(`minify: expected one import module, found ${[...modules].join(', ')}`);
  const [module] = modules;
  const moduleKey = `"${module}": import0`;
  if (!js.includes(moduleKey)) throw new Error(`minify: the bindings do not name the import module ${module}`);
  // binaryen gives every import of the single module the module name "a".
  js = js.replace(moduleKey, '"a": import0');
  for (const [, from, to] of map.imports) {
    const key = new RegExp(`(^|[\\s,{])${escape(from)}:`, 'm');
    if (!key.test(js)) throw new Error(`minify: import ${from} not found in the bindings`);
    js = js.replace(key, (_, before) => `${before}${to}:`);
  }
  for (const [from, to] of map.exports) {
    js = js.replace(new RegExp(`\\bwasm\\.${escape(from)}\\b`, 'g'), () => `wasm.${to}`);
  }
  const renamed = new Set(map.exports.map(([, to]) => to));
  const left = [...js.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]).filter((n) => !renamed.has(n));
  if (left.length) throw new Error(`minify: the bindings still use the old export names ${[...new Set(left)].join(', ')}`);
  return js;
}

export async function js(text) {
  return (await transform(text, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' })).code;
}

export async function css(text) {
  return (await transform(text, { loader: 'css', minify: true, legalComments: 'none' })).code;
}

/** One self-contained module script from `entry` (module source whose
 * imports are resolved in `dir`), for inlining into a page. */
export async function bundle(entry, dir, minify) {
  const result = await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
