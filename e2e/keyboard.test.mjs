// Keyboard and screen reader behaviour of the page shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';

const app = useApp();

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, text: el?.textContent?.trim().slice(0, 80) };
  });

test('first Tab reaches the skip link, and it moves focus to main', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/deep-dive', 'Deep dive');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.tag, 'a');
    assert.equal(skip.text, 'Skip to main content');
    assert.ok(await page.locator('.app-skip-link').isVisible(), 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    assert.deepEqual(await focused(page).then((f) => f.id), 'main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement.closest('main') !== null);
    assert.ok(next, 'the next Tab stays inside main');
  });
});

test('following a navigation link focuses the new h1, updates the title and aria-current', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    const link = page.locator('nav[aria-label="Main"] a', { hasText: 'Get involved' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const now = await focused(page);
    assert.equal(now.text, 'Get involved');
    assert.match(await page.title(), /^Get involved – Cumbria SEND Improvement Programme$/);
    assert.equal(new URL(page.url()).pathname, '/get-involved');
    assert.equal(await link.getAttribute('aria-current'), 'page');
    const home = page.locator('nav[aria-label="Main"] a', { hasText: 'Home' });
    assert.equal(await home.getAttribute('aria-current'), null);
  });
});

test('the first page of a visit does not move focus by itself', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/glossary', 'Glossary');
    assert.equal((await focused(page)).tag, 'body');
  });
});

test('Back returns to the previous page and focuses its h1', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/newsletter', 'Newsletter');
    await page.locator('main a', { hasText: 'Our first newsletter' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.startsWith('Our first'));
    await page.goBack();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Newsletter');
    assert.match(await page.title(), /^Newsletter – /);
  });
});

test('focus is visible on links and buttons', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    for (const selector of ['nav[aria-label="Main"] a >> nth=1', 'main button']) {
      await page.locator(selector).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { outline: s.outlineStyle, shadow: s.boxShadow, background: s.backgroundColor };
      });
      const visible = style.shadow !== 'none' || (style.outline !== 'none' && style.outline !== '');
      assert.ok(visible, `${selector} shows focus: ${JSON.stringify(style)}`);
    }
  });
});

test('focus stays visible in forced-colours mode', async () => {
  await app.withPage(async (page) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    await page.locator('main button').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.notEqual(outline.style, 'none');
    assert.ok(outline.width >= 2, `outline width ${outline.width}`);
  });
});

test('a link to a section of another page focuses that section heading', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/deep-dive', 'Deep dive');
    await page.locator('main a', { hasText: 'how to ask for information in another format' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'another-format');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
    assert.equal(new URL(page.url()).hash, '#another-format');
    const inView = await page.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    assert.ok(inView, 'the section is scrolled into view');
  });
});

test('opening an address with a #fragment scrolls to that section without moving focus', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await openPage(page, app.origin, '/accessibility#preparation', 'Accessibility statement');
    await page.waitForFunction(() => {
      const box = document.getElementById('preparation')?.getBoundingClientRect();
      return box && box.top >= 0 && box.top < window.innerHeight;
    });
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  });
});
