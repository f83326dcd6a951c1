// Captions the content points at on another site (an https:// address)
// load when that site allows it (CORS), and otherwise a message under the
// player names the file, while the video keeps working. The transcript is
// built from captions on this site only, so the page points to the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { copyDist } from './support/dist_copy.mjs';

const VTT = '/media/deep-dive-sample.en.vtt';
const servers = {};
const sites = {};
let browser;
before(async () => {
  // Two other sites holding the captions: one allows other sites to read
  // them, one does not.
  servers.allowing = await startServer({ https: true, headers: { 'access-control-allow-origin': '*' } });
  servers.refusing = await startServer({ https: true });
  for (const [name, other] of Object.entries(servers)) {
    const copy = copyDist();
    copy.editJson('content/pages/deep-dive.json', (page) => {
      const video = page.blocks.find((block) => block.type === 'video');
      video.tracks.find((track) => track.kind === 'captions' && track.srclang === 'en').src = other.origin + VTT;
    });
    sites[name] = { copy, server: await startServer({ root: copy.root }) };
  }
  browser = await launchBrowser(['--ignore-certificate-errors']);
});
after(async () => {
  await browser?.close();
  for (const { copy, server } of Object.values(sites)) {
    await server.close();
    copy.remove();
  }
  for (const server of Object.values(servers)) await server.close();
});

/** Opens the deep dive and waits until its captions track has loaded or failed. */
async function openDeepDive(name) {
  const page = await browser.context.newPage();
  await page.goto(`${sites[name].server.origin}/deep-dive`);
  await page.waitForSelector('[data-app-running]');
  const video = page.locator('main video');
  await video.waitFor();
  const result = await video.evaluate((video) => new Promise((resolve) => {
    const track = video.querySelector('track');
    const done = () => resolve({ state: track.readyState, cues: video.textTracks[0].cues?.length ?? 0 });
    if (track.readyState >= 2) return done();
    track.addEventListener('load', done, { once: true });
    track.addEventListener('error', done, { once: true });
    video.textTracks[0].mode = 'hidden';
  }));
  return { page, result };
}

test('captions on another site that allows it load with their cues', async () => {
  const { page, result } = await openDeepDive('allowing');
  try {
    assert.equal(await page.locator('main video').getAttribute('crossorigin'), 'anonymous');
    assert.equal(result.state, 2, 'the track loaded');
    assert.ok(result.cues > 0, `${result.cues} cues`);
    assert.equal(await page.getByText(/captions .* could not be loaded/).count(), 0, 'no message about the captions');
  } finally {
    await page.close();
  }
});

test('captions on another site that does not allow it are named in a message, and the video and the way to the transcript stay', async () => {
  const { page, result } = await openDeepDive('refusing');
  try {
    assert.equal(result.state, 3, 'the track failed');
    const message = page.getByRole('status').filter({ hasText: 'could not be loaded' });
    await message.waitFor();
    assert.equal(await message.textContent(), `The captions (English) could not be loaded from ${servers.refusing.origin}${VTT}.`);
    assert.equal(await page.locator('main video').count(), 1);
    assert.ok(await page.getByRole('heading', { name: 'Transcript' }).isVisible());
    const link = page.locator('.app-transcript a', { hasText: 'English' });
    assert.equal(await link.getAttribute('href'), servers.refusing.origin + VTT);
  } finally {
    await page.close();
  }
});
