// Trunk post-build hook (see Trunk.toml). In Trunk's staging directory it:
//  1. moves Trunk's inline start-up script into its own file, so that the
//     page runs under a Content-Security-Policy without 'unsafe-inline';
//  2. joins the stylesheets into one rls-check-<hash>.css, used by the page
//     and by the inline element's shadow root;
//  3. writes embed.js and rls-check-element.js next to the widget;
//  4. writes rls-check.html, the whole widget in one file that opens from
//     disk (wasm as base64, JS and CSS inline);
//  5. writes sw.js, the service worker, with every file and its hash in the
//     precache list, so that each release gets a cache of its own.
import { readFile, writeFile, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run through trunk');
  process.exit(1);
}

const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 1. The inline module script.
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('postbuild: no inline start-up script found in index.html');
const startName = `boot-${shortHash(inline[1])}.js`;
await writeFile(join(staging, startName), inline[1].trim() + '\n');
html = html.replace(inline[0], `<script type="module" src="./${startName}"></script>`);
await writeFile(indexPath, html);

// 2. One stylesheet, in the page's order, for the page and the inline
// element alike; the per-component files it joins are removed.
const cssLinks = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\s*/g)];
const cssFiles = cssLinks.map((m) => m[1]);
const css = await Promise.all(cssFiles.map((f) => readFile(join(staging, f), 'utf8')));
const cssName = `rls-check-${shortHash(css.join('\n'))}.css`;
await writeFile(join(staging, cssName), css.join('\n'));
await Promise.all(cssFiles.map((f) => rm(join(staging, f))));
html = html.replace(cssLinks[0][0], `<link rel="stylesheet" href="./${cssName}" />\n    `);
for (const link of cssLinks.slice(1)) html = html.replace(link[0], '');
await writeFile(indexPath, html);

// 3. The embed script and the inline element.
const bindings = inline[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = inline[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!bindings || !wasm) throw new Error('postbuild: cannot find the module names in the start-up script');
const element = (await readFile(join(source, 'embed/element.js'), 'utf8'))
  .replace('__BINDINGS__', bindings)
  .replace('__WASM__', wasm)
  .replace('__CSS__', cssName);
await writeFile(join(staging, 'rls-check-element.js'), element);
await writeFile(join(staging, 'embed.js'), await readFile(join(source, 'embed/embed.js')));
// 4. The standalone file.
const bindingsText = await readFile(join(staging, bindings), 'utf8');
const exportLine = /export \{ initSync, __wbg_init as default \};?/;
if (!exportLine.test(bindingsText)) throw new Error('postbuild: unexpected wasm-bindgen output (no default export line)');
const wasmBase64 = (await readFile(join(staging, wasm))).toString('base64');
// A share base set at build time (RLS_PUBLIC_URL) replaces the file's own address in share links.
const publicUrl = process.env.RLS_PUBLIC_URL ?? '';
if (publicUrl && !/^https?:\/\/[^\s"'<>]+$/.test(publicUrl)) throw new Error(`postbuild: RLS_PUBLIC_URL is not an http(s) URL: ${publicUrl}`);
const standaloneScript = [
  bindingsText.replace(exportLine, ''),
  `const bytes = Uint8Array.from(atob("${wasmBase64}"), (c) => c.charCodeAt(0));`,
  'await __wbg_init({ module_or_path: bytes });',
].join('\n');
const standalone = html
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '')
  .replace(/<link rel="stylesheet" href="[^"]+"[^>]*>\s*/g, '')
  .replace(/<link rel="(?:manifest|apple-touch-icon)"[^>]*>\s*/g, '')
  .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
  .replace('<base href="./" />', publicUrl ? `<meta name="rls-check-share-base" content="${publicUrl}" />` : '')
  .replace(`<script type="module" src="./${startName}"></script>`, () =>
    `<style>\n${css.join('\n')}\n</style>\n<script type="module">\n${standaloneScript.replaceAll('</script', '<\\/script')}\n</script>`);
await writeFile(join(staging, 'rls-check.html'), standalone);

// 5. The service worker.
const skip = new Set(['sw.js', 'rls-check.html']);
const files = (await readdir(staging)).filter((f) => !skip.has(f)).sort();
const hashes = await Promise.all(files.map(async (f) => [f, shortHash(await readFile(join(staging, f)))]));
const version = shortHash(JSON.stringify(hashes));
const worker = (await readFile(join(source, 'embed/sw.js'), 'utf8'))
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)], null, 2))
  .replace('__HASHES__', JSON.stringify(Object.fromEntries(hashes), null, 2));
await writeFile(join(staging, 'sw.js'), worker);

console.log(`postbuild: ${startName}, ${cssName} (${cssFiles.length} files), embed.js, rls-check-element.js, rls-check.html, sw.js (${files.length} files, release ${version})`);
