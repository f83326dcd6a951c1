// Text audio description: with the "Audio description" switch on, the
// video's descriptions track in the page's language is read aloud at its
// cue, with the video paused until it has been said; without a speech
// engine each description is shown as text in a live region instead. The
// switch is remembered with the reading settings.
//
// Headless Chromium has no voices without a speech service, so the speech
// engine here is the recording stand-in (support/speech_stand_in.mjs),
// pacing each utterance like a real voice; speech_real.test.mjs covers the
// real engine where the machine has one.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, expectNoAxeViolations } from './support/app.mjs';
import { installSpeechStandIn, removeSpeechEngine } from './support/speech_stand_in.mjs';

const app = useApp();
before(() => app.newPage().then((page) => page.close()));

/** The cues of the page's descriptions track, from the file itself. */
async function descriptionCues(page, language) {
  const response = await page.request.get(`${app.origin}/media/deep-dive-sample.${language}.descriptions.vtt`);
  const text = await response.text();
  return [...text.matchAll(/(\d\d:\d\d:\d\d\.\d\d\d) --> (\d\d:\d\d:\d\d\.\d\d\d)\n([^\n]+)/g)].map((m) => m[3]);
}

async function openDeepDive(page, language = '') {
  await page.goto(`${app.origin}${language ? `/${language}` : ''}/deep-dive`);
  await page.waitForSelector('[data-app-running]');
  await page.locator('main video').evaluate((video) => { video.muted = true; });
}

test('audio description pauses the video at a description cue, says it in the page language, then plays on', async () => {
  await app.withPage(async (page) => {
    // About 1.5 s to say the description: long enough to see the pause.
    await installSpeechStandIn(page, { charsPerSecond: 15, timeScale: 0.15 });
    await openDeepDive(page, 'pl');
    const [description] = await descriptionCues(page, 'pl');
    const toggle = page.getByRole('checkbox', { name: 'Audiodeskrypcja' });
    assert.equal(await toggle.isChecked(), false, 'off by default');
    await toggle.focus();
    await page.keyboard.press('Space');
    assert.equal(await toggle.isChecked(), true);
    // The description pauses the video before play() has settled, which
    // rejects play()'s promise: that is the pause the test is about.
    await page.locator('main video').evaluate((video) => { video.play().catch(() => {}); });
    await page.waitForFunction(() => window.__speech.spoken.length > 0, null, { timeout: 10000 });
    const spoken = await page.evaluate(() => window.__speech.spoken[0]);
    assert.equal(spoken.text, description);
    assert.match(spoken.lang, /^pl/);
    // While it is said, the video waits.
    assert.equal(await page.locator('main video').evaluate((video) => video.paused), true, 'paused for the description');
    const pausedAt = await page.locator('main video').evaluate((video) => video.currentTime);
    assert.ok(pausedAt < 0.6, `paused at ${pausedAt}`);
    // It is shown too, but not announced: the speech engine says it.
    const shown = page.locator('.app-video__description');
    assert.match(await shown.innerText(), /Opis:/);
    assert.equal(await shown.getAttribute('aria-live'), null);
    await page.waitForFunction((text) => window.__speech.ended.includes(text), description, { timeout: 10000 });
    await page.waitForFunction(() => {
      const video = document.querySelector('main video');
      return !video.paused && video.currentTime > 0.6;
    }, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.__speech.spoken.length), 1, 'each description is said once');
    await page.locator('main video').evaluate((video) => video.pause());
  });
});

test('the switch is remembered, and turning it off says nothing more', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { charsPerSecond: 15, timeScale: 0.15 });
    await openDeepDive(page);
    await page.getByRole('checkbox', { name: 'Audio description' }).check();
    await page.reload();
    await page.waitForSelector('[data-app-running]');
    const toggle = page.getByRole('checkbox', { name: 'Audio description' });
    // Remembered settings are applied once the app runs.
    await page.waitForFunction(() => [...document.querySelectorAll('.app-video__switch')]
      .some((choice) => choice.textContent.includes('Audio description') && choice.querySelector('input').checked));
    await toggle.uncheck();
    await page.locator('main video').evaluate((video) => { video.muted = true; return video.play(); });
    await page.waitForFunction(() => document.querySelector('main video').currentTime > 1, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.__speech.spoken.length), 0);
    await page.locator('main video').evaluate((video) => video.pause());
  });
});

test('without a speech engine the description is shown in a live region and the video plays on', async () => {
  await app.withPage(async (page) => {
    await removeSpeechEngine(page);
    await openDeepDive(page);
    const [description] = await descriptionCues(page, 'en');
    await page.getByRole('checkbox', { name: 'Audio description' }).check();
    const region = page.locator('.app-video__description');
    assert.equal(await region.getAttribute('aria-live'), 'polite', 'the live region is there before it is needed');
    await page.locator('main video').evaluate((video) => video.play());
    await region.getByText(description).waitFor({ timeout: 10000 });
    assert.equal(await region.isVisible(), true);
    assert.equal(await region.getAttribute('aria-live'), 'polite');
    await page.waitForFunction(() => document.querySelector('main video').currentTime > 1, null, { timeout: 10000 });
    await expectNoAxeViolations(page, 'deep dive with a description shown');
    await page.locator('main video').evaluate((video) => video.pause());
  });
});
