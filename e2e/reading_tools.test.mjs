// The reading tools panel: keyboard use, each tool's effect on the page
// (for motion: the loading spinner of the embed, which loads each page's
// content as it is opened), persistence (applied before first paint), Reset,
// device preferences and blocked storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, hasHorizontalScroll } from './support/app.mjs';

const app = useApp();
const root = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
const toggle = (page) => page.getByRole('button', { name: 'Reading tools', exact: true });
const panel = (page) => page.getByRole('region', { name: 'Reading tools' });
const liveText = (page) => page.locator('[role=status][aria-live=polite]').last().textContent();
const SETTINGS_KEY = 'send-hub-settings';

async function openTools(page) {
  await toggle(page).click();
  await panel(page).waitFor();
}

/** Forgets the saved reading settings (this file's tabs share one browser profile). */
async function forgetSettings(page) {
  if (!page.url().startsWith(app.origin)) await page.goto(app.origin + '/');
  await page.evaluate((key) => localStorage.removeItem(key), SETTINGS_KEY);
}

/**
 * What a reader gets of each setting on the page, as computed styles: the
 * colours, the text sizes, the spacing of a paragraph, the font, and
 * whether anything may animate, transition or scroll smoothly (with motion
 * reduced, a transition of none means none can run).
 */
const readerView = (page) => page.evaluate(() => {
  const style = (selector) => getComputedStyle(document.querySelector(selector));
  const html = style('html');
  const body = style('body');
  const heading = style('main h1');
  const paragraph = style('main p.app-body');
  const link = style('main p a');
  return {
    colours: [html.backgroundColor, paragraph.color],
    'text size': [body.fontSize, heading.fontSize, paragraph.fontSize],
    spacing: [paragraph.lineHeight, paragraph.letterSpacing, paragraph.wordSpacing, paragraph.marginBlockEnd],
    font: [body.fontFamily, paragraph.fontFamily],
    motion: [paragraph, link].flatMap((s) => [s.animationName, s.transitionProperty, s.transitionDuration, s.scrollBehavior]),
  };
});

// What moves in the app: the turning spinner the embed on the example
// council page shows while a page's content loads.
const EXAMPLE = '/embed/example.html';
const embed = (page) => page.locator('[data-send-hub]');

async function openExample(page) {
  await page.goto(app.origin + EXAMPLE);
  await embed(page).locator('#send-hub-main h1').waitFor({ timeout: 15000 });
}

/**
 * Opens `label`'s page in the example page's embed with the page's content
 * held back, so that the loading spinner shows, and tells what moves
 * meanwhile: whether the spinner turns (its rotation a moment apart), its
 * computed animation, and every element of the app (with ::before and
 * ::after) that has an animation, a transition or smooth scrolling.
 */
async function motionWhileLoading(page, label) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const answered = [];
  await page.route('**/content/pages/*.json', (route) => {
    const answer = held.then(() => route.continue());
    answered.push(answer);
    return answer;
  });
  let motion;
  try {
    await embed(page).locator('nav.app-nav a', { hasText: label }).click();
    const spinner = embed(page).locator('.app-loading__spinner');
    await spinner.waitFor();
    motion = await spinner.evaluate(async (spinner) => {
      const style = getComputedStyle(spinner);
      const first = style.transform;
      await new Promise((resolve) => setTimeout(resolve, 250));
      const root = spinner.closest('[data-send-hub]');
      const moving = [];
      for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(element, pseudo);
          const what = [];
          if (s.animationName.split(', ').some((name) => name !== 'none')) what.push(`animation ${s.animationName} ${s.animationDuration}`);
          if (s.transitionProperty !== 'none' && s.transitionDuration.split(', ').some((d) => parseFloat(d) > 0)) what.push(`transition ${s.transitionProperty} ${s.transitionDuration}`);
          if (s.scrollBehavior === 'smooth') what.push('smooth scrolling');
          if (what.length) moving.push(`${element.tagName.toLowerCase()}${[...element.classList].map((c) => '.' + c).join('')}${pseudo ?? ''}: ${what.join(', ')}`);
        }
      }
      return {
        spinner: { turns: style.transform !== first, animation: style.animationName, duration: style.animationDuration },
        moving,
      };
    });
  } finally {
    release();
    await Promise.all(answered);
    await page.unroute('**/content/pages/*.json');
  }
  await embed(page).locator('#send-hub-main h1', { hasText: label }).waitFor({ timeout: 15000 });
  return motion;
}

test('the panel opens and closes by keyboard, and focus returns to its button', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    assert.equal(await toggle(page).getAttribute('aria-expanded'), 'false');
    assert.equal(await panel(page).count(), 0, 'hidden panel is not exposed');
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle(page).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    const inPanel = await page.evaluate(() => document.activeElement.closest('#reading-tools') !== null);
    assert.ok(inPanel, 'Tab moves into the panel, which follows the button');
    await page.keyboard.press('Escape');
    assert.equal(await toggle(page).getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'AaReading tools');
  });
});

