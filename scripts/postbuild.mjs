// Trunk post-build hook (see Trunk.toml). In Trunk's staging directory it:
//  1. moves Trunk's inline start-up script into its own file, so that the
//     page runs under a Content-Security-Policy without 'unsafe-inline';
//  2. joins the stylesheets into one rls-check-<hash>.css, used by the page
//     and by the inline element's shadow root;
//  3. writes embed.js and rls-check-element.js next to the widget, with
//     what the widget shares with them (the settings it reads, its titles,
//     the share-link prefix, the height message) filled in by the
//     `host_facts` exporter of the core crate, and
//     embed-<hash>.js, the same bytes under a name that never changes
//     content, with its Subresource Integrity value in embed-integrity.json;
//  4. puts the start page into index.html, drawn at build time from the
//     app's own components in each language (the native build of the app
//     prints it; src/prerender.rs), with early-<hash>.js, the small script
//     in <head> that chooses which copy shows and starts the app
//     (embed/early.js), and the message where the check cannot run;
//  5. writes rls-check.html, the whole widget in one file that opens from
//     disk (wasm as base64, JS and CSS inline);
//  6. writes fhir/Questionnaire-rls-check.json, the question catalogue as a
//     FHIR R4 Questionnaire for clinics (the core's `fhir` exporter); the
//     widget never loads it;
//  7. writes sw.js, the service worker, with every file and the SHA-256 of
//     its bytes, which the worker checks before caching; each release gets a
//     cache of its own.
// In release builds the scripts and the stylesheet are minified and the
// wasm module's import and export names shortened (scripts/minify.mjs).
import { readFile, writeFile, readdir, rm, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as minify from './minify.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run through trunk');
  process.exit(1);
}

const release = process.env.TRUNK_PROFILE === 'release';
const js = (text) => (release ? minify.js(text) : text);
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 1. Trunk's inline module script, which starts the app. It goes: the
// early script (step 4) starts the module instead, once the start page is
// painted (or after 100 ms where nothing is painted, as in a hidden tab),
// so that neither the 160 KB module nor the compiling of wasm-bindgen's
// script holds back the first paint, and the page has no module script of
// its own to fetch and run before it. Trunk's preloads of both go too.
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>\s*/);
if (!inline) throw new Error('postbuild: no inline start-up script found in index.html');
if (!/import init, \* as bindings from '\.\/[^']+\.js';/.test(inline[1])) {
  throw new Error('postbuild: the start-up script does not import the bindings as expected');
}
html = html
  .replace(inline[0], '')
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
await writeFile(indexPath, html);

// 2. One stylesheet, in the page's order, for the page and the inline
// element alike; the per-component files it joins are removed.
const cssLinks = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\s*/g)];
const cssFiles = cssLinks.map((m) => m[1]);
const css = await Promise.all(cssFiles.map((f) => readFile(join(staging, f), 'utf8')));
const joinedCss = release ? await minify.css(css.join('\n')) : css.join('\n');
const cssName = `rls-check-${shortHash(joinedCss)}.css`;
await writeFile(join(staging, cssName), joinedCss);
await Promise.all(cssFiles.map((f) => rm(join(staging, f))));
html = html.replace(cssLinks[0][0], `<link rel="stylesheet" href="./${cssName}" />\n    `);
for (const link of cssLinks.slice(1)) html = html.replace(link[0], '');
await writeFile(indexPath, html);

