import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { ADMIN_URL, WEB_URL } from './env.ts';
import type { Locale } from './i18n.ts';

/**
 * The conference sweep's shared steps (tests/conference-pages.spec.ts): one visit-and-check for
 * every page, the interface language of a context, and tRPC calls for the few things a test sets
 * up or reads without going through a page.
 */

export const WIDTHS = [1280, 320] as const;
export const LOCALES = ['nb', 'nn'] as const satisfies readonly Locale[];

/**
 * Every console error and uncaught exception of a context's pages. The shared fixture only fails
 * on hydration and CSP messages; a sweep wants every error, so a page that logs one is named.
 */
export function collectConsoleErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
  };
  for (const p of context.pages()) watch(p);
  context.on('page', watch);
  return errors;
}

/** The interface language for a context that is not signed in (the cookie both apps read). */
export async function useLocaleCookie(context: BrowserContext, locale: Locale): Promise<void> {
  await context.addCookies([{ name: 'kp_locale', value: locale, url: WEB_URL }]);
}

/** A tRPC mutation over HTTP (no transformer), as the apps send it. Fails on anything but 200. */
export async function mutate<T>(request: APIRequestContext, base: string, path: string, input: unknown): Promise<T> {
  const response = await request.post(`${base}/trpc/${path}`, {
    data: input,
    headers: { 'x-knutepunkt-csrf': '1', 'content-type': 'application/json' },
  });
  const body = await response.text();
  expect(response.status(), `${path}: ${body}`).toBe(200);
  return (JSON.parse(body) as { result: { data: T } }).result.data;
}

/** A tRPC query over HTTP. */
export async function query<T>(request: APIRequestContext, base: string, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await request.get(`${base}/trpc/${path}${search}`, { headers: { 'x-knutepunkt-csrf': '1' } });
  const body = await response.text();
  expect(response.status(), `${path}: ${body}`).toBe(200);
  return (JSON.parse(body) as { result: { data: T } }).result.data;
}

/** Sign a context in on one app through its API (the page's own sign-in form is tested elsewhere). */
export async function signInByApi(request: APIRequestContext, base: string, email: string, password: string) {
  await mutate(request, base, 'account.signIn', { email, password });
}

/** The account's saved language, which both apps adopt on sign-in (and the cookie, for the first render). */
export async function setAccountLocale(context: BrowserContext, base: string, locale: Locale): Promise<void> {
  await mutate(context.request, base, 'account.setLocale', { locale });
  await context.addCookies([{ name: 'kp_locale', value: locale, url: base === ADMIN_URL ? ADMIN_URL : WEB_URL }]);
}

export interface VisitOptions {
  /** Run axe and the rest: the fixture's expectAccessible. */
  expectAccessible: (target?: Page) => Promise<void>;
  /** Web pages: wait until the app has hydrated (`<html data-live>`) before checking. */
  web?: boolean;
  /** The page's h1, when the test knows it. */
  heading?: string | RegExp;
  /** The interface language the page must be in (`<html lang>`). */
  locale?: Locale;
}

/**
 * Open a page and check what every page must be: it hydrates, axe finds nothing (WCAG 2.1 AA),
 * one h1, every visible form control has an accessible name, and at a narrow viewport nothing
 * scrolls sideways (WCAG 1.4.10).
 */
export async function visitAndCheck(page: Page, url: string, options: VisitOptions): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status() ?? 0, `${url} answers`).toBeLessThan(400);
  if (options.web) await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await checkLoaded(page, options);
}

/** The checks of visitAndCheck on the page as it is now (after a click or a form sent). */
export async function checkLoaded(page: Page, options: Omit<VisitOptions, 'web'>): Promise<void> {
  if (options.heading) await expect(page.getByRole('heading', { level: 1, name: options.heading })).toBeVisible();
  if (options.locale) await expect(page.locator('html')).toHaveAttribute('lang', options.locale);
  await options.expectAccessible(page);
  await expect(page.locator('h1'), `exactly one h1 on ${page.url()}`).toHaveCount(1);
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const labels = (el as HTMLInputElement).labels;
        const named =
          (labels && [...labels].some((l) => l.textContent?.trim())) ||
          el.getAttribute('aria-label')?.trim() ||
          el.getAttribute('aria-labelledby')?.trim() ||
          (el.tagName === 'BUTTON' && el.textContent?.trim()) ||
          (el instanceof HTMLInputElement && ['submit', 'button'].includes(el.type) && el.value.trim());
        return !named;
      })
      .map((el) => el.outerHTML.slice(0, 160)),
  );
  expect(unlabelled, `form controls without a label on ${page.url()}`).toEqual([]);
  const width = page.viewportSize()?.width ?? 1280;
  if (width <= 320) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${page.url()} scrolls sideways at ${width} px (WCAG 1.4.10)`).toBeLessThanOrEqual(width);
  }
}