test('choosing a theme changes the colours, is announced, and survives a reload before first paint', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await openTools(page);
    // The page's background is the app root's (<html> on the site itself).
    const colours = () => page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.querySelector('main p')).color,
    ]);
    const before = await colours();
    await page.getByLabel('Dark: light text on a dark background').check();
    assert.equal(await root(page, 'data-theme'), 'dark');
    const after = await colours();
    assert.notEqual(after[0], before[0], 'the background changed');
    assert.notEqual(after[1], before[1], 'the text colour changed');
    await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((r) => r.textContent.startsWith('Colours: Dark')));
    // Reload with the app's code blocked: only the boot script can have set the theme.
    await page.route('**/*.wasm', (route) => route.abort());
    await page.reload();
    await page.waitForLoadState('domcontentloaded');
    assert.equal(await root(page, 'data-theme'), 'dark');
    assert.deepEqual(await colours(), after, 'the dark colours, before the app runs');
    await page.unroute('**/*.wasm');
  });
});

test('colours, text size, spacing, font and motion chosen in the panel all apply before first paint after a reload', async () => {
  await app.withPage(async (page) => {
    try {
      await forgetSettings(page);
      await openPage(page, app.origin, '/get-involved', 'Get involved');
      const device = await readerView(page);
      await openTools(page);
      await page.getByLabel('Cream: soft, low-glare colours').check();
      await page.getByLabel('150%').check();
      await page.getByLabel('Wider spacing between lines, letters and words').check();
      await page.getByLabel('OpenDyslexic').check();
      await page.getByLabel('Reduce motion').check();
      const chosen = await readerView(page);
      for (const setting of Object.keys(chosen)) {
        assert.notDeepEqual(chosen[setting], device[setting], `${setting}: the choice changes the page`);
      }
      // Reload with the app's code blocked: only the boot script can apply the settings.
      await page.route('**/*.wasm', (route) => route.abort());
      await page.reload();
      await page.waitForLoadState('domcontentloaded');
      assert.equal(await page.locator('[data-app-running]').count(), 0, 'the app is not running');
      const reloaded = await readerView(page);
      for (const setting of Object.keys(chosen)) {
        assert.deepEqual(reloaded[setting], chosen[setting], `${setting}: as chosen, before the app runs`);
      }
    } finally {
      await page.unroute('**/*.wasm');
      await forgetSettings(page);
    }
  });
});

test('text size 200% doubles the text and still fits 320 px', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    await openTools(page);
    const sizes = () => page.evaluate(() => ['main h1', 'main p', '.app-nav a', '.app-tools__title', '.app-tools label']
      .map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)));
    const before = await sizes();
    await page.getByLabel('200%').check();
    assert.equal(await root(page, 'data-text-size'), '200');
    const after = await sizes();
    after.forEach((size, i) => assert.ok(Math.abs(size / before[i] - 2) < 0.01, `text ${i} went from ${before[i]}px to ${size}px`));
    await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((r) => r.textContent === 'Text size 200%'));
    assert.equal(await hasHorizontalScroll(page), false);
  });
});

test('wider spacing meets the WCAG text spacing values', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await openTools(page);
    await page.getByLabel('Wider spacing between lines, letters and words').check();
    const style = await page.evaluate(() => {
      const p = document.querySelector('main p.app-body');
      const s = getComputedStyle(p);
      const size = parseFloat(s.fontSize);
      return { line: parseFloat(s.lineHeight) / size, letter: parseFloat(s.letterSpacing) / size, word: parseFloat(s.wordSpacing) / size, after: parseFloat(s.marginBlockEnd) / size };
    });
    assert.ok(style.line >= 1.5, `line height ${style.line}`);
    assert.ok(style.letter >= 0.12 - 1e-3, `letter spacing ${style.letter}`);
    assert.ok(style.word >= 0.16 - 1e-3, `word spacing ${style.word}`);
    assert.ok(style.after >= 2 - 1e-3, `paragraph spacing ${style.after}`);
  });
});

test('a readable font downloads only when chosen', async () => {
  await app.withPage(async (page) => {
    const fonts = [];
    page.on('request', (request) => request.url().endsWith('.woff2') && fonts.push(request.url()));
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fonts, [], 'no font is fetched by default');
    await openTools(page);
    await page.getByLabel('OpenDyslexic').check();
    await page.waitForFunction(() => document.fonts.check('16px OpenDyslexic'));
    assert.ok(fonts.some((url) => url.includes('/fonts/opendyslexic-latin-400-normal.woff2')), fonts.join(', '));
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^OpenDyslexic/);
  });
});

test('Reset returns every tool to following the device', async () => {
  await app.withPage(async (page) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    assert.equal(await root(page, 'data-theme'), 'dark', 'follows the device at first');
    await openTools(page);
    await page.getByLabel('Cream: soft, low-glare colours').check();
    await page.getByLabel('150%').check();
    await page.getByLabel('Reduce motion').check();
    assert.equal(await root(page, 'data-theme'), 'cream');
    await page.getByRole('button', { name: 'Reset all to follow my device' }).click();
    assert.equal(await root(page, 'data-theme'), 'dark');
    assert.equal(await root(page, 'data-text-size'), null);
    assert.equal(await root(page, 'data-motion'), null);
    assert.ok(await page.getByRole('radio', { name: 'Follow my device' }).first().isChecked());
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('send-hub-settings')));
    assert.equal(saved.theme, undefined);
  });
});

