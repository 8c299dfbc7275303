import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import { createPrettyLogStream } from './pretty-log.ts';

/** How log lines are written: `json` for log collectors, `pretty` for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

/**
 * LOG_FORMAT decides when set. Otherwise production (NODE_ENV=production)
 * gets JSON, and so does any destination that is not a terminal (a pipe, a
 * file, a test's stream): only a person at a terminal gets short readable lines.
 */
export function logFormat(env: NodeJS.ProcessEnv, destination: NodeJS.WritableStream): LogFormat {
  const chosen = env.LOG_FORMAT;
  if (chosen === 'json' || chosen === 'pretty') return chosen;
  if (chosen) throw new Error(`LOG_FORMAT must be "json" or "pretty" (got "${chosen}")`);
  if (env.NODE_ENV === 'production') return 'json';
  return (destination as { isTTY?: boolean }).isTTY ? 'pretty' : 'json';
}

/** A path as logged: a secret in the path itself (a personal calendar feed's token) is left out. */
export function loggedPath(url: string): string {
  return url.split('?')[0]!.replace(/^\/kalender\/[^/]+/, '/kalender/[token]');
}

/**
 * Logs with nothing personal in them: the path without its query string
 * (tRPC puts inputs there), the status and the time taken. No addresses,
 * cookies, bodies or user ids.
 */
export function loggerOptions(listener: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  if (process.env.LOG_LEVEL === 'silent') return false;
  const destination = stream ?? process.stdout;
  const pretty = logFormat(process.env, destination) === 'pretty';
  return {
    ...(pretty ? { stream: createPrettyLogStream(destination) } : stream ? { stream } : {}),
    level: process.env.LOG_LEVEL ?? 'info',
    base: { listener },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: loggedPath(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * One line per request, written when the answer has gone: Fastify's own pair
 * ("incoming request", "request completed") doubles the log for nothing. The
 * per-request extras go too: a 4xx is the user's doing and its status is on
 * the request line already, and Fastify's "route not found" line would carry
 * the query string. Our own faults (5xx) are still logged in full.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request completed');
    else reply.log.info(line, 'request completed');
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) super.defaultErrorLog(error, request, reply);
  }

  override routeNotFound(): void {}
}
