// With machine translation into a language the site has no translation
// for, the deep dive's captions and transcript are translated by the same
// provider and say so: the transcript carries the page's language and a
// notice, and the player gets the translated captions as a labelled track
// of their own, shown at once. The provider is the stand-in service
// (support/translation_service.mjs) that marks each text "⟦fr⟧ …".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, openPage, expectNoAxeViolations } from './support/app.mjs';
import { startTranslationService } from './support/translation_service.mjs';

const app = useApp();
const content = (file) => JSON.parse(readFileSync(new URL(`../public/content/${file}`, import.meta.url), 'utf8'));

let service;
before(async () => {
  service = await startTranslationService();
});
after(() => service?.close());

test('machine-translated captions: the transcript and a labelled player track in the page language', async () => {
  await app.withPage(async (page) => {
    const { origin } = service;
    const site = content('site.json');
    site.machine_translation = { endpoint: origin, allowed_origins: [origin], languages: [{ code: 'fr', name: 'Français', dir: 'ltr' }] };
    await page.route('**/content/site.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(site) }));
    await openPage(page, app.origin, '/deep-dive', 'Deep dive');
    await page.waitForSelector('[data-app-running]');
    await page.locator('#language-select').selectOption({ label: 'Français (machine translation)' });
    await page.locator('.app-language__button').click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('⟦fr⟧'), null, { timeout: 15000 });
    const texts = await page.locator('.app-transcript__text').allTextContents();
    assert.ok(texts.length >= 3 && texts.every((text) => text.startsWith('⟦fr⟧ ')), texts.join(' | '));
    assert.equal(await page.locator('.app-transcript__lines').getAttribute('lang'), 'fr');
    assert.match(await page.locator('.app-transcript__machine').textContent(), /translated by a machine/);
    const track = await page.locator('main video').evaluate((video) => {
      const tracks = Array.from(video.textTracks);
      // Added by the app: no <track> element holds it.
      const added = tracks.find((t) => t.language === 'fr');
      return added && {
        label: added.label,
        kind: added.kind,
        language: added.language,
        mode: added.mode,
        cues: Array.from(added.cues, (cue) => cue.text),
        othersShowing: tracks.filter((t) => t !== added && t.mode === 'showing').length,
        all: tracks.map((t) => [t.kind, t.label, t.language, t.mode].join('/')),
      };
    });
    assert.ok(track, 'the player has the translated captions as a track');
    assert.equal(track.kind, 'captions');
    // Named in the interface's words for a machine translation (which are
    // themselves machine-translated here).
    assert.match(track.label, /Français \(machine translation\)$/);
    assert.equal(track.language, 'fr');
    assert.equal(track.mode, 'showing');
    assert.equal(track.othersShowing, 0, `instead of the English captions: ${track.all.join(', ')}`);
    assert.deepEqual(track.cues, texts);
    await expectNoAxeViolations(page, 'machine-translated deep dive');
  });
});