test('Reduce motion stops the loading spinner and every animation and transition, and Allow motion starts them again', async () => {
  await app.withPage(async (page) => {
    try {
      await forgetSettings(page);
      await openExample(page);
      // The device does not ask for less motion: the spinner turns.
      const moving = await motionWhileLoading(page, 'Get involved');
      assert.equal(moving.spinner.turns, true, JSON.stringify(moving.spinner));
      assert.notEqual(moving.spinner.animation, 'none');
      assert.ok(moving.moving.length > 0, 'the spinner is found moving');
      const tools = embed(page).getByRole('button', { name: 'Reading tools', exact: true });
      await tools.click();
      await embed(page).getByLabel('Reduce motion').check();
      const reduced = await motionWhileLoading(page, 'Glossary');
      assert.deepEqual(reduced.spinner, { turns: false, animation: 'none', duration: '0s' }, 'the spinner stands still');
      assert.deepEqual(reduced.moving, [], 'nothing in the app animates, transitions or scrolls smoothly');
      if ((await tools.getAttribute('aria-expanded')) !== 'true') await tools.click();
      await embed(page).getByLabel('Allow motion').check();
      const allowed = await motionWhileLoading(page, 'Deep dive');
      assert.equal(allowed.spinner.turns, true, 'the spinner turns again');
    } finally {
      await forgetSettings(page);
    }
  });
});

test('forced colours and a request for more contrast pick the high-contrast theme', async () => {
  for (const media of [{ forcedColors: 'active' }, { contrast: 'more' }]) {
    await app.withPage(async (page) => {
      await page.emulateMedia(media);
      await openPage(page, app.origin, '/', 'Cumbria SEND');
      assert.equal(await root(page, 'data-theme'), 'high-contrast', JSON.stringify(media));
    });
  }
});

test('the device asking for reduced motion turns animation off', async () => {
  await app.withPage(async (page) => {
    await forgetSettings(page);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openExample(page);
    assert.equal((await motionWhileLoading(page, 'Get involved')).spinner.turns, true, 'the spinner turns on a device that does not ask');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    assert.equal(await root(page, 'data-motion'), 'reduce');
    await openExample(page);
    const reduced = await motionWhileLoading(page, 'Get involved');
    assert.deepEqual(reduced.spinner, { turns: false, animation: 'none', duration: '0s' }, 'the spinner stands still');
    assert.deepEqual(reduced.moving, [], 'nothing in the app animates, transitions or scrolls smoothly');
  });
});

test('with storage blocked the tools still work for the visit and say so', async () => {
  await app.withPage(async (page) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    await openTools(page);
    assert.match(await panel(page).textContent(), /not letting the site save settings/);
    await page.getByLabel('High contrast: yellow on black').check();
    assert.equal(await root(page, 'data-theme'), 'high-contrast');
    assert.deepEqual(errors, []);
  });
});

test('the reading ruler follows the pointer and keyboard focus and never blocks clicks', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    assert.equal(await page.locator('.app-ruler').count(), 0, 'off by default');
    await openTools(page);
    await page.getByLabel('Reading ruler: a band that follows your pointer or keyboard').check();
    const ruler = page.locator('.app-ruler');
    assert.equal(await ruler.getAttribute('aria-hidden'), 'true');
    await page.mouse.move(500, 400);
    const band = () => page.locator('.app-ruler__band').evaluate((b) => { const r = b.getBoundingClientRect(); return (r.top + r.bottom) / 2; });
    assert.ok(Math.abs((await band()) - 400) < 2, `band centred on the pointer: ${await band()}`);
    const link = page.locator('main a', { hasText: 'Glossary' });
    await link.focus();
    const linkMiddle = await link.evaluate((a) => { const r = a.getBoundingClientRect(); return (r.top + r.bottom) / 2; });
    assert.ok(Math.abs((await band()) - linkMiddle) < 4, 'band moves to the focused link');
    const box = await link.boundingBox();
    const topElement = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [box.x + 5, box.y + box.height / 2]);
    assert.equal(topElement, 'A', 'the link under the band is still what a click reaches');
    await page.mouse.click(box.x + 5, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Glossary');
  });
});

test('the screen mask dims above and below the band, lets clicks through, and is hidden from screen readers', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    await openTools(page);
    await page.getByLabel('Screen mask: dim everything except the band').check();
    await page.mouse.move(500, 500);
    const shades = await page.locator('.app-ruler__shade:not([hidden])').count();
    assert.equal(shades, 2);
    const above = await page.locator('.app-ruler__shade--above').boundingBox();
    assert.ok(above.height > 400 && above.height < 500, `shade above ends near the pointer: ${above.height}`);
    const hit = await page.evaluate(() => document.elementFromPoint(500, 100)?.closest('.app-ruler'));
    assert.equal(hit, null, 'clicks pass through the mask');
    assert.equal(await page.locator('.app-ruler').getAttribute('aria-hidden'), 'true');
  });
});
