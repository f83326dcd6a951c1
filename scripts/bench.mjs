// Benchmark, not a test: never fails on timing. For every route it sets
// send-hub beside the plain page of the same text and markup (no CSS, no
// script, written by `prerender --plain-pages`), so what the app costs is
// the difference between the two, measured in the same run on the same
// (possibly busy) machine. It reports:
//   - the critical path: the HTML plus what blocks the first paint
//     (stylesheets and classic <script src> in <head>), read from the built
//     files, raw / gzip -9 / brotli 11;
//   - the whole first visit: every same-origin file headless Chromium asks
//     for, with a fresh profile, until the app has taken over the page and
//     the network is quiet, sized from the built files the same three ways;
//   - Lighthouse (mobile, simulated slow 4G): the median of RUNS runs of
//     each score and metric, and LCP as a ratio to the plain page's.
// It prints a table, the targets met or not, a Markdown summary, and writes
// everything to bench-results/latest.json.
//
//   node scripts/bench.mjs [--no-lighthouse] [--routes /,/glossary] [--runs 3]
//   SEND_HUB_DIST (default dist) and SEND_HUB_PLAIN (default target/plain-pages)
//   choose the built site and the plain pages.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../e2e/support/server.mjs';
import { launchBrowser, CHROMIUM_FLAGS } from '../e2e/support/browser.mjs';
import { ROUTES } from '../e2e/support/app.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.env.SEND_HUB_DIST ?? path.join(repo, 'dist'));
const plain = path.resolve(process.env.SEND_HUB_PLAIN ?? path.join(repo, 'target/plain-pages'));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const withLighthouse = !args.includes('--no-lighthouse');
const RUNS = Number(option('--runs') ?? 3);
const chosen = option('--routes')?.split(',');
const routes = chosen ? ROUTES.filter((r) => chosen.includes(r.path)) : ROUTES;
// Both servers answer this address with their 404.html and status 404, so
// the plain page for it is the plain 404.html, at the same address.
const NOT_FOUND_PATH = '/no-such-page';
const APP_TIMEOUT_MS = 30000;
// What shows the app has taken the page over. SEND_HUB_READY lets the same
// benchmark measure an older build (before pre-rendering: `main h1`).
const READY = process.env.SEND_HUB_READY ?? 'html[data-app-running]';
const KB = 1024;

// ---- sizes ------------------------------------------------------------------

