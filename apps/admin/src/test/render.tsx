import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import type { Locale } from '@knutepunkt/domain';
import { routes } from '../App.tsx';
import { AppProviders } from '../providers.tsx';
import { createAdminClient, createAdminQueryClient } from '../trpc.ts';
import { fakeServer, type Handlers } from './fake-server.ts';

/** The whole app at `path`, talking to a fake server with these procedures. */
export function renderApp(path: string, handlers: Handlers, options: { locale?: Locale } = {}) {
  const server = fakeServer(handlers);
  const client = createAdminClient({ url: 'http://localhost/trpc', fetch: server.fetch });
  const queryClient = createAdminQueryClient(client);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders client={client} queryClient={queryClient} locale={options.locale ?? 'nb'}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, server, queryClient };
}

/** Accounts as account.me returns them. */
export const accounts = {
  admin: {
    id: 'u-admin',
    name: 'Ada Admin',
    email: 'admin@demo.knutepunkt.no',
    locale: 'nb',
    isAdmin: true,
    memberships: [],
    coordinatorOf: [],
  },
  coordinator: {
    id: 'u-coord',
    name: 'Kari Koordinator',
    email: 'koordinator@demo.knutepunkt.no',
    locale: 'nb',
    isAdmin: false,
    memberships: [],
    coordinatorOf: [{ id: 'n1', slug: 'recovery-nettverk-midt-norge', name: 'Recovery-nettverk Midt-Norge' }],
  },
  member: {
    id: 'u-member',
    name: 'Mona Medlem',
    email: 'medlem@demo.knutepunkt.no',
    locale: 'nb',
    isAdmin: false,
    memberships: [],
    coordinatorOf: [],
  },
} as const;
