// Facts every reader needs, whatever page or language they land on
// (issue 14):
//
// - when the site's information is from: the manifest's `as_of` line, in
//   the page's language, straight under the <h1> of every route (the
//   not-found page too), in the pre-rendered page (WebAssembly refused)
//   and once the app runs;
// - an accessibility statement with every section of the UK public sector
//   model statement (regulation 8), in every language;
// - a way to reach a person wherever the site asks readers to get in touch
//   (every `contact` block in the content): who runs the site, and either
//   the council's email, phone and online form with its reply time, or,
//   while the manifest has no `contact` (as shipped: the sources give
//   none), a plain sentence saying none is published yet. A council that
//   adds its contact details to content/site.json on the server sees them
//   in every such place, in every language, without rebuilding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { useApp, ROUTES, expectNoAxeViolations } from './support/app.mjs';
import { startServer } from './support/server.mjs';
import { copyDist } from './support/dist_copy.mjs';

const app = useApp();

const json = (file) => JSON.parse(readFileSync(new URL(`../public/${file}`, import.meta.url), 'utf8'));
const SHIPPED = json('content/site.json').languages;
const SOURCE = SHIPPED[0].code;
/** A content file in `code` (the source language at the root of content/). */
const content = (code, file) => json(code === SOURCE ? `content/${file}` : `content/${code}/${file}`);
const locale = (code) => json(`locales/${code}.json`);
/** The address of `path` in `code` (the source language at the root). */
const url = (code, path) => (code === SOURCE ? path : path === '/' ? `/${code}/` : `/${code}${path}`);

/** Forgets settings (such as a chosen language) left by an earlier test: the browser profile is shared. */
async function forgetSettings(page, origin) {
  await page.goto(origin + '/no-such-file.txt');
  await page.evaluate(() => localStorage.clear());
}

/**
 * Opens `path` on `origin`, either as pre-rendered (the WebAssembly
 * refused) or once the app has taken the page over, and checks the reader
 * was not sent elsewhere.
 */
async function open(page, origin, path, { app: running }) {
  await page.unroute('**/*.wasm');
  if (!running) await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(origin + path, { waitUntil: 'load' });
  if (running) await page.locator('html[data-app-running]').waitFor({ timeout: 15000 });
  await page.locator('main h1').waitFor({ timeout: 15000 });
  assert.equal(new URL(page.url()).pathname, path, `${path}: the address stayed`);
}

/**
 * Collects what pages show that differs from what they should, so that a
 * failure lists every page that is wrong, not only the first.
 */
function differences() {
  const found = [];
  return {
    check(label, shown, wanted) {
      if (!isDeepStrictEqual(shown, wanted)) found.push(`${label}\n    shows:  ${JSON.stringify(shown)}\n    wanted: ${JSON.stringify(wanted)}`);
    },
    assertNone(what) {
      assert.equal(found.length, 0, `${what}:\n  ${found.join('\n  ')}`);
    },
  };
}

const MODES = [
  { name: 'without the WebAssembly', app: false },
  { name: 'with the app running', app: true },
];

// 1. When the information is from.

test('every page in every language says when its information is from, straight under its title, with or without the app', async () => {
  await app.withPage(async (page) => {
    assert.deepEqual(SHIPPED.map((l) => l.code), ['en', 'pl', 'ro', 'ar'], 'the shipped languages');
    await forgetSettings(page, app.origin);
    const wrong = differences();
    for (const mode of MODES) {
      for (const { code } of SHIPPED) {
        const asOf = content(code, 'site.json').as_of;
        assert.ok(asOf, `${code}: site.json has as_of`);
        for (const route of ROUTES) {
          const path = url(code, route.path);
          await open(page, app.origin, path, mode);
          wrong.check(`${path} ${mode.name}`, await page.evaluate(() => ({
            lines: [...document.querySelectorAll('.app-as-of')].map((p) => p.textContent.trim()),
            afterH1: document.querySelector('main h1').nextElementSibling?.matches('p.app-as-of')
              ? document.querySelector('main h1').nextElementSibling.textContent.trim()
              : null,
          })), { lines: [asOf], afterH1: asOf });
        }
      }
    }
    wrong.assertNone('pages without their language\'s as-of line straight under the <h1>');
  });
});

