// The default theme's text meets WCAG AAA contrast (7:1, or 4.5:1 for large
// text) on every route, checked by axe's color-contrast-enhanced rule, which
// the AA run in routes.test.mjs leaves out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useApp, ROUTES, openPage } from './support/app.mjs';

const app = useApp();

for (const route of ROUTES) {
  test(`${route.path} text has at least 7:1 contrast`, async () => {
    await app.withPage(async (page) => {
      await openPage(page, app.origin, route.path, route.h1);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      assert.equal(results.passes.length + results.violations.length > 0, true, 'the rule ran');
      const failures = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message}`));
      assert.deepEqual(failures, []);
    });
  });
}
