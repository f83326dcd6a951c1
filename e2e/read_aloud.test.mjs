// Read aloud, driven through the panel against a recording stand-in for the
// browser's speech engine (see support/speech_stand_in.mjs for why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, openPage } from './support/app.mjs';
import { installSpeechStandIn, removeSpeechEngine } from './support/speech_stand_in.mjs';

const app = useApp();
const locale = (code) => JSON.parse(readFileSync(new URL(`../public/locales/${code}.json`, import.meta.url), 'utf8'));
const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const calls = (page) => page.evaluate(() => window.__speech.calls);
const status = (page) => page.locator('.app-tools__status').textContent();

async function openReadAloud(page, path, h1, words = locale('en')) {
  await openPage(page, app.origin, path, h1);
  await page.getByRole('button', { name: words.tools.toggle, exact: true }).click();
  await waitIdle(page, words);
}

const waitIdle = (page, words = locale('en')) => page.waitForFunction((ready) => document.querySelector('.app-tools__status')?.textContent === ready, words.speech.ready, { timeout: 20000 });

test('Read the page speaks the main content in order, and not the navigation or the tools', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    await openReadAloud(page, '/deep-dive', 'Deep dive');
    await page.getByRole('button', { name: 'Read the page' }).click();
    await page.waitForFunction(() => window.__speech.spoken.length > 3);
    await waitIdle(page);
    const texts = (await spoken(page)).map((s) => s.text);
    const all = texts.join(' ');
    assert.ok(texts[0].startsWith('Deep dive: emotional health'), texts[0]);
    assert.ok(all.indexOf('Why we did a deep dive') < all.indexOf('How we did it'), 'reading order');
    for (const outside of ['Skip to main content', 'Reading tools', 'Get involved', 'Accessibility statement']) {
      assert.ok(!all.includes(outside), `did not read "${outside}"`);
    }
    assert.ok(texts.every((t) => t.length <= 180), 'long text is chunked');
    assert.ok(all.includes('J S N A'), 'abbreviations are said the way a person says them');
    assert.ok(!all.includes('This is a sample clip for the SEND'), 'the video player itself is not read');
  });
});

test('pause stops the voice, resume carries on, stop ends reading, and the status follows', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 80 });
    await openReadAloud(page, '/written-statement-of-action', 'The plan');
    await page.getByRole('button', { name: 'Read the page' }).click();
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Reading…');
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.equal(await status(page), 'Paused.');
    // The engine is silenced (Pause cancels and remembers the place, which
    // every engine honours), not left talking.
    assert.equal(await page.evaluate(() => speechSynthesis.speaking), false, 'nothing is being said while paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    assert.equal(await status(page), 'Reading…');
    await page.waitForFunction(() => speechSynthesis.speaking);
    await page.getByRole('button', { name: 'Stop' }).click();
    assert.equal(await status(page), 'Ready to read.');
    assert.equal(await page.evaluate(() => speechSynthesis.speaking), false, 'Stop silences the engine');
    const highlighted = await page.evaluate(() => CSS.highlights.has('app-speech-word') || CSS.highlights.has('app-speech-chunk'));
    assert.equal(highlighted, false, 'Stop clears the highlight');
  });
});

test('the chosen speed and voice are passed to the engine', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    const options = await page.getByLabel('Voice').locator('option').allTextContents();
    assert.ok(options.includes('Stand-in English 2'), options.join(', '));
    assert.ok(!options.some((o) => o.includes('Polish')), 'voices are filtered to the page language');
    await page.getByLabel('Voice').selectOption({ label: 'Stand-in English 2' });
    const speed = page.getByLabel('Speed');
    await speed.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await speed.getAttribute('aria-valuetext'), '1.5 times normal speed');
    await page.getByRole('button', { name: 'Read the page' }).click();
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    const [first] = await spoken(page);
    assert.equal(first.rate, 1.5);
    assert.equal(first.voice, 'Stand-in English 2');
    assert.equal(first.lang, 'en');
  });
});

test('word boundaries move the word highlight', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 150 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Read the page' }).click();
    const seen = new Set();
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(150);
      const word = await page.evaluate(() => {
        const highlight = CSS.highlights.get('app-speech-word');
        return highlight ? [...highlight][0].toString() : null;
      });
      if (word) seen.add(word);
    }
    assert.ok(seen.size >= 2, `the highlight moved across words: ${[...seen]}`);
    assert.ok([...seen].every((w) => !/\s/.test(w)), 'each highlight is one word');
    assert.ok([...seen].some((w) => 'Get involved'.includes(w)), [...seen].join(', '));
    await page.getByRole('button', { name: 'Stop' }).click();
  });
});

test('without word boundaries the piece being read is highlighted instead', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { boundaries: false, wordMs: 100 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Read the page' }).click();
    await page.waitForFunction(() => CSS.highlights.has('app-speech-chunk'));
    const state = await page.evaluate(() => ({
      chunk: [...CSS.highlights.get('app-speech-chunk')][0].toString(),
      word: CSS.highlights.has('app-speech-word'),
      block: document.querySelector('.app-speech-block')?.textContent,
    }));
    assert.equal(state.chunk, 'Get involved');
    assert.equal(state.word, false);
    assert.equal(state.block, 'Get involved');
    await page.getByRole('button', { name: 'Stop' }).click();
  });
});

