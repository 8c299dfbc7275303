// `pnpm bench`: the first-load JavaScript of the public pages (as `pnpm size`), then each
// public read of issue 7 over HTTP next to a static file of the same size from the same
// server, on PGlite and on PostgreSQL (with a meeting's read and page), then practice search,
// registrations for a meeting per second, and mail delivery. Figures only, no pass/fail:
// they depend on the machine.
import fs from 'node:fs';
import path from 'node:path';
import { type DbHandle, openDb } from '@knutepunkt/db';
import { createPostgresTestDb } from '@knutepunkt/db/testing';
import { type ServerConfig, loadConfig, startServer } from '@knutepunkt/server';
import { CONNECTIONS } from './measure.ts';
import { type PracticeResult, benchPracticeSearch, printPracticeReport } from './practice-search.ts';
import { type PairRow, benchPublicReads, printPairs, reserveStaticFiles } from './public-reads.ts';
import { benchLcp, printLcpReport } from './lcp.ts';
import { benchMailDelivery } from './mail-delivery.ts';
import { benchRegistrations } from './meeting-registrations.ts';
import { benchEvaluationResults } from './evaluation-results.ts';
import { hasProgrammeRead } from './conference.ts';
import { addOrganisations } from './seed.ts';
import { sizeReport } from './size/main.ts';
import { type StaticTarget, prepareStaticTarget } from './static-dir.ts';

// Set before the server is built: its logger reads it, and a log line per request would be the benchmark.
process.env.LOG_LEVEL = 'silent';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * BENCH_ONLY=practice: only the practice search (no page sizes, public reads or LCP);
 * BENCH_ONLY=meetings: only the meeting's read and page and registrations per second; unset: everything.
 */
const ONLY_PRACTICE = process.env.BENCH_ONLY === 'practice';
const ONLY_MEETINGS = process.env.BENCH_ONLY === 'meetings';
/** BENCH_ONLY=conference: only the conference programme's reads and exports, 150 sessions (issue 10). */
const ONLY_CONFERENCE = process.env.BENCH_ONLY === 'conference';
/** BENCH_ONLY=evaluations: only an evaluation's report tables from 5 000 questionnaire responses (issue 11). */
const ONLY_EVALUATIONS = process.env.BENCH_ONLY === 'evaluations';
if (process.env.BENCH_ONLY && !ONLY_PRACTICE && !ONLY_MEETINGS && !ONLY_CONFERENCE && !ONLY_EVALUATIONS)
  throw new Error(
    `BENCH_ONLY knows "practice", "meetings", "conference" and "evaluations", not "${process.env.BENCH_ONLY}"`,
  );
const EVERYTHING = !ONLY_PRACTICE && !ONLY_MEETINGS && !ONLY_CONFERENCE && !ONLY_EVALUATIONS;
const EXTRA_ORGANISATIONS = 500;

const out = (line = '') => process.stdout.write(`${line}\n`);

async function benchDatabase(
  database: string,
  handle: DbHandle,
  staticTarget: StaticTarget,
  practice: PracticeResult[],
): Promise<PairRow[]> {
  // The server's own defaults (no environment), with what the benchmark needs changed.
  const config: ServerConfig = {
    // Migrate and seed the demo exactly as `pnpm demo` does; PUBLIC_CACHE_MB=0 measures without the cache.
    ...loadConfig({ PUBLIC_CACHE_MB: process.env.PUBLIC_CACHE_MB }, ['--demo']),
    host: '127.0.0.1',
    ports: { web: 0, admin: 0 }, // any free port
    listeners: ['web'],
    staticDirs: { web: staticTarget.dir, admin: staticTarget.dir },
    files: { kind: 'local', root: path.join(staticTarget.dir, 'uploads') }, // nothing is uploaded; goes with the generated folder
  };
  reserveStaticFiles(staticTarget.dir);
  // Pages are rendered into the web app's real index.html (its #root); the rest of the folder stays generated.
  const withPages = usePagesBuild(staticTarget.dir, config.webSsrDir);
  const server = await startServer(config, handle).catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  try {
    await addOrganisations(handle.db, EXTRA_ORGANISATIONS);
    const base = server.listeners.web!.url;
    const rows = ONLY_PRACTICE
      ? []
      : await benchPublicReads(
          database,
          handle.db,
          base,
          staticTarget.dir,
          SECONDS,
          withPages,
          ONLY_MEETINGS ? 'meetings' : ONLY_CONFERENCE ? 'conference' : null,
        );
    // After the public reads: it adds thousands of examples.
    if (!ONLY_MEETINGS && !ONLY_CONFERENCE) practice.push(await benchPracticeSearch(database, handle, base, SECONDS));
    return rows;
  } finally {
    await server.close(); // closes the handle too
  }
}

