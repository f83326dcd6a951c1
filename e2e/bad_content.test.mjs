// Bad content never breaks a page. The server's answers are replaced with
// page.route, standing in for a broken or misconfigured council web server.
//
// - On the site, every page was written at build time: when its content
//   files on the server are broken, missing or unreachable, the page as
//   last published stays readable, and an alert names the file and the
//   problem and offers Try again.
// - In the drop-in embed, which renders from the JSON, the page shows the
//   alert in its place, and the app's navigation still works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';

const app = useApp();

const FILE = 'pages/deep-dive.json';
const json = (body) => ({ status: 200, contentType: 'application/json', body });

const CASES = [
  { name: 'a missing file', answer: { status: 404, body: 'Not found' }, expect: /pages\/deep-dive\.json.*HTTP error 404: the file was not found/ },
  { name: 'a server error', answer: { status: 500, body: 'oops' }, expect: /pages\/deep-dive\.json.*HTTP error 500/ },
  { name: 'malformed JSON', answer: json('{\n  "schema_version": 1,\n  "title": "x",,\n}'), expect: /pages\/deep-dive\.json is not valid JSON at line 3, column \d+/ },
  { name: 'a wrong type', answer: json('{"schema_version": 1, "title": ["not", "text"], "blocks": []}'), expect: /pages\/deep-dive\.json has a problem at line 1, column \d+: invalid type/ },
  { name: 'an unknown field', answer: json('{"schema_version": 1, "title": "x", "blocks": [], "autoplay": true}'), expect: /unknown field `autoplay`/ },
  { name: 'an unsupported schema version', answer: json('{"schema_version": 9, "title": "x", "blocks": []}'), expect: /uses content format version 9, but this site understands version 1 only/ },
  { name: 'an absurdly large file', answer: json(`{"schema_version": 1, "title": "x", "blocks": [], "pad": "${'x'.repeat(600 * 1024)}"}`), expect: /pages\/deep-dive\.json is \d+ bytes, more than the 524288 bytes/ },
  { name: 'text containing a script tag', answer: json('{"schema_version": 1, "title": "x", "blocks": [{"type": "paragraph", "text": "<script>window.__pwned = true</script>"}]}'), expect: /HTML code in the field blocks\[0\]\.text/ },
];

const EMBED = '/embed/example.html';
const embedHeading = (page) => page.locator('[data-send-hub] #send-hub-main h1');

for (const { name, answer, expect } of CASES) {
  test(`${name}: the published page stays, with an alert naming the problem, and the navigation still works`, async () => {
    await app.withPage(async (page) => {
      await page.route(`**/content/${FILE}`, (route) => route.fulfill(answer));
      await openPage(page, app.origin, '/deep-dive', 'Deep dive');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 15000 });
      assert.match(await alert.textContent(), expect);
      assert.match(await alert.textContent(), /reading tools could not start/);
      assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from content ran');
      assert.match(await page.locator('main h1').textContent(), /^Deep dive/, 'the page as published');
      assert.equal(await page.locator('main video').count(), 1);
      await page.locator('nav[aria-label="Main"] a', { hasText: 'Get involved' }).click();
      await page.waitForURL(/\/get-involved$/);
      assert.equal(await page.locator('main h1').textContent(), 'Get involved');
      await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
      assert.equal(await page.getByRole('alert').count(), 0);
    });
  });

  test(`${name} in the drop-in embed gives a clear alert in the page's place, and the app's navigation still works`, async () => {
    await app.withPage(async (page) => {
      await page.route(`**/content/${FILE}`, (route) => route.fulfill(answer));
      await page.goto(`${app.origin}${EMBED}#/deep-dive`);
      await page.waitForFunction(() => document.querySelector('[data-send-hub] #send-hub-main h1')?.textContent === 'Sorry, this page could not be shown', null, { timeout: 15000 });
      const alert = page.locator('[data-send-hub] [role=alert]');
      assert.match(await alert.textContent(), expect);
      assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from content ran');
      await page.locator('[data-send-hub] .app-nav a', { hasText: 'Get involved' }).click();
      await page.waitForFunction(() => document.querySelector('[data-send-hub] #send-hub-main h1')?.textContent === 'Get involved');
      assert.equal(await page.locator('[data-send-hub] [role=alert]').count(), 0);
    });
  });
}

