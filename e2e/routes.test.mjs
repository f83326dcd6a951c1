// Every route renders its heading, has zero axe violations and does not
// scroll sideways on a 320 CSS px wide screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, ROUTES, openPage, expectNoAxeViolations, hasHorizontalScroll } from './support/app.mjs';

const app = useApp();

for (const route of ROUTES) {
  test(`${route.path} renders one h1, sets the title and has zero axe violations`, async () => {
    await app.withPage(async (page) => {
      const heading = await openPage(page, app.origin, route.path, route.h1);
      assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
      const h1 = (await heading.textContent()).trim();
      const title = await page.title();
      assert.ok(title.startsWith(h1), `title "${title}" starts with the h1 "${h1}"`);
      assert.equal(await page.locator('header').count(), 1);
      assert.equal(await page.locator('nav[aria-label="Main"]').count(), 1);
      assert.equal(await page.locator('main').count(), 1);
      assert.equal(await page.locator('footer').count(), 1);
      await expectNoAxeViolations(page, route.path);
    });
  });

  test(`${route.path} fits a 320 px wide screen without sideways scrolling`, async () => {
    await app.withPage(async (page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openPage(page, app.origin, route.path, route.h1);
      assert.equal(await hasHorizontalScroll(page), false);
    });
  });
}

test('the html element has a language', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  });
});

test('abbreviations are marked up and written out in full on first use', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    const first = page.locator('main abbr', { hasText: /^WSoA$/ }).first();
    assert.equal(await first.getAttribute('title'), 'Written Statement of Action');
    const paragraph = await page
      .locator('main p', { has: page.locator('abbr', { hasText: /^WSoA$/ }) })
      .first()
      .textContent();
    assert.match(paragraph, /WSoA \(Written Statement of Action\)/);
    const mentions = await page.locator('main abbr', { hasText: /^DfE$/ }).count();
    const expanded = (await page.locator('main').textContent()).split('DfE (Department for Education)').length - 1;
    assert.ok(mentions > 1, 'DfE is used more than once');
    assert.equal(expanded, 1, 'written out only the first time');
  });
});
