// The drop-in embed: a council page adds the app's stylesheet and scripts
// and a <div data-send-hub data-routing="hash">, and the app runs inside
// that <div> (public/embed/example.html, filled in by
// scripts/write-embed-snippet.mjs). The council page's own look, title,
// <html> attributes and address path stay the council's; the app stays
// readable and keyboard-usable under the page's deliberately unhelpful CSS
// (public/embed/example-host.css); its reading tools act on the app only;
// its pages are `#/…` addresses that Back follows; and a data-content-url
// on another site is refused, visibly, without a request to that site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { embedSnippet } from './support/embed_snippet.mjs';
import { useApp, AXE_TAGS } from './support/app.mjs';
import { startServer } from './support/server.mjs';

const app = useApp();

const EXAMPLE = '/embed/example.html';
const EXAMPLE_TITLE = 'SEND improvement – Example County Council';
const SITE_TITLE = 'Cumbria SEND Improvement Programme';
const EMBED = '[data-send-hub]';
const HOST_PAGE = '/embed/test-host.html';

// Words from public/locales/en.json.
const TOOLS_TOGGLE = 'Reading tools';
const DARK = 'Dark: light text on a dark background';
const RULER = 'Reading ruler: a band that follows your pointer or keyboard';
const MASK = 'Screen mask: dim everything except the band';

/** The host page's own elements whose look must not change. */
const HOST_SELECTORS = [
  'html', 'body', '.council-skip', '.council-header', '.council-logo', '.council-nav', '.council-nav li',
  '.council-nav a', '#council-main', '#council-main > h1', '#council-main > h2', '#council-main > .council-text',
  '.council-text a', '.council-frame', '.council-footer', '.council-footer p',
];
// Sideways margins are compared as the element's left edge and width
// instead: Chromium's getComputedStyle reports a `margin: auto` as 0px after
// a restyle inside the embed even though the element has not moved.
const STYLE_PROPERTIES = [
  'color', 'font-size', 'font-family', 'font-weight', 'line-height', 'letter-spacing', 'display', 'box-sizing',
  'background-color', 'margin-top', 'margin-bottom',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'list-style-type', 'text-decoration-line',
];

/** The app's built files, as the example page loads them. */
const APP_FILES = /\/(app-[0-9a-f]+\.css|loader-[0-9a-f]+\.js|settings-boot-[0-9a-f]+\.js|send-hub-[0-9a-f]+(_bg\.wasm|\.js))$/;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fresh tab whose saved reading settings are cleared once, before its
 * first page (the tabs of this file share one browser profile), and which
 * records uncaught errors.
 */
async function withFreshPage(steps) {
  await app.withPage(async (page) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      if (window.top === window && !sessionStorage.getItem('drop-in-test-cleared')) {
        try {
          localStorage.clear();
        } catch {}
        sessionStorage.setItem('drop-in-test-cleared', '1');
      }
    });
    await steps(page, errors);
  });
}

const embed = (page) => page.locator(EMBED);
const appHeading = (page) => page.locator(`${EMBED} #send-hub-main h1`);

/** Waits until the embed shows a page whose <h1> contains `h1`. */
async function waitForAppPage(page, h1) {
  await appHeading(page).filter({ hasText: h1 }).waitFor({ timeout: 15000 });
}

/** Opens the example council page (with `hash`), and waits for the app's page. */
async function openExample(page, hash = '', h1 = SITE_TITLE) {
  await page.goto(app.origin + EXAMPLE + hash);
  await waitForAppPage(page, h1);
}

/** Computed styles of the council page's own elements (none inside the embed). */
function hostStyles(page) {
  return page.evaluate(([selectors, properties]) => {
    const out = {};
    for (const selector of selectors) {
      const elements = [...document.querySelectorAll(selector)].filter((el) => !el.closest('[data-send-hub]'));
      out[selector] = elements.map((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          ...Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])),
          left: Math.round((box.left + window.scrollX) * 10) / 10,
          width: Math.round(box.width * 10) / 10,
        };
      });
    }
    return out;
  }, [HOST_SELECTORS, STYLE_PROPERTIES]);
}

