// The iframe embed: the example council page (public/embed/example.html)
// shows the site in a frame that grows to fit, told by height messages of a
// documented shape that the page accepts only from its own frame; and the
// site works in a sandboxed frame where storage is blocked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, expectNoAxeViolations } from './support/app.mjs';

// A frame sandboxed without allow-same-origin has an opaque origin, so its
// requests for scripts and content are cross-origin: the server must allow
// that (docs/embedding.md says so).
const app = useApp({ headers: { 'access-control-allow-origin': '*' } });
const EXAMPLE = '/embed/example.html';
const exampleHtml = readFileSync(new URL('../public/embed/example.html', import.meta.url), 'utf8');

/** Records every message the host page receives. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (event) => window.__messages.push({ origin: event.origin, data: event.data }));
  });
}

const frameHeight = (page) => page.locator('iframe[data-send-hub-frame]').evaluate((f) => f.getBoundingClientRect().height);

test('the example council page shows the site in a frame that fits its content, with no inner scroll bar', async () => {
  await app.withPage(async (page) => {
    await recordMessages(page);
    await page.goto(app.origin + EXAMPLE);
    const frame = page.frameLocator('iframe[data-send-hub-frame]');
    await frame.locator('main h1').waitFor();
    await page.waitForSelector('iframe[data-send-hub-height]');
    await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'send-hub:height' && m.data.height > 400));
    const messages = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'send-hub:height'));
    for (const { origin, data } of messages) {
      assert.equal(origin, app.origin, 'sent to (and from) the site origin only');
      assert.deepEqual(Object.keys(data).sort(), ['height', 'path', 'type']);
      assert.ok(Number.isInteger(data.height) && data.height > 0, `height ${data.height}`);
      assert.equal(data.path, '/');
    }
    // The frame is as tall as the page inside it: no scrolling inside.
    await page.waitForFunction(() => {
      const f = document.querySelector('iframe[data-send-hub-frame]');
      const d = f.contentDocument.documentElement;
      return d.scrollHeight <= d.clientHeight + 1;
    });
    const homeHeight = await frameHeight(page);
    // Going to a longer page inside the frame grows it, and says where it is.
    await frame.locator('nav.app-nav a', { hasText: 'The plan' }).click();
    await frame.locator('main h1', { hasText: 'The plan' }).waitFor();
    await page.waitForFunction((h) => document.querySelector('iframe[data-send-hub-frame]').getBoundingClientRect().height > h, homeHeight);
    const last = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'send-hub:height').at(-1).data);
    assert.equal(last.path, '/written-statement-of-action');
    assert.equal(page.url(), app.origin + EXAMPLE, 'the council page address is unchanged');
    await expectNoAxeViolations(page, 'the example council page with the site framed');
  });
});

test('height messages from anywhere but the frame are ignored', async () => {
  await app.withPage(async (page) => {
    await page.goto(app.origin + EXAMPLE);
    await page.waitForSelector('iframe[data-send-hub-height]');
    const before = await frameHeight(page);
    await page.evaluate(() => window.postMessage({ type: 'send-hub:height', height: 99999, path: '/' }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await frameHeight(page), before, 'a message from the page itself changed nothing');
  });
});

test('in a sandboxed frame with storage blocked, the site still works and says settings will not be kept', async () => {
  await app.withPage(async (page) => {
    await recordMessages(page);
    const sandboxed = exampleHtml.replace('data-send-hub-frame', 'data-send-hub-frame sandbox="allow-scripts"');
    await page.route('**/embed/sandboxed.html', (route) => route.fulfill({ contentType: 'text/html', body: sandboxed }));
    await page.goto(app.origin + '/embed/sandboxed.html');
    const frame = page.frameLocator('iframe[data-send-hub-frame]');
    await frame.locator('main h1').waitFor();
    const blocked = await frame.locator('body').evaluate(() => {
      try { return window.localStorage === null; } catch { return true; }
    });
    assert.ok(blocked, 'storage is blocked in this frame');
    await frame.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await frame.getByText('not letting the site save settings').waitFor();
    await frame.getByLabel('Dark: light text on a dark background').check();
    assert.equal(await frame.locator('html').getAttribute('data-theme'), 'dark');
    await page.waitForSelector('iframe[data-send-hub-height]');
    const origins = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'send-hub:height').map((m) => m.origin));
    assert.ok(origins.length > 0 && origins.every((o) => o === 'null'), origins.join());
  });
});
