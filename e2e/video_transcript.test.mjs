// The deep dive's transcript is built from the captions track in the
// page's language (one source), follows the video while it plays, and
// plays the video from any line or chapter, by keyboard too.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, expectNoAxeViolations, hasHorizontalScroll } from './support/app.mjs';

const app = useApp();
before(() => app.newPage().then((page) => page.close()));

/** Opens the deep dive in `language` ('' for English) with the app running. */
async function openDeepDive(page, language = '') {
  await page.goto(`${app.origin}${language ? `/${language}` : ''}/deep-dive`);
  await page.waitForSelector('[data-app-running]');
  await page.locator('.app-transcript__line').first().waitFor();
  // Muted, so headless Chromium plays without a user gesture policy issue.
  await page.locator('main video').evaluate((video) => { video.muted = true; });
}

/** The cues of the video's default captions track, as the browser's own
 *  WebVTT parser reads them: [start, end, text without tags]. */
async function browserCues(page) {
  return page.locator('main video').evaluate(async (video) => {
    const element = video.querySelector('track[default]');
    const track = element.track;
    if (element.readyState !== 2) {
      track.mode = 'hidden';
      await new Promise((resolve, reject) => {
        element.addEventListener('load', resolve, { once: true });
        element.addEventListener('error', () => reject(new Error('captions failed to load')), { once: true });
      });
    }
    return Array.from(track.cues, (cue) => [cue.startTime, cue.endTime, cue.getCueAsHTML().textContent.trim()]);
  });
}

/** Index of the transcript line marked as being said, or -1; fails if more than one is. */
async function currentLine(page) {
  return page.locator('.app-transcript__line').evaluateAll((lines) => {
    const marked = lines.flatMap((line, index) => (line.getAttribute('aria-current') === 'true' ? [index] : []));
    if (marked.length > 1) throw new Error(`${marked.length} lines marked`);
    return marked[0] ?? -1;
  });
}

/** Moves the video to `seconds` as the player's own slider would. The
 *  video downloads nothing before it is played (preload="none"), so its
 *  start is fetched first, as pressing play would. */
async function seekTo(page, seconds) {
  await page.locator('main video').evaluate(async (video, at) => {
    if (video.readyState === 0) {
      await new Promise((resolve, reject) => {
        video.addEventListener('loadedmetadata', resolve, { once: true });
        video.addEventListener('error', () => reject(new Error('video failed to load')), { once: true });
        video.preload = 'metadata';
        video.load();
      });
    }
    await new Promise((resolve) => {
      video.addEventListener('seeked', resolve, { once: true });
      video.currentTime = at;
    });
  }, seconds);
}

test('the transcript is the captions track: every cue, in order, with its speaker', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const cues = await browserCues(page);
    assert.ok(cues.length >= 3, `${cues.length} cues`);
    const lines = await page.locator('.app-transcript__line').evaluateAll((lines) => lines.map((line) => ({
      speaker: line.querySelector('.app-transcript__speaker')?.textContent,
      text: line.querySelector('.app-transcript__text').textContent,
      time: line.querySelector('.app-transcript__time').textContent,
    })));
    assert.deepEqual(lines.map((line) => line.text), cues.map((cue) => cue[2]));
    assert.ok(lines.every((line) => line.speaker === 'Narrator:'), JSON.stringify(lines));
    assert.deepEqual(lines.map((line) => line.time), cues.map(([start]) => `Play from 0:${String(Math.floor(start)).padStart(2, '0')}`));
  });
});

test('playing marks the line being said, and moves the mark as the video goes on, without announcing it', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const cues = await browserCues(page);
    assert.equal(await currentLine(page), -1, 'nothing is marked before the video plays');
    await page.locator('main video').evaluate((video) => video.play());
    await page.waitForFunction(() => document.querySelector('.app-transcript__line[aria-current="true"]'), null, { timeout: 10000 });
    assert.equal(await currentLine(page), 0);
    await seekTo(page, (cues[1][0] + cues[1][1]) / 2);
    await page.waitForFunction(() => document.querySelectorAll('.app-transcript__line')[1].getAttribute('aria-current') === 'true');
    assert.equal(await currentLine(page), 1);
    // The marked line looks different from the others.
    const looks = await page.locator('.app-transcript__line').evaluateAll((lines) =>
      lines.slice(0, 2).map((line) => getComputedStyle(line).backgroundColor));
    assert.notEqual(looks[0], looks[1]);
    // Never a live region: a screen reader is not interrupted line by line.
    assert.equal(await page.locator('.app-transcript [aria-live], .app-transcript[aria-live], .app-transcript [role="status"], .app-transcript [role="log"]').count(), 0);
    await page.locator('main video').evaluate((video) => video.pause());
  });
});

test('a transcript line played from by keyboard moves the video into that cue and plays it', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const cues = await browserCues(page);
    const link = page.locator('.app-transcript__time').nth(2);
    await link.focus();
    assert.equal(await link.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('main video').paused, null, { timeout: 10000 });
    const at = await page.locator('main video').evaluate((video) => video.currentTime);
    assert.ok(at >= cues[2][0] && at < cues[2][1], `at ${at}, cue ${cues[2]}`);
    assert.equal(new URL(page.url()).hash, '', 'the page stays where it is');
    assert.equal(await currentLine(page), 2);
    await page.locator('main video').evaluate((video) => video.pause());
  });
});

