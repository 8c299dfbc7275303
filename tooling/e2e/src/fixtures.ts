import { test as base, expect, type Page } from '@playwright/test';
import { checkAccessibility } from './a11y.ts';
import { ADMIN_URL } from './env.ts';

export interface AppFixtureOptions {
  /** Where the admin app is served (the web app is `baseURL`). */
  adminURL: string;
}

interface AppFixtures {
  /**
   * Wait for the page to settle and run the WCAG 2.1 A/AA axe rules on it
   * (the test's `page` unless another is given). Every page a test visits
   * must be checked: a test that leaves one unchecked fails at the end.
   */
  expectAccessible: (target?: Page) => Promise<void>;
  /** The address of a path in the admin app. */
  adminPath: (path: string) => string;
}

/** A page's identity for the coverage check: origin and path, without query or hash. */
function pageKey(url: string): string | null {
  if (!url.startsWith('http')) return null;
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

export const test = base.extend<AppFixtures & AppFixtureOptions>({
  adminURL: [ADMIN_URL, { option: true }],

  adminPath: async ({ adminURL }, use) => {
    await use((path) => new URL(path, adminURL).toString());
  },

  // Auto: the coverage check runs in every test, even one that never asks for this fixture.
  expectAccessible: [
    async ({ page, context }, use, testInfo) => {
      const visited = new Set<string>();
      const checked = new Set<string>();
      const track = (p: Page) =>
        p.on('framenavigated', (frame) => {
          if (frame !== p.mainFrame()) return;
          const key = pageKey(frame.url());
          if (key) visited.add(key);
        });
      for (const p of context.pages()) track(p);
      context.on('page', track);

      await use(async (target = page) => {
        await base.step(`accessibility check of ${target.url()}`, () => checkAccessibility(target), { box: true });
        // The address once the page had settled: that is the page that was checked.
        const key = pageKey(target.url());
        if (key) checked.add(key);
      });

      // Only worth saying when the test itself got through.
      if (testInfo.status !== testInfo.expectedStatus) return;
      const missed = [...visited].filter((key) => !checked.has(key));
      expect(missed, `pages visited without expectAccessible(): ${missed.join(', ')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
