// Read aloud with a real speech engine: Chromium with speech-dispatcher and
// espeak-ng (see support/speech_service.mjs). espeak-ng sends no word
// boundaries, so this also exercises the piece-by-piece highlight. If the
// machine cannot speak, the test says why and is skipped, never passed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { openPage } from './support/app.mjs';
import { realSpeechMissing, startNullAudio } from './support/speech_service.mjs';

const missing = realSpeechMissing();
let server, browser, audio;
before(async () => {
  if (missing) return;
  audio = await startNullAudio();
  server = await startServer();
  browser = await launchBrowser(['--enable-speech-dispatcher']);
});
after(async () => {
  await browser?.close();
  await server?.close();
  audio?.stop();
});

test('a paragraph is really spoken: speech starts, ends and the controls return to idle', async (t) => {
  if (missing) {
    console.warn(`\n*** SKIPPED real speech test: ${missing} ***\n`);
    t.skip(missing);
    return;
  }
  const page = await browser.context.newPage();
  try {
    await openPage(page, server.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    const status = page.locator('.app-tools__status');
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent !== 'Checking whether this browser can read aloud…', null, { timeout: 15000 });
    const ready = await status.textContent();
    if (ready !== 'Ready to read.') {
      console.warn(`\n*** SKIPPED real speech test: the browser reports "${ready}" ***\n`);
      t.skip(ready);
      return;
    }
    await page.getByRole('button', { name: 'Click to listen' }).click();
    await page.locator('main p', { hasText: 'All of Us is a group' }).click();
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Reading…', null, { timeout: 15000 });
    assert.ok(await page.evaluate(() => CSS.highlights.has('app-speech-chunk')), 'the piece being read is highlighted');
    assert.equal(await page.locator('.app-speech-block').textContent(), await page.locator('main p', { hasText: 'All of Us is a group' }).textContent());
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Ready to read.', null, { timeout: 60000 });
    assert.equal(await page.evaluate(() => CSS.highlights.has('app-speech-chunk')), false, 'the highlight is cleared at the end');
    assert.equal(await page.locator('.app-speech-block').count(), 0);
  } finally {
    await page.close();
  }
});