test('chapter links play the video from their chapter', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const chapters = page.locator('.app-chapters a');
    assert.deepEqual(await chapters.allTextContents(), ['About this sample', 'The full recording', 'Captions and transcript']);
    await chapters.nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('main video').paused, null, { timeout: 10000 });
    const at = await page.locator('main video').evaluate((video) => video.currentTime);
    assert.ok(at >= 5.371 && at < 12.502, `at ${at}`);
    assert.equal(await page.locator('.app-chapters__item').nth(1).getAttribute('aria-current'), 'true');
    await page.locator('main video').evaluate((video) => video.pause());
  });
});

test('"Follow the video" keeps the line being said in view inside the transcript box, and is off with reduced motion', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const follow = page.getByRole('checkbox', { name: 'Follow the video' });
    assert.equal(await follow.isChecked(), true);
    // A box shorter than the transcript, as a long recording's would be.
    const box = page.locator('.app-transcript__box');
    await box.evaluate((element) => { element.style.maxHeight = '3em'; });
    const pageScroll = await page.evaluate(() => window.scrollY);
    const cues = await browserCues(page);
    await seekTo(page, cues[2][0] + 0.1);
    await page.waitForFunction(() => document.querySelector('.app-transcript__box').scrollTop > 0);
    const visible = await page.locator('.app-transcript__line').nth(2).evaluate((line) => {
      const box = line.closest('.app-transcript__box').getBoundingClientRect();
      const rect = line.getBoundingClientRect();
      return rect.bottom > box.top && rect.top < box.bottom;
    });
    assert.ok(visible, 'the line being said is in the box');
    assert.equal(await page.evaluate(() => window.scrollY), pageScroll, 'the page itself did not move');
    // Off: the box stays where the reader put it.
    await follow.uncheck();
    await box.evaluate((element) => { element.scrollTop = 0; });
    await seekTo(page, cues[1][0] + 0.1);
    await page.waitForTimeout(300);
    assert.equal(await box.evaluate((element) => element.scrollTop), 0);
  });
  await app.withPage(async (page) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeepDive(page);
    await page.waitForFunction(() => !document.querySelector('.app-transcript__controls input').checked);
    assert.equal(await page.getByRole('checkbox', { name: 'Follow the video' }).isChecked(), false);
  });
});

test('"Download the transcript" gives a text file with every cue, its time and speaker', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const cues = await browserCues(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the transcript (text file)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'deep-dive-sample.en.transcript.txt');
    const file = await download.path();
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    const lines = text.trim().split('\n').slice(2);
    assert.equal(lines.length, cues.length, text);
    cues.forEach(([start, , said], index) => {
      assert.equal(lines[index], `[0:${String(Math.floor(start)).padStart(2, '0')}] Narrator: ${said}`);
    });
  });
});

test('a Polish page plays Polish captions by default and its transcript is Polish; the Arabic one reads right to left', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page, 'pl');
    assert.equal(await page.locator('main video track[default]').getAttribute('srclang'), 'pl');
    const cues = await browserCues(page);
    assert.deepEqual(await page.locator('.app-transcript__text').allTextContents(), cues.map((cue) => cue[2]));
    assert.equal(await page.locator('.app-transcript__lines').getAttribute('lang'), 'pl');
    assert.match(cues[0][2], /przykładowy/);
    assert.equal(await page.getByRole('checkbox', { name: 'Podążaj za filmem' }).count(), 1);
  });
  await app.withPage(async (page) => {
    await openDeepDive(page, 'ar');
    assert.equal(await page.locator('main video track[default]').getAttribute('srclang'), 'ar');
    const lines = page.locator('.app-transcript__lines');
    assert.equal(await lines.getAttribute('lang'), 'ar');
    assert.equal(await lines.evaluate((element) => getComputedStyle(element).direction), 'rtl');
    assert.match(await page.locator('.app-transcript__text').first().textContent(), /مقطع تجريبي/);
  });
});

test('with the transcript following the video: no axe violations in every theme, at 200 % text and at 320 px', async () => {
  await app.withPage(async (page) => {
    await openDeepDive(page);
    const cues = await browserCues(page);
    await seekTo(page, cues[1][0] + 0.1);
    await page.waitForFunction(() => document.querySelector('.app-transcript__line[aria-current="true"]'));
    await page.locator('.app-chapters__item[aria-current="true"]').waitFor();
    for (const theme of ['default', 'dark', 'high-contrast', 'cream']) {
      await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
      await expectNoAxeViolations(page, `deep dive, ${theme} theme, line marked`);
    }
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-theme', 'default');
      document.documentElement.setAttribute('data-text-size', '200');
    });
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoAxeViolations(page, 'deep dive at 200 % and 320 px, line marked');
    assert.equal(await hasHorizontalScroll(page), false, 'no sideways scrolling at 320 px');
  });
});

test('without WebAssembly the pre-rendered page has the transcript, times and chapters', async () => {
  await app.withPage(async (page) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await openPage(page, app.origin, '/pl/deep-dive', 'Deep dive'.slice(0, 0));
    const lines = page.locator('.app-transcript__line');
    assert.equal(await lines.count(), 3);
    assert.match(await lines.first().innerText(), /0:00\s+Lektor: To jest przykładowy/);
    assert.equal(await page.locator('.app-chapters a').count(), 3);
    // The time links open the video file at that moment in the browser's own player.
    assert.match(await page.locator('.app-transcript__time').nth(1).getAttribute('href'), /deep-dive-sample\.webm#t=5\.\d+$/);
    assert.equal(await page.locator('[data-app-running]').count(), 0);
  });
});
