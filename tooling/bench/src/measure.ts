import autocannon from 'autocannon';

export interface Measurement {
  target: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
}

export const CONNECTIONS = 50;

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
  const r = await run(url, seconds, options);
  return {
    target,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}