test('no network gives an alert, and Try again recovers', async () => {
  await app.withPage(async (page) => {
    let offline = true;
    await page.route(`**/content/${FILE}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await openPage(page, app.origin, '/deep-dive', 'Deep dive');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /could not reach the server to fetch content\/pages\/deep-dive\.json/);
    offline = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
    assert.match(await page.locator('main h1').textContent(), /^Deep dive/);
    assert.equal(await page.getByRole('alert').count(), 0);
  });
});

test('no network in the drop-in embed gives an alert, and Try again recovers and focuses the page heading', async () => {
  await app.withPage(async (page) => {
    let offline = true;
    await page.route(`**/content/${FILE}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${app.origin}${EMBED}#/deep-dive`);
    const alert = page.locator('[data-send-hub] [role=alert]');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /could not reach the server to fetch pages\/deep-dive\.json/);
    offline = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.match(await embedHeading(page).textContent(), /^Deep dive/);
    assert.equal(await page.locator('[data-send-hub] [role=alert]').count(), 0);
  });
});

test('a broken site manifest shows an alert on the page, which still reads and links home, and Try again recovers', async () => {
  await app.withPage(async (page) => {
    let broken = true;
    await page.route('**/content/site.json', (route) =>
      broken ? route.fulfill(json('{"schema_version": 1, "title": 3}')) : route.continue(),
    );
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /site\.json has a problem at line 1, column \d+/);
    assert.equal(await page.locator('header a', { hasText: 'SEND Improvement Programme' }).count(), 1, 'the header still links home');
    assert.ok(await page.locator('nav[aria-label="Main"] a').count() >= 5, 'the navigation is there');
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
    assert.equal(await page.getByRole('alert').count(), 0);
  });
});

test('a broken glossary still shows the page, with an alert naming the glossary', async () => {
  await app.withPage(async (page) => {
    await page.route('**/content/glossary.json', (route) => route.fulfill({ status: 503, body: '' }));
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /glossary\.json.*503/s);
    assert.ok(await page.locator('.app-action').count() > 10, 'the page content is still shown');
    // Abbreviations are explained as published.
    assert.equal(await page.locator('main abbr[title]').first().count(), 1);
  });
});

test('a broken glossary in the drop-in embed still shows the page, with a notice about abbreviations', async () => {
  await app.withPage(async (page) => {
    await page.route('**/content/glossary.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${app.origin}${EMBED}#/written-statement-of-action`);
    const alert = page.locator('[data-send-hub] [role=alert]');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /Abbreviations are not explained on this page.*glossary\.json.*503/s);
    assert.ok(await page.locator('[data-send-hub] .app-action').count() > 10, 'the page content is still shown');
  });
});

test('on a slow server the page is on screen at once, and the reading tools follow', async () => {
  await app.withPage(async (page) => {
    await page.route(`**/content/${FILE}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(app.origin + '/deep-dive', { waitUntil: 'domcontentloaded' });
    assert.match(await page.locator('main h1').textContent(), /^Deep dive/);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Loading' }).count(), 0, 'nothing says Loading');
    assert.equal(await page.locator('button.app-tools-toggle').isVisible(), false, 'no tools before the app runs');
    await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
    assert.equal(await page.locator('button.app-tools-toggle').isVisible(), true);
  });
});

test('if the app itself cannot download, the page still reads and a note says the reading tools are missing', async () => {
  await app.withPage(async (page) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${app.origin}/glossary`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10000 });
    assert.match(await alert.textContent(), /reading tools could not be loaded\. You can still read every page/);
    assert.equal(await page.locator('main h1').textContent(), 'Glossary');
    assert.equal(await page.locator('[data-app-running]').count(), 0);
  });
});
