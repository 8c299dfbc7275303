import { TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { WebRouter } from '@knutepunkt/api';

/** An error as the tRPC HTTP answer carries it (the router's error formatter made it). */
export interface ProcedureErrorShape {
  message: string;
  code: number;
  data: { code: string; httpStatus: number; path?: string; fieldErrors?: Record<string, string> };
}

export type ProcedureResult = { ok: true; data: unknown } | { ok: false; error: ProcedureErrorShape };

/**
 * How the server renderer asks the API: the server (apps/server/src/ssr) passes a function that
 * calls the web router in-process, as an anonymous visitor, and returns what the HTTP answer
 * would have held (the data through JSON, errors formatted and translated). So a page renders
 * on the server from exactly the data the browser would have fetched, without an HTTP round trip,
 * and this bundle holds nothing of the API or the database.
 */
export type ProcedureCall = (path: string, input: unknown) => Promise<ProcedureResult>;

/** A tRPC link that answers queries through a ProcedureCall. Mutations never run while rendering. */
export function procedureLink(call: ProcedureCall): TRPCLink<WebRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        if (op.type !== 'query') {
          observer.error(TRPCClientError.from(new Error(`${op.type} ${op.path} while rendering on the server`)));
          return;
        }
        call(op.path, op.input).then(
          (result) => {
            if (!result.ok) return observer.error(TRPCClientError.from({ error: result.error }));
            observer.next({ result: { type: 'data', data: result.data } });
            observer.complete();
          },
          (cause: unknown) =>
            observer.error(TRPCClientError.from(cause instanceof Error ? cause : new Error(String(cause)))),
        );
      });
}
