// Read aloud against engines that fail the ways real ones do (issue
// reports from Chrome, Android, speech-dispatcher and Microsoft voices),
// played by the stand-in engine in support/speech_stand_in.mjs: this
// machine's own engine shows none of these faults on demand. The real
// engine is tested in speech_real.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';
import { installSpeechStandIn } from './support/speech_stand_in.mjs';

const app = useApp();
const record = (page) => page.evaluate(() => window.__speech);
const status = (page) => page.locator('.app-tools__status').textContent();
const waitStatus = (page, text, timeout = 20000) =>
  page.waitForFunction((text) => document.querySelector('.app-tools__status')?.textContent === text, text, { timeout });

async function openReadAloud(page, path, h1) {
  await openPage(page, app.origin, path, h1);
  await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
  await waitStatus(page, 'Ready to read.');
}

/** Sets the Speed slider by keyboard to `label` ("0.5", "2", …). */
async function setSpeed(page, label) {
  const speed = page.getByLabel('Speed');
  await speed.focus();
  for (let i = 0; i < 8 && (await speed.getAttribute('aria-valuetext')) !== `${label} times normal speed`; i++) {
    await page.keyboard.press(Number(label) < 1 ? 'ArrowLeft' : 'ArrowRight');
  }
  assert.equal(await speed.getAttribute('aria-valuetext'), `${label} times normal speed`);
}

test('at half speed no piece outlasts an engine that cuts utterances off after 14 seconds, and the whole page is read', async () => {
  await app.withPage(async (page) => {
    // Chrome's voice: about 15.4 characters a second at normal speed, cut
    // off silently after 14 s; run 50 times faster than real time.
    await installSpeechStandIn(page, { charsPerSecond: 15.4, cutOffSeconds: 14, timeScale: 0.02 });
    await openReadAloud(page, '/deep-dive', 'Deep dive');
    await setSpeed(page, '0.5');
    await page.getByRole('button', { name: 'Read the page' }).click();
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    await page.waitForFunction(() => window.__speech.cutOff.length > 0
      || document.querySelector('.app-tools__status')?.textContent === 'Ready to read.', null, { timeout: 60000 });
    const { spoken, ended, cutOff } = await record(page);
    assert.deepEqual(cutOff, [], 'no piece was cut off');
    assert.equal(ended.length, spoken.length, 'every piece was said to its end');
    assert.ok(spoken.every((piece) => piece.rate === 0.5));
    const longest = Math.max(...spoken.map((piece) => piece.text.length / (15.4 * 0.5)));
    assert.ok(longest <= 10.5, `the longest piece takes ${longest.toFixed(1)} s at half speed`);
    const lastParagraph = await page.locator('main p').last().textContent();
    assert.ok(spoken.map((piece) => piece.text).join(' ').includes(lastParagraph.trim().split(/\s+/).slice(-3).join(' ')), 'read to the end of the page');
  });
});

for (const fires of ['end', 'interrupted']) {
  test(`pause and resume are right on an engine whose pause() fires "${fires}" (Android): nothing is read while paused, and resume carries on from the word it paused at`, async () => {
    await app.withPage(async (page) => {
      await installSpeechStandIn(page, { wordMs: 90, pauseFires: fires });
      await openReadAloud(page, '/newsletter', 'Newsletter');
      await page.getByRole('button', { name: 'Read the page' }).click();
      // Pause in the second piece, after a few of its words.
      await page.waitForFunction(() => window.__speech.spoken.length >= 2);
      await page.waitForTimeout(400);
      const word = await page.evaluate(() => [...CSS.highlights.get('app-speech-word') ?? []][0]?.toString());
      await page.getByRole('button', { name: 'Pause' }).click();
      assert.equal(await status(page), 'Paused.');
      const atPause = (await record(page)).spoken.length;
      await page.waitForTimeout(2000);
      assert.equal((await record(page)).spoken.length, atPause, 'nothing more was handed to the engine while paused');
      assert.equal(await status(page), 'Paused.');
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.waitForFunction((n) => window.__speech.spoken.length > n, atPause, { timeout: 5000 });
      assert.equal(await status(page), 'Reading…');
      const { spoken } = await record(page);
      const interrupted = spoken[atPause - 1].text;
      const resumed = spoken[atPause].text;
      assert.ok(interrupted.endsWith(resumed) && resumed.length < interrupted.length, `resumed with the rest of "${interrupted}": "${resumed}"`);
      assert.ok(word && resumed.startsWith(word), `from the word it paused at ("${word}"): "${resumed}"`);
      await page.getByRole('button', { name: 'Stop' }).click();
    });
  });
}

test('a paragraph clicked just after another is read, on an engine that drops speak() right after cancel() (speech-dispatcher)', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 40, dropSpeakAfterCancel: true });
    await openReadAloud(page, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Click to listen' }).click();
    await page.locator('main p', { hasText: 'We want to offer different ways' }).click();
    await page.waitForTimeout(200);
    const second = page.locator('main p', { hasText: 'There is also a parent and carer reference group' });
    await second.click();
    await waitStatus(page, 'Ready to read.');
    const { spoken, ended, dropped } = await record(page);
    assert.deepEqual(dropped, [], 'nothing was spoken in the same task as a cancel');
    assert.ok(ended.join(' ').endsWith((await second.textContent()).trim()), `the second paragraph was read to its end: ${ended.join(' | ')}`);
    assert.ok(spoken.some((s) => s.text.startsWith('We want to offer different ways')));
  });
});

test('an engine that goes quiet part-way is tried once more, then reading stops with a message and can start again', async () => {
  await app.withPage(async (page) => {
    // Never finishes an utterance over 120 characters, and sends no word
    // positions, so the retry has to repeat the whole piece.
    await installSpeechStandIn(page, { wordMs: 10, boundaries: false, neverEndOver: 120 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    await setSpeed(page, '2');
    await page.getByRole('button', { name: 'Click to listen' }).click();
    // A paragraph without abbreviations, whose text is said as written.
    const long = page.locator('main p:visible').filter({ hasText: /.{121,}/, hasNot: page.locator('abbr') }).first();
    const text = (await long.textContent()).trim();
    await long.click();
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    assert.equal(await status(page), 'Reading…');
    const alert = page.getByRole('alert').filter({ hasText: 'Reading stopped: the speech engine stopped answering' });
    await alert.waitFor({ timeout: 45000 }).catch(async (error) => {
      throw new Error(`${error.message}\nstatus: ${await status(page)}; engine: ${JSON.stringify(await record(page))}`);
    });
    assert.equal(await status(page), 'Ready to read.', 'the controls are back to idle');
    const { spoken } = await record(page);
    const first = spoken[0].text;
    assert.ok(text.startsWith(first), `the paragraph's first piece was handed over: ${first}`);
    assert.equal(spoken.filter((s) => s.text === first).length, 2, 'and tried exactly once more');
    // Starting again works.
    await page.locator('main h1').click();
    await page.waitForFunction((n) => window.__speech.spoken.length > n, spoken.length);
    await waitStatus(page, 'Ready to read.');
    assert.equal(await alert.count(), 0, 'the message goes once reading starts again');
  });
});