/** The attributes of the council page's <html>, as name → value. */
const htmlAttributes = (page) =>
  page.evaluate(() => Object.fromEntries([...document.documentElement.attributes].map((a) => [a.name, a.value])));

/** Axe's violations inside the embed only, one readable line each. */
async function axeViolationsInEmbed(page) {
  const results = await new AxeBuilder({ page }).include(EMBED).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`).join('\n    ')}`,
  );
}

/** Opens the app's reading tools panel (inside the embed) and returns it. */
async function openReadingTools(page) {
  const toggle = embed(page).getByRole('button', { name: TOOLS_TOGGLE, exact: true });
  await toggle.click();
  const panel = embed(page).getByRole('region', { name: TOOLS_TOGGLE });
  await panel.waitFor({ timeout: 5000 });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  return panel;
}

/** Serves a council page at HOST_PAGE (on the app's origin) with `div` in it. */
async function serveHostPage(page, div) {
  const { head, scripts } = await embedSnippet(app.origin);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test council page</title>${head}</head>
<body><header><p>Test Council</p></header><main><h1>Help for children with SEND</h1>${div}
<p><a href="#contact">Contact the council</a></p></main>${scripts}</body></html>`;
  await page.route(
    (url) => url.origin === app.origin && url.pathname === HOST_PAGE,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
}

test('the app mounts in its div on the example page, as a named region with no <main>, leaving <html> and the title alone', async () => {
  await withFreshPage(async (page, errors) => {
    const fileHtml = readFileSync(new URL('../public/embed/example.html', import.meta.url), 'utf8');
    assert.match(fileHtml, /<html lang="en">/, 'the example page starts with only lang="en" on <html>');
    await openExample(page);
    assert.equal((await appHeading(page).textContent()).trim(), SITE_TITLE);
    assert.equal(await page.locator('[data-send-hub-boot]').count(), 0, 'the loading message has gone');

    const div = await embed(page).evaluate((el) => ({
      classes: [...el.classList],
      embedded: el.hasAttribute('data-embedded'),
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label'),
      theme: el.getAttribute('data-theme'),
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
      mains: el.querySelectorAll('main, [role="main"]').length,
      insideHostMain: el.parentElement.closest('main')?.id,
    }));
    assert.ok(div.classes.includes('send-hub'), `class send-hub on the div (${div.classes})`);
    assert.ok(div.embedded, 'data-embedded on the div');
    assert.equal(div.role, 'region');
    assert.equal(div.label, SITE_TITLE);
    assert.ok(div.theme, 'the reading settings are on the div');
    assert.equal(div.lang, 'en');
    assert.equal(div.dir, 'ltr');
    assert.equal(div.mains, 0, 'no main landmark inside the embed');
    assert.equal(div.insideHostMain, 'council-main');
    assert.equal(await page.getByRole('region', { name: SITE_TITLE }).count(), 1, 'one region named after the site');
    assert.equal(await page.getByRole('main').count(), 1, 'the page has one main landmark, the council\'s');
    assert.equal(await page.locator(`${EMBED} #send-hub-main.app-main`).count(), 1);

    assert.deepEqual(await htmlAttributes(page), { lang: 'en' }, 'the council page\'s <html> is untouched');
    assert.equal(await page.evaluate(() => document.body.className), '', '<body> gets no class');
    assert.equal(await page.title(), EXAMPLE_TITLE, 'the council page\'s title stays');
    assert.deepEqual(errors, [], 'no uncaught errors');
  });
});

