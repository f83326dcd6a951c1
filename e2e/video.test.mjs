// The deep dive's recorded conversation: native controls, no autoplay,
// captions that load, a transcript on the page and a clear sample label.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';

const app = useApp();
let page;
before(async () => {
  page = await app.newPage();
  await openPage(page, app.origin, '/deep-dive', 'Deep dive');
});

test('the video has native controls and does not play by itself', async () => {
  const video = page.locator('main video');
  assert.equal(await video.count(), 1);
  assert.equal(await video.evaluate((v) => v.controls), true);
  assert.equal(await video.evaluate((v) => v.autoplay), false);
  await page.waitForTimeout(500);
  assert.equal(await video.evaluate((v) => v.paused), true);
});

test('the default captions track loads and its cues match the transcript', async () => {
  const cues = await page.locator('main video').evaluate(async (video) => {
    const track = video.querySelector('track[default]');
    if (track.readyState !== 2) {
      await new Promise((resolve, reject) => {
        track.addEventListener('load', resolve, { once: true });
        track.addEventListener('error', () => reject(new Error('captions failed to load')), { once: true });
        track.track.mode = 'hidden';
      });
    }
    return Array.from(track.track.cues, (cue) => cue.getCueAsHTML().textContent);
  });
  assert.ok(cues.length >= 2, `cues: ${cues}`);
  const transcript = await page.locator('.app-transcript').textContent();
  for (const cue of cues) {
    assert.ok(transcript.includes(cue), `transcript has "${cue}"`);
  }
  const track = page.locator('main video track[default]');
  assert.equal(await track.getAttribute('kind'), 'captions');
  assert.equal(await track.getAttribute('srclang'), 'en');
});

test('the video downloads nothing until asked, and the file is playable', async () => {
  assert.equal(await page.locator('main video').getAttribute('preload'), 'none');
  const duration = await page.locator('main video').evaluate(
    (video) =>
      new Promise((resolve, reject) => {
        // What pressing play starts: fetching the video.
        video.preload = 'metadata';
        video.load();
        if (video.readyState >= 1) return resolve(video.duration);
        video.addEventListener('loadedmetadata', () => resolve(video.duration), { once: true });
        video.addEventListener('error', () => reject(new Error('video failed to load')), { once: true });
      }),
  );
  assert.ok(duration > 5 && duration < 60, `duration ${duration}`);
});

test('the clip is clearly labelled as a sample and the transcript has a heading', async () => {
  assert.match(await page.locator('.app-video__notice').textContent(), /sample clip, not the real recording/);
  assert.equal(await page.getByRole('heading', { name: 'Transcript' }).count(), 1);
});
