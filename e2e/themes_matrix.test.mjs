// Every theme × text size 100% and 200% × spacing off and on: every route
// has zero axe violations and no sideways scrolling at 320 px. Settings are
// put in storage before the page loads, as a returning reader's would be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useApp, ROUTES, AXE_TAGS, openPage, hasHorizontalScroll } from './support/app.mjs';

const app = useApp();
const THEMES = ['default', 'dark', 'high-contrast', 'cream'];

for (const theme of THEMES) {
  for (const text_size of [100, 200]) {
    for (const spacing of [false, true]) {
      const label = `${theme}, ${text_size}%, spacing ${spacing ? 'on' : 'off'}`;
      test(`${label}: every route passes axe and fits 320 px`, async () => {
        await app.withPage(async (page) => {
          await page.setViewportSize({ width: 320, height: 800 });
          await page.addInitScript((saved) => localStorage.setItem('send-hub-settings', saved),
            JSON.stringify({ version: 1, theme, text_size, spacing }));
          const problems = [];
          for (const route of ROUTES) {
            await openPage(page, app.origin, route.path, route.h1);
            assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
            const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
            for (const v of results.violations) {
              problems.push(`${route.path}: ${v.id} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
            }
            if (await hasHorizontalScroll(page)) problems.push(`${route.path}: scrolls sideways`);
          }
          assert.deepEqual(problems, [], problems.join('\n'));
        });
      });
    }
  }
}

for (const theme of THEMES) {
  test(`${theme}: the open reading tools panel passes axe, with its highlight colours`, async () => {
    await app.withPage(async (page) => {
      await page.addInitScript((saved) => localStorage.setItem('send-hub-settings', saved), JSON.stringify({ version: 1, theme }));
      await openPage(page, app.origin, '/get-involved', 'Get involved');
      await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
      await page.getByRole('region', { name: 'Reading tools' }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const problems = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  });
}

for (const theme of THEMES) {
  test(`${theme}: keyboard focus is visible on links, buttons and form controls`, async () => {
    await app.withPage(async (page) => {
      await page.addInitScript((saved) => localStorage.setItem('send-hub-settings', saved), JSON.stringify({ version: 1, theme }));
      await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
      const targets = ['nav[aria-label="Main"] a', 'main select', 'main button'];
      for (const selector of targets) {
        await page.locator(selector).first().focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const style = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement);
          return { tag: document.activeElement.tagName, outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), shadow: s.boxShadow, background: s.backgroundColor };
        });
        const ring = style.outline !== 'none' && style.outlineWidth >= 2 && style.shadow !== 'none';
        const link = style.tag === 'A' && style.shadow !== 'none' && style.background !== 'rgba(0, 0, 0, 0)';
        assert.ok(ring || link, `${theme} ${selector}: ${JSON.stringify(style)}`);
      }
    });
  });
}
