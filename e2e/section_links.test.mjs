// A link to a section of the page shown moves focus and view to that
// section every time: the first press, the second (when the address does
// not change and the browser sends no hashchange), and after X → Y → Back
// → X; on the site and in both drop-in embed modes (hash and path).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { copyDist } from './support/dist_copy.mjs';
import { embedSnippet } from './support/embed_snippet.mjs';

// The plan page starts with links to two of its own sections, as an
// editor may write them in the content.
const copy = copyDist();
copy.editJson('content/pages/written-statement-of-action.json', (plan) => {
  plan.blocks.unshift({ type: 'paragraph', text: 'Jump to [the key dates](/written-statement-of-action#key-dates) or [the working groups](/written-statement-of-action#working-groups).' });
});
let server;
let browser;
before(async () => {
  server = await startServer({ root: copy.root });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  copy.remove();
});

const BASE = '/council/send';
async function councilPage(routing) {
  const { head, scripts } = await embedSnippet(server.origin);
  const attributes = routing === 'path' ? `data-routing="path" data-base-path="${BASE}"` : 'data-routing="hash"';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SEND – Example Council</title>${head}</head>
<body><main><h1>Help for children with SEND</h1><div data-send-hub ${attributes}></div></main>${scripts}</body></html>`;
}

/** Where a section link is in each mode, and how to open the plan there. */
const MODES = {
  site: { open: (page) => page.goto(`${server.origin}/written-statement-of-action`) },
  'hash embed': {
    open: async (page) => {
      const body = await councilPage('hash');
      await page.route('**/council.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
      await page.goto(`${server.origin}/council.html#/written-statement-of-action`);
    },
  },
  'path embed': {
    open: async (page) => {
      const body = await councilPage('path');
      await page.route((url) => url.pathname.startsWith(BASE), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
      await page.goto(`${server.origin}${BASE}/written-statement-of-action`);
    },
  },
};

/** Presses the link by keyboard, then says where focus went and whether
 * that element's top is on screen. */
async function follow(page, name) {
  const link = page.locator('main').getByRole('link', { name, exact: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const focused = document.activeElement;
    const box = focused.getBoundingClientRect();
    return { id: focused.id, onScreen: box.top >= -1 && box.top < innerHeight };
  });
}

for (const [mode, { open }] of Object.entries(MODES)) {
  test(`${mode}: a section link takes focus and view to its section every time it is followed`, async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 800, height: 600 });
      await open(page);
      await page.locator('main').getByRole('link', { name: 'the key dates', exact: true }).waitFor({ timeout: 15000 });
      await page.waitForSelector('[data-app-running]');
      const here = page.url();
      assert.deepEqual(await follow(page, 'the key dates'), { id: 'key-dates', onScreen: true }, 'first press');
      assert.deepEqual(await follow(page, 'the key dates'), { id: 'key-dates', onScreen: true }, 'second press');
      assert.deepEqual(await follow(page, 'the working groups'), { id: 'working-groups', onScreen: true }, 'another section');
      await page.goBack();
      await page.waitForTimeout(300);
      assert.deepEqual(await follow(page, 'the key dates'), { id: 'key-dates', onScreen: true }, 'again after Back');
      assert.equal(new URL(page.url()).pathname, new URL(here).pathname, 'still the same page');
    } finally {
      await page.close();
    }
  });
}
