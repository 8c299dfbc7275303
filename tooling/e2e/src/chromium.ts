/**
 * How this repo launches a browser: Debian's Chromium (never a downloaded
 * one, see ENVIRONMENT.md), headless, and without the background services
 * that would slow it down or reach the network. Shared by the end-to-end
 * tests and the admin app's screenshot script. Plain JavaScript values with
 * no TypeScript-only syntax, so Node can load this file straight from a .mjs script.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
