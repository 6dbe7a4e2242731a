// Trunk post-build hook (see Trunk.toml). In Trunk's staging directory it:
//  1. moves Trunk's inline start-up script into its own file, so that the
//     page runs under a Content-Security-Policy without 'unsafe-inline';
//  2. joins the stylesheets into rls-check.css, for the inline element's
//     shadow root;
//  3. writes embed.js and rls-check-element.js next to the widget.
import { readFile, writeFile } from 'node:fs/promises';
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

// 2. One stylesheet, in the page's order.
const cssFiles = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/g)].map((m) => m[1]);
const css = await Promise.all(cssFiles.map((f) => readFile(join(staging, f), 'utf8')));
await writeFile(join(staging, 'rls-check.css'), css.join('\n'));

// 3. The embed script and the inline element.
const bindings = inline[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = inline[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!bindings || !wasm) throw new Error('postbuild: cannot find the module names in the start-up script');
const element = (await readFile(join(source, 'embed/element.js'), 'utf8'))
  .replace('__BINDINGS__', bindings)
  .replace('__WASM__', wasm);
await writeFile(join(staging, 'rls-check-element.js'), element);
await writeFile(join(staging, 'embed.js'), await readFile(join(source, 'embed/embed.js')));
console.log(`postbuild: ${startName}, rls-check.css (${cssFiles.length} files), embed.js, rls-check-element.js`);
