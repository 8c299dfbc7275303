import { TRPCError, getErrorShape, getTRPCErrorFromUnknown } from '@trpc/server';
import { type RawDataKeyring, createCallerFactory, createContext, webRouter } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import type { Locale } from '@knutepunkt/domain';
import type { ProcedureCall } from './renderer.ts';

const createCaller = createCallerFactory(webRouter);

export interface ProcedureCallOptions {
  db: Db;
  locale: Locale;
  /** The visitor's address, for the throttles some procedures keep (never stored in clear). */
  address: string;
  urls?: { web: string; admin: string };
  /** The configured OpenID Connect providers (site configuration, not personal: the sign-in page's links). */
  signInProviders?: Array<{ id: string; name: string }>;
  /** The evaluations' raw-data key (evaluations/data-key.ts); an anonymous render never reads raw data, but every context carries it. */
  rawDataKeyring?: RawDataKeyring | null;
  /** Where faults are reported (our own errors only; the input is never logged). */
  onFault: (path: string, error: TRPCError) => void;
}

/**
 * Calls web-router queries in-process for the server renderer, as an anonymous visitor in the
 * page's language: the page is rendered as anyone would see it, so it can be shared and cached,
 * and nothing of the person asking ends up in it. The answer is what the HTTP API would send:
 * data through JSON (dates become strings, as in the browser), errors shaped and translated by
 * the router's error formatter.
 */
export function createProcedureCall(opts: ProcedureCallOptions): ProcedureCall {
  let context: ReturnType<typeof createContext> | undefined;
  return async (path, input) => {
    context ??= createContext({
      db: opts.db,
      app: 'web',
      sessionToken: null,
      requestedLocale: opts.locale,
      address: opts.address,
      setCookie: () => undefined,
      secureCookies: false,
      ...(opts.urls ? { urls: opts.urls } : {}),
      signInProviders: opts.signInProviders ?? [],
      rawDataKeyring: opts.rawDataKeyring ?? null,
    });
    const ctx = await context;
    try {
      const caller = createCaller(ctx) as unknown as Record<string, unknown>;
      const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
      if (typeof procedure !== 'function') throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure ${path}` });
      const data: unknown = await procedure(input);
      return { ok: true, data: data === undefined ? undefined : JSON.parse(JSON.stringify(data)) };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      if (error.code === 'INTERNAL_SERVER_ERROR') opts.onFault(path, error);
      const shape = getErrorShape({ config: webRouter._def._config, error, type: 'query', path, input, ctx });
      return { ok: false, error: shape as Extract<Awaited<ReturnType<ProcedureCall>>, { ok: false }>['error'] };
    }
  };
}
