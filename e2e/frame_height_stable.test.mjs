// A site in an auto-height frame must settle: with scroll bars that take up
// room (the Windows default), a frame that is briefly too short gets a
// scroll bar, which narrows the page, which makes it taller, which grows the
// frame, which drops the scroll bar, and so on for ever unless the height
// report cannot feed back on itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser([], { classicScrollbars: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The frame's heights, sampled every 50 ms for `ms`. */
const heights = (page, ms) => page.evaluate((ms) => new Promise((resolve) => {
  const seen = [];
  const frame = document.querySelector('iframe[data-send-hub-frame]');
  const timer = setInterval(() => seen.push(frame.getBoundingClientRect().height), 50);
  setTimeout(() => { clearInterval(timer); resolve(seen); }, ms);
}), ms);

const SETTINGS = { version: 1, text_size: 100, spacing: false, font: 'standard', ruler: false, mask: false, speech_rate: 100 };

for (const [label, width, settings, path] of [
  ['360 px', 360, {}, '/'],
  ['700 px at 200 % text', 700, { text_size: 200 }, '/'],
  ['700 px with OpenDyslexic', 700, { font: 'opendyslexic' }, '/'],
  ['360 px in Arabic', 360, {}, '/ar'],
]) {
  test(`the frame settles at ${label} with classic scroll bars and the reading tools open`, async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((settings) => localStorage.setItem('send-hub-settings', JSON.stringify(settings)), { ...SETTINGS, ...settings });
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council</title></head><body style="margin:0">
        <main><h1>SEND</h1><iframe data-send-hub-frame src="${server.origin}${path}" title="SEND pages" style="width:100%;border:0"></iframe></main>
        <script src="${server.origin}/embed/frame.js"></script></body></html>`;
      await page.route('**/council.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
      await page.goto(`${server.origin}/council.html`);
      const frame = page.frameLocator('iframe[data-send-hub-frame]');
      await frame.locator('[data-app-running]').first().waitFor({ state: 'attached', timeout: 15000 });
      await frame.locator('.app-tools-toggle').click();
      // Once read aloud has found out what this browser can do (its message
      // replaces "Checking…" and changes the page's height once).
      const status = frame.locator('.app-tools__status');
      const checking = await status.textContent();
      await status.filter({ hasNotText: checking }).waitFor({ timeout: 10000 });
      await page.waitForTimeout(1000);
      const seen = await heights(page, 1000);
      const spread = Math.max(...seen) - Math.min(...seen);
      assert.ok(spread <= 1, `the frame's height is stable within 1 s: ${[...new Set(seen)].join(', ')}`);
      const inner = await frame.locator('html').evaluate((html) => ({ scrollbar: html.clientWidth < innerWidth, scrolls: html.scrollHeight > html.clientHeight + 1 }));
      assert.deepEqual(inner, { scrollbar: false, scrolls: false }, 'and the page inside it needs no scroll bar');
    } finally {
      await page.close();
    }
  });
}

test('a council page that does not size the frame leaves it scrollable', async () => {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 360, height: 800 });
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council</title></head><body>
      <main><h1>SEND</h1><iframe src="${server.origin}/" title="SEND pages" style="width:100%;height:600px;border:0"></iframe></main></body></html>`;
    await page.route('**/council.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await page.goto(`${server.origin}/council.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-app-running]').first().waitFor({ state: 'attached', timeout: 15000 });
    await page.waitForTimeout(500);
    const inner = await frame.locator('html').evaluate((html) => ({ fitted: html.hasAttribute('data-frame-fitted'), overflow: getComputedStyle(html).overflowY, scrolls: html.scrollHeight > html.clientHeight }));
    assert.deepEqual(inner, { fitted: false, overflow: 'visible', scrolls: true }, 'the reader can scroll inside it');
  } finally {
    await page.close();
  }
});
