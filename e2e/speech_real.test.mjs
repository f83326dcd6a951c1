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

const ready = (page) => page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Ready to read.', null, { timeout: 60000 });
/** Waits until the engine has started on a piece of `start`'s block. */
const speakingIn = (page, start) => page.waitForFunction(
  (start) => CSS.highlights.has('app-speech-chunk') && document.querySelector('.app-speech-block')?.textContent.startsWith(start),
  start, { timeout: 20000 },
);

test('a paragraph is really spoken; a second one clicked straight after is spoken instead; pause, resume and stop work', async (t) => {
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

    // One paragraph, start to end.
    await page.getByRole('button', { name: 'Click to listen' }).click();
    const first = page.locator('main p', { hasText: 'All of Us is a group' });
    await first.click();
    await speakingIn(page, 'All of Us is a group');
    assert.equal(await status.textContent(), 'Reading…');
    assert.equal(await page.locator('.app-speech-block').textContent(), await first.textContent());
    await ready(page);
    assert.equal(await page.evaluate(() => CSS.highlights.has('app-speech-chunk')), false, 'the highlight is cleared at the end');
    assert.equal(await page.locator('.app-speech-block').count(), 0);

    // Two paragraphs clicked 200 ms apart: the second is spoken to its end
    // (speech-dispatcher drops a speak() in the same task as a cancel()).
    await page.locator('main p', { hasText: 'We want to offer different ways' }).click();
    await page.waitForTimeout(200);
    await page.locator('main p', { hasText: 'There is also a parent and carer reference group' }).click();
    await speakingIn(page, 'There is also a parent and carer reference group');
    await ready(page);

    // Pause silences the engine, Resume speaks again, Stop ends reading.
    await page.getByRole('button', { name: 'Read the page' }).click();
    await speakingIn(page, 'Get involved');
    await page.waitForFunction(() => speechSynthesis.speaking, null, { timeout: 20000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.equal(await status.textContent(), 'Paused.');
    await page.waitForFunction(() => !speechSynthesis.speaking, null, { timeout: 5000 });
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => speechSynthesis.speaking), false, 'still silent while paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForFunction(() => speechSynthesis.speaking, null, { timeout: 20000 });
    assert.equal(await status.textContent(), 'Reading…');
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForFunction(() => !speechSynthesis.speaking, null, { timeout: 5000 });
    assert.equal(await status.textContent(), 'Ready to read.');
  } finally {
    await page.close();
  }
});
