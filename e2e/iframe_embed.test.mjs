// The iframe embed: the example council page (public/embed/example.html)
// shows the site in a frame that grows to fit, told by height messages of a
// documented shape that the page accepts only from its own frame; the site
// tells its height only to pages on sites its manifest lists
// (frame_parent_origins); and it works in a sandboxed frame where storage
// is blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useApp, expectNoAxeViolations } from './support/app.mjs';
import { startServer } from './support/server.mjs';
import { copyDist } from './support/dist_copy.mjs';

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
const heightMessages = (page) => page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'send-hub:height'));

/**
 * The height messages the framed site has sent so far. Messages from one
 * window arrive in the order they were sent, so once a message posted from
 * inside the frame now has arrived, every height message the site sent
 * before it has arrived too (or was never delivered).
 */
async function heightMessagesSoFar(page) {
  const mark = `probe-${Math.random()}`;
  await page.frameLocator('iframe[data-send-hub-frame]').locator('html')
    .evaluate((html, mark) => window.parent.postMessage({ type: 'e2e:probe', mark }, '*'), mark);
  await page.waitForFunction((mark) => window.__messages.some((m) => m.data?.mark === mark), mark);
  return heightMessages(page);
}

/** A council page on a site of its own, showing the site at `siteOrigin` in a frame, as docs/embedding.md says. */
const councilPage = (siteOrigin) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>SEND improvement – Example County Council</title></head>
  <body>
    <main>
      <h1>SEND improvement</h1>
      <iframe data-send-hub-frame src="${siteOrigin}/" title="SEND Improvement Programme pages"></iframe>
    </main>
    <script src="${siteOrigin}/embed/frame.js"></script>
  </body>
</html>
`;

// Framing from another site: the site again, from a copy of the build whose
// content/site.json a test rewrites, and a council's web server, reached by
// two names that a browser counts as two sites (localhost for the council,
// 127.0.0.1 for some other site). They stop after the browser has closed
// (useApp's after() runs first): a server waits for the browser's open
// connections before it stops.
const framing = {};
before(async () => {
  framing.site = copyDist();
  framing.councilFiles = mkdtempSync(path.join(tmpdir(), 'send-hub-council-'));
  framing.siteServer = await startServer({ root: framing.site.root });
  framing.siteOrigin = framing.siteServer.origin;
  framing.councilServer = await startServer({ root: framing.councilFiles });
  writeFileSync(path.join(framing.councilFiles, 'send.html'), councilPage(framing.siteOrigin));
});
after(async () => {
  await framing.siteServer?.close();
  await framing.councilServer?.close();
  framing.site?.remove();
  if (framing.councilFiles) rmSync(framing.councilFiles, { recursive: true, force: true });
});

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
      assert.equal(origin, app.origin, 'from the site');
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

test('the site tells its height only to a council page on a site its manifest lists', async () => {
  const { port } = new URL(framing.councilServer.origin);
  const council = `http://localhost:${port}`;
  const elsewhere = `http://127.0.0.1:${port}`;
  const allowParents = (origins) => framing.site.editJson('content/site.json', (manifest) => {
    manifest.frame_parent_origins = origins;
  });

  /** Opens the page at `origin` and waits until the framed site is running and has sent any height message it was going to. */
  const openCouncilPage = async (page, origin) => {
    await recordMessages(page);
    await page.goto(`${origin}/send.html`);
    const frame = page.frameLocator('iframe[data-send-hub-frame]');
    await frame.locator('main h1').waitFor();
    // The site marks its root just before it first tells the page around it its height.
    await frame.locator('html[data-framed]').waitFor({ state: 'attached', timeout: 15000 });
    return frame;
  };
  const toThePlan = async (page, frame) => {
    await frame.locator('nav.app-nav a', { hasText: 'The plan' }).click();
    await frame.locator('main h1', { hasText: 'The plan' }).waitFor();
  };

  // Listed: other sites only, among them the council's host name over https.
  allowParents(['https://www.example-council.gov.uk', `https://localhost:${port}`]);
  await app.withPage(async (page) => {
    const frame = await openCouncilPage(page, council);
    assert.deepEqual(await heightMessagesSoFar(page), [], 'a page on an unlisted site is not told the height');
    await toThePlan(page, frame);
    assert.deepEqual(await heightMessagesSoFar(page), [], 'nor when the framed page changes');
    assert.equal(await page.locator('iframe[data-send-hub-height]').count(), 0, 'so the frame is never resized');
  });

  // Listed: the council's site.
  allowParents(['https://www.example-council.gov.uk', council]);
  await app.withPage(async (page) => {
    const frame = await openCouncilPage(page, council);
    const messages = await heightMessagesSoFar(page);
    assert.ok(messages.length > 0, 'the listed council page is told the height');
    for (const { origin, data } of messages) {
      assert.equal(origin, framing.siteOrigin, 'from the site');
      assert.deepEqual(Object.keys(data).sort(), ['height', 'path', 'type']);
      assert.equal(data.path, '/');
    }
    await page.waitForFunction(() => document.querySelector('iframe[data-send-hub-frame]').getBoundingClientRect().height > 400);
    const homeHeight = await frameHeight(page);
    await toThePlan(page, frame);
    await page.waitForFunction((h) => document.querySelector('iframe[data-send-hub-frame]').getBoundingClientRect().height > h, homeHeight);
    assert.equal((await heightMessages(page)).at(-1).data.path, '/written-statement-of-action');
  });

  // Still listed: the council's site only; another site framing the pages learns nothing.
  await app.withPage(async (page) => {
    const frame = await openCouncilPage(page, elsewhere);
    assert.deepEqual(await heightMessagesSoFar(page), [], 'an unlisted site is not told the height');
    await toThePlan(page, frame);
    assert.deepEqual(await heightMessagesSoFar(page), [], 'nor when the framed page changes');
    assert.equal(await page.locator('iframe[data-send-hub-height]').count(), 0, 'so the frame is never resized');
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
