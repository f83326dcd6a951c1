// Chrome's "Translate this page" replaces each text node it translates
// with <font> elements holding the translation, and keeps translating text
// that appears later. Text the app changes afterwards must still change on
// screen. A page script here does what Chrome does (this machine's Chromium
// has no translation service), "translating" into capitals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';
import { installSpeechStandIn } from './support/speech_stand_in.mjs';

const app = useApp();

/** Wraps every text node in the page in <font> the way Chrome's page
 * translation does, now and for text that appears later. */
async function translatePage(page) {
  await page.evaluate(() => {
    const translate = (node) => {
      if (!node.data.trim() || node.parentElement?.closest('script, style, font[data-translated]')) return;
      const outer = document.createElement('font');
      outer.style.verticalAlign = 'inherit';
      outer.dataset.translated = '';
      const inner = document.createElement('font');
      inner.style.verticalAlign = 'inherit';
      inner.textContent = node.data.toUpperCase();
      outer.append(inner);
      node.replaceWith(outer);
    };
    const walk = (root) => {
      const texts = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode);
      texts.forEach(translate);
    };
    walk(document.body);
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'characterData' && change.target.isConnected) translate(change.target);
        for (const added of change.addedNodes) {
          if (added.nodeType === Node.TEXT_NODE) translate(added);
          else if (added.nodeType === Node.ELEMENT_NODE && !added.matches('font[data-translated]')) walk(added);
        }
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits until `selector` shows `text` (as translated: in capitals). */
async function waitShown(page, selector, text) {
  const shown = () => page.locator(selector).first().innerText();
  await page.waitForFunction(({ selector, text }) => document.querySelector(selector)?.innerText.trim() === text, { selector, text: text.toUpperCase() }, { timeout: 5000 })
    .catch(async () => assert.fail(`${selector} shows "${await shown()}", not "${text.toUpperCase()}"`));
}

test('with the page translated, the action count still follows the filters', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
    await page.waitForSelector('[data-app-running]');
    const total = await page.locator('.app-action').count();
    await translatePage(page);
    await waitShown(page, '.app-actions__count', `Showing all ${total} actions.`);
    await page.getByLabel('Status').selectOption({ index: 2 });
    const shown = await page.locator('.app-action:visible').count();
    assert.ok(shown > 0 && shown < total, `${shown} of ${total}`);
    await waitShown(page, '.app-actions__count', `Showing ${shown} of ${total} actions.`);
    await page.getByLabel('Status').selectOption({ index: 0 });
    await waitShown(page, '.app-actions__count', `Showing all ${total} actions.`);
  });
});

test('with the page translated, the read-aloud status and the Pause button follow what is happening', async () => {
  await app.withPage(async (page) => {
    await installSpeechStandIn(page, { wordMs: 100 });
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.waitForSelector('[data-app-running]');
    await translatePage(page);
    await page.getByRole('button', { name: /^reading tools$/i }).click();
    await waitShown(page, '.app-tools__status', 'Ready to read.');
    await page.getByRole('button', { name: 'Read the page' }).click();
    await waitShown(page, '.app-tools__status', 'Reading…');
    await page.getByRole('button', { name: 'Pause' }).click();
    await waitShown(page, '.app-tools__status', 'Paused.');
    assert.equal(await page.getByRole('button', { name: 'Resume' }).count(), 1, 'the button now says Resume');
    await page.getByRole('button', { name: 'Resume' }).click();
    await waitShown(page, '.app-tools__status', 'Reading…');
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitShown(page, '.app-tools__status', 'Ready to read.');
    // Announcements reach the live region too.
    await page.getByRole('button', { name: 'Click to listen' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((region) => region.innerText.startsWith('CLICK TO LISTEN ON')));
  });
});
