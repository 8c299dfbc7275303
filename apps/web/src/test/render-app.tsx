import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import type { Locale } from '@knutepunkt/domain';
import { routes } from '../App.tsx';
import { Providers } from '../components/Providers.tsx';
import { initLocale } from '../locale.ts';
import { createWebClient } from '../trpc.ts';
import type { fakeServer } from './fake-server.ts';

/**
 * Every lazy page imported once before a test file's tests run. The pages load on demand in the
 * app; here the first test of a file would otherwise spend its wait for the page on the test
 * runner compiling the page and its imports on a busy machine.
 */
async function importLazyPages(list: readonly RouteObject[]): Promise<void> {
  await Promise.all(
    list.map(async (route) => {
      if (typeof route.lazy === 'function') await route.lazy();
      if (route.children) await importLazyPages(route.children);
    }),
  );
}
await importLazyPages(routes);

/** The whole app at `path`, talking to a fake /trpc. */
export function renderApp(path: string, server: ReturnType<typeof fakeServer>, locale: Locale = 'nb') {
  initLocale(locale);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const trpcClient = createWebClient({ url: 'http://localhost/trpc', fetch: server.fetch as typeof fetch });
  const view = render(
    <Providers initialLocale={locale} queryClient={queryClient} trpcClient={trpcClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient };
}

/** A signed-in account as `account.me` returns it. */
export function account(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    id: 'u1',
    name: 'Rune Redaktør',
    email: 'redaktor@demo.knutepunkt.no',
    locale: 'nb',
    isAdmin: false,
    memberships: [],
    coordinatorOf: [],
    ...overrides,
  };
}
