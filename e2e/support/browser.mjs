// Launches Debian's Chromium through playwright-core (never a downloaded
// browser), headless, with a fresh profile and no background network.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * With `classicScrollbars`, pages get the scroll bars that take up room
 * (the Windows default) instead of headless Chromium's hidden ones.
 */
export async function launchBrowser(extraArgs = [], { classicScrollbars = false } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'send-hub-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs, ...(classicScrollbars ? ['--disable-features=OverlayScrollbar'] : [])],
    ignoreDefaultArgs: classicScrollbars ? ['--hide-scrollbars'] : [],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
