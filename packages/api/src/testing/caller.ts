import { TRPCError } from '@trpc/server';
import type { Db } from '@knutepunkt/db';
import type { Locale } from '@knutepunkt/domain';
import { adminRouter } from '../admin-router.ts';
import { type Context, createContext } from '../context.ts';
import { describeError } from '../errors.ts';
import { createCallerFactory } from '../trpc.ts';
import { webRouter } from '../web-router.ts';
import type { Role, World } from './world.ts';
import { TEST_RAW_DATA_KEYRING } from './raw-data-keyring.ts';

export type AppName = 'web' | 'admin';
export const routers = { web: webRouter, admin: adminRouter } as const;

/** A request context as the server builds it, for the given role's real session. */
export function contextFor(db: Db, app: AppName, world: World, role: Role, locale: Locale = 'nb'): Promise<Context> {
  const cookies: string[] = [];
  return createContext({
    db,
    app,
    sessionToken: role === 'anonymous' ? null : world.tokens[role][app],
    requestedLocale: locale,
    address: '127.0.0.1',
    setCookie: (value) => cookies.push(value),
    secureCookies: false,
    rawDataKeyring: TEST_RAW_DATA_KEYRING,
  });
}

export function webCaller(ctx: Context) {
  return createCallerFactory(webRouter)(ctx);
}
export function adminCaller(ctx: Context) {
  return createCallerFactory(adminRouter)(ctx);
}

/** Every procedure path of a router, e.g. 'organisations.list'. */
export function procedurePaths(app: AppName): string[] {
  return Object.keys(routers[app]._def.procedures).sort();
}

/** Call a procedure by its dotted path through a real caller (input validation, middleware and all). */
export async function callPath(ctx: Context, app: AppName, path: string, input: unknown): Promise<unknown> {
  const caller: unknown = app === 'web' ? webCaller(ctx) : adminCaller(ctx);
  let target = caller as Record<string, unknown>;
  for (const part of path.split('.')) target = target[part] as Record<string, unknown>;
  return (target as unknown as (input: unknown) => Promise<unknown>)(input);
}

export interface ProcedureInfo {
  type: 'query' | 'mutation';
  inputs: Array<{ safeParse?: (v: unknown) => { success: boolean }; shape?: Record<string, unknown> }>;
}

/** A procedure's kind and input parsers, read from the router's definition. */
export function procedureInfo(app: AppName, path: string): ProcedureInfo {
  const procedures = routers[app]._def.procedures as unknown as Record<string, { _def: ProcedureInfo }>;
  return procedures[path]!._def;
}

/**
 * How a call ended, as the person reads it: 'ok', or the tRPC code and the message translated
 * into bokmål as the error formatter does ("BAD_REQUEST: Passordet stemmer ikke.").
 */
export function outcomeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: unknown) =>
      error instanceof TRPCError ? `${error.code}: ${describeError('nb', error).message}` : String(error),
  );
}
