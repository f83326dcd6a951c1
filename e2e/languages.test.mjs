// Languages: the language links (each shipped language has its own
// addresses: /pl/…, /ro/…, /ar/…), shipped translations (Polish, Romanian,
// Arabic, right to left), "show the English", numbers in the reader's language,
// read aloud in the page's language, and machine translation through a
// LibreTranslate-compatible test service on 127.0.0.1 (and the browser's
// translator, through a stand-in: headless Chromium has no on-device model).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useApp, openPage, ROUTES, expectNoAxeViolations, hasHorizontalScroll } from './support/app.mjs';
import { startServer } from './support/server.mjs';
import { copyDist } from './support/dist_copy.mjs';
import { installSpeechStandIn } from './support/speech_stand_in.mjs';
import { startTranslationService } from './support/translation_service.mjs';

const app = useApp();
const content = (file) => JSON.parse(readFileSync(new URL(`../public/content/${file}`, import.meta.url), 'utf8'));
const locale = (code) => JSON.parse(readFileSync(new URL(`../public/locales/${code}.json`, import.meta.url), 'utf8'));
const SHIPPED = content('site.json').languages;
const TRANSLATED = SHIPPED.slice(1);

/** The address of `path` in `code` (the source language at the root). */
const url = (code, path) => (code === SHIPPED[0].code ? path : path === '/' ? `/${code}/` : `/${code}${path}`);

/** Picks `name` in the machine translation picker and presses its button. */
async function chooseLanguage(page, name, buttonName) {
  const select = page.locator('#language-select');
  await select.selectOption({ label: name });
  await page.locator('.app-language__button').click();
  if (buttonName !== undefined) await page.waitForFunction((b) => document.querySelector('.app-language__button')?.textContent.trim() === b, buttonName);
}

/** Forgets settings left by an earlier test (the browser profile is shared). */
async function forgetSettings(page, origin = app.origin) {
  await page.goto(origin + '/no-such-file.txt');
  await page.evaluate(() => localStorage.clear());
}

/** Opens `path` in `code`, once the app has taken the page over. */
async function openIn(page, code, path, h1, origin = app.origin) {
  await openPage(page, origin, url(code, path), h1);
  await page.waitForFunction((code) => document.documentElement.lang === code && document.documentElement.hasAttribute('data-app-running'), code);
}

/** The header's language links, as [name, lang, hreflang, href, current]. */
const languageLinks = (page) =>
  page.locator('nav.app-language a').evaluateAll((as) => as.map((a) => [a.textContent, a.lang, a.hreflang, a.getAttribute('href'), a.getAttribute('aria-current')]));

test('the language links name every language in its own words, lead to the same page in it, and the choice persists', async () => {
  await app.withPage(async (page) => {
    await forgetSettings(page);
    await openPage(page, app.origin, '/glossary', 'Glossary');
    assert.deepEqual(
      await languageLinks(page),
      SHIPPED.map((l, i) => [l.name, l.code, l.code, url(l.code, '/glossary'), i === 0 ? 'true' : null]),
    );
    const nav = page.getByRole('navigation', { name: 'Language' });
    assert.equal(await nav.count(), 1, 'the links are a navigation named Language');
    for (const language of TRANSLATED) {
      const words = locale(language.code);
      const glossary = content(`${language.code}/pages/glossary.json`);
      const site = content(`${language.code}/site.json`);
      await page.locator(`nav.app-language a[hreflang="${language.code}"]`).click();
      await page.waitForURL(`**${url(language.code, '/glossary')}`);
      assert.equal(await page.locator('main h1').textContent(), glossary.title);
      assert.equal(await page.evaluate(() => document.documentElement.lang), language.code);
      assert.equal(await page.evaluate(() => document.documentElement.dir), language.dir);
      assert.equal(await page.locator('nav.app-nav a').first().textContent(), site.navigation[0].label);
      assert.ok((await page.title()).includes(site.title), await page.title());
      assert.equal(await page.locator(`nav.app-language a[hreflang="${language.code}"]`).getAttribute('aria-current'), 'true');
      await page.locator('html[data-app-running]').waitFor();
      assert.equal(await page.locator('.app-tools-toggle').textContent().then((t) => t.replace('Aa', '').trim()), words.tools.toggle);
    }
    // The last choice is remembered: an address without a language opens in it.
    const last = TRANSLATED.at(-1);
    await page.goto(app.origin + '/deep-dive');
    await page.waitForURL(`**${url(last.code, '/deep-dive')}`);
    assert.equal(await page.locator('main h1').textContent(), content(`${last.code}/pages/deep-dive.json`).title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), last.code);
    // So does a mistyped address, whose "Page not found" is in that language.
    await page.goto(app.origin + '/no-such-page');
    await page.waitForURL(`**/${last.code}/no-such-page`);
    assert.equal(await page.locator('main h1').textContent(), locale(last.code).not_found.title);
  });
});

