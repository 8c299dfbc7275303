import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Db } from '@knutepunkt/db';
import type { Locale } from '@knutepunkt/domain';
import { createContext } from '../context.ts';
import { type AppName, routers } from './caller.ts';

/**
 * Call a procedure the way a browser does, as an HTTP request through tRPC's
 * fetch adapter, so the error formatter (translation, field errors, status
 * codes) is part of what a test sees.
 */
export async function httpCall(
  db: Db,
  app: AppName,
  opts: { path: string; type: 'query' | 'mutation'; input: unknown; sessionToken: string | null; locale?: Locale },
): Promise<{
  status: number;
  body: { result?: unknown; error?: { message: string; data: { code: string; fieldErrors: Record<string, string> } } };
}> {
  const encoded = opts.input === undefined ? '' : JSON.stringify(opts.input);
  const url = `http://test/trpc/${opts.path}${opts.type === 'query' && encoded ? `?input=${encodeURIComponent(encoded)}` : ''}`;
  const req = new Request(url, {
    method: opts.type === 'query' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(opts.type === 'mutation' ? { body: encoded } : {}),
  });
  const res = await fetchRequestHandler({
    endpoint: '/trpc',
    req,
    router: routers[app],
    createContext: () =>
      createContext({
        db,
        app,
        sessionToken: opts.sessionToken,
        requestedLocale: opts.locale ?? 'nb',
        address: '127.0.0.1',
        setCookie: () => {},
        secureCookies: false,
      }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