// 2. The accessibility statement.

/**
 * The sections of the model accessibility statement, in its order, by the
 * heading ids public/content/pages/accessibility.json gives them (the same
 * in every language); `within` is the section a part belongs to.
 */
const MODEL_STATEMENT = [
  { id: 'who-runs', level: 2, section: 'who runs this website' },
  { id: 'using', level: 2, section: 'using this website (what it covers)' },
  { id: 'how-accessible', level: 2, section: 'how accessible this website is' },
  { id: 'feedback', level: 2, section: 'feedback and contact information' },
  { id: 'another-format', level: 3, within: 'feedback', section: 'information in another format' },
  { id: 'reporting', level: 2, section: 'reporting accessibility problems' },
  { id: 'enforcement', level: 2, section: 'enforcement procedure' },
  { id: 'technical', level: 2, section: 'technical information' },
  { id: 'compliance', level: 3, within: 'technical', section: 'compliance status' },
  { id: 'non-accessible', level: 2, section: 'non-accessible content' },
  { id: 'non-compliance', level: 3, within: 'non-accessible', section: 'non-compliance with the regulations' },
  { id: 'disproportionate-burden', level: 3, within: 'non-accessible', section: 'disproportionate burden' },
  { id: 'not-in-scope', level: 3, within: 'non-accessible', section: 'content not in scope' },
  { id: 'improving', level: 2, section: 'what we are doing to improve accessibility' },
  { id: 'preparation', level: 2, section: 'preparation of this statement' },
];

/**
 * The statement's headings with an id, in order, each with its level, the
 * section it is part of, and the text and link addresses of its section
 * (up to the next heading of its level or higher; in a translation each
 * block has a wrapper of its own, so by document order, not by siblings).
 * `opening` is what comes between the <h1> and the first section.
 */