test('every route in every shipped translation has zero axe violations', async () => {
  await app.withPage(async (page) => {
    for (const language of TRANSLATED) {
      for (const route of ROUTES) {
        await openIn(page, language.code, route.path);
        await expectNoAxeViolations(page, `${route.path} in ${language.code}`);
      }
    }
  });
});

// Each translation in a different theme, so translation notices and the
// English shown beside blocks meet every non-default theme once.
const THEME_FOR = { pl: 'dark', ro: 'high-contrast', ar: 'cream' };

test('every translation at 200% text with wide spacing fits 320 pixels and passes axe on every route, in a theme', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const language of TRANSLATED) {
      const theme = THEME_FOR[language.code];
      await page.goto(app.origin + '/no-such-file.txt');
      await page.evaluate(([code, theme]) => localStorage.setItem('send-hub-settings', JSON.stringify({ version: 1, language: code, text_size: 200, spacing: true, theme })), [language.code, theme]);
      for (const route of ROUTES) {
        await openIn(page, language.code, route.path);
        await page.waitForFunction(() => document.documentElement.dataset.textSize === '200');
        assert.equal(await hasHorizontalScroll(page), false, `${route.path} in ${language.code} scrolls sideways`);
        await expectNoAxeViolations(page, `${route.path} in ${language.code} at 200%, ${theme}, wide spacing`);
      }
      // With the English shown beside each block.
      await openIn(page, language.code, '/written-statement-of-action');
      await page.locator('.app-translation-notice button[aria-pressed]').click();
      await page.waitForSelector('.app-bilingual__original');
      assert.equal(await hasHorizontalScroll(page), false, `the plan with the English shown in ${language.code} scrolls sideways`);
      await expectNoAxeViolations(page, `the plan with the English shown in ${language.code} at 200%, ${theme}`);
      await page.locator('.app-translation-notice button[aria-pressed]').click();
    }
  });
});

/** Where `inner` sits inside `outer`: nearer its left or its right edge
 * ('neither' when it is centred or fills it). Boxes are { left, right }. */
function within(inner, outer) {
  const left = inner.left - outer.left;
  const right = outer.right - inner.right;
  return Math.abs(left - right) < 2 ? 'neither' : left < right ? 'left' : 'right';
}

/** The side of `outer` on which `inner` leaves room (where a list's bullets go). */
function roomIn(inner, outer) {
  return { left: 'right', right: 'left' }[within(inner, outer)] ?? 'neither';
}

/** Which side of `other` the box `box` is on. */
function beside(box, other) {
  return box.left >= other.right - 1 ? 'right' : box.right <= other.left + 1 ? 'left' : 'neither';
}

/** The side of a border that is thicker ({ left, right } widths). */
const thicker = (border) => (border.left > border.right ? 'left' : border.right > border.left ? 'right' : 'neither');

/** A Playwright bounding box's left and right edges. */
const edges = (box) => ({ left: box.x, right: box.x + box.width });

/**
 * Measures, on the screen, at which side parts of the plan, the deep dive
 * and the reading tools start in `code`: 'left' or 'right' for each. A
 * left-to-right page answers 'left' to every one, a right-to-left page
 * 'right'. (The reading ruler's band spans the whole width either way;
 * what mirrors is its control in the reading tools.)
 */
