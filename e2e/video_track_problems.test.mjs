// A text track that is broken or missing on the live server (edited after
// the build) gives the usual named alert where the transcript or the
// chapters would be, naming the file and the line; the player and the rest
// of the page keep working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { copyDist } from './support/dist_copy.mjs';
import { expectNoAxeViolations } from './support/app.mjs';

let copy;
let server;
let browser;
before(async () => {
  copy = copyDist();
  // Captions whose second cue starts before the first ends, and chapters gone.
  const captions = path.join(copy.root, 'media/deep-dive-sample.pl.vtt');
  writeFileSync(captions, readFileSync(captions, 'utf8').replace('00:00:05.371 --> 00:00:11.902', '00:00:04.000 --> 00:00:11.902'));
  rmSync(path.join(copy.root, 'media/deep-dive-sample.pl.chapters.vtt'));
  server = await startServer({ root: copy.root });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

test('a broken captions file and a missing chapters file are named in alerts, and the video and page keep working', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${server.origin}/pl/deep-dive`);
    await page.waitForSelector('[data-app-running]');
    const captionsAlert = page.locator('.app-transcript [role=alert]');
    await captionsAlert.waitFor();
    const message = await captionsAlert.textContent();
    assert.ok(message.includes('media/deep-dive-sample.pl.vtt'), message);
    assert.match(message, /wiersz 10/, 'names the line, in the page language');
    const chaptersAlert = page.locator('.app-chapters [role=alert]');
    assert.ok((await chaptersAlert.textContent()).includes('media/deep-dive-sample.pl.chapters.vtt'));
    // The rest keeps working: the player, the page's text, the language.
    assert.equal(await page.locator('main video').evaluate((video) => video.controls), true);
    assert.ok((await page.locator('main h1').textContent()).length > 0);
    assert.ok((await page.locator('main p').count()) > 5);
    assert.equal(await page.locator('.app-transcript__line').count(), 0, 'no half transcript');
    assert.deepEqual(errors, []);
    await expectNoAxeViolations(page, 'deep dive with broken tracks');
  } finally {
    await page.close();
  }
});