test('Read selected text reads just the selection, and nothing after it', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    const wanted = 'different ways to take part, because people';
    const selected = await page.evaluate((wanted) => {
      const p = [...document.querySelectorAll('main p')].find((el) => el.textContent.includes(wanted));
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      while (walker.nextNode() && !walker.currentNode.data.includes(wanted));
      const node = walker.currentNode;
      const start = node.data.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    }, wanted);
    assert.equal(selected, wanted);
    await page.getByRole('button', { name: 'Read selected text' }).click();
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    await waitIdle(page);
    await page.waitForTimeout(300);
    const texts = (await spoken(page)).map((s) => s.text);
    assert.equal(texts.join(' '), wanted, 'exactly the selection is spoken');
  });
});

test('click to listen reads a clicked paragraph, and Enter on a focused one', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    const toggle = page.getByRole('button', { name: 'Click to listen' });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const paragraph = page.locator('main p', { hasText: 'We want to offer different ways' });
    await paragraph.click();
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    assert.match((await spoken(page))[0].text, /^We want to offer different ways to take part/);
    await waitIdle(page);
    const other = page.locator('main p', { hasText: 'There is also a parent and carer reference group' });
    assert.equal(await other.getAttribute('tabindex'), '0', 'paragraphs can be reached by Tab');
    await other.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__speech.spoken.length > 1);
    assert.match((await spoken(page)).at(-1).text, /^There is also a parent and carer reference group/);
    await toggle.click();
    assert.equal(await other.getAttribute('tabindex'), null, 'turning it off restores the page');
  });
});

test('without a speech engine the controls say so, stay focusable and nothing throws', async () => {
  await app.withPage(async (page) => {
    await removeSpeechEngine(page);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    assert.match(await status(page), /Read aloud is not available: this browser has no speech engine/);
    const read = page.getByRole('button', { name: 'Read the page' });
    assert.equal(await read.getAttribute('aria-disabled'), 'true');
    await read.focus();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Read the page');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((r) => r.textContent.startsWith('Read aloud is not available')));
    assert.deepEqual(errors, []);
  });
});

test('Read from where I was starts at the paragraph the reader last clicked', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.locator('main p', { hasText: 'All of Us is a group' }).click();
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Ready to read.');
    await page.getByRole('button', { name: 'Read from where I was' }).click();
    await page.waitForFunction(() => window.__speech.spoken.length > 1);
    await waitIdle(page);
    const texts = (await spoken(page)).map((s) => s.text);
    assert.match(texts[0], /^All of Us is a group/);
    assert.ok(texts.some((t) => t.startsWith('Events on particular topics')), 'and carries on to the end');
    assert.ok(!texts.some((t) => t.startsWith('Why your views matter')), 'not what came before');
  });
});

test('with no voice for the page language, read aloud says so instead of using another language', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { languages: ['pl-PL'] });
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await page.waitForFunction(() => /no voice for this language/.test(document.querySelector('.app-tools__status')?.textContent), null, { timeout: 10000 });
    await page.getByRole('button', { name: 'Read the page' }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await spoken(page), [], 'nothing is read with a Polish voice');
  });
});

test('the reading ruler follows the paragraph being read, wherever the pointer and focus are', async () => {
  await app.withPage(async (page) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await installSpeechStandIn(page, { wordMs: 60 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    await page.getByLabel('Reading ruler: a band that follows your pointer or keyboard').check();
    // Started from the panel by keyboard: the pointer and focus stay in the
    // header, so only read aloud can move the band down the page.
    const read = page.getByRole('button', { name: 'Read the page' });
    await read.focus();
    await page.keyboard.press('Enter');
    for (const start of ['Learning from your experience', 'We want to offer different ways']) {
      const seen = await page.evaluate((start) => new Promise((resolve, reject) => {
        const giveUp = Date.now() + 15000;
        const check = () => {
          const block = document.querySelector('.app-speech-block');
          if (Date.now() > giveUp) return reject(new Error(`"${start}…" was never read; last: ${block?.textContent}`));
          if (!block?.textContent.startsWith(start)) return requestAnimationFrame(check);
          // Two frames later, once the page has settled on the new piece.
          requestAnimationFrame(() => requestAnimationFrame(() => {
            const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
            resolve({ band: box(document.querySelector('.app-ruler__band')), block: box(block), focus: box(document.activeElement) });
          }));
        };
        check();
      }), start);
      const overlap = Math.min(seen.band.bottom, seen.block.bottom) - Math.max(seen.band.top, seen.block.top);
      assert.ok(overlap > 0, `the band ${JSON.stringify(seen.band)} overlaps "${start}…" ${JSON.stringify(seen.block)}`);
      assert.ok(seen.band.top > seen.focus.bottom, 'and is not at the focused button');
    }
    await page.getByRole('button', { name: 'Stop' }).click();
  });
});

for (const [when, voicesAfterMs] of [['soon after they are asked for', 600], ['after the app has given up waiting', 4000]]) {
  test(`voices the engine delivers late (${when}) make read aloud ready`, async () => {
    await app.withPage(async (page) => {
      await installSpeechStandIn(page, { wordMs: 0, voicesAfterMs });
      await openPage(page, app.origin, '/get-involved', 'Get involved');
      await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
      if (voicesAfterMs > 3000) {
        await page.waitForFunction(() => /no voice for this language/.test(document.querySelector('.app-tools__status')?.textContent));
      }
      await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Ready to read.', null, { timeout: voicesAfterMs + 5000 });
      const options = await page.getByLabel('Voice').locator('option').allTextContents();
      assert.ok(options.includes('Stand-in English 2'), `the late voices are offered: ${options.join(', ')}`);
      await page.getByRole('button', { name: 'Read the page' }).click();
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      assert.match((await spoken(page))[0].text, /^Get involved/);
    });
  });
}

test('the speech engine is left alone until the reader opens the tools', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page);
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.waitForTimeout(300);
    assert.deepEqual(await calls(page), [], 'no speech calls on page load');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.app-tools__status')?.textContent === 'Ready to read.');
    assert.ok((await calls(page)).includes('getVoices'));
  });
});

