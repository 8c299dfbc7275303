import type { FastifyServerOptions } from 'fastify';

/**
 * Structured JSON logs with nothing personal in them: the path without its
 * query string (tRPC puts inputs there), the status and the time taken. No
 * addresses, cookies, bodies or user ids.
 */
export function loggerOptions(listener: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  if (process.env.LOG_LEVEL === 'silent') return false;
  return {
    ...(stream ? { stream } : {}),
    level: process.env.LOG_LEVEL ?? 'info',
    base: { listener },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
