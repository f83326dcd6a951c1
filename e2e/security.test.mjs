// Embedding safely: the built site works fully under the strict Content
// Security Policy in docs/deploying.md (no inline script or style), every
// script and stylesheet carries a Subresource Integrity hash that matches its
// bytes, the page talks only to its own origin and sets no cookies.
//
// dist/ is served with the headers a council is told to send, plus a
// `report-uri` so that any violation the browser sees is POSTed back to the
// test server, which records it (e2e/support/server.mjs, `reportPath`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { useApp, ROUTES, openPage } from './support/app.mjs';

/** The policy in docs/deploying.md and docs/nginx.conf (checked below). */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The Permissions-Policy in docs/deploying.md: off for everything the site does not use. */
const PERMISSIONS_POLICY = [
  'accelerometer=()', 'browsing-topics=()', 'camera=()',
  'display-capture=()', 'encrypted-media=()', 'geolocation=()', 'gyroscope=()', 'hid=()',
  'idle-detection=()', 'magnetometer=()', 'microphone=()', 'midi=()', 'payment=()',
  'publickey-credentials-get=()', 'screen-wake-lock=()', 'serial=()', 'usb=()',
  'xr-spatial-tracking=()', 'fullscreen=(self)', 'picture-in-picture=(self)',
].join(', ');