const sizeCache = new Map();
/** raw / gzip -9 / brotli 11 of a file (cached: brotli 11 of the wasm takes seconds). */
async function sizes(file) {
  if (!sizeCache.has(file)) {
    const raw = await fs.readFile(file);
    sizeCache.set(file, {
      raw: raw.length,
      gzip: zlib.gzipSync(raw, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(file);
}

const isFile = (file) => fs.stat(file).then((s) => s.isFile(), () => false);

/**
 * The file startServer sends for an address (same rules): the file itself,
 * a folder's index.html, else the (language's) 404.html for a page address;
 * null for a missing file with an extension (the server sends "Not found").
 */
async function localFile(root, pathname) {
  const clean = decodeURIComponent(pathname);
  const tries = [clean];
  if (!path.extname(clean)) {
    const language = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\//.exec(clean + '/')?.[1];
    tries.push(path.posix.join(clean, 'index.html'), language && `/${language}/404.html`, '/404.html');
  }
  for (const t of tries.filter(Boolean)) if (await isFile(path.join(root, t))) return path.join(root, t);
  return null;
}

/** Sizes of each same-origin address and their total; missing files count 0. */
async function sizeAll(root, pathnames) {
  const files = [];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const pathname of pathnames) {
    const file = await localFile(root, pathname);
    const s = file ? await sizes(file) : { raw: 0, gzip: 0, brotli: 0 };
    files.push({ path: pathname, file: file && path.relative(root, file), ...s });
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  return { files, total };
}

// ---- critical path ----------------------------------------------------------

const attributes = (text) => Object.fromEntries(
  [...text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)]
    .map((m) => [m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']),
);
const tags = (html, name) => [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => attributes(m[1]));

/**
 * The page's HTML plus what the browser must fetch before it may paint:
 * stylesheets (not print-only or alternate ones) and classic scripts with
 * src and neither async nor defer, in <head>. Module scripts, preloads and
 * fetches do not hold up the first paint, so they are not counted. The
 * built HTML is our own, so a regular expression is parser enough.
 */
async function criticalPath(root, pagePath) {
  const html = await fs.readFile(await localFile(root, pagePath), 'utf8');
  const head = html.replace(/<!--[\s\S]*?-->/g, '').split(/<\/head>/i)[0];
  const stylesheets = tags(head, 'link')
    .filter((a) => a.rel?.toLowerCase().split(/\s+/).includes('stylesheet'))
    .filter((a) => !/\balternate\b/i.test(a.rel) && a.media?.toLowerCase() !== 'print' && !('disabled' in a))
    .map((a) => a.href);
  const scripts = tags(head, 'script')
    .filter((a) => a.src && !('async' in a) && !('defer' in a))
    .filter((a) => !a.type || /^(text|application)\/(java|ecma)script$/i.test(a.type))
    .map((a) => a.src);
  const addresses = [pagePath, ...[...stylesheets, ...scripts].map((href) => new URL(href, 'http://site' + pagePath))
    .filter((url) => url.origin === 'http://site').map((url) => url.pathname)];
  return sizeAll(root, addresses);
}

// ---- first visit ------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every same-origin address a fresh Chromium profile (nothing cached, nothing
 * stored: a first visit) asks for, until the app has taken over (it sets
 * data-app-running on <html>) and no request has been open for 500 ms. The
 * quiet is watched here rather than with Playwright's 'networkidle', which
 * may already have passed before the app starts its own fetches.
 */
async function firstVisit(origin, root, pagePath, { app }) {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const seen = new Set();
    let open = 0;
    let lastActivity = Date.now();
    page.on('request', (request) => {
      open++;
      lastActivity = Date.now();
      const url = new URL(request.url());
      if (url.origin === origin) seen.add(url.pathname);
    });
    const finished = () => { open--; lastActivity = Date.now(); };
    page.on('requestfinished', finished);
    page.on('requestfailed', finished);
    const started = Date.now();
    const response = await page.goto(origin + pagePath);
    const appRunning = app
      ? await page.waitForSelector(READY, { state: 'attached', timeout: APP_TIMEOUT_MS }).then(() => true, () => false)
      : null;
    const deadline = Date.now() + 15000;
    while ((open > 0 || Date.now() - lastActivity < 500) && Date.now() < deadline) await sleep(100);
    return { status: response?.status(), app_running: appRunning, ms: Date.now() - started, ...await sizeAll(root, [...seen]) };
  } finally {
    await browser.close();
  }
}

// ---- Lighthouse -------------------------------------------------------------

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : null;
};

async function lighthouseOnce(port, url, notFound) {
  const { lhr } = await lighthouse(url, {
    port, logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    // The not-found page is meant to answer 404; Lighthouse would otherwise refuse it.
    ignoreStatusCode: notFound,
  });
  const score = (id) => (lhr.categories[id]?.score == null ? null : lhr.categories[id].score * 100);
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    best_practices: score('best-practices'),
    fcp_ms: metric('first-contentful-paint'),
    lcp_ms: metric('largest-contentful-paint'),
    tbt_ms: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    // Which element was the LCP tells why the LCP is late (e.g. one the app re-renders).
    lcp_element: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    error: lhr.runtimeError?.code ?? null,
  };
}

const medianOf = (runs) => Object.fromEntries(
  Object.keys(runs[0]).filter((k) => !['error', 'lcp_element'].includes(k)).map((k) => [k, median(runs.map((r) => r[k]))]),
);

// ---- run --------------------------------------------------------------------

const appServer = await startServer({ root: dist, compress: true });
const plainServer = await startServer({ root: plain, compress: true });
const report = { date: new Date().toISOString(), dist, plain, lighthouse_runs: withLighthouse ? RUNS : 0, routes: [] };

for (const route of routes) {
  const notFound = route.path === NOT_FOUND_PATH;
  // A route without its own plain page would be compared with the plain 404.
  const plainFile = await localFile(plain, route.path);
  const hasPlain = notFound || (plainFile && !plainFile.endsWith('404.html'));
  process.stdout.write(`measuring ${route.path} …\n`);
  const entry = {
    path: route.path,
    plain_page: hasPlain ? path.relative(plain, plainFile) : null,
    send_hub: {
      critical_path: await criticalPath(dist, route.path),
      first_visit: await firstVisit(appServer.origin, dist, route.path, { app: true }),
    },
    plain: hasPlain ? {
      critical_path: await criticalPath(plain, route.path),
      first_visit: await firstVisit(plainServer.origin, plain, route.path, { app: false }),
    } : null,
  };
  report.routes.push(entry);
}

if (withLighthouse) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
  try {
    // A just-started Chrome loads its first page unlike any later one (in
    // trials its first LCP was half the rest), so one unmeasured run per
    // server keeps that out of the medians.
    for (const server of [appServer, plainServer]) await lighthouseOnce(chrome.port, server.origin + '/', false);
    for (const entry of report.routes) {
      const notFound = entry.path === NOT_FOUND_PATH;
      const app = [];
      const bare = [];
      // Alternated, so a busy moment on the machine hits both pages alike.
      for (let i = 0; i < RUNS; i++) {
        process.stdout.write(`lighthouse ${entry.path} run ${i + 1}/${RUNS} …\n`);
        app.push(await lighthouseOnce(chrome.port, appServer.origin + entry.path, notFound));
        if (entry.plain) bare.push(await lighthouseOnce(chrome.port, plainServer.origin + entry.path, notFound));
      }
      entry.send_hub.lighthouse = { median: medianOf(app), runs: app };
      if (entry.plain) entry.plain.lighthouse = { median: medianOf(bare), runs: bare };
      const [lcp, plainLcp] = [entry.send_hub.lighthouse.median.lcp_ms, entry.plain?.lighthouse.median.lcp_ms];
      entry.lcp_ratio = lcp != null && plainLcp ? lcp / plainLcp : null;
    }
  } finally {
    await chrome.kill();
  }
}
await appServer.close();
await plainServer.close();