async function startingSides(page, code) {
  await forgetSettings(page);
  const words = locale(code);
  await openIn(page, code, '/written-statement-of-action');
  const plan = await page.evaluate(() => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; };
    const item = document.querySelector('main ul.app-list li');
    const firstLetter = document.createRange();
    firstLetter.setStart(item.firstChild, 0);
    firstLetter.setEnd(item.firstChild, 1);
    return {
      nav: box(document.querySelector('nav.app-nav ul')),
      links: [...document.querySelectorAll('nav.app-nav li')].map(box),
      list: box(item.parentElement), item: box(item), firstLetter: box(firstLetter),
    };
  });
  await openIn(page, code, '/deep-dive');
  const deepDive = await page.evaluate(() => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; };
    const main = document.querySelector('main');
    const { paddingLeft, paddingRight } = getComputedStyle(main);
    const heading = document.querySelector('.app-transcript h3');
    const headingText = document.createRange();
    headingText.selectNodeContents(heading);
    const notice = getComputedStyle(document.querySelector('main .app-callout:not([hidden])'));
    return {
      content: { left: box(main).left + parseFloat(paddingLeft), right: box(main).right - parseFloat(paddingRight) },
      video: box(document.querySelector('main video')),
      stripe: { left: parseFloat(notice.borderLeftWidth), right: parseFloat(notice.borderRightWidth) },
      transcript: box(document.querySelector('.app-transcript')),
      heading: box(heading), headingText: box(headingText),
    };
  });
  await page.getByRole('button', { name: words.tools.toggle, exact: true }).click();
  const ruler = page.getByLabel(words.tools.ruler_label, { exact: true });
  const rulerLabel = page.locator(`label[for="${await ruler.getAttribute('id')}"]`);
  // A click at the left end of the speed slider: the slowest speed where
  // the slider runs left to right, the fastest where it is mirrored.
  const speed = page.getByLabel(words.speech.speed, { exact: true });
  const slider = await speed.boundingBox();
  await page.mouse.click(slider.x + 2, slider.y + slider.height / 2);
  const [value, min, max] = await speed.evaluate((s) => [s.value, s.min, s.max]);
  const sides = {
    'the first link of the site navigation': within(plan.links[0], plan.nav),
    'the first link, beside the second': beside(plan.links[0], plan.links[1]),
    "a list's bullets": roomIn(plan.item, plan.list),
    "the first letter of a list's item": within(plan.firstLetter, plan.item),
    'the video': within(deepDive.video, deepDive.content),
    "the video notice's coloured stripe": thicker(deepDive.stripe),
    'the transcript': within(deepDive.transcript, deepDive.content),
    "the transcript's heading": within(deepDive.headingText, deepDive.heading),
    "the reading ruler's checkbox, beside its label": beside(edges(await ruler.boundingBox()), edges(await rulerLabel.boundingBox())),
    "the speed slider's slow end": value === min ? 'left' : value === max ? 'right' : 'neither',
  };
  await forgetSettings(page);
  return sides;
}

test('Arabic lays out right to left, with no sideways scrolling at 320 pixels on any route', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const route of ROUTES) {
      await openIn(page, 'ar', route.path);
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await hasHorizontalScroll(page), false, `${route.path} scrolls sideways`);
    }
    await page.setViewportSize({ width: 1024, height: 800 });
    const arabic = await startingSides(page, 'ar');
    const english = await startingSides(page, 'en');
    const every = (side) => Object.fromEntries(Object.keys(arabic).map((part) => [part, side]));
    assert.deepEqual(arabic, every('right'), 'in Arabic each part starts at the right');
    // The same measurements on the English pages go the other way, so none
    // of them passes whatever the direction.
    assert.deepEqual(english, every('left'), 'in English each part starts at the left');
  });
});

test('in Arabic the open reading tools pass axe and fit 320 pixels, and English abbreviations and sources are marked as English', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const ar = locale('ar');
    await openIn(page, 'ar', '/written-statement-of-action', content('ar/pages/written-statement-of-action.json').title);
    await page.getByRole('button', { name: ar.tools.toggle, exact: true }).click();
    await page.locator('#reading-tools').waitFor();
    assert.equal(await hasHorizontalScroll(page), false, 'the open panel scrolls sideways');
    await expectNoAxeViolations(page, 'Arabic plan with the reading tools open');
    const abbrLangs = await page.locator('main abbr').evaluateAll((as) => [...new Set(as.map((a) => a.lang))]);
    assert.deepEqual(abbrLangs, ['en']);
    const sourceLangs = await page.locator('.app-action__source span[lang]').evaluateAll((ss) => [...new Set(ss.map((s) => s.lang))]);
    assert.deepEqual(sourceLangs, ['en']);
  });
});