const REPORT_PATH = '/csp-report';
const app = useApp({
  reportPath: REPORT_PATH,
  headers: {
    // The test adds only the report-uri to the documented policy.
    'content-security-policy': `${STRICT_CSP}; report-uri ${REPORT_PATH}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
  },
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Attributes of a start tag (quoted or unquoted values), names lower-cased. */
function attributes(tag) {
  const attrs = new Map();
  const inner = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * Opens a tab that records everything the checks below need: console errors,
 * uncaught errors, every request's URL, and `securitypolicyviolation` events.
 * The listener for those is an init script that the test harness injects over
 * the DevTools protocol: such scripts are exempt from the page's CSP, which
 * still applies in full to everything the site itself loads and runs.
 */
async function watchedPage() {
  const page = await app.newPage();
  const seen = { errors: [], requests: [] };
  page.on('console', (message) => {
    // The not-found page is answered with status 404, as it should be.
    const notFound = /status of 404/.test(message.text()) && new URL(message.location().url).pathname === '/no-such-page';
    if (message.type() === 'error' && !notFound) seen.errors.push(`console: ${message.text()}`);
    // Chromium only warns about a header it cannot use (such as an unknown
    // Permissions-Policy feature): count those as errors too.
    else if (/Permissions-Policy|Content[- ]Security[- ]Policy/i.test(message.text())) seen.errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => seen.requests.push(request.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  return { page, seen };
}

/** Violation reports the server got since `from`, readably. */
function reportsSince(from) {
  return app.reports.slice(from).map((r) => {
    const body = r['csp-report'] ?? r;
    return `${body['effective-directive'] ?? body['violated-directive']} blocked ${body['blocked-uri']} on ${body['document-uri']}`;
  });
}

/** What must stay empty on every page. */
const NO_PROBLEMS = { violations: [], reports: [], consoleErrors: [], foreignRequests: [] };

for (const route of ROUTES) {
  test(`${route.path} works fully under the strict CSP: no violations, no errors, only its own origin`, async () => {
    const reportsBefore = app.reports.length;
    const { page, seen } = await watchedPage();
    // Everything that went wrong, so a failure shows all of it at once.
    const problems = async () => ({
      violations: await page.evaluate(() => window.__cspViolations ?? []),
      reports: reportsSince(reportsBefore),
      consoleErrors: seen.errors,
      foreignRequests: seen.requests.filter((url) => new URL(url).origin !== app.origin),
    });
    try {
      const response = await page.goto(app.origin + route.path);
      assert.equal(response.headers()['content-security-policy'], `${STRICT_CSP}; report-uri ${REPORT_PATH}`);
      try {
        await openPage(page, app.origin, route.path, route.h1);
      } catch (error) {
        await sleep(500);
        assert.fail(`the app did not render ${route.path} (${error.message.split('\n')[0]})\n${JSON.stringify(await problems(), null, 2)}`);
      }
      assert.equal(await page.locator('main h1').count(), 1, 'the app rendered the page');

      // The reading tools open, and changing the theme changes <html data-theme>.
      const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
      await page.getByRole('region', { name: 'Reading tools' }).waitFor();
      const [target, label] = (await theme()) === 'cream'
        ? ['dark', 'Dark: light text on a dark background']
        : ['cream', 'Cream: soft, low-glare colours'];
      await page.getByLabel(label).check();
      assert.equal(await theme(), target);
      await page.getByRole('button', { name: 'Reading tools', exact: true }).click();

      // Clicking a main navigation link moves to the next page.
      const links = page.locator('nav[aria-label="Main"] a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length > 1, 'the main navigation has links');
      const current = await links.evaluateAll((as) => as.findIndex((a) => a.getAttribute('aria-current') === 'page'));
      const next = (current + 1) % hrefs.length;
      const before = (await page.locator('main h1').textContent()).trim();
      await links.nth(next).click();
      await page.waitForFunction(
        ([href, old]) => location.pathname === href && (document.querySelector('main h1')?.textContent.trim() ?? old) !== old,
        [hrefs[next], before],
        { timeout: 15000 },
      );

      // Reports are sent asynchronously; give them time to arrive.
      await sleep(500);
      assert.deepEqual(await problems(), NO_PROBLEMS, `problems on ${route.path}`);
      assert.ok(seen.requests.some((url) => url.endsWith('.wasm')), 'the app was loaded (the request log works)');
    } finally {
      await page.close();
    }
  });
}

/**
 * Checks the tags in `html` (a page, or the embed snippet): no inline script
 * or style, and every script, stylesheet and js/css/wasm preload has an
 * integrity hash that matches the bytes the server sends. Returns the URLs
 * checked. `councilOwn(url)` picks out an example council page's own files,
 * which are not the app's to hash.
 */
async function expectIntegrityOnEveryTag(html, label, { councilOwn = () => false, wasmPreload = true } = {}) {
  assert.doesNotMatch(html, /<style\b/i, `no <style> element in ${label}`);
  assert.doesNotMatch(html, /<[a-z][^>]*\sstyle\s*=/i, `no style= attribute in ${label}`);

  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    attrs: attributes(m[0].slice(0, m[0].indexOf('>') + 1)),
    body: m[1],
    tag: m[0],
  }));
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => ({ attrs: attributes(m[0]), tag: m[0] }));
  const checked = [];
  for (const script of scripts) {
    assert.ok(script.attrs.get('src'), `script has a src, not inline code: ${script.tag.slice(0, 200)}`);
    assert.equal(script.body.trim(), '', `script has no inline code: ${script.tag.slice(0, 200)}`);
    checked.push(script);
  }
  for (const link of links) {
    const rel = (link.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.attrs.get('href') ?? '';
    const built = /\.(m?js|css|wasm)$/i.test(href.split(/[?#]/)[0]);
    // Preloads of content JSON are left out on purpose: editors change
    // those files on the live site without a rebuild, so they cannot be
    // pinned to a hash in index.html.
    if (rel.includes('stylesheet') || (built && (rel.includes('modulepreload') || rel.includes('preload')))) {
      checked.push(link);
    }
  }
  const urls = checked.map((item) => item.attrs.get('src') ?? item.attrs.get('href'));
  const expectedFiles = [/\/loader-[0-9a-f]+\.js$/, /\/settings-boot-[0-9a-f]+\.js$/, /\/app-[0-9a-f]+\.css$/];
  // The site's pages fetch the app after their first paint (the loader
  // asks for its glue and .wasm with their hashes); the drop-in's snippet
  // preloads them.
  if (wasmPreload) expectedFiles.push(/_bg\.wasm$/, /\/send-hub-[0-9a-f]+\.js$/);
  else assert.doesNotMatch(html, /rel="(module)?preload"[^>]*(_bg\.wasm|send-hub-[0-9a-f]+\.js)/, `${label} does not fetch the app before its first paint`);
  for (const expected of expectedFiles) {
    assert.ok(urls.some((url) => expected.test(url)), `${label} loads ${expected} (found ${urls.join(', ')})`);
  }
  for (const item of checked) {
    const url = item.attrs.get('src') ?? item.attrs.get('href');
    const integrity = item.attrs.get('integrity');
    if (councilOwn(url)) continue;
    assert.ok(integrity, `integrity on ${item.tag} in ${label}`);
    const response = await fetch(new URL(url, app.origin));
    assert.equal(response.status, 200, `${url} is served`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const algorithm = integrity.split('-')[0];
    assert.equal(algorithm, 'sha384', `${url} uses sha384`);
    assert.equal(integrity, sri(bytes), `integrity of ${url} matches its bytes`);
  }
  return urls;
}

test('every pre-rendered page has no inline script or style, and every script, stylesheet and preload carries a matching integrity hash', async () => {
  const pages = readdirSync('dist', { recursive: true }).filter((name) => name.endsWith('.html') && !name.startsWith('embed'));
  // Every route in every language, the not-found pages and the shell.
  assert.ok(pages.length >= 40, `${pages.length} pages`);
  for (const name of pages) {
    const html = readFileSync(`dist/${name}`, 'utf8');
    await expectIntegrityOnEveryTag(html, name, { wasmPreload: name === 'shell.html' });
  }
});

for (const path of ['/pl/written-statement-of-action', '/ar/deep-dive', '/ro/no-such-page']) {
  test(`${path} works under the strict CSP with no violations or errors, and the app takes it over`, async () => {
    const reportsBefore = app.reports.length;
    const { page, seen } = await watchedPage();
    try {
      await page.goto(app.origin + path);
      await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
      await sleep(500);
      const notFound = path.endsWith('no-such-page');
      assert.deepEqual(
        {
          violations: await page.evaluate(() => window.__cspViolations ?? []),
          reports: reportsSince(reportsBefore),
          consoleErrors: seen.errors.filter((error) => !(notFound && /status of 404/.test(error))),
          foreignRequests: seen.requests.filter((url) => new URL(url).origin !== app.origin),
        },
        NO_PROBLEMS,
      );
    } finally {
      await page.close();
    }
  });
}

test('the embed snippet and the example council page load the app only with matching integrity hashes', async () => {
  const snippet = await (await fetch(`${app.origin}/embed-snippet.html`)).text();
  assert.match(snippet, /<div data-send-hub\b/, 'the snippet has the <div> to mount in');
  const fromSnippet = await expectIntegrityOnEveryTag(snippet, 'embed-snippet.html');
  const example = await (await fetch(`${app.origin}/embed/example.html`)).text();
  assert.doesNotMatch(example, /<!-- send-hub:/, 'the build filled in the example page\'s markers');
  const fromExample = await expectIntegrityOnEveryTag(example, 'embed/example.html', {
    councilOwn: (url) => url.startsWith('/embed/'),
  });
  for (const url of fromSnippet) assert.ok(fromExample.includes(url), `the example page loads ${url} as the snippet does`);
});

test('the example council page, with the app dropped in and framed, works under the strict CSP', async () => {
  const reportsBefore = app.reports.length;
  const { page, seen } = await watchedPage();
  try {
    await page.goto(`${app.origin}/embed/example.html`);
    const embedded = page.locator('[data-send-hub] #send-hub-main h1');
    await embedded.waitFor({ timeout: 15000 });
    await page.frameLocator('iframe[data-send-hub-frame]').locator('main h1').waitFor({ timeout: 15000 });
    // Move to another page inside the drop-in, and open its reading tools.
    await page.locator('[data-send-hub] nav.app-nav a', { hasText: 'Glossary' }).click();
    await page.locator('[data-send-hub] #send-hub-main h1', { hasText: 'Glossary' }).waitFor();
    await page.locator('[data-send-hub]').getByRole('button', { name: 'Reading tools', exact: true }).click();
    await page.locator('[data-send-hub]').getByLabel('Dark: light text on a dark background').check();
    assert.equal(await page.locator('[data-send-hub]').getAttribute('data-theme'), 'dark');
    await sleep(500);
    assert.deepEqual(
      {
        violations: await page.evaluate(() => window.__cspViolations ?? []),
        reports: reportsSince(reportsBefore),
        consoleErrors: seen.errors,
        foreignRequests: seen.requests.filter((url) => new URL(url).origin !== app.origin),
      },
      NO_PROBLEMS,
    );
  } finally {
    await page.close();
  }
});

test('the app\'s WebAssembly and its glue are integrity-checked too: a changed file is refused, with a message, and each is fetched only once', async () => {
  const loaderName = readdirSync('dist').find((name) => /^loader-[0-9a-f]+\.js$/.test(name));
  const wasmName = readdirSync('dist').find((name) => name.endsWith('_bg.wasm'));
  const glueName = readdirSync('dist').find((name) => /^send-hub-[0-9a-f]+\.js$/.test(name));
  const loader = readFileSync(`dist/${loaderName}`, 'utf8');
  const wasm = readFileSync(`dist/${wasmName}`);
  const glue = readFileSync(`dist/${glueName}`);
  assert.ok(loader.includes(`integrity: "${sri(wasm)}"`), `the loader asks for ${wasmName} with its hash:\n${loader}`);
  assert.ok(loader.includes(`"${sri(glue)}"`), `the loader asks for ${glueName} with its hash:\n${loader}`);
  for (const tampered of [null, 'wasm', 'glue']) {
    await app.withPage(async (page) => {
      const appRequests = [];
      page.on('request', (request) => /(_bg\.wasm|send-hub-[0-9a-f]+\.js)$/.test(request.url()) && appRequests.push(request.url()));
      if (tampered === 'wasm') {
        const changed = Buffer.from(wasm);
        changed[changed.length - 1] ^= 1;
        await page.route('**/*.wasm', (route) => route.fulfill({ body: changed, contentType: 'application/wasm' }));
      }
      if (tampered === 'glue') {
        await page.route(`**/${glueName}`, (route) => route.fulfill({ body: `${glue}\n// changed`, contentType: 'text/javascript' }));
      }
      await page.goto(`${app.origin}/glossary`);
      if (tampered) {
        const alert = page.getByRole('alert');
        await alert.waitFor({ timeout: 10000 });
        assert.match(await alert.textContent(), /reading tools could not be loaded/, `a changed ${tampered}`);
        assert.equal(await page.locator('[data-app-running]').count(), 0, `the app with a changed ${tampered} did not run`);
        assert.equal(await page.locator('main h1').textContent(), 'Glossary', 'the page still reads');
      } else {
        await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
        assert.equal(appRequests.length, 2, `the glue and the .wasm are fetched once each: ${appRequests}`);
      }
    });
  }
});

