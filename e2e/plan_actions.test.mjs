// The plan's action list can be filtered by working group and by status,
// and says how many actions are showing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support/app.mjs';

const app = useApp();
let page;
before(async () => {
  page = await app.newPage();
  await openPage(page, app.origin, '/written-statement-of-action', 'The plan');
});

const visibleTitles = () =>
  page.locator('.app-action:not([hidden]) .app-action__title').allTextContents();

test('all actions show at first, with a count', async () => {
  const total = await page.locator('.app-action').count();
  assert.ok(total >= 30, `found ${total} actions`);
  assert.equal((await visibleTitles()).length, total);
  assert.equal(await page.locator('.app-actions__count').textContent(), `Showing all ${total} actions.`);
  assert.equal(await page.locator('.app-actions__count').getAttribute('role'), 'status');
});

test('filtering by working group and status shows the slipped commissioning actions', async () => {
  await page.getByLabel('Working group').selectOption({ label: '2. Commissioning and access to provision' });
  await page.getByLabel('Status').selectOption({ label: 'Slipped (behind plan)' });
  const titles = await visibleTitles();
  assert.equal(titles.length, 5);
  assert.ok(titles.includes('Joint commissioning framework'));
  assert.ok(titles.includes('Review of short breaks'));
  assert.match(await page.locator('.app-actions__count').textContent(), /^Showing 5 of \d+ actions\.$/);
});

test('the whole-programme group holds the relaunched EHCP audits', async () => {
  await page.getByLabel('Working group').selectOption({ label: 'Whole programme (no single group named)' });
  await page.getByLabel('Status').selectOption({ label: 'All statuses' });
  const titles = await visibleTitles();
  assert.ok(titles.includes('EHCP checks relaunched'), titles.join(', '));
});

test('a combination with no actions says so, and Show all actions resets', async () => {
  await page.getByLabel('Working group').selectOption({ label: '4. Preparation for adulthood' });
  await page.getByLabel('Status').selectOption({ label: 'Delayed by Covid' });
  assert.equal((await visibleTitles()).length, 0);
  assert.match(await page.locator('.app-actions__count').textContent(), /No actions match/);
  await page.getByRole('button', { name: 'Show all actions' }).click();
  assert.equal(await page.getByLabel('Working group').inputValue(), '');
  assert.equal(await page.getByLabel('Status').inputValue(), '');
  assert.equal((await visibleTitles()).length, await page.locator('.app-action').count());
});

test('every action shows its status in words, not only colour', async () => {
  const tags = await page.locator('.app-action .app-tag').allTextContents();
  assert.ok(tags.every((t) => t.trim().length > 0));
  assert.ok(tags.includes('Delayed by Covid'));
});