test('the council page\'s own elements look exactly the same with and without the app', async () => {
  let without;
  await withFreshPage(async (page) => {
    await page.route((url) => APP_FILES.test(url.pathname), (route) => route.abort());
    await page.goto(app.origin + EXAMPLE);
    await page.waitForLoadState('load');
    await sleep(300);
    assert.equal(await page.locator('#send-hub-main').count(), 0, 'control: the app did not run');
    assert.equal(await page.locator('[data-send-hub-boot]').count(), 1, 'control: the loading message is still there');
    without = await hostStyles(page);
  });
  await withFreshPage(async (page) => {
    await openExample(page);
    const withApp = await hostStyles(page);
    assert.ok(withApp['.council-nav a'].length === 2 && withApp['#council-main > h2'].length === 3, 'the host elements were found');
    for (const selector of HOST_SELECTORS) {
      assert.deepEqual(withApp[selector], without[selector], `${selector} looks different with the app on the page`);
    }
  });
});

/** What makes the app hard to read under the council's CSS, as a list. */
function readabilityProblems(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-send-hub]');
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const name = (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${el.textContent.trim().slice(0, 30)}"`;
    const transparent = (colour) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
    const problems = [];
    const paragraphs = [...root.querySelectorAll('#send-hub-main p')].filter(shown);
    if (paragraphs.length === 0) problems.push('no paragraphs found in #send-hub-main');
    for (const p of paragraphs) {
      const s = getComputedStyle(p);
      if (parseFloat(s.fontSize) < 16) problems.push(`${name(p)}: font-size ${s.fontSize}`);
      if (s.color === 'rgb(119, 119, 119)') problems.push(`${name(p)}: the council's grey #777 text`);
      if (s.display !== 'block') problems.push(`${name(p)}: display ${s.display}`);
      if (!(s.letterSpacing === 'normal' || parseFloat(s.letterSpacing) === 0)) problems.push(`${name(p)}: letter-spacing ${s.letterSpacing}`);
    }
    for (const a of [...root.querySelectorAll('a')].filter(shown)) {
      const s = getComputedStyle(a);
      if (s.color === 'rgb(255, 0, 170)' || s.color === 'rgb(119, 119, 119)') problems.push(`${name(a)}: the council's link colour ${s.color}`);
    }
    const controls = [...root.querySelectorAll('button, select')].filter(shown);
    if (!controls.some((el) => el.tagName === 'BUTTON')) problems.push('no buttons found in the embed');
    for (const el of controls) {
      const s = getComputedStyle(el);
      const border = ['top', 'right', 'bottom', 'left'].some((side) =>
        s.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0
        && !transparent(s.getPropertyValue(`border-${side}-color`)));
      const background = !transparent(s.backgroundColor);
      if (!border && !background) problems.push(`${name(el)}: no visible border or background`);
      const padding = ['top', 'right', 'bottom', 'left'].map((side) => parseFloat(s.getPropertyValue(`padding-${side}`)));
      if (padding[0] + padding[2] <= 0 || padding[1] + padding[3] <= 0) problems.push(`${name(el)}: padding ${s.padding}`);
      if (s.boxSizing !== 'border-box') problems.push(`${name(el)}: box-sizing ${s.boxSizing}`);
      if (/comic sans/i.test(s.fontFamily)) problems.push(`${name(el)}: the council's font ${s.fontFamily}`);
      if (parseFloat(s.fontSize) < 16) problems.push(`${name(el)}: font-size ${s.fontSize}`);
    }
    // Enough to see what is wrong without a screenful of the same line.
    return problems.length > 8 ? [...problems.slice(0, 8), `…and ${problems.length - 8} more`] : problems;
  });
}