test('"Show the English" reveals each block\'s original beside it, and Read in English switches back in one press', async () => {
  await app.withPage(async (page) => {
    const pl = content('pl/pages/written-statement-of-action.json');
    const en = content('pages/written-statement-of-action.json');
    const words = locale('pl').language;
    await openIn(page, 'pl', '/written-statement-of-action', pl.title);
    assert.equal(await page.locator('.app-bilingual__original').count(), 0);
    const notice = page.locator('.app-translation-notice');
    assert.ok((await notice.textContent()).includes(words.machine_assisted), 'the machine-assisted label, in Polish');
    const show = page.getByRole('button', { name: words.show_original });
    await show.click();
    await page.waitForSelector('.app-bilingual__original');
    assert.equal(await page.getByRole('button', { name: words.hide_original }).getAttribute('aria-pressed'), 'true');
    const firstParagraph = en.blocks.findIndex((b) => b.type === 'paragraph');
    const original = page.locator('.app-bilingual').nth(firstParagraph).locator('.app-bilingual__original');
    assert.equal(await original.getAttribute('lang'), 'en');
    assert.ok((await original.textContent()).includes(en.blocks[firstParagraph].text.slice(0, 40)), 'the English of that block');
    await expectNoAxeViolations(page, 'Polish plan with the English shown');
    // Back to the English page in one press: a link, so it works without
    // JavaScript too.
    await page.getByRole('link', { name: new RegExp(words.read_in_english) }).click();
    await page.waitForURL(/\/written-statement-of-action$/);
    assert.equal(await page.locator('main h1').textContent(), en.title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  });
});

test('when a translation cannot be loaded, its page stays as published, with a message naming the file', async () => {
  await app.withPage(async (page) => {
    await forgetSettings(page);
    await page.route('**/locales/pl.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "shell": {}}' }));
    await page.goto(app.origin + '/pl/');
    const alert = page.locator('[role=alert]', { hasText: 'could not start' });
    await alert.waitFor({ timeout: 15000 });
    const message = await alert.textContent();
    assert.ok(message.includes('locales/pl.json') && message.includes('site_name_fallback'), message);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
    assert.equal(await page.locator('main h1').textContent(), content('pl/pages/home.json').title);
    assert.equal(await alert.evaluate((a) => a.closest('[lang]').lang), 'en', 'the message, in English, says so');
    await expectNoAxeViolations(page, 'the Polish home page with a broken Polish locale');
  });
});

test('a stored language the site no longer offers leaves the English pages as they are', async () => {
  await app.withPage(async (page) => {
    await page.goto(app.origin + '/no-such-file.txt');
    await page.evaluate(() => localStorage.setItem('send-hub-settings', JSON.stringify({ version: 1, language: 'fr' })));
    await openPage(page, app.origin, '/glossary', 'Glossary');
    await page.locator('html[data-app-running]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/glossary');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('nav.app-language a[aria-current="true"]').textContent(), 'English');
    assert.equal((await page.locator('.app-language-status').textContent()).trim(), '');
  });
});

// ---- Numbers and plural forms --------------------------------------------

const COUNTS = [1, 2, 5, 12, 22, 38];
const PLAN = '/written-statement-of-action';

/** The plan's content file in `code`, under content/. */
const planFile = (code) => (code === SHIPPED[0].code ? 'pages/written-statement-of-action.json' : `${code}/pages/written-statement-of-action.json`);

/**
 * The sentence a locale's plural `forms` give for `count` in `code`: the
 * form the browser's own plural rules choose for that number, with each
 * `{name}` in `values` written by the browser's own number format.
 */
