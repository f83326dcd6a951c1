// The drop-in embed with data-routing="path": the app's pages are real
// addresses below the council page's own (data-base-path), which the
// council's server answers with the same page. Link clicks inside the app
// change pages without reloading, Back works, and the council page's own
// links outside the base path are left to the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { embedSnippet } from './support/embed_snippet.mjs';

const app = useApp();
const BASE = '/council/send';

async function councilPage(div) {
  const { head, scripts } = await embedSnippet(app.origin);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Children's services – Example Council</title>${head}</head>
<body><header><p id="top">Example Council</p><nav aria-label="Council"><a href="/council/contact">Contact the council</a> <a href="${BASE}-transport">School transport</a> <a href="#top">Back to top</a></nav></header>
<main><h1>Help for children with SEND</h1>${div}</main>${scripts}</body></html>`;
}

/** Answers the council's addresses the way its server would. */
async function serveCouncil(page, div) {
  const body = await councilPage(div);
  await page.route(
    (url) => url.pathname === BASE || url.pathname.startsWith(`${BASE}/`),
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
  await page.route(`**${BASE}-transport`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><title>School transport – Example Council</title></head><body><main><h1>School transport</h1></main></body></html>',
    }),
  );
  await page.route('**/council/contact', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><title>Contact – Example Council</title></head><body><main><h1>Contact the council</h1></main></body></html>',
    }),
  );
}

const appHeading = (page) => page.locator('#send-hub-main h1');

test('with path routing, pages are addresses below the base path, and Back works', async () => {
  await app.withPage(async (page) => {
    await serveCouncil(page, `<div data-send-hub data-routing="path" data-base-path="${BASE}/"></div>`);
    await page.goto(app.origin + BASE);
    await appHeading(page).filter({ hasText: 'Cumbria SEND Improvement Programme' }).waitFor();
    // Marks this document, to tell a page change inside the app from a reload.
    await page.evaluate(() => (window.__sameDocument = true));

    const glossaryLink = page.locator('[data-send-hub] nav.app-nav a', { hasText: 'Glossary' });
    assert.equal(await glossaryLink.getAttribute('href'), `${BASE}/glossary`);
    await glossaryLink.click();
    await appHeading(page).filter({ hasText: 'Glossary' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${BASE}/glossary`);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
    await page.waitForFunction(() => document.activeElement?.matches('#send-hub-main h1'));
    assert.equal(await glossaryLink.getAttribute('aria-current'), 'page');
    assert.equal(await page.title(), "Children's services – Example Council", 'the council page title stays');

    await page.goBack();
    await appHeading(page).filter({ hasText: 'Cumbria SEND Improvement Programme' }).waitFor();
    assert.equal(new URL(page.url()).pathname, BASE);
    assert.equal(await page.evaluate(() => window.__sameDocument), true);

    // The council's own links are left to the browser: a #fragment on this
    // page, and a page whose address merely starts like the base path.
    await page.locator('a', { hasText: 'Back to top' }).click();
    assert.equal(new URL(page.url()).hash, '#top');
    await appHeading(page).filter({ hasText: 'Cumbria SEND Improvement Programme' }).waitFor();
    await page.locator('a', { hasText: 'School transport' }).click();
    await page.locator('h1', { hasText: 'School transport' }).waitFor();
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'a real page load');
    await page.goBack();
    await appHeading(page).filter({ hasText: 'Cumbria SEND Improvement Programme' }).waitFor();
    await page.evaluate(() => (window.__sameDocument = true));

    // The council's own link, outside the base path, is a normal page load.
    await page.locator('a', { hasText: 'Contact the council' }).click();
    await page.locator('h1', { hasText: 'Contact the council' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/council/contact');
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  });
});

test('with path routing, an address below the base path opens that page', async () => {
  await app.withPage(async (page) => {
    await serveCouncil(page, `<div data-send-hub data-routing="path" data-base-path="${BASE}"></div>`);
    await page.goto(`${app.origin}${BASE}/written-statement-of-action`);
    await appHeading(page).filter({ hasText: 'The plan' }).waitFor();
    await page.goto(`${app.origin}${BASE}/no-such-page`);
    await appHeading(page).filter({ hasText: 'Page not found' }).waitFor();
  });
});

test('an unknown routing option falls back to hash routing and says so in the console', async () => {
  await app.withPage(async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await serveCouncil(page, '<div data-send-hub data-routing="sideways"></div>');
    await page.goto(app.origin + BASE);
    await appHeading(page).waitFor();
    assert.ok(
      warnings.some((text) => text.includes('data-routing="sideways"') && text.includes('hash routing')),
      `console warnings: ${warnings.join(' | ')}`,
    );
    assert.equal(await page.locator('[data-send-hub] nav.app-nav a', { hasText: 'Glossary' }).getAttribute('href'), '#/glossary');
  });
});
