// Measures what a family's phone downloads on a first visit to each route,
// and what Lighthouse thinks of each route. Budget: first visit ≤ 120 KB
// brotli; Lighthouse performance ≥ 98 and accessibility 100.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../e2e/support/server.mjs';
import { launchBrowser, CHROMIUM_FLAGS } from '../e2e/support/browser.mjs';
import { ROUTES } from '../e2e/support/app.mjs';

const BUDGET_BROTLI = 120 * 1024;
const dist = path.resolve('dist');
const kindOf = (file) => {
  const ext = path.extname(file);
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html' || file === '/') return 'html';
  if (file.startsWith('/content/')) return 'content';
  return 'other';
};

async function sizes(file) {
  const raw = await fs.readFile(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function firstVisitFiles(browser, origin, route) {
  const page = await browser.context.newPage();
  const files = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) files.add(url.pathname);
  });
  await page.goto(origin + route.path);
  await page.waitForFunction((start) => document.querySelector('main h1')?.textContent.startsWith(start), route.h1, { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  await page.close();
  return [...files];
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const server = await startServer({ compress: true });
const browser = await launchBrowser();
const report = { date: new Date().toISOString(), budget_brotli_bytes: BUDGET_BROTLI, routes: [] };

console.log(`\nFirst-visit transfer per route (KB)   budget ${BUDGET_BROTLI / 1024} KB brotli`);
console.log('route'.padEnd(38) + 'kind'.padEnd(9) + '    raw    gzip  brotli');
for (const route of ROUTES) {
  const files = await firstVisitFiles(browser, server.origin, route);
  const byKind = {};
  for (const file of files) {
    const local = file === '/' || !path.extname(file) ? path.join(dist, 'index.html') : path.join(dist, file);
    let s;
    try { s = await sizes(local); } catch { continue; }
    const kind = kindOf(file === '/' || !path.extname(file) ? '/index.html' : file);
    byKind[kind] ??= { raw: 0, gzip: 0, brotli: 0 };
    for (const k of ['raw', 'gzip', 'brotli']) byKind[kind][k] += s[k];
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, s] of Object.entries(byKind)) {
    console.log(route.path.padEnd(38) + kind.padEnd(9) + kb(s.raw) + ' ' + kb(s.gzip) + ' ' + kb(s.brotli));
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  const verdict = total.brotli <= BUDGET_BROTLI ? 'within budget' : `OVER budget by ${kb(total.brotli - BUDGET_BROTLI).trim()} KB`;
  console.log(route.path.padEnd(38) + 'TOTAL'.padEnd(9) + kb(total.raw) + ' ' + kb(total.gzip) + ' ' + kb(total.brotli) + `  ${verdict}`);
  report.routes.push({ path: route.path, files, by_kind: byKind, total });
}
await browser.close();

if (!process.argv.includes('--no-lighthouse')) {
  console.log('\nLighthouse (mobile, simulated slow 4G), scores 0–100');
  console.log('route'.padEnd(38) + 'perf  a11y  best-practices');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_FLAGS,
  });
  for (const route of ROUTES) {
    const result = await lighthouse(server.origin + route.path, {
      port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = result.lhr.categories;
    const score = (x) => String(Math.round((x?.score ?? 0) * 100)).padStart(4);
    console.log(route.path.padEnd(38) + score(c.performance) + '  ' + score(c.accessibility) + '  ' + score(c['best-practices']));
    const entry = report.routes.find((r) => r.path === route.path);
    entry.lighthouse = { performance: c.performance.score, accessibility: c.accessibility.score, best_practices: c['best-practices'].score };
  }
  await chrome.kill();
}
await server.close();
await fs.mkdir('bench-results', { recursive: true });
await fs.writeFile('bench-results/latest.json', JSON.stringify(report, null, 2));
console.log('\nwritten to bench-results/latest.json');
