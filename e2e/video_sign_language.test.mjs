// The sign language (BSL) video: shown on request, beside the video or over
// a corner, in three sizes, all by keyboard; kept within 0.3 s of the main
// video through play, pause, moving and speed changes; nothing of it is
// downloaded until it is asked for. The clip is a generated, labelled
// stand-in (scripts/make-sign-language-sample.mjs): no BSL recording exists.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, expectNoAxeViolations } from './support/app.mjs';

const app = useApp();
before(() => app.newPage().then((page) => page.close()));

const SIGN_FILE = 'deep-dive-sample.bsl.webm';

async function openDeepDive(page) {
  await page.goto(`${app.origin}/deep-dive`);
  await page.waitForSelector('[data-app-running]');
  await page.locator('main video').first().evaluate((video) => { video.muted = true; });
}

/** Both videos' positions and states. */
const both = (page) => page.evaluate(() => {
  const main = document.querySelector('.app-video__player');
  const sign = document.querySelector('.app-sign__video');
  return { main: main.currentTime, sign: sign.currentTime, mainPaused: main.paused, signPaused: sign.paused, mainRate: main.playbackRate, signRate: sign.playbackRate };
});

async function expectInStep(page, label) {
  const at = await both(page);
  assert.ok(Math.abs(at.main - at.sign) <= 0.3, `${label}: main ${at.main}, sign ${at.sign}`);
  return at;
}

test('the sign language video is shown by keyboard, stays in step through play, pause, moving and speed, and loads only when asked for', async () => {
  await app.withPage(async (page) => {
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await openDeepDive(page);
    assert.equal(requested.filter((url) => url.includes(SIGN_FILE)).length, 0, 'nothing downloaded before it is asked for');
    assert.equal(await page.locator('.app-sign__video').count(), 0);
    const toggle = page.getByRole('checkbox', { name: 'Show sign language' });
    await toggle.focus();
    await page.keyboard.press('Space');
    const sign = page.locator('.app-sign__video');
    await sign.waitFor();
    assert.equal(await sign.getAttribute('aria-label'), 'British Sign Language (BSL): sample');
    assert.match(await page.locator('.app-sign').innerText(), /not a real BSL\b.*interpreter/);
    await sign.evaluate((video) => video.readyState >= 1 || new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true })));

    // Play.
    await page.locator('.app-video__player').evaluate((video) => video.play());
    await page.waitForFunction(() => document.querySelector('.app-video__player').currentTime > 1, null, { timeout: 10000 });
    let at = await expectInStep(page, 'playing');
    assert.equal(at.signPaused, false, 'the sign video plays too');
    await page.waitForTimeout(1000);
    await expectInStep(page, 'a second later');

    // Pause.
    await page.locator('.app-video__player').evaluate((video) => video.pause());
    await page.waitForFunction(() => document.querySelector('.app-sign__video').paused, null, { timeout: 5000 });
    await page.waitForTimeout(300);
    await expectInStep(page, 'paused');

    // Move, while paused.
    await page.locator('.app-video__player').evaluate((video) => new Promise((resolve) => {
      video.addEventListener('seeked', resolve, { once: true });
      video.currentTime = 10;
    }));
    await page.waitForFunction(() => Math.abs(document.querySelector('.app-sign__video').currentTime - 10) <= 0.3, null, { timeout: 5000 });
    at = await expectInStep(page, 'moved to 10 s');
    assert.equal(at.signPaused, true);

    // Speed.
    await page.locator('.app-video__player').evaluate((video) => { video.playbackRate = 1.5; return video.play(); });
    await page.waitForFunction(() => document.querySelector('.app-sign__video').playbackRate === 1.5, null, { timeout: 5000 });
    await page.waitForTimeout(1000);
    at = await expectInStep(page, 'at 1.5 times speed');
    assert.equal(at.signRate, 1.5);
    await page.locator('.app-video__player').evaluate((video) => video.pause());
    assert.equal(requested.filter((url) => url.includes(SIGN_FILE)).length > 0, true, 'downloaded once shown');
  });
});

test('the sign language video moves over a corner and changes size by keyboard, with no axe violations', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    await page.getByRole('checkbox', { name: 'Show sign language' }).check();
    const where = page.getByRole('combobox', { name: 'Where' });
    const size = page.getByRole('combobox', { name: 'Size' });
    assert.equal(await where.inputValue(), 'beside');
    // Beside: next to the video, not over it.
    const boxes = () => page.evaluate(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
      return { main: box('.app-video__player'), sign: box('.app-sign') };
    });
    let { main, sign } = await boxes();
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    assert.equal(overlaps(main, sign), false, 'beside the video');
    // Over the top right corner, chosen with the arrow keys.
    await where.focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await where.inputValue(), 'top-end');
    ({ main, sign } = await boxes());
    assert.ok(overlaps(main, sign), 'over the video');
    assert.ok(sign.right <= main.right && sign.left > main.left + main.width / 2 && sign.top < main.top + main.height / 2, 'in its top right corner');
    // Larger.
    const before = sign.width;
    await size.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await size.inputValue(), 'large');
    ({ main, sign } = await boxes());
    assert.ok(sign.width > before * 1.3, `larger: ${before} -> ${sign.width}`);
    assert.ok(Math.abs(sign.width - main.width / 2) < 4, 'half the video');
    await expectNoAxeViolations(page, 'deep dive with the sign language video over the video');
  });
});