// 3. The embed script and the inline element, with what the widget shares
// with them (screening::host) written in from the widget's own definitions.
const facts = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'screening', '--example', 'host_facts'], {
  cwd: source,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim();
{
  const f = JSON.parse(facts);
  const text = (v) => typeof v === 'string' && v.length > 0;
  const ok = Array.isArray(f.settings) && f.settings.every((n) => /^[a-z][a-z-]*$/.test(n))
    && f.titles && text(f.titles.en) && Object.values(f.titles).every(text)
    && text(f.link) && f.link.startsWith('#') && f.link.length > 1
    && text(f.height) && text(f.fit) && !facts.includes('__');
  if (!ok) throw new Error(`postbuild: the host facts are not in the expected shape: ${facts}`);
}
const withFacts = (text, file) => {
  if (!text.includes('__FACTS__')) throw new Error(`postbuild: ${file} has no __FACTS__ to fill in`);
  return text.replace('__FACTS__', () => facts);
};
const bindings = inline[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = inline[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!bindings || !wasm) throw new Error('postbuild: cannot find the module names in the start-up script');
const element = withFacts((await readFile(join(source, 'embed/element.js'), 'utf8'))
  .replace('__BINDINGS__', bindings)
  .replace('__WASM__', wasm)
  .replace('__CSS__', cssName), 'embed/element.js');
await writeFile(join(staging, 'rls-check-element.js'), await js(element));
const embed = await js(withFacts(await readFile(join(source, 'embed/embed.js'), 'utf8'), 'embed/embed.js'));
const embedName = `embed-${shortHash(embed)}.js`;
const embedIntegrity = `sha384-${createHash('sha384').update(embed).digest('base64')}`;
await writeFile(join(staging, 'embed.js'), embed);
await writeFile(join(staging, embedName), embed);
await writeFile(join(staging, 'embed-integrity.json'), JSON.stringify({ file: embedName, integrity: embedIntegrity }, null, 2) + '\n');
let bindingsText = await readFile(join(staging, bindings), 'utf8');
if (release) {
  bindingsText = minify.shortNames(join(staging, wasm), bindingsText);
  await writeFile(join(staging, bindings), await js(bindingsText));
}
// 4. The start page, drawn by the app's own components (natively built,
// the app prints it), and the early script that chooses the copy to show.
const prerendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'rls-check'], {
  cwd: source,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}));
{
  const { pages, early } = prerendered;
  const ok = pages && early && Array.isArray(early.locales) && early.locales.length > 0
    && early.locales.every((l) => typeof pages[l] === 'string' && pages[l].startsWith(`<main data-rls-boot="${l}" `))
    && Array.isArray(early.redrawn) && typeof early.answers === 'string' && typeof early.lang === 'string'
    && typeof prerendered.fallback === 'string' && prerendered.fallback.startsWith('<main data-rls-fallback')
    && early.locales.every((l) => typeof early.loading?.[l] === 'string');
  if (!ok) throw new Error('postbuild: the prerendered start page is not in the expected shape');
}
// Each language's copy needs its rule in the stylesheet, or it would show
// over the app.
for (const l of prerendered.early.locales) {
  if (!joinedCss.includes(`[data-rls-start="${l}"]`) && !joinedCss.includes(`[data-rls-start=${l}]`)) {
    throw new Error(`postbuild: styles/base.css has no rule that hides the "${l}" start page copy`);
  }
}

const earlySource = await readFile(join(source, 'embed/early.js'), 'utf8');
if (!earlySource.includes('__EARLY__')) throw new Error('postbuild: embed/early.js has no __EARLY__ to fill in');
// `<` escaped, so that nothing in the facts can end the standalone file's
// inline script. The hosted page's copy also names the files that start
// the app; the standalone file carries the module inline and starts it
// itself.
const earlyWith = (facts) => js(earlySource.replace('__EARLY__', () => JSON.stringify(facts).replaceAll('<', '\\u003c')));
const earlyScript = await earlyWith({ ...prerendered.early, start: { module: `./${bindings}`, wasm: `./${wasm}` } });
const earlyInline = await earlyWith(prerendered.early);
const earlyName = `early-${shortHash(earlyScript)}.js`;
await writeFile(join(staging, earlyName), earlyScript);
const FALLBACK = '<main data-rls-fallback></main>';
const cssLink = `<link rel="stylesheet" href="./${cssName}" />`;
if (!html.includes(FALLBACK) || !html.includes(cssLink)) {
  throw new Error(`postbuild: index.html has no ${FALLBACK} or stylesheet link`);
}
// Nothing the pages carry may be a text missing from the tables ("…").
for (const words of [prerendered.fallback, ...Object.values(prerendered.pages), ...Object.values(prerendered.early.loading)]) {
  if (words.includes('\u2026')) throw new Error(`postbuild: a missing text in what the page carries: ${words}`);
}
html = html
  // The start page's copies first, so that the page's first `main` is the
  // start page wherever one shows.
  .replace(FALLBACK, () => `${prerendered.early.locales.map((l) => prerendered.pages[l]).join('\n')}\n    ${prerendered.fallback}`)
  // Before the stylesheet, so that it is asked for first: the page is not
  // painted before it has run.
  .replace(cssLink, (link) => `<script src="./${earlyName}"></script>\n    ${link}`);