test('the app stays readable under the council\'s unhelpful CSS, and has no axe violations in any state', async () => {
  await withFreshPage(async (page) => {
    await openExample(page);
    // Control: the council's rules do reach the council's own paragraphs.
    const hostParagraph = await page.locator('#council-main > p.council-text').first().evaluate((p) => getComputedStyle(p).letterSpacing);
    assert.notEqual(hostParagraph, 'normal', 'control: the council\'s letter-spacing rule applies to its own text');

    // Every state is checked before the test fails, so one run shows all
    // that is wrong.
    const found = {};
    const check = async (state, { readability = true } = {}) => {
      found[state] = {
        readability: readability ? await readabilityProblems(page) : [],
        axe: await axeViolationsInEmbed(page),
      };
    };
    await check('home page');

    await embed(page).locator('nav.app-nav a', { hasText: 'Glossary' }).click();
    await waitForAppPage(page, 'Glossary');
    await check('glossary');

    const panel = await openReadingTools(page);
    await check('glossary, reading tools open');

    await panel.getByLabel(DARK).check();
    await page.waitForFunction(() => document.querySelector('[data-send-hub]').getAttribute('data-theme') === 'dark');
    await sleep(300); // colour transitions, if any
    await check('glossary, reading tools open, dark theme', { readability: false });

    await panel.getByLabel('200%', { exact: true }).check();
    await page.waitForFunction(() => document.querySelector('[data-send-hub]').getAttribute('data-text-size') === '200');
    await check('glossary, reading tools open, dark theme, 200% text');

    for (const [theme, label] of [['high-contrast', 'High contrast: yellow on black'], ['cream', 'Cream: soft, low-glare colours']]) {
      await panel.getByLabel(label).check();
      await page.waitForFunction((wanted) => document.querySelector('[data-send-hub]').getAttribute('data-theme') === wanted, theme);
      await sleep(300);
      await check(`glossary, reading tools open, ${theme} theme, 200% text`, { readability: false });
    }

    const problems = Object.entries(found).flatMap(([state, { readability, axe }]) => [
      ...readability.map((problem) => `[${state}] ${problem}`),
      ...axe.map((violation) => `[${state}] axe: ${violation}`),
    ]);
    assert.equal(problems.length, 0, `problems in the embed:\n${problems.join('\n')}\n`);
  });
});

/** Where the focused element is, and whether its focus is visible. */
function focusedElement(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { where: 'body' };
    const s = getComputedStyle(el);
    const transparent = (colour) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
    const shadow = s.boxShadow !== 'none';
    return {
      where: el.tagName === 'IFRAME' ? 'frame' : el.closest('[data-send-hub]') ? 'app' : 'host',
      name: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}`
        + `${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
      skip: el.matches('.app-skip-link'),
      siteTitle: el.matches('.app-header__title'),
      nav: el.matches('nav.app-nav a'),
      hostContact: el.matches('#council-main > .council-text a[href="#council-contact"]'),
      indicator: outline || shadow,
      focusStyle: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`,
    };
  });
}

test('Tab goes from the council page into the app and out again, with a visible focus everywhere in the app', async () => {
  await withFreshPage(async (page) => {
    await openExample(page);
    assert.equal((await focusedElement(page)).where, 'body', 'loading the app did not move focus');
    const steps = [];
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focusedElement(page);
      steps.push(now);
      if (now.hostContact) break;
    }
    const trail = steps.map((s) => `${s.where}: ${s.name}`).join('\n');
    assert.ok(steps.at(-1)?.hostContact, `Tab reached the council's "Contact us" link after the embed:\n${trail}`);
    const runs = steps.map((s) => s.where).filter((where, i, all) => i === 0 || all[i - 1] !== where);
    assert.deepEqual(runs, ['host', 'app', 'host'], `focus went council → app → council:\n${trail}`);

    const inApp = steps.filter((s) => s.where === 'app');
    assert.ok(inApp[0].skip, `the app's skip link comes first in the app (got ${inApp[0].name})`);
    assert.ok(inApp.some((s) => s.siteTitle), 'the site title link is reached');
    const navCount = await embed(page).locator('nav.app-nav a').count();
    assert.ok(navCount > 1, 'the app has navigation links');
    assert.equal(inApp.filter((s) => s.nav).length, navCount, 'every navigation link is reached');
    const invisible = inApp.filter((s) => !s.indicator).map((s) => `${s.name}: ${s.focusStyle}`);
    assert.deepEqual(invisible, [], 'every focused element in the app shows where focus is');

    await page.keyboard.press('Shift+Tab');
    const back = await focusedElement(page);
    assert.equal(back.where, 'app', `Shift+Tab from the council's link goes back into the app (got ${back.name})`);
    assert.equal(back.name, inApp.at(-1).name, 'to the app\'s last focusable element');
  });
});

