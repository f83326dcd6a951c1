// Static-first pages: every page reads without the WebAssembly, and the app
// takes the page over without redrawing it.
//
// "Without the WebAssembly" is made real by refusing the browser's request
// for the .wasm file (page.route abort), as a locked-down network, a failed
// download or a security policy would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, ROUTES, expectNoAxeViolations, hasHorizontalScroll } from './support/app.mjs';

const app = useApp();

const LANGUAGES = [
  { code: 'en', base: '', dir: 'ltr', nav: 'Get involved' },
  { code: 'pl', base: '/pl', dir: 'ltr' },
  { code: 'ro', base: '/ro', dir: 'ltr' },
  { code: 'ar', base: '/ar', dir: 'rtl' },
];

const planActions = (code) => {
  const file = code === 'en' ? 'public/content/pages/written-statement-of-action.json' : `public/content/${code}/pages/written-statement-of-action.json`;
  const plan = JSON.parse(readFileSync(file, 'utf8'));
  return plan.blocks.filter((block) => block.type === 'action_list').reduce((sum, list) => sum + list.actions.length, 0);
};

const url = (base, path) => (path === '/' ? `${base}/` : `${base}${path}`);

/** Opens `path` with the WebAssembly refused, and waits for the load event. */
async function openWithoutApp(page, path) {
  await page.route('**/*.wasm', (route) => route.abort());
  const response = await page.goto(app.origin + path, { waitUntil: 'load' });
  return response;
}

for (const language of LANGUAGES) {
  test(`without the WebAssembly, every route in ${language.code} reads, passes axe and fits 320 px`, async () => {
    await app.withPage(async (page) => {
      const errors = [];
      // The loader's own "Failed to fetch" for the refused file is expected.
      page.on('pageerror', (error) => error.message !== 'Failed to fetch' && errors.push(error.message));
      for (const route of ROUTES) {
        const path = url(language.base, route.path);
        await page.setViewportSize({ width: 1024, height: 800 });
        const response = await openWithoutApp(page, path);
        assert.equal(response.status(), route.path === '/no-such-page' ? 404 : 200, `${path}: status`);
        assert.equal(await page.getAttribute('html', 'lang'), language.code, `${path}: lang`);
        assert.equal(await page.getAttribute('html', 'dir'), language.dir, `${path}: dir`);
        assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
        if (language.code === 'en') {
          assert.ok((await page.locator('main h1').textContent()).startsWith(route.h1), `${path}: heading`);
        }
        assert.ok((await page.locator('main').innerText()).length > 80, `${path}: main has its content`);
        assert.ok((await page.title()).length > 0, `${path}: title`);
        assert.equal(await page.locator('[data-app-running]').count(), 0, 'the app is not running');
        // Nothing that needs the app is offered: the reading tools button
        // is neither visible nor in the tab order.
        assert.equal(await page.locator('button.app-tools-toggle').isVisible(), false, `${path}: no dead tools button`);
        await expectNoAxeViolations(page, `${path} without the WebAssembly`);
        await page.setViewportSize({ width: 320, height: 640 });
        assert.equal(await hasHorizontalScroll(page), false, `${path}: no sideways scroll at 320 px`);
        await page.unroute('**/*.wasm');
      }
      assert.deepEqual(errors, []);
    });
  });
}

test('without the WebAssembly, the navigation, the plan, the video and the language links all work', async () => {
  await app.withPage(async (page) => {
    await openWithoutApp(page, '/');
    // Navigation: an ordinary page load.
    await page.locator('nav[aria-label="Main"] a', { hasText: 'The plan' }).click();
    await page.waitForURL('**/written-statement-of-action');
    assert.match(await page.locator('main h1').textContent(), /^The plan/);
    assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent(), 'The plan');
    // The plan lists every action.
    assert.equal(await page.locator('.app-action').count(), planActions('en'));
    assert.equal(await page.locator('.app-action[hidden]').count(), 0);
    // The filters need the app, so they are not offered.
    assert.equal(await page.locator('.app-filters').isVisible(), false);
    // The language links lead to the same page in that language.
    await page.locator('a[hreflang="pl"]').first().click();
    await page.waitForURL('**/pl/written-statement-of-action');
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    assert.equal(await page.locator('.app-action').count(), planActions('pl'));
    // Links between pages stay in the language.
    assert.equal(await page.locator('nav[aria-label] a[href="/pl/deep-dive"]').count(), 1);
    await page.locator('a[href="/pl/deep-dive"]').first().click();
    await page.waitForURL('**/pl/deep-dive');
    // The video with its captions and transcript.
    const video = page.locator('main video');
    assert.equal(await video.evaluate((v) => v.controls), true);
    assert.equal(await page.locator('main video track[kind="captions"][default]').count(), 1);
    assert.ok((await page.locator('.app-transcript').innerText()).length > 50, 'transcript');
    // Back to English in one press.
    await page.locator('a[hreflang="en"]').first().click();
    await page.waitForURL(/\/deep-dive$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  });
});

