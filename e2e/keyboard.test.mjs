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

test('following a navigation link loads the new page: its title, address and aria-current, and Tab starts again at its skip link', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/', 'Cumbria SEND');
    await page.evaluate(() => (window.__samePage = true));
    const link = page.locator('nav[aria-label="Main"] a', { hasText: 'Get involved' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/get-involved$/);
    await page.locator('main h1').waitFor();
    assert.equal(await page.evaluate(() => window.__samePage), undefined, 'a real page load, which browsers and screen readers announce by its title');
    assert.equal(await page.locator('main h1').textContent(), 'Get involved');
    assert.match(await page.title(), /^Get involved – Cumbria SEND Improvement Programme$/);
    assert.equal(await link.getAttribute('aria-current'), 'page');
    const home = page.locator('nav[aria-label="Main"] a', { hasText: 'Home' });
    assert.equal(await home.getAttribute('aria-current'), null);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Skip to main content');
  });
});

test('the first page of a visit does not move focus by itself', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/glossary', 'Glossary');
    assert.equal((await focused(page)).tag, 'body');
  });
});

test('Back returns to the previous page, with its title', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/newsletter', 'Newsletter');
    await page.locator('main a', { hasText: 'Our first newsletter' }).click();
    await page.waitForURL(/\/newsletter\/2019-programme-launch$/);
    assert.match(await page.locator('main h1').textContent(), /^Our first/);
    await page.goBack();
    await page.waitForURL(/\/newsletter$/);
    assert.equal(await page.locator('main h1').textContent(), 'Newsletter');
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

test('a link to a section of another page shows that section, and the next Tab continues from it', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/deep-dive', 'Deep dive');
    await page.locator('main a', { hasText: 'how to ask for information in another format' }).click();
    await page.waitForURL(/\/accessibility#another-format$/);
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => {
      const box = document.getElementById('another-format')?.getBoundingClientRect();
      return box && box.top > -2 && box.top < window.innerHeight;
    });
    // The browser starts the next Tab from the section (its sequential
    // focus starting point), as on any page that is linked to a section.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const target = document.getElementById('another-format');
      return Boolean(target.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(after, 'Tab moves to the first control after the section heading');
  });
});

test('opening an address with a #fragment scrolls to that section without moving focus', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await openPage(page, app.origin, '/accessibility#preparation', 'Accessibility statement');
    await page.waitForFunction(() => {
      const box = document.getElementById('preparation')?.getBoundingClientRect();
      // Within a pixel: layout in fractions of a pixel, scrolling in whole ones.
      return box && box.top > -1 && box.top < window.innerHeight;
    });
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  });
});
