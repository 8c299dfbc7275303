import { test as base, expect, type Page } from '@playwright/test';
import { checkAccessibility, checkAccessibilityWithoutScripts } from './a11y.ts';
import { ADMIN_URL } from './env.ts';

export interface AppFixtureOptions {
  /** Where the admin app is served (the web app is `baseURL`). */
  adminURL: string;
}

/**
 * What the browser reports when a server-rendered page and the app disagree (React's hydration
 * errors, minified in production as #418/#419/#423/#425) or when the page tries something the
 * CSP forbids (an inline script): either would mean a page that flashes or breaks.
 */
const CONSOLE_PROBLEM = /hydrat|Minified React error #4(18|19|23|25)|Content Security Policy/i;

interface AppFixtures {
  /** Console problems seen in any page of the test (see CONSOLE_PROBLEM); the test fails if any. */
  consoleProblems: string[];
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

  consoleProblems: [
    async ({ context }, use, testInfo) => {
      const problems: string[] = [];
      const watch = (p: Page) => {
        p.on('console', (message) => {
          if (CONSOLE_PROBLEM.test(message.text())) problems.push(`${p.url()}: ${message.text()}`);
        });
        p.on('pageerror', (error) => {
          if (CONSOLE_PROBLEM.test(error.message)) problems.push(`${p.url()}: ${error.message}`);
        });
      };
      for (const p of context.pages()) watch(p);
      context.on('page', watch);
      await use(problems);
      if (testInfo.status !== testInfo.expectedStatus) return;
      expect(problems, 'hydration or CSP problems in the console').toEqual([]);
    },
    { auto: true },
  ],

  // Auto: the coverage check runs in every test, even one that never asks for this fixture.
  expectAccessible: [
    async ({ page, context, javaScriptEnabled }, use, testInfo) => {
      const check = javaScriptEnabled === false ? checkAccessibilityWithoutScripts : checkAccessibility;
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
        await base.step(`accessibility check of ${target.url()}`, () => check(target), { box: true });
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