// ---- report -----------------------------------------------------------------

const TARGETS = [
  { name: 'LCP ≤ 1.15 × plain page', value: (e) => e.lcp_ratio, ok: (v) => v <= 1.15, show: (v) => v.toFixed(2) },
  { name: 'Lighthouse performance ≥ 99', value: (e) => e.send_hub.lighthouse?.median.performance, ok: (v) => v >= 99, show: (v) => v.toFixed(0) },
  { name: 'critical path ≤ 15 KB brotli', value: (e) => e.send_hub.critical_path.total.brotli, ok: (v) => v <= 15 * KB, show: (v) => `${(v / KB).toFixed(1)} KB` },
  { name: 'first visit ≤ 180 KB brotli', value: (e) => e.send_hub.first_visit.total.brotli, ok: (v) => v <= 180 * KB, show: (v) => `${(v / KB).toFixed(1)} KB` },
  { name: 'CLS 0', value: (e) => e.send_hub.lighthouse?.median.cls, ok: (v) => v === 0, show: (v) => v.toFixed(3) },
];

const kb = (n) => (n / KB).toFixed(1);
const trio = (s) => `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}`;
const fixed = (v, digits, scale = 1) => (v == null ? '–' : (v / scale).toFixed(digits));
// Route and page names left-aligned, numbers right-aligned.
const row = (cells, widths) => cells.map((c, i) => String(c)[i > 1 ? 'padStart' : 'padEnd'](widths[i])).join('  ');