const sentence = (page, code, forms, count, values) =>
  page.evaluate(([code, forms, count, values]) => {
    const form = forms[new Intl.PluralRules(code).select(count)];
    const number = new Intl.NumberFormat(code);
    return form && Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, number.format(value)), form);
  }, [code, forms, count, values]);

/** The plan's action count, as it reads now. */
const actionCount = (page) => page.locator('.app-actions__count').textContent();

/**
 * A copy of the built site whose plan, in every shipped language, lists its
 * first `n` actions: a council publishing a shorter plan without
 * rebuilding. Each file is written anew (compactly, so even with every
 * action it differs from the one the pages were pre-rendered from), and
 * the app renders the plan from it.
 */
function siteWithActions(n) {
  const copy = copyDist();
  for (const { code } of SHIPPED) {
    const file = path.join(copy.root, 'content', planFile(code));
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    for (const block of plan.blocks) if (block.type === 'action_list') block.actions = block.actions.slice(0, n);
    writeFileSync(file, JSON.stringify(plan));
  }
  return copy;
}

test("the action count is a whole sentence in the reader's language, in the plural form its number needs, for 1, 2, 5, 12, 22 and 38 actions", async () => {
  await app.withPage(async (page) => {
    // In every language these counts need more than one form, and not all
    // of them the form "other": a page using one form for every number fails.
    for (const { code } of SHIPPED) {
      const forms = locale(code).actions.showing_all;
      const categories = await page.evaluate(([code, counts]) => counts.map((n) => new Intl.PluralRules(code).select(n)), [code, COUNTS]);
      assert.ok(categories.some((c) => forms[c] !== forms.other), `${code}: ${categories.join(', ')}`);
    }
    const shown = [];
    const wanted = [];
    for (const n of COUNTS) {
      // The status most of the n actions have, short of all of them, to filter by.
      const statuses = content(planFile('en')).blocks.find((b) => b.type === 'action_list').actions.slice(0, n).map((a) => a.status);
      const tally = (status) => statuses.filter((s) => s === status).length;
      const status = [...new Set(statuses)].filter((s) => tally(s) < n).sort((a, b) => tally(b) - tally(a))[0];
      const copy = siteWithActions(n);
      const server = await startServer({ root: copy.root });
      try {
        await forgetSettings(page, server.origin);
        for (const { code } of SHIPPED) {
          const words = locale(code).actions;
          await openIn(page, code, PLAN, undefined, server.origin);
          await page.waitForFunction((n) => document.querySelectorAll('.app-action').length === n, n);
          shown.push([code, n, 'all', await actionCount(page)]);
          wanted.push([code, n, 'all', await sentence(page, code, words.showing_all, n, { total: n })]);
          if (status === undefined) continue;
          await page.getByLabel(words.status_label, { exact: true }).selectOption({ label: words[status] });
          shown.push([code, n, status, await actionCount(page)]);
          wanted.push([code, n, status, await sentence(page, code, words.showing_some, n, { shown: tally(status), total: n })]);
          await page.getByRole('button', { name: words.show_all, exact: true }).click();
          shown.push([code, n, 'all again', await actionCount(page)]);
          wanted.push([code, n, 'all again', await sentence(page, code, words.showing_all, n, { total: n })]);
        }
      } finally {
        await server.close();
        copy.remove();
      }
    }
    assert.deepEqual(shown, wanted);
  });
});

test('the action count written into each page before the app starts is the same whole sentence', async () => {
  await app.withPage(async (page) => {
    await forgetSettings(page);
    const shown = {};
    const wanted = {};
    for (const { code } of SHIPPED) {
      const total = content(planFile(code)).blocks.filter((b) => b.type === 'action_list').flatMap((b) => b.actions).length;
      const words = locale(code).actions;
      // As published, with the WebAssembly refused, so the app never starts.
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(app.origin + url(code, PLAN), { waitUntil: 'load' });
      assert.equal(await page.locator('[data-app-running]').count(), 0, 'the app is not running');
      shown[`${code}, as published`] = await actionCount(page);
      await page.unroute('**/*.wasm');
      // Once the app has taken the page over, unchanged.
      await openIn(page, code, PLAN);
      shown[`${code}, once the app runs`] = await actionCount(page);
      const expected = await sentence(page, code, words.showing_all, total, { total });
      wanted[`${code}, as published`] = expected;
      wanted[`${code}, once the app runs`] = expected;
    }
    assert.deepEqual(shown, wanted);
  });
});

