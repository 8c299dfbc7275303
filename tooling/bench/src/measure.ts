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

async function run(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // The load generator runs in a worker thread, so it does not share the
    // server's event loop: in one thread the two would slow each other down.
    workers: 1,
  });
}

/** Warm up (JIT, PGlite's and Postgres's caches, the connection pool), then measure. */
export async function measure(target: string, url: string, seconds: number): Promise<Measurement> {
  await run(url, Math.max(1, Math.round(seconds / 5)));
  const r = await run(url, seconds);
  return {
    target,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}
