// Read aloud with a real speech engine: Chromium with speech-dispatcher and
// espeak-ng (see support/speech_service.mjs). espeak-ng sends no word
// boundaries, so this also exercises the piece-by-piece highlight.
//
// Whether the machine can speak is decided without the app: its programs
// are installed, and the browser lists an English voice on a blank page.
// If it cannot, the test says why and is skipped, never passed; if it can,
// an app that says it cannot read aloud fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { openPage } from './support/app.mjs';
import { realSpeechMissing, startNullAudio } from './support/speech_service.mjs';

const missing = realSpeechMissing();
let server, browser, audio, machineVoices;
before(async () => {
  if (missing) return;
  audio = await startNullAudio();
  server = await startServer();
  browser = await launchBrowser(['--enable-speech-dispatcher']);
  machineVoices = await englishVoicesOfTheBrowser();
});

/** The English voices Chromium lists on a blank page, waiting for them as
 * the engine loads its list in the background (up to 15 s). */
async function englishVoicesOfTheBrowser() {
  const page = await browser.context.newPage();
  try {
    return await page.evaluate(() => new Promise((resolve) => {
      const english = () => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('en')).map((v) => v.name);
      const done = () => english().length > 0 && resolve(english());
      speechSynthesis.addEventListener('voiceschanged', done);
      done();
      setTimeout(() => resolve(english()), 15000);
    }));
  } finally {
    await page.close();
  }
}
after(async () => {
  await browser?.close();
  await server?.close();
  audio?.stop();
});

test('a paragraph is really spoken: speech starts, ends and the controls return to idle', async (t) => {
  const cannotSpeak = missing ?? (machineVoices.length === 0 ? 'the browser lists no English voice on a blank page' : null);
  if (cannotSpeak) {
    console.warn(`\n*** SKIPPED real speech test: ${cannotSpeak} ***\n`);
    t.skip(cannotSpeak);
    return;
  }
  const page = await browser.context.newPage();
  try {
    await openPage(page, server.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    const status = page.locator('.app-tools__status');
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent !== 'Checking whether this browser can read aloud…', null, { timeout: 15000 });
    assert.equal(await status.textContent(), 'Ready to read.', `the machine has English voices (${machineVoices.join(', ')})`);
    const offered = await page.getByLabel('Voice').locator('option').allTextContents();
    assert.ok(machineVoices.every((voice) => offered.some((option) => option.includes(voice))), `every English voice is offered: ${offered.join(', ')}`);
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
