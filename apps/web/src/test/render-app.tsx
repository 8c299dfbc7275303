import { act, render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
  type RouteObject,
} from 'react-router';
import type { Locale } from '@knutepunkt/domain';
import { AppRoutes, routes } from '../App.tsx';
import type { LazyPageHandle } from '../components/lazy-page.tsx';
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
      await (route.handle as LazyPageHandle | undefined)?.preload();
      if (route.children) await importLazyPages(route.children);
    }),
  );
}
await importLazyPages(routes);

/**
 * The router as the tests see it: where the app is now, and a way to go back or elsewhere (as
 * the browser's buttons would). Filled in by a component rendered inside the router.
 */
export interface TestRouter {
  state: { location: Location };
  navigate: (to: string | number) => Promise<void>;
}

function RouterProbe({ into }: { into: { location?: Location; navigate?: NavigateFunction } }) {
  into.location = useLocation();
  into.navigate = useNavigate();
  return null;
}

/** The whole app at `path`, talking to a fake /trpc. */
export function renderApp(path: string, server: ReturnType<typeof fakeServer>, locale: Locale = 'nb') {
  initLocale(locale);
  const seen: { location?: Location; navigate?: NavigateFunction } = {};
  const router: TestRouter = {
    state: {
      get location() {
        if (!seen.location) throw new Error('the app has not rendered');
        return seen.location;
      },
    },
    navigate: async (to) => {
      await act(async () => {
        await (typeof to === 'number' ? seen.navigate?.(to) : seen.navigate?.(to));
      });
    },
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const trpcClient = createWebClient({ url: 'http://localhost/trpc', fetch: server.fetch as typeof fetch });
  const view = render(
    <Providers initialLocale={locale} queryClient={queryClient} trpcClient={trpcClient}>
      <MemoryRouter initialEntries={[path]}>
        <RouterProbe into={seen} />
        <AppRoutes />
      </MemoryRouter>
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
