#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml): makes the built index.html work
// under a strict Content Security Policy with no 'unsafe-inline'.
//
// Trunk 0.22 writes the app's loader (import the wasm-bindgen JS, call its
// init with the wasm URL, fire `TrunkApplicationStarted`) as an inline
// `<script type="module">`, which `script-src 'self'` blocks. This hook runs
// after Trunk has written index.html to its staging directory and before
// Trunk moves the staging directory to dist/. It:
//
//   1. finds that one inline loader script (and fails the build loudly if it
//      is not there, or if it does not look like Trunk's loader: a Trunk
//      upgrade that changes the loader must be looked at, not shipped);
//   2. writes its text to `loader-<hash>.js` in the staging
//      directory (hashed like Trunk's own files, so it can be cached for a
//      year), with the .wasm address turned into a Request that carries the
//      .wasm file's integrity hash, and puts `<script type="module" src=… integrity="sha384-…"
//      crossorigin="anonymous">` in its place. A module script runs after
//      the document is parsed whether inline or not, so the app starts at the
//      same point as before;
//   3. checks the result: no inline <script>, no <style> element, no style=
//      or on…= attribute, and an integrity attribute on every script,
//      stylesheet and js/css/wasm preload. Any of those would either be
//      blocked by the policy in docs/deploying.md or load unchecked.
//
// Trunk gives hooks TRUNK_STAGING_DIR, TRUNK_HTML_FILE and TRUNK_PUBLIC_URL
// (the public URL, "/" here) in the environment. Run by hand with
//   TRUNK_STAGING_DIR=dist node scripts/externalise-loader.mjs
// on a fresh Trunk build to see what it does.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function fail(message) {
  console.error(`\nexternalise-loader: BUILD FAILED: ${message}\n`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook (see Trunk.toml).');
const htmlName = path.basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const htmlPath = path.join(staging, htmlName);
let publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (!publicUrl.endsWith('/')) publicUrl += '/';

let html;
try {
  html = readFileSync(htmlPath, 'utf8');
} catch (error) {
  fail(`cannot read ${htmlPath}: ${error.message}`);
}

/** Attributes of a start tag's attribute text, lower-cased names (works for quoted and unquoted values). */
function parseAttrs(text) {
  const attrs = new Map();
  for (const m of text.matchAll(/([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The sha384 integrity value of the built file that `url` names. */
function integrityOf(url) {
  const file = path.join(staging, path.basename(url));
  try {
    return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  } catch (error) {
    fail(`cannot read ${file} to hash it: ${error.message}`);
  }
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const scripts = [...html.matchAll(SCRIPT)].map((m) => ({
  tag: m[0],
  attrs: parseAttrs(m[1]),
  body: m[2],
  index: m.index,
}));
const inline = scripts.filter((s) => !s.attrs.has('src'));

if (inline.length === 0) {
  fail(
    `no inline <script> found in ${htmlName}. Trunk 0.22 writes its wasm loader inline; ` +
      'if this Trunk no longer does, check how it loads the app and update this hook.',
  );
}
if (inline.length > 1) {
  fail(
    `${inline.length} inline <script> elements in ${htmlName}, expected only Trunk's loader. ` +
      'A strict CSP blocks every inline script (was the build run with autoreload, as `trunk serve` without --no-autoreload does?):\n' +
      inline.map((s) => `  ${s.tag.slice(0, 160)}`).join('\n'),
  );
}

const loader = inline[0];
const problems = [];
if ((loader.attrs.get('type') ?? '').toLowerCase() !== 'module') problems.push('it is not type="module"');
if (!/\bimport\b[\s\S]*?from\s*["'][^"']+\.js["']/.test(loader.body)) problems.push('it does not import the wasm-bindgen .js file');
if (!/["'][^"']+_bg\.wasm["']/.test(loader.body)) problems.push('it does not name the _bg.wasm file');
if (!loader.body.includes('TrunkApplicationStarted')) problems.push('it does not dispatch TrunkApplicationStarted');
if (problems.length) {
  fail(`the inline script in ${htmlName} does not look like Trunk's loader (${problems.join('; ')}):\n${loader.tag}`);
}

// The loader hands wasm-bindgen the .wasm file's address, which it fetches
// with no integrity check (a preload's integrity is not applied to fetch()
// requests). Hand it a Request carrying the file's hash instead, so a
// changed .wasm file is refused like a changed script.
const wasmCall = loader.body.match(/module_or_path:\s*(['"])([^'"]+_bg\.wasm)\1/);
if (!wasmCall) fail(`the loader does not pass module_or_path with the .wasm address:\n${loader.body}`);
const wasmIntegrity = integrityOf(wasmCall[2]);
let loaderBody = loader.body.replace(
  wasmCall[0],
  `module_or_path: new Request(${JSON.stringify(wasmCall[2])}, { integrity: ${JSON.stringify(wasmIntegrity)} })`,
);
// A page of the site is pre-rendered HTML, readable before any of the app
// arrives: fetch the app (the wasm-bindgen glue and the WebAssembly) only
// after the page's first paint, so on a slow connection it never competes
// with the page itself. A drop-in embed (a council page with
// <div data-send-hub>) has only a loading message to show, so it starts at
// once. The glue is imported through a <link rel="modulepreload"> with its
// integrity hash (the drop-in's snippet has one in <head>; otherwise it is
// added here), so a changed glue file is refused like any other script.
const glueImport = loaderBody.match(/^\s*import init, \* as bindings from (['"])([^'"]+\.js)\1;\s*$/m);
if (!glueImport) fail(`the loader does not import the glue as \`import init, * as bindings from '…';\`:\n${loaderBody}`);
const glueUrl = glueImport[2];
const glueIntegrity = integrityOf(glueUrl);
loaderBody = loaderBody.replace(
  glueImport[0],
  `
if (!document.querySelector('[data-send-hub]')) {
  await new Promise((painted) => {
    const afterPaint = () => requestAnimationFrame(() => setTimeout(painted, 0));
    if (document.readyState === 'complete') afterPaint();
    else addEventListener('load', afterPaint, { once: true });
  });
}
const glue = ${JSON.stringify(glueUrl)};
if (!document.querySelector(\`link[rel="modulepreload"][href="\${glue}"]\`)) {
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = glue;
  preload.integrity = ${JSON.stringify(glueIntegrity)};
  preload.crossOrigin = 'anonymous';
  const fetched = new Promise((done) => {
    preload.onload = done;
    preload.onerror = done;
  });
  document.head.append(preload);
  await fetched;
}
const bindings = await import(glue);
const init = bindings.default;
`,
);

// Externalise: the script's text, in a content-hashed file.
const bytes = Buffer.from(loaderBody, 'utf8');
const name = `loader-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
writeFileSync(path.join(staging, name), bytes);
const external =
  `<script type="module" src="${publicUrl}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
html = html.slice(0, loader.index) + external + html.slice(loader.index + loader.tag.length);

// Check the finished page against the policy before it reaches dist/.
const after = [...html.matchAll(SCRIPT)].map((m) => ({ tag: m[0], attrs: parseAttrs(m[1]) }));
const errors = [];
for (const s of after) {
  if (!s.attrs.has('src')) errors.push(`inline script: ${s.tag.slice(0, 160)}`);
  else if (!s.attrs.get('integrity')) errors.push(`script without integrity: ${s.tag}`);
}
for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
  const attrs = parseAttrs(m[1]);
  const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
  const href = (attrs.get('href') ?? '').split(/[?#]/)[0];
  const built = /\.(js|mjs|css|wasm)$/i.test(href);
  const needsSri = rel.includes('stylesheet') || (built && (rel.includes('modulepreload') || rel.includes('preload')));
  if (needsSri && !attrs.get('integrity')) errors.push(`link without integrity: ${m[0]}`);
}
if (/<style\b/i.test(html)) errors.push('a <style> element (style-src \'self\' blocks it)');
for (const m of html.matchAll(/<[a-z][^>]*?\sstyle\s*=[^>]*>/gi)) errors.push(`style attribute: ${m[0].slice(0, 160)}`);
for (const m of html.matchAll(/<[a-z][^>]*?\son[a-z]+\s*=[^>]*>/gi)) errors.push(`inline event handler: ${m[0].slice(0, 160)}`);
if (errors.length) fail(`${htmlName} would break under the strict CSP or load unchecked code:\n  ${errors.join('\n  ')}`);

writeFileSync(htmlPath, html);
console.log(`externalise-loader: moved Trunk's inline loader to ${name} (${integrity})`);