const widths = [34, 8, 18, 20, 4, 5, 5, 6, 5, 5, 4, 4];
console.log('\nPer route: send-hub beside the plain page. KB = 1024 bytes; sizes raw/gzip -9/brotli 11;');
console.log(withLighthouse ? `Lighthouse mobile, simulated slow 4G, median of ${RUNS} runs.` : 'Lighthouse not run (--no-lighthouse).');
console.log(row(['route', 'page', 'critical KB', 'first visit KB', 'perf', 'FCP s', 'LCP s', 'TBT ms', 'CLS', 'ratio', 'a11y', 'b-p'], widths));
for (const e of report.routes) {
  for (const [name, m] of [['send-hub', e.send_hub], ['plain', e.plain]]) {
    if (!m) {
      console.log(row(['', 'plain', 'no plain page: not compared', '', '', '', '', '', '', '', '', ''], widths));
      continue;
    }
    const lh = m.lighthouse?.median ?? {};
    console.log(row([
      name === 'send-hub' ? e.path : '', name, trio(m.critical_path.total), trio(m.first_visit.total),
      fixed(lh.performance, 0), fixed(lh.fcp_ms, 2, 1000), fixed(lh.lcp_ms, 2, 1000), fixed(lh.tbt_ms, 0), fixed(lh.cls, 3),
      name === 'send-hub' ? fixed(e.lcp_ratio, 2) : '', fixed(lh.accessibility, 0), fixed(lh.best_practices, 0),
    ], widths));
  }
  for (const [name, m] of [['send-hub', e.send_hub], ['plain', e.plain]]) {
    const missing = (m?.first_visit.files ?? []).filter((f) => !f.file).map((f) => f.path);
    if (missing.length) console.log(`  ! ${name} asked for files its folder does not have (counted 0): ${missing.join(', ')}`);
  }
  if (e.send_hub.first_visit.app_running === false) console.log(`  ! the app did not start on ${e.path} within ${APP_TIMEOUT_MS / 1000} s`);
  for (const [name, m] of [['send-hub', e.send_hub], ['plain', e.plain]]) {
    const errors = (m?.lighthouse?.runs ?? []).map((r) => r.error).filter(Boolean);
    if (errors.length) console.log(`  ! Lighthouse on ${name} ${e.path}: ${[...new Set(errors)].join(', ')}`);
  }
}
if (report.routes.some((e) => e.path === NOT_FOUND_PATH)) {
  console.log(`\n${NOT_FOUND_PATH}: both servers answer with their 404.html (status 404), so it is compared with the plain 404.html.`);
}

console.log('\nTargets (send-hub, every route):');
report.targets = TARGETS.map((t) => {
  const values = report.routes.map((e) => ({ path: e.path, value: t.value(e) ?? null }));
  const measured = values.filter((v) => v.value != null);
  const misses = measured.filter((v) => !t.ok(v.value));
  const met = measured.length === 0 ? null : misses.length === 0;
  const verdict = met == null ? 'not measured' : met ? 'met' : 'NOT MET';
  const detail = misses.map((v) => `${v.path} ${t.show(v.value)}`).join(', ');
  const unmeasured = values.length - measured.length;
  console.log(`  ${t.name.padEnd(32)} ${verdict.padEnd(13)}${detail}${unmeasured && measured.length ? `  (${unmeasured} route(s) not measured)` : ''}`);
  return { name: t.name, met, misses, values };
});

console.log('\nMarkdown summary (send-hub; plain = the plain page of the same text and markup):\n');
console.log('| route | critical KB br | first visit KB br | perf | FCP s | LCP s | plain LCP s | LCP ratio | TBT ms | CLS |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const e of report.routes) {
  const lh = e.send_hub.lighthouse?.median ?? {};
  console.log(`| \`${e.path}\` | ${kb(e.send_hub.critical_path.total.brotli)} | ${kb(e.send_hub.first_visit.total.brotli)} | ${fixed(lh.performance, 0)} | ${fixed(lh.fcp_ms, 2, 1000)} | ${fixed(lh.lcp_ms, 2, 1000)} | ${fixed(e.plain?.lighthouse?.median.lcp_ms, 2, 1000)} | ${fixed(e.lcp_ratio, 2)} | ${fixed(lh.tbt_ms, 0)} | ${fixed(lh.cls, 3)} |`);
}

const out = path.join(repo, 'bench-results/latest.json');
await fs.mkdir(path.dirname(out), { recursive: true });
await fs.writeFile(out, JSON.stringify(report, null, 2));
console.log(`\nwritten to ${path.relative(process.cwd(), out) || out}`);