test('the app takes the page over without replacing it: same nodes, focus, selection and scroll', async () => {
  await app.withPage(async (page) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(app.origin + '/written-statement-of-action', { waitUntil: 'domcontentloaded' });
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('[data-app-running]').count(), 0, 'the app waits for its WebAssembly');
    await page.evaluate(() => {
      window.__h1 = document.querySelector('main h1');
      window.__paragraph = [...document.querySelectorAll('main p')].find((p) => p.offsetParent && p.textContent.length > 40);
      const link = [...document.querySelectorAll('main a')].find((a) => a.getBoundingClientRect().top > 300);
      window.__link = link;
      window.scrollTo(0, 400);
      link.focus({ preventScroll: true });
      const range = document.createRange();
      range.selectNodeContents(window.__paragraph);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      window.__selected = getSelection().toString();
      window.__scroll = window.scrollY;
    });
    release();
    await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({
      sameHeading: window.__h1 === document.querySelector('main h1') && document.contains(window.__h1),
      sameParagraph: document.contains(window.__paragraph),
      focusKept: document.activeElement === window.__link,
      selection: getSelection().toString() === window.__selected && window.__selected.length > 0,
      scroll: window.scrollY === window.__scroll,
    }));
    assert.deepEqual(after, { sameHeading: true, sameParagraph: true, focusKept: true, selection: true, scroll: true });
    assert.deepEqual(errors, []);
    // And the reading tools now work.
    const toggle = page.getByRole('button', { name: 'Reading tools' });
    assert.equal(await toggle.isVisible(), true);
    await toggle.click();
    await page.getByLabel('Dark: light text on a dark background').check();
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    // The plan's filters too.
    assert.equal(await page.locator('.app-filters').first().isVisible(), true);
  });
});

test('content changed on the server after the build is what the reader sees once the app runs', async () => {
  await app.withPage(async (page) => {
    await page.route('**/content/pages/glossary.json', async (route) => {
      const response = await route.fetch();
      const page = await response.json();
      page.title = 'Glossary, edited on the server';
      await route.fulfill({ response, json: page });
    });
    await page.goto(app.origin + '/glossary');
    await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Glossary, edited on the server');
    assert.equal(await page.locator('h1').count(), 1);
    assert.match(await page.title(), /^Glossary, edited on the server/);
  });
});

test('a reader who chose a language gets it at an address without one, before anything is drawn; shared links keep theirs', async () => {
  await app.withPage(async (page) => {
    await page.goto(app.origin + '/glossary');
    await page.locator('a[hreflang="pl"]').first().click();
    await page.waitForURL('**/pl/glossary');
    // The choice is remembered: the English address now opens in Polish,
    // with no English page drawn first.
    const english = [];
    page.on('response', (response) => response.url().endsWith('/deep-dive') && english.push(response.url()));
    await page.goto(app.origin + '/deep-dive');
    await page.waitForURL('**/pl/deep-dive');
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    const paints = await page.evaluate(() => performance.getEntriesByType('navigation').map((entry) => entry.name));
    assert.ok(paints.every((name) => name.endsWith('/pl/deep-dive')), `navigations: ${paints}`);
    // A shared link in Romanian stays in Romanian.
    await page.goto(app.origin + '/ro/deep-dive');
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/ro/deep-dive');
    // Choosing English again sticks.
    await page.locator('a[hreflang="en"]').first().click();
    await page.waitForURL(/\/deep-dive$/);
    await page.goto(app.origin + '/glossary');
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/glossary');
  });
});

test('when the content cannot be loaded, the page stays readable with an alert naming the file and Try again', async () => {
  await app.withPage(async (page) => {
    let broken = true;
    await page.route('**/content/pages/deep-dive.json', (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "title": ["x"], "blocks": []}' }) : route.continue(),
    );
    await page.goto(app.origin + '/deep-dive');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    assert.match(await alert.textContent(), /pages\/deep-dive\.json has a problem at line 1, column \d+: invalid type/);
    assert.match(await alert.textContent(), /reading tools could not start/);
    assert.match(await page.locator('main h1').textContent(), /^Deep dive/, 'the page as published is still there');
    assert.equal(await page.locator('main video').count(), 1);
    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
    assert.equal(await page.getByRole('alert').count(), 0);
  });
});