/** The app's look: its root, and its first paragraph. */
function appLook(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-send-hub]');
    const p = root.querySelector('#send-hub-main p');
    const rootStyle = getComputedStyle(root);
    const pStyle = getComputedStyle(p);
    return {
      theme: root.getAttribute('data-theme'),
      textSize: root.getAttribute('data-text-size'),
      background: rootStyle.backgroundColor,
      textColour: pStyle.color,
      fontSize: parseFloat(pStyle.fontSize),
    };
  });
}

/** The ruler's and its shades' boxes, and the visible part of the embed. */
function rulerGeometry(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
    };
    const root = box(document.querySelector('[data-send-hub]'));
    const visible = {
      top: Math.max(root.top, 0),
      left: Math.max(root.left, 0),
      right: Math.min(root.right, window.innerWidth),
      bottom: Math.min(root.bottom, window.innerHeight),
    };
    const ruler = document.querySelector('.app-ruler');
    return {
      visible,
      ruler: ruler && box(ruler),
      hidden: ruler?.getAttribute('aria-hidden'),
      parts: ruler ? [...ruler.querySelectorAll('*')].filter((el) => el.getClientRects().length > 0 && !el.hidden).map(box) : [],
    };
  });
}

function assertWithin(inner, outer, what) {
  const ok = inner.top >= outer.top - 1 && inner.left >= outer.left - 1
    && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
  assert.ok(ok, `${what} ${JSON.stringify(inner)} lies within the app's visible area ${JSON.stringify(outer)}`);
}

test('the reading tools change the app only: theme, text size, ruler and mask stay inside the embed', async () => {
  await withFreshPage(async (page) => {
    await openExample(page);
    const hostBefore = await hostStyles(page);
    const htmlBefore = await htmlAttributes(page);
    const before = await appLook(page);

    const panel = await openReadingTools(page);
    await panel.getByLabel(DARK).check();
    await panel.getByLabel('200%', { exact: true }).check();
    await panel.getByLabel(RULER).check();
    await panel.getByLabel(MASK).check();
    await page.waitForFunction(() => document.querySelector('[data-send-hub]').getAttribute('data-text-size') === '200');
    await sleep(300); // colour transitions, if any

    const after = await appLook(page);
    assert.equal(after.theme, 'dark');
    assert.equal(after.textSize, '200');
    assert.notEqual(after.background, before.background, 'the app\'s background changed');
    assert.notEqual(after.textColour, before.textColour, 'the app\'s text colour changed');
    assert.ok(after.fontSize >= before.fontSize * 1.5, `the app's text grew (${before.fontSize}px → ${after.fontSize}px)`);

    assert.deepEqual(await htmlAttributes(page), htmlBefore, 'the council page\'s <html> is untouched');
    const hostAfter = await hostStyles(page);
    for (const selector of HOST_SELECTORS) {
      assert.deepEqual(hostAfter[selector], hostBefore[selector], `${selector} changed with the app's reading tools`);
    }

    // At the top of the page, the embed starts below the council's header:
    // the ruler and mask must not cover that header.
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await embed(page).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top > 50, `control: the embed starts below the council's header (${top}px)`);
    await page.mouse.move(300, Math.min(top + 100, 700));
    await page.locator('.app-ruler').waitFor({ state: 'attached' });
    let geometry = await rulerGeometry(page);
    assert.equal(geometry.hidden, 'true', 'the ruler is hidden from assistive technology');
    assertWithin(geometry.ruler, geometry.visible, 'the ruler at the top of the page');
    assert.ok(geometry.parts.length >= 2, `the ruler's band and mask shades are shown (${geometry.parts.length})`);
    geometry.parts.forEach((part, i) => assertWithin(part, geometry.visible, `ruler part ${i}`));

    // Scrolled so that the embed fills the top of the window.
    await page.evaluate(() => {
      const root = document.querySelector('[data-send-hub]');
      window.scrollTo(0, root.getBoundingClientRect().top + window.scrollY + 200);
    });
    await page.mouse.move(320, 300);
    await page.waitForFunction(() => document.querySelector('.app-ruler').getBoundingClientRect().top < 50);
    geometry = await rulerGeometry(page);
    assertWithin(geometry.ruler, geometry.visible, 'the ruler when scrolled into the app');
    geometry.parts.forEach((part, i) => assertWithin(part, geometry.visible, `ruler part ${i} when scrolled`));
  });
});

