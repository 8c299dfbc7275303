import type { Db, DbHandle, Prisma } from '@knutepunkt/db';
import { PgBoss, fromPglite, fromPrisma } from 'pg-boss';

/** What a job's handler gets besides its data. */
export interface JobContext {
  db: Db;
  /** Queue another job (from inside a job). */
  send: Jobs['send'];
}

/**
 * How a failed run is tried again: `limit` more times, `delaySeconds` apart,
 * doubling each time (with jitter) when `backoff` is set, up to `delayMaxSeconds`.
 */
export interface RetrySettings {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
  delayMaxSeconds?: number;
}

/** A kind of job: its queue's name, what it does, and how failures are retried. */
export interface JobDefinition<T extends object = object> {
  name: string;
  /** Throw to fail the run (retried per `retry`); return to complete it. */
  handler: (data: T, ctx: JobContext) => Promise<void>;
  retry: RetrySettings;
  /**
   * `exclusive`: at most one job per singletonKey queued or running at a time, so
   * sending the same key twice queues it once. `standard` (default): no such limit.
   */
  policy?: 'standard' | 'exclusive';
  /** A run taking longer than this is taken to have died and is retried (default 120 s). */
  expireInSeconds?: number;
  /** How many jobs one fetch takes, run side by side (default 4). */
  batchSize?: number;
  /** How many fetch loops one process runs for this kind (default 2): at most batchSize × concurrency at once. */
  concurrency?: number;
}

/**
 * A job run on a clock, once across all instances (pg-boss keeps one
 * schedule per name in the database and sends each occurrence once).
 * One file per schedule, listed in one array: see docs/adr/0014.
 */
export interface ScheduleDefinition {
  name: string;
  /** Five-field cron, in Europe/Oslo time: `'17 3 * * *'` is every night at 03:17. */
  cron: string;
  handler: (ctx: JobContext) => Promise<void>;
}

export interface SendOptions {
  /** Queue once: while a job with this key is waiting or running, sending it again does nothing (exclusive queues). */
  singletonKey?: string;
  /** Run no earlier than this many seconds from now. */
  startAfterSeconds?: number;
  /**
   * Queue inside this Prisma transaction, so the job exists exactly when what
   * the transaction wrote does (and not at all when it rolls back).
   */
  tx?: Prisma.TransactionClient | Db;
}

export interface Jobs {
  /** The job's id, or null when an exclusive queue already holds one with its singletonKey. */
  send(name: string, data: object, options?: SendOptions): Promise<string | null>;
  /** `graceful`: let running jobs finish (up to `timeoutMs`) before returning. */
  stop(options: { graceful: boolean; timeoutMs?: number }): Promise<void>;
}

export interface StartJobsOptions {
  handle: DbHandle;
  jobs: JobDefinition<never>[];
  schedules: ScheduleDefinition[];
  /** Run the workers and the schedules in this process (default true). False: only send. */
  workers?: boolean;
  /** How often an idle worker asks for new jobs (default 2 s; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** pg-boss reports errors of its own upkeep here (never personal data); default: console.error. */
  onError?: (error: Error) => void;
}

export const JOBS_SCHEMA = 'pgboss';

/** What a failed run leaves on its job: the error's message only (a handler's errors carry nothing personal). */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const TIME_ZONE = 'Europe/Oslo';

function bossFor(handle: DbHandle, workers: boolean): PgBoss {
  const common = {
    schema: JOBS_SCHEMA,
    // A process that only sends leaves upkeep and the clock to those that work.
    supervise: workers,
    schedule: workers,
    openTelemetry: { enabled: false },
  };
  if (handle.config.kind === 'postgres')
    return new PgBoss({ ...common, connectionString: handle.config.url, max: 4, application_name: 'knutepunkt-jobs' });
  if (!handle.pglite) throw new Error('startJobs: a PGlite handle without its instance');
  return new PgBoss({ ...common, db: fromPglite(handle.pglite), backend: 'pglite' });
}

/**
 * Start the job queue on the platform's database (PGlite or PostgreSQL; its
 * tables live in the `pgboss` schema) with these kinds of job and schedules.
 */
export async function startJobs(options: StartJobsOptions): Promise<Jobs> {
  const { handle, workers = true } = options;
  const boss = bossFor(handle, workers);
  boss.on('error', options.onError ?? ((error) => console.error('jobs:', error.message)));
  await boss.start();

  const jobs: Jobs = {
    send: (name, data, sendOptions = {}) =>
      boss.send(name, data, {
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
        ...(sendOptions.tx ? { db: fromPrisma(sendOptions.tx) } : {}),
      }),
    stop: ({ graceful, timeoutMs = 30_000 }) => boss.stop({ graceful, timeout: timeoutMs, close: true }),
  };
  const ctx: JobContext = { db: handle.db, send: jobs.send };
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  for (const job of options.jobs) {
    const settings = {
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      ...(job.retry.delayMaxSeconds ? { retryDelayMax: job.retry.delayMaxSeconds } : {}),
      expireInSeconds: job.expireInSeconds ?? 120,
    };
    // A queue's policy is fixed when it is made; its retry settings follow the code.
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, settings);
    else await boss.createQueue(job.name, { ...settings, policy: job.policy ?? 'standard' });
    if (!workers) continue;
    const handler = job.handler as (data: object, ctx: JobContext) => Promise<void>;
    // A few jobs per fetch, run side by side, each settled on its own (a failure retries only
    // that job); while fetches come back full, the worker fetches again without waiting.
    const workOptions = {
      ...polling,
      batchSize: job.batchSize ?? 4,
      burstWhenBatchFull: true,
      localConcurrency: job.concurrency ?? 2,
      perJobResults: true,
    } as const;
    await boss.work<object>(job.name, workOptions, async (batch) => {
      const settled = await Promise.allSettled(batch.map((one) => handler(one.data, ctx)));
      return settled.map((result, i) => ({
        id: batch[i]!.id,
        status: result.status === 'fulfilled' ? ('completed' as const) : ('failed' as const),
        ...(result.status === 'rejected' ? { output: { message: messageOf(result.reason) } } : {}),
      }));
    });
  }

  for (const schedule of options.schedules) {
    if (!(await boss.getQueue(schedule.name)))
      await boss.createQueue(schedule.name, { policy: 'exclusive', retryLimit: 1, expireInSeconds: 3600 });
    if (!workers) continue;
    await boss.schedule(schedule.name, schedule.cron, null, { tz: TIME_ZONE });
    await boss.work(schedule.name, polling, () => schedule.handler(ctx));
  }
  return jobs;
}
