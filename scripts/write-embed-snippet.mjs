#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), run after externalise-loader.mjs.
//
// A council page embeds send-hub by adding the app's stylesheet and scripts,
// with their integrity hashes, and a <div data-send-hub>. The file names and
// hashes change with every build, so this hook writes them out for the build
// just made:
//
//   embed-snippet.html  the exact tags to paste (docs/embedding.md explains
//                       each attribute);
//   embed/example.html  the example council page, with its marker comments
//                       <!-- send-hub:head --> and <!-- send-hub:scripts -->
//                       replaced by the same tags.
//
// The tags are copied from the index.html Trunk has just written, so they
// are always the ones the site itself loads. The build fails if any is
// missing or has no integrity hash.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function fail(message) {
  console.error(`\nwrite-embed-snippet: BUILD FAILED: ${message}\n`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook (see Trunk.toml).');
const html = readFileSync(path.join(staging, 'index.html'), 'utf8');

function one(pattern, what) {
  const found = html.match(pattern);
  if (!found) fail(`index.html has no ${what}`);
  if (!/\bintegrity="sha384-[^"]+"/.test(found[0])) fail(`the ${what} in index.html has no integrity hash: ${found[0]}`);
  return found[0];
}

const stylesheet = one(/<link\b[^>]*rel="stylesheet"[^>]*>/i, 'app stylesheet');
const boot = one(/<script\b[^>]*src="[^"]*settings-boot-[^"]*"[^>]*><\/script>/i, 'settings script');
const loader = one(/<script\b[^>]*type="module"[^>]*src="[^"]*loader-[^"]*"[^>]*><\/script>/i, 'app loader');
const preloads = [
  one(/<link\b[^>]*rel="modulepreload"[^>]*>/i, 'module preload'),
  one(/<link\b[^>]*rel="preload"[^>]*\.wasm"[^>]*>/i, 'wasm preload'),
];
// Same-origin files need no crossorigin attribute, but one makes the tags
// work unchanged if a council serves the app's files from another origin
// with CORS.
const withCors = (tag) => (/\bcrossorigin\b/.test(tag) ? tag : tag.replace(/\s*\/?>(<\/script>)?$/, (end) => ` crossorigin="anonymous"${end.trim().startsWith('/>') ? '>' : end.trim()}`));

const head = [withCors(stylesheet), ...preloads].join('\n');
const scripts = [withCors(boot), loader].join('\n');

const snippet = `<!-- send-hub: paste these into the page's <head> -->
${head}

<!-- send-hub: put this where the pages should appear -->
<div data-send-hub data-routing="hash">
  <p data-send-hub-boot>Loading the SEND Improvement Programme pages…</p>
</div>

<!-- send-hub: paste these just before </body> -->
${scripts}
`;
writeFileSync(path.join(staging, 'embed-snippet.html'), snippet);

const examplePath = path.join(staging, 'embed', 'example.html');
let example = readFileSync(examplePath, 'utf8');
for (const [marker, tags] of [['<!-- send-hub:head -->', head], ['<!-- send-hub:scripts -->', scripts]]) {
  if (!example.includes(marker)) fail(`embed/example.html has no ${marker} marker`);
  example = example.replace(marker, tags);
}
writeFileSync(examplePath, example);
console.log('write-embed-snippet: wrote embed-snippet.html and filled in embed/example.html');
