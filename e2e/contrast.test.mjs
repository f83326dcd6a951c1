// The default theme's text meets WCAG AAA contrast (7:1, or 4.5:1 for large
// text) on every route, checked by axe's color-contrast-enhanced rule, which
// the AA run in routes.test.mjs leaves out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { ROUTES, openPage } from './support/app.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const route of ROUTES) {
  test(`${route.path} text has at least 7:1 contrast`, async () => {
    const page = await browser.context.newPage();
    try {
      await openPage(page, server.origin, route.path, route.h1);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      assert.equal(results.passes.length + results.violations.length > 0, true, 'the rule ran');
      const failures = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message}`));
      assert.deepEqual(failures, []);
    } finally {
      await page.close();
    }
  });
}