test('the reading speed is written the way the chosen language writes a decimal number', async () => {
  await app.withPage(async (page) => {
    const halves = new Set();
    for (const { code } of SHIPPED) {
      await forgetSettings(page);
      const words = locale(code);
      await openIn(page, code, '/get-involved');
      await page.getByRole('button', { name: words.tools.toggle, exact: true }).click();
      const speed = page.getByLabel(words.speech.speed, { exact: true });
      const output = page.locator(`output[for="${await speed.getAttribute('id')}"]`);
      const written = (rate) => page.evaluate(([code, rate]) => new Intl.NumberFormat(code).format(rate), [code, rate]);
      assert.equal(await speed.getAttribute('aria-valuetext'), words.speech.speed_value.replace('{rate}', await written(1)), `${code}: the usual speed`);
      // Two steps faster (up is faster whichever way the slider runs).
      await speed.focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      const half = await written(1.5);
      halves.add(half);
      const expected = words.speech.speed_value.replace('{rate}', half);
      assert.equal(await speed.getAttribute('aria-valuetext'), expected, code);
      assert.equal(await output.textContent(), expected, `${code}: the speed shown beside the slider`);
    }
    await forgetSettings(page);
    // Not every language writes 1.5 alike, so a page that wrote it one
    // way for all would fail above.
    assert.ok(halves.size > 1, [...halves].join(' '));
  });
});

test('read aloud uses a voice for the page language, and says so when there is none', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    const pl = locale('pl');
    await openIn(page, 'pl', '/get-involved', content('pl/pages/get-involved.json').title);
    await page.getByRole('button', { name: pl.tools.toggle, exact: true }).click();
    await page.waitForFunction((ready) => document.querySelector('.app-tools__status')?.textContent === ready, pl.speech.ready);
    await page.getByRole('button', { name: pl.speech.read_page }).click();
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    const first = await page.evaluate(() => window.__speech.spoken[0]);
    assert.equal(first.lang, 'pl');
    assert.equal(first.voice, 'Stand-in Polish');
  });
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0, languages: ['en-GB'] });
    const ro = locale('ro');
    await openIn(page, 'ro', '/get-involved', content('ro/pages/get-involved.json').title);
    await page.getByRole('button', { name: ro.tools.toggle, exact: true }).click();
    await page.waitForFunction((text) => document.querySelector('.app-tools__status')?.textContent === text, ro.speech.no_voice);
    // The button stays focusable while read aloud cannot work, and says why.
    await page.getByRole('button', { name: ro.speech.read_page }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.querySelector('[aria-live]')?.textContent.includes(text), ro.speech.no_voice);
    assert.deepEqual(await page.evaluate(() => window.__speech.spoken), [], 'no Romanian read with an English voice');
  });
});

// ---- Machine translation -------------------------------------------------

/** The translation service (support/translation_service.mjs). */
let service;
before(async () => {
  service = await startTranslationService();
});
after(() => service?.close());

