import dc from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface Measurement {
  target: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  /**
   * The server's own time per request, from the request parsed to the answer
   * handed to the socket (p50, p99 ms): what the server does, apart from the
   * time a request waits in its socket before the server reads it.
   */
  server: { p50: number; p99: number };
}

export const CONNECTIONS = 50;
/** The pause between warm-up and measurement: enough for CONNECTIONS slow requests to finish. */
const SETTLE_MS = 2000;

export interface MeasureOptions {
  /** Replace `[<id>]` in the URL with a new id per request (autocannon's idReplacement): no cache can answer. */
  uniqueIds?: boolean;
}

async function run(url: string, seconds: number, options: MeasureOptions): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    idReplacement: options.uniqueIds ?? false,
    // The load generator runs in a worker thread, so it does not share the
    // server's event loop: in one thread the two would slow each other down.
    workers: 1,
  });
}

/** Warm up (JIT, PGlite's and Postgres's caches, the connection pool), then measure. */
export async function measure(
  target: string,
  url: string,
  seconds: number,
  options: MeasureOptions = {},
): Promise<Measurement> {
  await run(url, Math.max(1, Math.round(seconds / 5)), options);
  // The warm-up stops with up to CONNECTIONS requests still being answered. Measuring
  // at once would open the new connections on a saturated server, and on PGlite (whose
  // work runs on the event loop's thread) a connection opened then waits seconds for
  // its first answer (docs/adr/0006): a figure about the warm-up, not the target.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const timer = serverTimer();
  const r = await run(url, seconds, options).finally(() => timer.stop());
  const server = timer.sorted();
  return {
    target,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    server: { p50: nearestRank(server, 50), p99: nearestRank(server, 99) },
  };
}

/** Nearest-rank percentile of sorted values (NaN when there are none). */
function nearestRank(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Times every request this process's HTTP servers answer, through Node's own
 * diagnostics channels: the server runs in this process, the load generator
 * in a worker thread.
 */
function serverTimer(): { stop(): void; sorted(): number[] } {
  const started = new WeakMap<object, number>();
  const times: number[] = [];
  const onStart = (message: unknown) => started.set((message as { response: object }).response, performance.now());
  const onFinish = (message: unknown) => {
    const at = started.get((message as { response: object }).response);
    if (at !== undefined) times.push(performance.now() - at);
  };
  dc.subscribe('http.server.request.start', onStart);
  dc.subscribe('http.server.response.finish', onFinish);
  return {
    stop() {
      dc.unsubscribe('http.server.request.start', onStart);
      dc.unsubscribe('http.server.response.finish', onFinish);
    },
    sorted: () => times.sort((a, b) => a - b),
  };
}