const statementOnPage = (page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    const headings = [...main.querySelectorAll('h2, h3, h4')];
    const level = (h) => Number(h.tagName[1]);
    const between = (from, to) => {
      const range = document.createRange();
      range.setStartAfter(from);
      if (to) range.setEndBefore(to);
      else range.setEnd(main, main.childNodes.length);
      const part = range.cloneContents();
      return {
        text: part.textContent.replace(/\s+/g, ' ').trim(),
        hrefs: [...part.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    };
    return {
      opening: between(main.querySelector('h1'), headings.find((h) => level(h) === 2)).text,
      sections: headings
        .filter((h) => h.id)
        .map((h) => {
          const index = headings.indexOf(h);
          return {
            id: h.id,
            level: level(h),
            within: headings.slice(0, index).reverse().find((earlier) => level(earlier) < level(h))?.id,
            ...between(h, headings.slice(index + 1).find((later) => level(later) <= level(h))),
          };
        }),
    };
  });

test('the content gives the accessibility statement every section of the model statement, in every language', () => {
  for (const { code } of SHIPPED) {
    const headings = content(code, 'pages/accessibility.json').blocks.filter((b) => b.type === 'heading' && b.id);
    const ids = headings.map((h) => h.id);
    assert.deepEqual(ids.filter((id) => MODEL_STATEMENT.some((s) => s.id === id)), MODEL_STATEMENT.map((s) => s.id), `${code}: the sections, in order`);
  }
});

for (const mode of MODES) {
  test(`the accessibility statement has every section of the model statement in every language, ${mode.name}`, async () => {
    await app.withPage(async (page) => {
      await forgetSettings(page, app.origin);
      for (const { code } of SHIPPED) {
        const path = url(code, '/accessibility');
        await open(page, app.origin, path, mode);
        const { sections } = await statementOnPage(page);
        const found = sections.filter((s) => MODEL_STATEMENT.some((m) => m.id === s.id));
        assert.deepEqual(
          found.map(({ id, level, within }) => ({ id, level, within })),
          MODEL_STATEMENT.map(({ id, level, within }) => ({ id, level, within })),
          `${path}: every section of the model statement, in its order and place`,
        );
        for (const section of found) {
          const model = MODEL_STATEMENT.find((m) => m.id === section.id);
          assert.ok(section.text.length > 20, `${path}#${section.id}: the section on ${model.section} has its text`);
        }
        // Who runs the site: the contact block, with the site's owner.
        const owner = content(code, 'site.json').owner;
        assert.ok(found.find((s) => s.id === 'who-runs').text.includes(owner), `${path}: who runs the site names ${owner}`);
        // When the statement was prepared and will be reviewed: the same
        // years as in English.
        const review = /\b2\d{3}\b/g;
        const english = content(SOURCE, 'pages/accessibility.json');
        const years = english.blocks[english.blocks.findIndex((b) => b.id === 'preparation') + 1].text.match(review);
        assert.deepEqual(found.find((s) => s.id === 'preparation').text.match(review).slice(0, 2), years, `${path}: prepared and review dates`);
      }
    });
  });
}

test('the English accessibility statement says what the model statement requires: scope, enforcement in Great Britain and Northern Ireland, compliance, review date', async () => {
  await app.withPage(async (page) => {
    await forgetSettings(page, app.origin);
    await open(page, app.origin, '/accessibility', { app: true });
    const { opening, sections } = await statementOnPage(page);
    const section = (id) => sections.find((s) => s.id === id);
    // Scope: this website, and not the council pages that show it.
    assert.match(opening, /This statement covers this website/);
    assert.match(opening, /council page has its own accessibility statement/);
    // Enforcement: EASS written out, and the line for Northern Ireland.
    const enforcement = section('enforcement');
    assert.match(enforcement.text, /Equality Advisory and Support Service \(EASS\)/);
    assert.match(enforcement.text, /Equality Commission for Northern Ireland \(ECNI\)/);
    assert.ok(enforcement.hrefs.some((href) => href.startsWith('https://www.equalityadvisoryservice.com')), 'a link to the EASS');
    assert.ok(enforcement.hrefs.some((href) => href.startsWith('https://www.equalityni.org')), 'a link to the ECNI');
    // Compliance: only what was tested is claimed.
    assert.match(section('compliance').text, /partially compliant/);
    assert.doesNotMatch(section('compliance').text, /\bfully compliant with\b/);
    // Non-accessible content, in its three parts.
    assert.match(section('disproportionate-burden').text, /do not claim/);
    assert.match(section('not-in-scope').text, /sample/);
    // Preparation, with the date of the next review.
    assert.match(section('preparation').text, /prepared on \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.match(section('preparation').text, /reviewed by \d{1,2} [A-Z][a-z]+ \d{4}/);
  });
});

// 3. Every place that asks readers to get in touch.

/** How many `contact` blocks `value` holds, at any depth. */
const contactBlocks = (value) =>
  Array.isArray(value) ? value.reduce((sum, item) => sum + contactBlocks(item), 0)
    : value && typeof value === 'object'
      ? (value.type === 'contact' ? 1 : 0) + Object.values(value).reduce((sum, item) => sum + contactBlocks(item), 0)
      : 0;

/** Every page, in every language, with a contact block: [code, address, how many]. */
const CONTACT_PLACES = SHIPPED.flatMap(({ code }) => {
  const site = content(code, 'site.json');
  const pages = [
    ...site.pages.map((p) => ({ path: p.slug === '' ? '/' : `/${p.slug}`, file: p.file })),
    ...site.newsletter.map((issue) => ({ path: `/newsletter/${issue.slug}`, file: issue.file })),
  ];
  return pages
    .map(({ path, file }) => ({ code, path: url(code, path), blocks: contactBlocks(content(code, file)) }))
    .filter((place) => place.blocks > 0);
});

test('the places that ask readers to get in touch include the accessibility statement, the deep dive and get involved, in every language', () => {
  for (const { code } of SHIPPED) {
    for (const path of ['/accessibility', '/deep-dive', '/get-involved']) {
      assert.ok(CONTACT_PLACES.some((place) => place.path === url(code, path)), `${url(code, path)} has a contact block`);
    }
  }
  assert.ok(CONTACT_PLACES.find((place) => place.path === '/accessibility').blocks >= 3, 'the statement asks in at least three places');
});

/** What each contact block on the page shows. */
const contactsOnPage = (page) =>
  page.locator('main .app-contact').evaluateAll((blocks) =>
    blocks.map((block) => ({
      terms: [...block.querySelectorAll('dt')].map((dt) => dt.textContent.trim()),
      details: [...block.querySelectorAll('dd')].map((dd) => dd.textContent.trim()),
      links: [...block.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      sentences: [...block.querySelectorAll('p')].map((p) => p.textContent.trim()),
    })),
  );

for (const mode of MODES) {
  test(`with no contact published, every place that asks readers to get in touch says who runs the site and that no contact is published yet, ${mode.name}`, async () => {
    await app.withPage(async (page) => {
      await forgetSettings(page, app.origin);
      const wrong = differences();
      for (const place of CONTACT_PLACES) {
        const words = locale(place.code).contact;
        await open(page, app.origin, place.path, mode);
        const shown = { terms: [words.runs_site], details: [content(place.code, 'site.json').owner], links: [], sentences: [words.not_published] };
        wrong.check(place.path, await contactsOnPage(page), Array(place.blocks).fill(shown));
      }
      wrong.assertNone('places to get in touch that do not show who runs the site and that no contact is published');
    });
  });
}

/** The contact details a council adds to content/site.json on its server. */
const CONTACT = {
  email: 'send.team@example.gov.uk',
  phone: '01234 567 890',
  form_url: 'https://www.example.gov.uk/send-contact',
  reply_within_working_days: 10,
};

const withContact = copyDist();
withContact.editJson('content/site.json', (site) => {
  site.contact = CONTACT;
});
let contactServer;
before(async () => {
  contactServer = await startServer({ root: withContact.root });
});
after(async () => {
  await contactServer?.close();
  withContact.remove();
});

/** "We aim to reply within 10 working days." in `code`, in the plural form and digits the reader's browser uses for 10. */
async function replySentence(page, code) {
  const forms = locale(code).contact.reply_within;
  const { category, count } = await page.evaluate(([code, n]) => ({
    category: new Intl.PluralRules(code).select(n),
    count: new Intl.NumberFormat(code).format(n),
  }), [code, CONTACT.reply_within_working_days]);
  return (forms[category] ?? forms.other).replace('{count}', count);
}

test('with contact details in site.json, every place that asks readers to get in touch shows the email, phone, online form and reply time, in every language', async () => {
  await app.withPage(async (page) => {
    // Written out for two languages, so that the plural rules are tested too.
    assert.equal(await replySentence(page, 'en'), 'We aim to reply within 10 working days.');
    assert.equal(await replySentence(page, 'pl'), locale('pl').contact.reply_within.many.replace('{count}', '10'));
    await forgetSettings(page, contactServer.origin);
    const wrong = differences();
    for (const place of CONTACT_PLACES) {
      const words = locale(place.code).contact;
      // The page was built without the contact: the app, seeing the changed
      // content, shows the page from the current files once it runs.
      await open(page, contactServer.origin, place.path, { app: true });
      await page.waitForFunction(
        (n) => document.querySelectorAll('main .app-contact a[href^="mailto:"]').length === n,
        place.blocks,
        { timeout: 15000 },
      ).catch(() => {}); // What is shown instead is reported below.
      const shown = {
        terms: [words.runs_site, words.email, words.phone, words.form],
        details: [content(place.code, 'site.json').owner, CONTACT.email, CONTACT.phone, words.form_link],
        links: [`mailto:${CONTACT.email}`, 'tel:01234567890', CONTACT.form_url],
        sentences: [await replySentence(page, place.code)],
      };
      wrong.check(place.path, await contactsOnPage(page), Array(place.blocks).fill(shown));
      const notPublished = (await page.locator('main').innerText()).includes(words.not_published);
      wrong.check(`${place.path}: says no contact is published`, notPublished, false);
    }
    wrong.assertNone('places to get in touch that do not show the contact details');
    assert.ok(CONTACT_PLACES.some((place) => place.code === 'pl'), 'Polish pages were checked');
  });
});

// 4. No accessibility problems with the contact details shown.

test('the accessibility statement with contact details shown passes axe, in every language', async () => {
  await app.withPage(async (page) => {
    await forgetSettings(page, contactServer.origin);
    for (const { code } of SHIPPED) {
      const path = url(code, '/accessibility');
      await open(page, contactServer.origin, path, { app: true });
      await page.locator('main .app-contact a[href^="tel:"]').first().waitFor({ timeout: 15000 });
      await expectNoAxeViolations(page, `${path} with contact details`);
    }
  });
});