/** With the web app built, its index.html in the served folder, so pages render into it; else no pages. */
function usePagesBuild(staticDir: string, ssrDir: string): boolean {
  const indexHtml = path.join(loadConfig({}, []).staticDirs.web, 'index.html');
  if (!fs.existsSync(indexHtml) || !fs.existsSync(ssrDir)) return false;
  fs.copyFileSync(indexHtml, path.join(staticDir, 'index.html'));
  return true;
}

/** The size figures when both apps are built; the benchmark itself needs no build. */
function printSizes(): void {
  try {
    out("First-load JavaScript per public page (entry, module preloads, the route's chunks):");
    out(sizeReport().text);
  } catch (error) {
    out(`Page sizes: skipped (${error instanceof Error ? error.message : String(error)})`);
  }
  out();
}

async function main() {
  if (ONLY_EVALUATIONS) return benchEvaluationResults(out, SECONDS);
  if (EVERYTHING) printSizes();
  const staticTarget = prepareStaticTarget();
  out(`Benchmark: ${CONNECTIONS} connections, ${SECONDS} s per target after a warm-up, on 127.0.0.1.`);
  out(`Static files: generated beside the app in a temporary folder, each the size of the read it is paired with.`);
  out(`Organisations: the demo's and ${EXTRA_ORGANISATIONS} more.`);
  out();
  const rows: PairRow[] = [];
  const notes: string[] = [];
  const practice: PracticeResult[] = [];
  try {
    rows.push(...(await benchDatabase('PGlite', await openDb({ kind: 'pglite' }), staticTarget, practice)));

    const testDb = await createPostgresTestDb();
    if (!testDb) {
      notes.push('PostgreSQL: skipped (no server)');
    } else {
      try {
        // The test database's pool is kept small for tests; serve through a
        // second handle with the production default pool, so the figures
        // match a real deployment.
        if (testDb.config.kind !== 'postgres') throw new Error('createPostgresTestDb gave no PostgreSQL handle');
        const handle = await openDb({ kind: 'postgres', url: testDb.config.url });
        rows.push(...(await benchDatabase('PostgreSQL', handle, staticTarget, practice)));
      } finally {
        await testDb.close(); // drops the database
      }
    }
  } finally {
    staticTarget.cleanup();
  }
  out();
  if (!ONLY_PRACTICE) {
    printPairs(rows, CONNECTIONS);
    if (!rows.some((r) => r.read.startsWith('page:')))
      notes.push('Pages: skipped (the web app is not built: `pnpm build`)');
  }
  if (ONLY_CONFERENCE && !hasProgrammeRead()) notes.push('conference.programme: skipped (not in the web router yet)');
  for (const n of notes) out(n);
  if (!ONLY_MEETINGS && !ONLY_CONFERENCE) printPracticeReport(practice);
  if (!ONLY_PRACTICE && !ONLY_CONFERENCE) await benchRegistrations(out, SECONDS);
  if (EVERYTHING) await benchMailDelivery(out);
  if (EVERYTHING) await benchEvaluationResults(out, SECONDS);
  if (EVERYTHING && process.env.BENCH_LCP !== '0') {
    out();
    try {
      printLcpReport(await benchLcp(), out);
    } catch (error) {
      out(`Largest Contentful Paint: skipped (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