/** Puts `html` into the main content as a new paragraph (the way any page
 * text arrives) and reads it with click to listen; gives what the engine
 * was given and every word highlighted meanwhile. */
async function listenTo(page, html, words = locale('en')) {
  await page.evaluate((html) => {
    document.getElementById('probe')?.remove();
    const p = document.createElement('p');
    p.id = 'probe';
    p.innerHTML = html;
    document.querySelector('main h1').after(p);
    window.__highlighted = [];
    const watch = () => {
      const word = CSS.highlights.get('app-speech-word');
      if (word) for (const range of word) window.__highlighted.push(range.toString());
      requestAnimationFrame(watch);
    };
    watch();
  }, html);
  const before = (await spoken(page)).length;
  await page.locator('#probe').click();
  await page.waitForFunction((n) => window.__speech.spoken.length > n, before);
  await waitIdle(page, words);
  const texts = (await spoken(page)).slice(before).map((s) => s.text);
  return { said: texts.join(' '), highlighted: [...new Set(await page.evaluate(() => window.__highlighted))] };
}

test('only text a sighted reader sees is read, and a line break or inner block parts the words', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 0 });
    await openReadAloud(page, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Click to listen' }).click();
    const hidden = await listenTo(page, 'Start <span hidden>SECRET</span> <span style="display:none">NONE</span> '
      + '<span style="visibility:hidden">INVISIBLE</span> <span aria-hidden="true">DECORATION</span> middle '
      + '<span class="app-visually-hidden">(screen readers only)</span> end');
    assert.deepEqual(hidden.said.split(/\s+/).filter(Boolean), ['Start', 'middle', 'end']);
    const lines = await listenTo(page, 'Line one<br>Line two<span style="display:block">Block three</span>after');
    assert.deepEqual(lines.said.split(/\s+/).filter(Boolean), ['Line', 'one', 'Line', 'two', 'Block', 'three', 'after']);
  });
});

for (const [code, path, h1, voices, and] of [['en', '/get-involved', 'Get involved', ['en-GB'], 'and'], ['pl', '/pl/get-involved', 'Weź udział', ['pl-PL'], 'i']]) {
  test(`"&", "<" and ">" never reach the engine: "&" is said as "${and}", and the highlight stays on the words shown`, async () => {
    await app.withPage(async (page) => {
      await installSpeechStandIn(page, { wordMs: 40, languages: voices });
      const words = locale(code);
      await openReadAloud(page, path, h1, words);
      await page.getByRole('button', { name: words.speech.click_to_listen, exact: true }).click();
      const shown = 'Education, Health & Care Plan <draft> & reviews';
      const { said, highlighted } = await listenTo(page, shown.replace(/&/g, '&amp;').replace('<', '&lt;').replace('>', '&gt;'), words);
      assert.ok(!/[&<>]/.test(said), `the engine was given: ${said}`);
      assert.deepEqual(said.split(/\s+/).filter(Boolean), ['Education,', 'Health', and, 'Care', 'Plan', 'draft', and, 'reviews']);
      const onPage = shown.split(/\s+/).flatMap((w) => [w, w.replace(/[<>]/g, '')]);
      assert.ok(highlighted.includes('&'), `"&" is highlighted while "${and}" is said: ${highlighted}`);
      assert.ok(highlighted.includes('Care') && highlighted.includes('reviews'), `words after the symbols are highlighted: ${highlighted}`);
      for (const word of highlighted) assert.ok(onPage.includes(word), `"${word}" is a word on the page (${highlighted})`);
    });
  });
}