test('no cookies: document.cookie is empty and the browser holds none after every route', async () => {
  const { page, seen } = await watchedPage();
  try {
    for (const route of ROUTES) {
      await openPage(page, app.origin, route.path, route.h1);
      assert.equal(await page.evaluate(() => document.cookie), '', `document.cookie on ${route.path}`);
    }
    assert.deepEqual(await app.context.cookies(), [], 'cookies in the browser context');
    assert.deepEqual(seen.errors, []);
  } finally {
    await page.close();
  }
});

test('the documented headers are the ones tested here', () => {
  const doc = readFileSync(new URL('../docs/deploying.md', import.meta.url), 'utf8');
  const nginx = readFileSync(new URL('../docs/nginx.conf', import.meta.url), 'utf8');
  for (const [name, text] of [['docs/deploying.md', doc], ['docs/nginx.conf', nginx]]) {
    assert.ok(text.includes(STRICT_CSP), `${name} gives the tested Content-Security-Policy`);
    assert.ok(text.includes(PERMISSIONS_POLICY), `${name} gives the tested Permissions-Policy`);
  }
});

// The one style the app sets at runtime: the reading ruler's position, a CSS
// custom property set through the DOM's style API (Leptos `style:`), which
// the policy allows, unlike a style="…" attribute string.
test('the reading ruler moves under the strict CSP without a style-src violation', async () => {
  const reportsBefore = app.reports.length;
  const { page, seen } = await watchedPage();
  try {
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await page.getByLabel('Reading ruler: a band that follows your pointer or keyboard').check();
    await page.mouse.move(100, 300);
    await page.mouse.move(120, 420);
    const y = () => page.locator('.app-ruler').evaluate((el) => el.style.getPropertyValue('--app-ruler-y'));
    await page.waitForFunction(() => document.querySelector('.app-ruler')?.style.getPropertyValue('--app-ruler-y') !== '');
    assert.match(await y(), /^-?[\d.]+px$/, 'the ruler has a position');
    await sleep(500);
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual({ violations, reports: reportsSince(reportsBefore), consoleErrors: seen.errors },
      { violations: [], reports: [], consoleErrors: [] });
  } finally {
    await page.close();
  }
});