// The page's comments are for its readers in the source, not its visitors.
if (release) html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
await writeFile(indexPath, html);

// 5. The standalone file: the bindings bundled with the wasm as base64.
const wasmBase64 = (await readFile(join(staging, wasm))).toString('base64');
// A share base set at build time (RLS_PUBLIC_URL) replaces the file's own address in share links.
const publicUrl = process.env.RLS_PUBLIC_URL ?? '';
if (publicUrl && !/^https?:\/\/[^\s"'<>]+$/.test(publicUrl)) throw new Error(`postbuild: RLS_PUBLIC_URL is not an http(s) URL: ${publicUrl}`);
const standaloneScript = await minify.bundle(
  [
    `import init from './${bindings}';`,
    `const bytes = Uint8Array.from(atob("${wasmBase64}"), (c) => c.charCodeAt(0));`,
    'await init({ module_or_path: bytes });',
  ].join('\n'),
  staging,
  release,
);
const standalone = html
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '')
  .replace(/<link rel="stylesheet" href="[^"]+"[^>]*>\s*/g, '')
  .replace(/<link rel="(?:manifest|apple-touch-icon)"[^>]*>\s*/g, '')
  .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
  .replace('<base href="./" />', publicUrl ? `<meta name="rls-check-share-base" content="${publicUrl}" />` : '')
  .replace(`<script src="./${earlyName}"></script>`, () => [
    `<script>\n${earlyInline.replace(/<\/script/gi, '<\\/script')}\n</script>`,
    `<style>\n${joinedCss}\n</style>`,
    `<script type="module">\n${standaloneScript.replace(/<\/script/gi, '<\\/script')}\n</script>`,
  ].join('\n'));
await writeFile(join(staging, 'rls-check.html'), standalone);

// 6. The FHIR Questionnaire, written from the question catalogue.
const questionnaire = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'screening', '--example', 'fhir'], {
  cwd: source,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (JSON.parse(questionnaire).resourceType !== 'Questionnaire') throw new Error('postbuild: the fhir exporter wrote no Questionnaire');
await mkdir(join(staging, 'fhir'), { recursive: true });
await writeFile(join(staging, 'fhir', 'Questionnaire-rls-check.json'), questionnaire);

// 7. The service worker: every file of the release with the SHA-256 of its
// bytes ('./' is index.html). The release id covers the hashes and the
// worker's own code, so a changed worker never reuses an older cache name.
// Not precached: the worker itself, the standalone file, what only host
// pages load (the embed scripts, the inline element's module), since the
// worker never controls a host page, and the FHIR files for clinics.
const skip = new Set(['sw.js', 'rls-check.html', 'embed-integrity.json', 'embed.js', embedName, 'rls-check-element.js', 'fhir']);
const files = (await readdir(staging)).filter((f) => !skip.has(f)).sort();
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('base64');
const hashes = Object.fromEntries(await Promise.all(files.map(async (f) => [`./${f}`, sha256(await readFile(join(staging, f)))])));
const precache = { './': hashes['./index.html'], ...hashes };
const template = await readFile(join(source, 'embed/sw.js'), 'utf8');
const version = shortHash(JSON.stringify(precache) + template);
const worker = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(precache, null, 2));
await writeFile(join(staging, 'sw.js'), await js(worker));

console.log(`postbuild: ${earlyName}, the start page in ${prerendered.early.locales.join(', ')}, ${cssName} (${cssFiles.length} files), embed.js, ${embedName} (${embedIntegrity}), rls-check-element.js, rls-check.html, fhir/Questionnaire-rls-check.json, sw.js (${Object.keys(precache).length} files, release ${version})`);
