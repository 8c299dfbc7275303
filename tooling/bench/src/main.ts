// `pnpm bench`: the first-load JavaScript of the public pages (as `pnpm size`), then the
// public organisation list over HTTP next to a static file from the same server, on PGlite
// and on PostgreSQL. Figures only, no pass/fail: they depend on the machine.
import path from 'node:path';
import { type DbHandle, openDb } from '@knutepunkt/db';
import { createPostgresTestDb } from '@knutepunkt/db/testing';
import { type ServerConfig, loadConfig, startServer } from '@knutepunkt/server';
import { CONNECTIONS, type Measurement, measure } from './measure.ts';
import { type PracticeResult, benchPracticeSearch, printPracticeReport } from './practice-search.ts';
import { addOrganisations } from './seed.ts';
import { sizeReport } from './size/main.ts';
import { type StaticTarget, prepareStaticTarget } from './static-dir.ts';

// Set before the server is built: its logger reads it, and a log line per request would be the benchmark.
process.env.LOG_LEVEL = 'silent';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** BENCH_ONLY=practice: only the practice search (no page sizes, no organisation list); unset: everything. */
const ONLY_PRACTICE = process.env.BENCH_ONLY === 'practice';
if (process.env.BENCH_ONLY && !ONLY_PRACTICE)
  throw new Error(`BENCH_ONLY knows only "practice", not "${process.env.BENCH_ONLY}"`);
const EXTRA_ORGANISATIONS = 500;
const LIST_INPUT = { page: 1, pageSize: 20 };
const LIST_PATH = `/trpc/organisations.list?input=${encodeURIComponent(JSON.stringify(LIST_INPUT))}`;

const out = (line = '') => process.stdout.write(`${line}\n`);

interface Row extends Measurement {
  database: string;
}

async function benchDatabase(
  database: string,
  handle: DbHandle,
  staticTarget: StaticTarget,
  practice: PracticeResult[],
): Promise<Row[]> {
  // The server's own defaults (no environment), with what the benchmark needs changed.
  const config: ServerConfig = {
    ...loadConfig({}, ['--demo']), // migrate and seed the demo exactly as `pnpm demo` does
    host: '127.0.0.1',
    ports: { web: 0, admin: 0 }, // any free port
    listeners: ['web'],
    staticDirs: { web: staticTarget.dir, admin: staticTarget.dir },
    files: { kind: 'local', root: path.join(staticTarget.dir, 'uploads') }, // nothing is uploaded; goes with the generated folder
  };
  const server = await startServer(config, handle).catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  try {
    const total = await addOrganisations(handle.db, EXTRA_ORGANISATIONS);
    const base = server.listeners.web!.url;
    const targets = [
      { name: `organisations.list (${LIST_INPUT.pageSize} of ${total})`, url: base + LIST_PATH },
      { name: 'static /assets/app.js', url: base + staticTarget.urlPath },
    ];
    const rows: Row[] = [];
    for (const t of ONLY_PRACTICE ? [] : targets) {
      // A wrong URL would otherwise be measured as a fast stream of 404s.
      const res = await fetch(t.url);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${t.url} answered ${res.status}`);
      out(`  ${database}: ${t.name} …`);
      rows.push({ database, ...(await measure(t.name, t.url, SECONDS)) });
    }
    // After the list is measured, so its figures stay comparable with earlier runs.
    practice.push(await benchPracticeSearch(database, handle, base, SECONDS));
    return rows;
  } finally {
    await server.close(); // closes the handle too
  }
}

function printTable(rows: Row[]): void {
  const header = ['database', 'target', 'req/s (avg)', 'p50 ms', 'p99 ms', 'errors/non-2xx'];
  const cells = rows.map((r) => [
    r.database,
    r.target,
    r.requestsPerSecond.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    `${r.errors}/${r.non2xx}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) out(line(c));
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
  if (!ONLY_PRACTICE) printSizes();
  const staticTarget = prepareStaticTarget();
  out(`Benchmark: ${CONNECTIONS} connections, ${SECONDS} s per target after a warm-up, on 127.0.0.1.`);
  out(`Static file: ${staticTarget.description}`);
  out(`Organisation list: GET ${LIST_PATH}`);
  out();
  const rows: Row[] = [];
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
  if (!ONLY_PRACTICE) printTable(rows);
  for (const n of notes) out(n);
  printPracticeReport(practice);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