test('moving between app pages changes only the address\'s hash, focuses the new h1, and Back returns', async () => {
  await withFreshPage(async (page) => {
    await openExample(page);
    const start = new URL(page.url());
    await page.evaluate(() => (window.__sameDocument = true));

    const glossary = embed(page).locator('nav.app-nav a', { hasText: 'Glossary' });
    assert.equal(await glossary.getAttribute('href'), '#/glossary');
    await glossary.click();
    await waitForAppPage(page, 'Glossary');
    let now = new URL(page.url());
    assert.equal(now.pathname, start.pathname, 'the council page\'s path stays');
    assert.equal(now.search, start.search);
    assert.equal(now.hash, '#/glossary');
    await page.waitForFunction(() => document.activeElement?.matches('#send-hub-main h1'), null, { timeout: 5000 });
    assert.equal(await glossary.getAttribute('aria-current'), 'page');
    assert.equal(await page.title(), EXAMPLE_TITLE, 'the council page\'s title stays');

    await embed(page).locator('nav.app-nav a', { hasText: 'The plan' }).click();
    await waitForAppPage(page, 'The plan');
    now = new URL(page.url());
    assert.equal(now.pathname, start.pathname);
    assert.match(now.hash, /^#\/written-statement-of-action/);
    await page.waitForFunction(() => document.activeElement?.matches('#send-hub-main h1'), null, { timeout: 5000 });

    await page.goBack();
    await waitForAppPage(page, 'Glossary');
    assert.equal(new URL(page.url()).hash, '#/glossary');
    await page.waitForFunction(() => document.activeElement?.matches('#send-hub-main h1'), null, { timeout: 5000 });

    // The council's own #fragment link is not an app address: the app stays
    // on its page, and Back from there is the council's own step.
    await page.locator('#council-main > .council-text a', { hasText: 'Contact us' }).click();
    await page.waitForFunction(() => location.hash === '#council-contact');
    await sleep(300);
    assert.equal((await appHeading(page).textContent()).trim(), 'Glossary', 'the app still shows the glossary');
    assert.equal(await appHeading(page).count(), 1);
    assert.equal(await page.title(), EXAMPLE_TITLE);
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/glossary');
    await sleep(300);
    assert.equal((await appHeading(page).textContent()).trim(), 'Glossary');

    // Back once more: the council page's address as first loaded, and the
    // app's first page.
    await page.goBack();
    await page.waitForFunction((href) => location.href === href, start.href);
    try {
      await waitForAppPage(page, SITE_TITLE);
    } catch {
      assert.fail(`at ${page.url()} the app still shows "${(await appHeading(page).textContent()).trim()}", not its home page`);
    }
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload on the way');
  });
});

test('opening the council page at #/glossary shows the glossary in the embed', async () => {
  await withFreshPage(async (page) => {
    await openExample(page, '#/glossary', 'Glossary');
    assert.equal((await appHeading(page).textContent()).trim(), 'Glossary');
    assert.equal(await embed(page).locator('nav.app-nav a', { hasText: 'Glossary' }).getAttribute('aria-current'), 'page');
    assert.equal(new URL(page.url()).pathname, EXAMPLE);
    assert.equal(await page.title(), EXAMPLE_TITLE);
    // The first page of a visit does not take focus from the council page.
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  });
});

test('a data-content-url on another site is refused with a clear alert, without a request to it; the tools still work', async () => {
  await withFreshPage(async (page, errors) => {
    const refused = 'https://evil.example/content';
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route('https://evil.example/**', (route) => route.abort());
    await serveHostPage(page, `<div data-send-hub data-routing="hash" data-content-url="${refused}"><p data-send-hub-boot>Loading…</p></div>`);
    await page.goto(app.origin + HOST_PAGE);
    const alert = embed(page).getByRole('alert').filter({ hasText: refused });
    await alert.waitFor({ timeout: 15000 });
    const message = (await alert.textContent()).replace(/\s+/g, ' ').trim();
    assert.ok(message.includes(refused), `the alert names the refused address: "${message}"`);
    assert.equal(await page.locator('[data-send-hub-boot]').count(), 0, 'the loading message has gone');

    // The rest of the app keeps working.
    const panel = await openReadingTools(page);
    await panel.getByLabel(DARK).check();
    assert.equal(await embed(page).getAttribute('data-theme'), 'dark');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-theme')), false);

    await sleep(500);
    const foreign = requests.filter((url) => new URL(url).hostname.endsWith('evil.example'));
    assert.deepEqual(foreign, [], 'nothing was requested from the refused site');
    assert.ok(requests.some((url) => url.endsWith('.wasm')), 'control: the request log works');
    assert.deepEqual(errors, [], 'no uncaught errors');
  });
});

/**
 * Answers `${origin}${folder}/…` with the shipped content, the manifest's
 * title marked `mark`, so the page shows where its content came from.
 */
async function serveContentCopy(page, origin, folder, mark) {
  await page.route(
    (url) => url.origin === origin && url.pathname.startsWith(`${folder}/`),
    async (route) => {
      const url = new URL(route.request().url());
      const shipped = await route.fetch({ url: `${app.origin}/content/${url.pathname.slice(folder.length + 1)}` });
      if (!url.pathname.endsWith('/site.json')) return route.fulfill({ response: shipped, headers: { 'access-control-allow-origin': '*' } });
      const site = await shipped.json();
      site.title = `${site.title} ${mark}`;
      await route.fulfill({ json: site, headers: { 'access-control-allow-origin': '*' } });
    },
  );
}

for (const [label, folderUrl] of [
  ['a path on the same site', () => '/council-content'],
  ["the page's own origin", () => `${app.origin}/council-content/`],
]) {
  test(`a data-content-url on ${label} is used for every content file`, async () => {
    await withFreshPage(async (page) => {
      const requests = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await serveContentCopy(page, app.origin, '/council-content', '(council copy)');
      await serveHostPage(page, `<div data-send-hub data-routing="hash" data-content-url="${folderUrl()}"><p data-send-hub-boot>Loading…</p></div>`);
      await page.goto(app.origin + HOST_PAGE);
      await waitForAppPage(page, SITE_TITLE);
      assert.equal(await embed(page).getAttribute('aria-label'), `${SITE_TITLE} (council copy)`, 'the manifest came from the named folder');
      await embed(page).locator('nav.app-nav a', { hasText: 'Glossary' }).click();
      await waitForAppPage(page, 'Glossary');
      assert.equal(await embed(page).getByRole('alert').count(), 0, 'no error');
      const content = requests.filter((path) => path.endsWith('.json') && !path.startsWith('/locales/'));
      assert.ok(content.includes('/council-content/pages/glossary.json'), `pages come from there too: ${content.join(', ')}`);
      assert.deepEqual(content.filter((path) => path.startsWith('/content/')), [], 'nothing from the default folder');
    });
  });
}

test("a data-content-url on another site is used when the app's own manifest allows that site", async () => {
  const other = await startServer({ headers: { 'access-control-allow-origin': '*' } });
  try {
    await withFreshPage(async (page) => {
      // The app's own manifest lists the other site in embed_content_origins.
      await page.route(`${app.origin}/content/site.json`, async (route) => {
        const site = await (await route.fetch()).json();
        site.embed_content_origins = [other.origin];
        await route.fulfill({ json: site });
      });
      await serveContentCopy(page, other.origin, '/send', '(from the content site)');
      await serveHostPage(page, `<div data-send-hub data-content-url="${other.origin}/send"><p data-send-hub-boot>Loading…</p></div>`);
      await page.goto(app.origin + HOST_PAGE);
      await waitForAppPage(page, SITE_TITLE);
      assert.equal(await embed(page).getAttribute('aria-label'), `${SITE_TITLE} (from the content site)`);
      assert.equal(await embed(page).getByRole('alert').count(), 0, 'no error');
    });
  } finally {
    await other.close();
  }
});

test('Arabic in the embed: the app turns right to left, the council page does not, and axe finds nothing', async () => {
  await withFreshPage(async (page) => {
    await openExample(page);
    await embed(page).getByLabel('Language', { exact: true }).selectOption('ar');
    await embed(page).getByRole('button', { name: 'Change language' }).click();
    await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('lang') === 'ar', EMBED);
    assert.equal(await embed(page).getAttribute('dir'), 'rtl');
    assert.deepEqual(await htmlAttributes(page), { lang: 'en' }, 'the council page stays English, left to right');
    assert.equal(await page.title(), EXAMPLE_TITLE);
    assert.equal(
      await embed(page).evaluate((root) => getComputedStyle(root.querySelector('#send-hub-main h1')).direction),
      'rtl',
    );
    assert.notEqual((await appHeading(page).textContent()).trim(), SITE_TITLE, 'the page is shown in Arabic');
    assert.deepEqual(await axeViolationsInEmbed(page), []);
  });
});

