// WCAG 1.4.12 Text Spacing: with the Spacing tool on, every element with
// text gets line height ≥ 1.5, letter spacing ≥ 0.12 em and word spacing
// ≥ 0.16 em of its own font size, and paragraphs ≥ 2 em after them; and
// when a reader applies those values with their own style sheet (as the
// WCAG test bookmarklet does) nothing is clipped or overlaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, ROUTES, hasHorizontalScroll } from './support/app.mjs';

const app = useApp();

/** Stores reading settings before any page script runs. */
async function withSettings(page, settings) {
  await page.addInitScript((settings) => {
    localStorage.setItem('send-hub-settings', JSON.stringify({ version: 1, text_size: 100, spacing: false, font: 'standard', ruler: false, mask: false, speech_rate: 100, ...settings }));
  }, settings);
}

/** Every shown element holding text of its own, with what falls short. */
const shortfalls = (page) => page.evaluate(() => {
  const problems = [];
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  const controls = 'button, select, textarea, input:is([type=text], [type=search], [type=email], [type=tel], [type=url], :not([type]))';
  for (const el of document.querySelectorAll('body *')) {
    if (!(ownText(el) || el.matches(controls)) || el.closest('[hidden], [aria-hidden="true"], script, style, noscript, template')) continue;
    if (!el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') continue;
    const size = parseFloat(s.fontSize);
    const line = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight) / size;
    const letter = (parseFloat(s.letterSpacing) || 0) / size;
    const word = (parseFloat(s.wordSpacing) || 0) / size;
    const name = `${el.tagName.toLowerCase()}${[...el.classList].map((c) => '.' + c).join('')} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`;
    // Chromium fixes a <select>'s line height (its own !important rule,
    // which no page or reader style sheet can override): WCAG 1.4.12 does
    // not ask for what the browser does not allow.
    if (line < 1.5 - 1e-3 && !el.matches('select')) problems.push(`${name}: line height ${line.toFixed(2)}`);
    if (letter < 0.12 - 1e-3) problems.push(`${name}: letter spacing ${letter.toFixed(3)} em`);
    if (word < 0.16 - 1e-3) problems.push(`${name}: word spacing ${word.toFixed(3)} em`);
    if (el.matches('p, dd') && parseFloat(s.marginBlockEnd) / size < 2 - 1e-3 && el.nextElementSibling) {
      problems.push(`${name}: space after ${(parseFloat(s.marginBlockEnd) / size).toFixed(2)} em`);
    }
  }
  return problems;
});

/** Text cut off by its box (an element that clips and is too small for
 * its text), or boxes of text drawn over one another. */
const clipped = (page) => page.evaluate(() => {
  const problems = [];
  for (const el of document.querySelectorAll('main *, header *, footer *')) {
    if (!el.getClientRects().length || el.closest('[hidden], .app-visually-hidden')) continue;
    const s = getComputedStyle(el);
    const clips = (v) => v === 'hidden' || v === 'clip';
    if ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
      if (el.textContent.trim()) problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} clips its text`);
    }
  }
  const blocks = [...document.querySelectorAll('main :is(p, li, h1, h2, h3, dt, dd, button, label)')].filter((el) => el.getClientRects().length);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const [a, b] = [blocks[i].getBoundingClientRect(), blocks[i + 1].getBoundingClientRect()];
    const inside = blocks[i].contains(blocks[i + 1]) || blocks[i + 1].contains(blocks[i]);
    const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2;
    if (overlap && !inside) problems.push(`"${blocks[i].textContent.trim().slice(0, 20)}" overlaps "${blocks[i + 1].textContent.trim().slice(0, 20)}"`);
  }
  return problems;
});

test('with Spacing on, every text on every page meets the WCAG text spacing values at its own size', async () => {
  await app.withPage(async (page) => {
    await withSettings(page, { spacing: true });
    for (const { path, h1 } of ROUTES) {
      await openPage(page, app.origin, path, h1);
      await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
      assert.deepEqual(await shortfalls(page), [], `${path} with the reading tools open`);
    }
  });
});

for (const [language, theme, font] of [['', 'dark', 'atkinson'], ['pl', 'dark', 'opendyslexic'], ['ro', 'high-contrast', 'opendyslexic'], ['ar', 'cream', 'opendyslexic']]) {
  test(`with Spacing on in ${language || 'en'}, ${theme} and ${font} at 200 % text, every page meets the values and fits 320 px with nothing clipped`, async () => {
    await app.withPage(async (page) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await withSettings(page, { spacing: true, theme, font, text_size: 200 });
      for (const { path } of ROUTES) {
        const address = `${language ? '/' + language : ''}${path === '/' && language ? '' : path}`;
        await page.goto(app.origin + address);
        await page.locator('main h1').waitFor();
        await page.waitForSelector('[data-app-running]');
        assert.deepEqual(await shortfalls(page), [], address);
        assert.deepEqual(await clipped(page), [], `${address}: nothing clipped or overlapping`);
        const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`));
        assert.deepEqual(wide, [], `${address}: nothing wider than 320 px`);
        assert.equal(await hasHorizontalScroll(page), false, `${address} has no sideways scrolling`);
      }
    });
  });
}

test("a reader's own text spacing style sheet clips and overlaps nothing, on every page", async () => {
  await app.withPage(async (page) => {
    for (const { path, h1 } of ROUTES) {
      await openPage(page, app.origin, path, h1);
      // The WCAG 1.4.12 test values, as a reader's style sheet applies them.
      await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
      assert.deepEqual(await clipped(page), [], path);
      assert.equal(await hasHorizontalScroll(page), false, `${path} has no sideways scrolling`);
    }
  });
});