// Last, because it causes a violation on purpose: without it, "no reports"
// above could pass only because reporting or the in-page listener is broken.
test('control: the policy is enforced, and a violation is both reported to the server and seen in the page', async () => {
  const reportsBefore = app.reports.length;
  const { page, seen } = await watchedPage();
  try {
    await openPage(page, app.origin, '/', ROUTES[0].h1);
    const applied = await page.evaluate(() => {
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(p);
      const colour = getComputedStyle(p).color;
      p.remove();
      return colour;
    });
    assert.notEqual(applied, 'rgb(1, 2, 3)', 'a style attribute is blocked');
    const seenInPage = () => page.evaluate(() => window.__cspViolations);
    const deadline = Date.now() + 10000;
    while ((app.reports.length === reportsBefore || (await seenInPage()).length === 0) && Date.now() < deadline) await sleep(100);
    const violations = await seenInPage();
    assert.ok(violations.some((v) => v.startsWith('style-src')), `the page's listener saw a style-src violation: ${JSON.stringify(violations)}`);
    const reports = reportsSince(reportsBefore);
    assert.ok(reports.some((r) => r.startsWith('style-src')), `a style-src report reached the server: ${JSON.stringify(reports)}`);
    assert.ok(seen.errors.length > 0, 'the browser logged the violation as a console error');
  } finally {
    await page.close();
  }
});
