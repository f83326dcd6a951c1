// Shared steps for the app's end-to-end tests.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

/**
 * Serves dist/ and starts Chromium for the test file that calls it, and
 * stops both when the file's tests are done. `serverOptions` go to
 * startServer (e.g. `{ headers, reportPath }`); none by default.
 */
export function useApp(serverOptions = {}) {
  let server;
  let browser;
  let started;
  // A file's own before() hooks may start before this one has finished.
  const ready = new Promise((resolve) => (started = resolve));
  before(async () => {
    server = await startServer(serverOptions);
    browser = await launchBrowser();
    started();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server.origin;
    },
    /** What the server recorded at `reportPath` (see startServer). */
    get reports() {
      return server.reports;
    },
    /** The browser context every page of this file opens in. */
    get context() {
      return browser.context;
    },
    async newPage() {
      await ready;
      return browser.context.newPage();
    },
    /** Runs `steps` with a fresh tab, closing it afterwards whatever happens. */
    async withPage(steps) {
      await ready;
      const page = await browser.context.newPage();
      try {
        await steps(page);
      } finally {
        await page.close();
      }
    },
  };
}

/** Every route of the shipped site, with the start of its <h1>. */
export const ROUTES = [
  { path: '/', h1: 'Cumbria SEND Improvement Programme' },
  { path: '/newsletter', h1: 'Newsletter' },
  { path: '/newsletter/2019-programme-launch', h1: 'Our first newsletter' },
  { path: '/newsletter/2020-progress-update', h1: 'Progress update' },
  { path: '/written-statement-of-action', h1: 'The plan: Written Statement of Action' },
  { path: '/deep-dive', h1: 'Deep dive' },
  { path: '/get-involved', h1: 'Get involved' },
  { path: '/glossary', h1: 'Glossary' },
  { path: '/accessibility', h1: 'Accessibility statement' },
  { path: '/no-such-page', h1: 'Page not found' },
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Opens `path` and waits until the app has rendered the page's <h1>. */
export async function openPage(page, origin, path, h1Start) {
  await page.goto(origin + path);
  const heading = page.locator('main h1');
  await heading.waitFor({ state: 'visible', timeout: 15000 });
  if (h1Start) {
    await page.waitForFunction(
      (start) => document.querySelector('main h1')?.textContent?.startsWith(start),
      h1Start,
      { timeout: 15000 },
    );
  }
  return heading;
}

/** Runs axe on the whole page and fails with a readable list of problems. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${label}:\n${summary.join('\n')}`);
}

/** True when the page is wider than the viewport (sideways scrolling). */
export async function hasHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
