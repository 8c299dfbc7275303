/**
 * A stand-in for the server's /trpc endpoint, small on purpose: it answers tRPC's batch format
 * from a table of procedure results, and records what was asked. The real server is covered by
 * the API's tests and the end-to-end tests; this only lets components talk to "a server".
 */

export class FakeError {
  constructor(
    readonly httpStatus: number,
    readonly message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {}
}

type Handler = (input: unknown) => unknown;
export interface Call {
  path: string;
  input: unknown;
  headers: Headers;
  method: string;
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

export function fakeServer(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const paths = decodeURIComponent(url.pathname.replace(/^\/trpc\//, '')).split(',');
    const method = init?.method ?? 'GET';
    const rawInputs: Record<string, unknown> =
      method === 'GET' ? JSON.parse(url.searchParams.get('input') ?? '{}') : JSON.parse(String(init?.body ?? '{}'));
    const headers = new Headers(init?.headers);
    const results = paths.map((path, i) => {
      const callInput = rawInputs[String(i)];
      calls.push({ path, input: callInput, headers, method });
      const handler = handlers[path];
      try {
        if (!handler) throw new FakeError(404, `no handler for ${path}`);
        return { result: { data: handler(callInput) ?? null } };
      } catch (error) {
        if (!(error instanceof FakeError)) throw error;
        const code = CODES[error.httpStatus] ?? 'INTERNAL_SERVER_ERROR';
        return {
          error: {
            message: error.message,
            code: -32600,
            data: { code, httpStatus: error.httpStatus, path, fieldErrors: error.fieldErrors },
          },
        };
      }
    });
    const status = results.every((r) => 'result' in r) ? 200 : 207;
    return new Response(JSON.stringify(results), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls, callsTo: (path: string) => calls.filter((c) => c.path === path) };
}
