// Queue throughput: e-mails delivered per second by the outbox's mail.send jobs to a
// local SMTP server (smtp-server), on PGlite and on PostgreSQL. Figures only.
import { SEND_EVERYTHING, mailSendJob } from '@knutepunkt/api';
import type { DbHandle } from '@knutepunkt/db';
import { createPostgresTestDb, createTestDb } from '@knutepunkt/db/testing';
import { startJobs } from '@knutepunkt/jobs';
import { createMailer } from '@knutepunkt/mail';
import { startTestSmtpServer } from '@knutepunkt/mail/testing';

const N = Number(process.env.BENCH_MAIL_N ?? 500);

interface MailResult {
  database: string;
  seconds: number;
  perSecond: number;
}

async function deliver(database: string, handle: DbHandle): Promise<MailResult> {
  const smtp = await startTestSmtpServer({ keepRaw: false });
  const mailer = createMailer(smtp.settings());
  const deps = {
    db: handle.db,
    mailer,
    from: 'varsler@bench.knutepunkt.no',
    webUrl: 'http://127.0.0.1:3000',
    policy: SEND_EVERYTHING,
  };
  // The rows and their jobs first, as a burst of notifications leaves them; then one server's workers.
  const sender = await startJobs({ handle, jobs: [mailSendJob(deps)], schedules: [], workers: false });
  const user = await handle.db.user.create({
    data: { email: 'bench@bench.knutepunkt.no', name: 'Bench', passwordHash: 'x' },
  });
  const rows = await handle.db.outboxMessage.createManyAndReturn({
    data: Array.from({ length: N }, (_, i) => ({
      userId: user.id,
      toEmail: user.email,
      subject: `Varsel ${i}`,
      body: `Et varsel med en lenke: http://127.0.0.1:3000/praksis/${i}\n\nOg et avsnitt til.`,
      kind: 'bench',
      status: 'waiting' as const,
    })),
    select: { id: true },
  });
  for (const row of rows) await sender.send('mail.send', { id: row.id }, { singletonKey: row.id });
  await sender.stop({ graceful: false });
  const started = performance.now();
  const workers = await startJobs({ handle, jobs: [mailSendJob(deps)], schedules: [], pollingIntervalSeconds: 0.5 });
  try {
    while (smtp.received.length < N) await new Promise((r) => setTimeout(r, 20));
    const seconds = (performance.now() - started) / 1000;
    return { database, seconds, perSecond: N / seconds };
  } finally {
    await workers.stop({ graceful: true });
    mailer.close();
    await smtp.close();
  }
}

/** Both databases (PostgreSQL when one answers), printed as lines through `out`. */
export async function benchMailDelivery(out: (line?: string) => void): Promise<void> {
  out();
  out(`E-mail delivery: ${N} queued outbox messages sent by one server's workers to a local SMTP server`);
  out("(from the workers' start to the last message received; includes pg-boss's start and polling):");
  const results: MailResult[] = [];
  const pglite = await createTestDb();
  try {
    results.push(await deliver('PGlite', pglite));
  } finally {
    await pglite.close();
  }
  const postgres = await createPostgresTestDb();
  if (postgres) {
    try {
      results.push(await deliver('PostgreSQL', postgres));
    } finally {
      await postgres.close();
    }
  }
  for (const r of results)
    out(`  ${r.database.padEnd(11)} ${r.perSecond.toFixed(1).padStart(7)} e-mails/s  (${r.seconds.toFixed(1)} s)`);
  if (!postgres) out('  PostgreSQL: skipped (no server)');
}
