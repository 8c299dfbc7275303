/**
 * A stand-in for the admin listener's /trpc endpoint, answering in tRPC's
 * wire format, so tests drive the real client, links and headers. Each
 * procedure is a function of its input; throw a ServerError to answer with an
 * error shaped like the server's error formatter (translated message,
 * data.code, data.fieldErrors).
 */
export class ServerError extends Error {
  constructor(
    readonly code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT' | 'PRECONDITION_FAILED',
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

const STATUS: Record<ServerError['code'], number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
};

export type Handlers = Record<string, (input: unknown) => unknown>;

export interface RecordedCall {
  path: string;
  method: string;
  input: unknown;
  headers: Record<string, string>;
}

export function fakeServer(handlers: Handlers) {
  const calls: RecordedCall[] = [];

  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const parsed = new URL(String(url), 'http://localhost');
    const paths = decodeURIComponent(parsed.pathname.replace(/^\/trpc\//, '')).split(',');
    const method = (init?.method ?? 'GET').toUpperCase();
    const raw = method === 'GET' ? parsed.searchParams.get('input') : (init?.body as string | undefined);
    const inputs = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());

    let status = 200;
    const body = await Promise.all(
      paths.map(async (path, index) => {
        const input = inputs[String(index)];
        calls.push({ path, method, input, headers });
        const handler = handlers[path];
        try {
          if (!handler) throw new ServerError('NOT_FOUND', `No handler for ${path}`);
          return { result: { data: await handler(input) } };
        } catch (error) {
          const e = error instanceof ServerError ? error : new ServerError('BAD_REQUEST', String(error));
          status = paths.length === 1 ? STATUS[e.code] : 207;
          return {
            error: {
              message: e.message,
              code: -32600,
              data: { code: e.code, httpStatus: STATUS[e.code], path, fieldErrors: e.fieldErrors },
            },
          };
        }
      }),
    );
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };

  return { fetch: fetch as typeof globalThis.fetch, calls };
}
