// Registrations per second: 50 clients at once registering for the same meeting, each a new
// person, on PGlite and on PostgreSQL (two pools, as two server instances). Every registration
// takes the meeting's row lock (docs/adr/0018), so this is the rate of one meeting's seats and
// waiting list, not of the server as a whole. Figures only.
import { performance } from 'node:perf_hooks';
import { DEFAULT_SITE_URLS, loadMeeting, registerForMeeting } from '@knutepunkt/api';
import { type Db, type DbHandle, openDb } from '@knutepunkt/db';
import { createPostgresTestDb, createTestDb } from '@knutepunkt/db/testing';

const CLIENTS = 50;
const DAY = 86_400_000;
/** People made before the run; the run stops early if they are all registered. */
const PEOPLE = Number(process.env.BENCH_REGISTRATION_PEOPLE ?? 20_000);
/** Seats: the first registrations get one (and a confirmation in the outbox), the rest the waiting list. */
const CAPACITY = 50;

interface RegistrationResult {
  database: string;
  registrations: number;
  perSecond: number;
  p50: number;
  p99: number;
  confirmed: number;
  waiting: number;
}

const nearestRank = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function setUp(db: Db) {
  const network = await db.network.create({ data: { slug: 'bench-nettverk', name: 'Bench-nettverket' } });
  const meeting = await db.meeting.create({
    data: {
      networkId: network.id,
      slug: 'bench-samling',
      title: 'Bench-samling',
      startsAt: new Date(Date.now() + 30 * DAY),
      endsAt: new Date(Date.now() + 30 * DAY + 6 * 3_600_000),
      venueName: 'Salen',
      capacity: CAPACITY,
      openTo: 'anyone',
      status: 'published',
      publishedAt: new Date(),
    },
  });
  for (let start = 0; start < PEOPLE; start += 1000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(1000, PEOPLE - start) }, (_, j) => ({
        id: `bench${String(start + j).padStart(6, '0')}`,
        email: `bench${start + j}@bench.knutepunkt.no`,
        name: `Bench ${start + j}`,
        passwordHash: 'x',
      })),
    });
  }
  return meeting.id;
}

async function run(database: string, dbs: Db[], seconds: number): Promise<RegistrationResult> {
  const db = dbs[0]!;
  const meetingId = await setUp(db);
  const meeting = (await loadMeeting(db, meetingId))!;
  const times: number[] = [];
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const client = async (c: number) => {
    while (performance.now() < end && next < PEOPLE) {
      const userId = `bench${String(next++).padStart(6, '0')}`;
      const actor = { userId, isAdmin: false, memberships: [], coordinatorOf: [] };
      const started = performance.now();
      // With a seat free the full form's answers; on the waiting list they are not kept.
      await registerForMeeting(
        dbs[c % dbs.length]!,
        actor,
        meeting,
        {
          organisationId: null,
          attendance: 'in_person',
          dietary: 'Vegetar',
          listConsent: true,
        },
        DEFAULT_SITE_URLS,
      );
      times.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const [confirmed, waiting] = await Promise.all([
    db.meetingRegistration.count({ where: { meetingId, status: 'confirmed' } }),
    db.meetingRegistration.count({ where: { meetingId, status: 'waiting' } }),
  ]);
  if (confirmed + waiting !== times.length)
    throw new Error(`${times.length} registered, ${confirmed + waiting} stored`);
  return {
    database,
    registrations: times.length,
    perSecond: times.length / elapsed,
    p50: nearestRank(times, 50),
    p99: nearestRank(times, 99),
    confirmed,
    waiting,
  };
}

export async function benchRegistrations(out: (line?: string) => void, seconds: number): Promise<void> {
  const results: RegistrationResult[] = [];
  const notes: string[] = [];
  const pglite: DbHandle = await createTestDb();
  try {
    out(`  PGlite: registrations, ${CLIENTS} clients, ${seconds} s …`);
    results.push(await run('PGlite', [pglite.db], seconds));
  } finally {
    await pglite.close();
  }
  const pg = await createPostgresTestDb();
  if (!pg) notes.push('PostgreSQL: skipped (no server)');
  else {
    const second = pg.config.kind === 'postgres' ? await openDb({ kind: 'postgres', url: pg.config.url }) : null;
    try {
      out(`  PostgreSQL: registrations, ${CLIENTS} clients over two pools, ${seconds} s …`);
      results.push(await run('PostgreSQL', [pg.db, ...(second ? [second.db] : [])], seconds));
    } finally {
      await second?.close();
      await pg.close();
    }
  }
  out();
  out(`Registrations for one meeting (${CAPACITY} seats, then the waiting list), ${CLIENTS} clients at once:`);
  out('database   | registrations | per second |   p50 |   p99 | seats | waiting');
  out('-----------|---------------|------------|-------|-------|-------|--------');
  for (const r of results)
    out(
      [
        r.database.padEnd(10),
        String(r.registrations).padStart(13),
        r.perSecond.toFixed(0).padStart(10),
        r.p50.toFixed(1).padStart(5),
        r.p99.toFixed(1).padStart(5),
        String(r.confirmed).padStart(5),
        String(r.waiting).padStart(7),
      ].join(' | '),
    );
  out('(p50 and p99 in ms per registration, the row lock included.)');
  for (const n of notes) out(n);
}