test('at 320 px wide with 200% text the embed fits its place on the council page', async () => {
  await withFreshPage(async (page) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openExample(page, '#/written-statement-of-action', 'The plan');
    const panel = await openReadingTools(page);
    await panel.getByLabel('200%').check();
    assert.equal(await embed(page).getAttribute('data-text-size'), '200');
    const overflow = await embed(page).evaluate((root) => ({
      inside: root.scrollWidth - root.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.deepEqual(overflow, { inside: 0, page: 0 }, 'no sideways scrolling');
    assert.deepEqual(await axeViolationsInEmbed(page), []);
  });
});

test("if the app's code cannot load on the council page, the embed's loading message says so; the council page's own errors do not", async () => {
  await withFreshPage(async (page) => {
    // A council script that fails before the app starts is not the app's
    // problem: the loading message must not turn into an alert.
    await page.addInitScript(() => {
      window.__startProblem = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-start-problem]')) window.__startProblem = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
      document.addEventListener('DOMContentLoaded', () => {
        throw new Error('a council script failed');
      });
    });
    await page.goto(app.origin + EXAMPLE);
    await waitForAppPage(page, SITE_TITLE);
    assert.equal(await page.evaluate(() => window.__startProblem), false);

    await page.route('**/loader-*.js', (route) => route.abort());
    await page.reload();
    const alert = embed(page).getByRole('alert');
    await alert.waitFor({ timeout: 10000 });
    assert.match(await alert.textContent(), /pages could not be loaded/);
    assert.equal(await page.locator('[data-send-hub-boot]').count(), 1, 'it is the loading message, changed');
  });
});

test('links to a section work in the embed: from another page, and within the page shown', async () => {
  await withFreshPage(async (page) => {
    await openExample(page, '#/deep-dive', 'Deep dive');
    const link = embed(page).getByRole('link', { name: 'how to ask for information in another format' });
    assert.equal(await link.getAttribute('href'), '#/accessibility#another-format');
    await link.click();
    await waitForAppPage(page, 'Accessibility statement');
    await page.waitForFunction((selector) => document.activeElement?.closest(selector) && document.activeElement.id === 'another-format', EMBED);
    assert.equal(new URL(page.url()).pathname, EXAMPLE);

    // Within the page shown, a link changes only the section part of the
    // address (here first to a section that does not exist, which leaves
    // focus where it is, then back to the real one).
    await page.evaluate(() => document.querySelector('#send-hub-main h1').focus());
    await page.evaluate(() => (location.hash = '#/accessibility#no-such-section'));
    await page.evaluate(() => (location.hash = '#/accessibility#another-format'));
    await page.waitForFunction(() => document.activeElement?.id === 'another-format');
    assert.equal(await appHeading(page).textContent(), 'Accessibility statement', 'still the same page');
  });
});