/** Serves the manifest with machine translation into French turned on. */
async function withMachineTranslation(page, { endpoint = true } = {}) {
  const { origin } = service;
  const site = content('site.json');
  site.machine_translation = {
    ...(endpoint ? { endpoint: origin, allowed_origins: [origin] } : {}),
    languages: [{ code: 'fr', name: 'Français', dir: 'ltr' }],
  };
  await page.route('**/content/site.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(site) }));
}

const englishHome = content('pages/home.json').title;

/** Opens the English home page with machine translation into French on,
 * and picks French. */
async function chooseMachineFrench(page, options) {
  await forgetSettings(page);
  await withMachineTranslation(page, options);
  await openPage(page, app.origin, '/', englishHome);
  await page.locator('#language-select').waitFor();
  await chooseLanguage(page, 'Français (machine translation)');
}

test('with a translation service, other languages are machine translated and labelled as such', async () => {
  service.mode = 'ok';
  await app.withPage(async (page) => {
    await chooseMachineFrench(page);
    const group = await page.locator('#language-select optgroup').evaluateAll((gs) => gs.map((g) => g.label));
    assert.deepEqual(group, ['Translated pages', 'Machine translation']);
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === `⟦fr⟧ ${t}`, englishHome);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    const notice = await page.locator('.app-translation-notice').textContent();
    assert.ok(/by a machine/.test(notice) && notice.includes("this site's translation service"), notice);
    assert.equal(service.asked[0].source, 'en');
    assert.equal(service.asked[0].target, 'fr');
    // Links survive: every link in the page still goes where it did.
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.includes('/newsletter'), hrefs.join(' '));
    await expectNoAxeViolations(page, 'machine-translated home');
    // Cached for the visit: a second visit to the page asks nothing new.
    const before = service.asked.length;
    await page.locator('nav.app-nav a').nth(1).click();
    await page.waitForURL(/\/newsletter$/);
    await page.locator('nav.app-nav a').first().click();
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === `⟦fr⟧ ${t}`, englishHome);
    const homeAsks = service.asked.slice(before).filter((a) => a.q.includes(englishHome));
    assert.equal(homeAsks.length, 0, 'the home page was not translated twice');
    // Kept for the visit: a reload in the same tab asks the service nothing.
    const beforeReload = service.asked.length;
    await page.reload();
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === `⟦fr⟧ ${t}`, englishHome);
    assert.equal(service.asked.length, beforeReload, 'nothing was translated again after a reload');
  });
});

for (const [failure, reason, what] of [
  ['fail', 'error 500', 'down'],
  ['slow', 'did not answer within 10 seconds', 'slow'],
  ['garbage', 'sent an answer we could not use', 'answering nonsense'],
]) {
  test(`when the translation service is ${what}, the English stays with a clear message`, async () => {
    service.mode = failure;
    await app.withPage(async (page) => {
      await chooseMachineFrench(page);
      if (failure === 'slow') {
        // While it waits, a polite status says what is happening.
        await page.locator('.app-language-status', { hasText: 'Translating this page into Français' }).waitFor();
      }
      const alert = page.locator('[role=alert]', { hasText: 'Machine translation into Français' });
      await alert.waitFor({ timeout: 25000 });
      assert.ok((await alert.textContent()).includes(reason), await alert.textContent());
      assert.ok((await alert.textContent()).includes('shown in English'));
      assert.equal(await page.locator('main h1').textContent(), englishHome);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    });
    service.mode = 'ok';
  });
}

test('machine output is shown as text, never run as HTML', async () => {
  service.mode = 'markup';
  await app.withPage(async (page) => {
    await chooseMachineFrench(page);
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === `<img src=x onerror="window.__pwned=1">${t}`, englishHome);
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
  service.mode = 'ok';
});

test('without a service or a browser translator, only the shipped languages are offered', async () => {
  await app.withPage(async (page) => {
    await page.addInitScript(() => { delete window.Translator; });
    await forgetSettings(page);
    await withMachineTranslation(page, { endpoint: false });
    await openPage(page, app.origin, '/', englishHome);
    await page.locator('html[data-app-running]').waitFor();
    assert.equal(await page.locator('#language-select').count(), 0, 'no machine translation picker');
    const links = await languageLinks(page);
    assert.deepEqual(links.map((link) => link[1]), SHIPPED.map((l) => l.code));
  });
});

test("the browser's own translator is used where the browser has one", async () => {
  await app.withPage(async (page) => {
    // Stand-in for Chrome's Translator API (its on-device model cannot be
    // downloaded here); it records what it was asked.
    await page.addInitScript(() => {
      window.__translated = [];
      window.Translator = {
        availability: async () => 'available',
        create: async ({ targetLanguage }) => ({
          translate: async (text) => { window.__translated.push(text); return `«${targetLanguage}» ${text}`; },
        }),
      };
    });
    await forgetSettings(page);
    await chooseMachineFrench(page, { endpoint: false });
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === `«fr» ${t}`, englishHome);
    const notice = await page.locator('.app-translation-notice').textContent();
    assert.ok(notice.includes("your browser's translator"), notice);
  });
});
