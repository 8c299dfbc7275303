import type { FastifyInstance } from 'fastify';
import { type DbHandle, applyMigrations, dbConfigFromEnv, openDb } from '@knutepunkt/db';
import { seedDemo } from '@knutepunkt/db/seed';
import { hashPassword } from '@knutepunkt/auth';
import { seedReleasePublisher } from '@knutepunkt/api';
import { type ListenerName, type ServerConfig, localUrl, siteUrls } from './config.ts';
import { type ServerJobs, startServerJobs } from './jobs/index.ts';
import { buildListener } from './listener.ts';
import { listeningText } from './pretty-log.ts';
import { randomKeyring, sealRaw, seedEvaluationReportPublisher } from '@knutepunkt/api';
import { loadRawDataKeyring } from './evaluations/data-key.ts';

export interface RunningServer {
  handle: DbHandle;
  listeners: Partial<Record<ListenerName, { app: FastifyInstance; url: string }>>;
  demoAccounts: Array<{ email: string; password: string; role: string }>;
  /** The job queue (docs/adr/0014): workers and schedules unless JOBS=off, e-mail when SMTP is configured. */
  jobs: ServerJobs;
  close(): Promise<void>;
}

/**
 * Open the database, bring it up to date, optionally seed the demo, and start
 * the configured listeners. Used by main.ts, the end-to-end tests and the
 * benchmarks alike, so all three run the same server.
 */
export async function startServer(config: ServerConfig, handle?: DbHandle): Promise<RunningServer> {
  const dbConfig = handle?.config ?? dbConfigFromEnv(process.env, config.dataDir);
  // Before the database opens: a bad key stops the start with its sentence. A key file belongs to the
  // embedded database on disk; one in memory (a test's) gets a key of its own in memory.
  const onDisk = dbConfig.kind === 'pglite' && dbConfig.dataDir !== undefined;
  const rawDataKeyring =
    config.evaluationDataKey.kind === 'file' && !onDisk
      ? randomKeyring()
      : await loadRawDataKeyring(config.evaluationDataKey);
  const db = handle ?? (await openDb(dbConfig));
  await applyMigrations(db);
  // The demo's conference releases are published by the API's own function (docs/adr/0023).
  const publishConferenceRelease = seedReleasePublisher(siteUrls(config));
  // The demo evaluations' notes, free texts and quotes are sealed with this server's key, and the
  // completed one's report is frozen by the API's own function; with no key (PostgreSQL without
  // EVALUATION_DATA_KEY) the raw text is left out, never stored as plain text, and the seed
  // freezes the report from its own data.
  const demo = config.demo
    ? await seedDemo(db.db, {
        hashPassword,
        publishConferenceRelease,
        ...(rawDataKeyring
          ? {
              sealRawText: (text: string) => sealRaw(rawDataKeyring, text),
              publishEvaluationReport: seedEvaluationReportPublisher(rawDataKeyring),
            }
          : {}),
      })
    : null;

  const listeners: RunningServer['listeners'] = {};
  const urls = siteUrls(config);
  // Before the listeners: a notification written by the first request already finds its queue.
  const jobs = await startServerJobs(db, config, urls, (error) => console.error(`jobs: ${error.message}`));
  for (const name of config.listeners) {
    const app = await buildListener({
      name,
      db: db.db,
      pglite: db.pglite,
      pgliteChanges: db.pgliteChanges,
      staticDir: config.staticDirs[name],
      ...(name === 'web' ? { ssrDir: config.webSsrDir } : {}),
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      files: config.files,
      publicUrl: config.publicUrl,
      urls,
      serveSourceMaps: config.serveSourceMaps,
      publicCacheBytes: config.publicCacheBytes,
      siteSecret: config.siteSecret,
      oidcProviders: config.oidcProviders,
      rawDataKeyring,
      ...(config.logStream ? { logStream: config.logStream } : {}),
    });
    await app.listen({ host: config.host, port: config.ports[name], listenTextResolver: listeningText });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.ports[name];
    listeners[name] = { app, url: localUrl(config.host, port) };
  }

  let closing: Promise<void> | undefined;
  return {
    handle: db,
    listeners,
    demoAccounts: demo?.accounts ?? [],
    jobs,
    close: () => {
      // Stop taking requests, let those under way finish, then the jobs under way, then close the database.
      closing ??= (async () => {
        await Promise.all(Object.values(listeners).map((l) => l.app.close()));
        await jobs.stop();
        await db.close();
      })();
      return closing;
    },
  };
}
