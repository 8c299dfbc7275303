import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { uniqueSuffix } from './env.ts';

/** Helpers of the practice bank's end-to-end tests (tests/practice*.spec.ts). */

/** One word that no demo text contains, letters only (so the search stems it like any word). */
export function uniqueWord(): string {
  return `testord${uniqueSuffix().replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
}

/** A page's identity for the coverage check: origin and path, as the fixture counts them. */
export function pageKey(url: string): string | null {
  if (!url.startsWith('http')) return null;
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

export interface CheckedPage {
  page: Page;
  /** expectAccessible() on this page, counted for this context's own coverage check. */
  check: () => Promise<void>;
  /** Pages this context visited that were never checked. */
  unchecked: () => string[];
  close: () => Promise<void>;
}

/**
 * A page in a browser context of its own (another person, with their own
 * cookies), with the same rule as the fixture's page: every page it visits
 * must be checked. The fixture only watches its own context, so this one
 * keeps its own list.
 */
export async function newCheckedPage(
  browser: Browser,
  expectAccessible: (target?: Page) => Promise<void>,
  options?: BrowserContextOptions,
): Promise<CheckedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const visited = new Set<string>();
  const checked = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const key = pageKey(frame.url());
    if (key) visited.add(key);
  });
  return {
    page,
    check: async () => {
      await expectAccessible(page);
      const key = pageKey(page.url());
      if (key) checked.add(key);
    },
    unchecked: () => [...visited].filter((key) => !checked.has(key)),
    close: () => context.close(),
  };
}

/**
 * The number of results ("3 eksempler"): a live region of its own, next to the
 * loading indicator's ("Henter eksempler …"), so it is picked by its text.
 */
export function resultCount(results: Locator, text: string | RegExp): Locator {
  return results.getByRole('status').filter({ hasText: typeof text === 'string' ? new RegExp(`^${text}$`) : text });
}

/**
 * Wait until the editor's autosave has the text on the server: the status says
 * "Lagret 14:02", and the copy the browser keeps until the server confirms the
 * very text written (use-autosave.ts) is gone.
 */
export async function waitForAutosave(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Lagret \d{2}[:.]\d{2}$/ })).toBeVisible();
  await expect
    .poll(
      () =>
        page.evaluate(
          () => Object.keys(localStorage).filter((key) => key.startsWith('knutepunkt:practice-draft:')).length,
        ),
      {
        message: 'the draft kept in the browser until the server has it',
      },
    )
    .toBe(0);
}
