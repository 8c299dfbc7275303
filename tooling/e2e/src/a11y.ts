import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The WCAG 2.1 A and AA rules: what forskrift om universell utforming av
 * IKT-løsninger requires of these sites.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** One line per rule and one per element, so a failure says what to fix and where. */
export function formatViolations(url: string, violations: Violation[]): string {
  const lines = [`${violations.length} accessibility violation(s) (axe, ${WCAG_TAGS.join(', ')}) on ${url}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'unknown impact'}]: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    at ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}`);
      const summary = node.failureSummary
        ?.split('\n')
        .slice(1)
        .map((s) => s.trim())
        .filter(Boolean)
        .join('; ');
      if (summary) lines.push(`      ${summary.length > 240 ? `${summary.slice(0, 240)}…` : summary}`);
    }
  }
  return lines.join('\n');
}

/**
 * Wait until the page has settled: the document is loaded, there is an h1,
 * and no spinner or busy region is left (data still coming in would make
 * axe look at a half-drawn page).
 */
export async function waitForStablePage(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('h1').first(), 'every page has an h1').toBeVisible();
  await expect(page.locator('.ds-spinner, [aria-busy="true"]'), 'the page is still loading').toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Finite CSS animations (Designsystemet's dialog fades in over 300 ms) must end first:
  // axe reading half-faded buttons reports their colours as too weak.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Run axe on the page as it is now and fail with a readable list of the
 * violations. Call it on every page a test visits, once the page is loaded.
 */
export async function checkAccessibility(page: Page): Promise<void> {
  await waitForStablePage(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations as Violation[];
  if (violations.length > 0) throw new Error(formatViolations(page.url(), violations));
}

/**
 * The same check for a page shown with JavaScript switched off. axe is a script, and a context
 * without JavaScript never settles a script's promise, so the page's HTML as the server sent it
 * (its scripts taken out, its data blocks left) is opened in a context of its own with scripts
 * on, at the same address (its styles and images load from the server), and checked there.
 */
export async function checkAccessibilityWithoutScripts(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('h1').first(), 'every page has an h1').toBeVisible();
  // The HTML as the server sends it (reading the page's own DOM takes a script, too).
  const response = await page.request.get(page.url());
  const html = (await response.text()).replace(/<script\b(?![^>]*type="application\/)[^>]*>[\s\S]*?<\/script>/gi, '');
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to open the copy in');
  // Said outright: inside a test, a new context takes the test's options, JavaScript off included.
  const context = await browser.newContext({ javaScriptEnabled: true, locale: 'nb-NO', viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route(page.url(), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(page.url());
    expect(await copy.locator('script[type="module"]').count(), 'the copy runs none of the app').toBe(0);
    await checkAccessibility(copy);
  } finally {
    await context.close();
  }
}
