// Bad content never breaks the app: each failure shows an alert that names
// the file and the problem, offers Try again, and the navigation still works.
// The server's answers are replaced with page.route, standing in for a
// broken or misconfigured council web server.
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
  { name: 'a wrong type', answer: json('{"schema_version": 1, "title": ["not", "text"], "blocks": []}'), expect: /pages\/deep-dive\.json has a problem in the field title \(line 1, column \d+\): invalid type/ },
  { name: 'an unknown field', answer: json('{"schema_version": 1, "title": "x", "blocks": [], "autoplay": true}'), expect: /unknown field `autoplay`/ },
  { name: 'an unsupported schema version', answer: json('{"schema_version": 9, "title": "x", "blocks": []}'), expect: /uses content format version 9, but this site understands version 1 only/ },
  { name: 'an absurdly large file', answer: json(`{"schema_version": 1, "title": "x", "blocks": [], "pad": "${'x'.repeat(600 * 1024)}"}`), expect: /pages\/deep-dive\.json is \d+ bytes, more than the 524288 bytes/ },
  { name: 'text containing a script tag', answer: json('{"schema_version": 1, "title": "x", "blocks": [{"type": "paragraph", "text": "<script>window.__pwned = true</script>"}]}'), expect: /HTML code in the field blocks\[0\]\.text/ },
];

for (const { name, answer, expect } of CASES) {
  test(`${name} gives a clear alert, and the navigation still works`, async () => {
    await app.withPage(async (page) => {
      await page.route(`**/content/${FILE}`, (route) => route.fulfill(answer));
      await openPage(page, app.origin, '/deep-dive', 'Sorry, this page could not be shown');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), expect);
      assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from content ran');
      await page.locator('nav[aria-label="Main"] a', { hasText: 'Get involved' }).click();
      await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Get involved');
      assert.equal(await page.getByRole('alert').count(), 0);
    });
  });
}

test('no network gives an alert, and Try again recovers and focuses the page heading', async () => {
  await app.withPage(async (page) => {
    let offline = true;
    await page.route(`**/content/${FILE}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await openPage(page, app.origin, '/deep-dive', 'Sorry');
    assert.match(await page.getByRole('alert').textContent(), /could not reach the server to fetch pages\/deep-dive\.json/);
    offline = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.match(await page.locator('main h1').textContent(), /^Deep dive/);
    assert.equal(await page.getByRole('alert').count(), 0);
  });
});

test('a broken site manifest shows an alert on every page and Try again recovers', async () => {
  await app.withPage(async (page) => {
    let broken = true;
    await page.route('**/content/site.json', (route) =>
      broken ? route.fulfill(json('{"schema_version": 1, "title": 3}')) : route.continue(),
    );
    await openPage(page, app.origin, '/get-involved', 'Sorry');
    assert.match(await page.getByRole('alert').textContent(), /site\.json has a problem in the field title/);
    assert.equal(await page.locator('header a', { hasText: 'SEND Improvement Programme' }).count(), 1, 'the header still links home');
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Get involved');
    assert.ok(await page.locator('nav[aria-label="Main"] a').count() >= 5, 'navigation appears');
  });
});

test('a broken glossary still shows the page, with a notice about abbreviations', async () => {
  await app.withPage(async (page) => {
    await page.route('**/content/glossary.json', (route) => route.fulfill({ status: 503, body: '' }));
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    const alert = page.getByRole('alert');
    assert.match(await alert.textContent(), /Abbreviations are not explained on this page.*glossary\.json.*503/s);
    assert.ok(await page.locator('.app-action').count() > 10, 'the page content is still shown');
  });
});

test('a slow server shows a loading message, then the page', async () => {
  await app.withPage(async (page) => {
    await page.route(`**/content/${FILE}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(app.origin + '/deep-dive');
    const status = page.getByRole('status').filter({ hasText: 'Loading' });
    await status.waitFor({ timeout: 5000 });
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Deep dive'));
    assert.equal(await status.count(), 0);
  });
});

test('if the app itself cannot download, the loading message turns into an alert saying so', async () => {
  await app.withPage(async (page) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${app.origin}/glossary`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10000 });
    assert.match(await alert.textContent(), /pages could not be loaded\. Check your internet connection and reload the page/);
    assert.equal(await page.locator('#app-boot').count(), 1, 'it is the loading message, changed');
  });
});
