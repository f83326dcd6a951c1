// The live region that confirms what a control did: two confirmations
// close together are both said (a screen reader may read only the last
// change of a region that changes twice at once), and the same message
// again is announced again (the region changes in between).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';

const app = useApp();

/** Records every text the polite live region shows from now on. */
const recordRegion = (page) => page.evaluate(() => {
  const region = [...document.querySelectorAll('[role=status][aria-live=polite]')].at(-1);
  window.__region = [];
  new MutationObserver(() => window.__region.push(region.textContent)).observe(region, { subtree: true, childList: true, characterData: true });
});

test('two confirmations close together are both in the live region', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await recordRegion(page);
    await page.getByLabel('Dark: light text on a dark background').check();
    await page.getByLabel('150%').check();
    await page.waitForFunction(() => window.__region.at(-1)?.includes('Text size 150%'));
    const last = await page.evaluate(() => window.__region.at(-1));
    assert.ok(last.startsWith('Colours: Dark') && last.endsWith(' Text size 150%'), `both are read: ${last}`);
  });
});

test('the same message twice is announced twice', async () => {
  await app.withPage(async (page) => {
    await openPage(page, app.origin, '/get-involved', 'Get involved');
    await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
    await recordRegion(page);
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__region.includes('Nothing is being read.'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__region.filter((text) => text === 'Nothing is being read.').length === 2);
    const seen = await page.evaluate(() => window.__region);
    const first = seen.indexOf('Nothing is being read.');
    assert.ok(seen.slice(first + 1).includes(''), `the region is cleared in between: ${JSON.stringify(seen)}`);
  });
});
