import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@knutepunkt/db';
import { CACHE_HEADER } from '@knutepunkt/server';
import { conferenceReads, seedConference } from './conference.ts';
import { type Measurement, measure } from './measure.ts';

/** One public read measured next to a static file of exactly its size, from the same server. */
export interface PairRow {
  database: string;
  read: string;
  bytes: number;
  /** What the cache said to the last request after the run (hit expected). */
  cache: string;
  api: Measurement;
  file: Measurement;
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;

/** The demo's meeting (issue 9): its read and its page, which are never cached (docs/adr/0018). */
async function meetingReads(db: Db, withPages: boolean): Promise<Array<{ name: string; path: string }>> {
  const meeting = await db.meeting.findFirst({ where: { status: 'published' }, select: { slug: true } });
  if (!meeting) throw new Error('the demo seed published no meeting');
  return [
    { name: 'meetings.bySlug', path: `/trpc/meetings.bySlug?${input({ slug: meeting.slug })}` },
    ...(withPages ? [{ name: 'page: meeting', path: `/moter/${meeting.slug}?lang=nb` }] : []),
  ];
}

/** The reads of issue 7, on the demo data (with the benchmark's extra organisations), and the server-rendered pages. */
async function readsToMeasure(
  db: Db,
  withPages: boolean,
  only: 'meetings' | 'conference' | null,
): Promise<Array<{ name: string; path: string }>> {
  if (only === 'meetings') return meetingReads(db, withPages);
  if (only === 'conference') return conferenceReads(await seedConference(db));
  const example = await db.practiceExample.findFirst({
    where: { publishedVersionId: { not: null }, archivedAt: null },
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  if (!example) throw new Error('the demo seed published no practice example');
  return [
    { name: 'organisations.list (20)', path: `/trpc/organisations.list?${input({ page: 1, pageSize: 20 })}` },
    { name: 'networks.list', path: '/trpc/networks.list' },
    { name: 'practice.grid', path: '/trpc/practice.grid' },
    { name: `practice.bySlug`, path: `/trpc/practice.bySlug?${input({ slug: example.slug })}` },
    { name: 'practice.search "recovery"', path: `/trpc/practice.search?${input({ q: 'recovery' })}` },
    ...(withPages
      ? [
          { name: 'page: front page', path: '/?lang=nb' },
          { name: 'page: practice search "recovery"', path: '/praksis?q=recovery&lang=nb' },
          { name: 'page: example', path: `/praksis/${example.slug}?lang=nb` },
          { name: 'page: organisations', path: '/organisasjoner?lang=nb' },
          { name: 'page: CHIME grid', path: '/praksis/oversikt?lang=nb' },
        ]
      : []),
    ...(await meetingReads(db, withPages)),
  ];
}

const READS = 12;
const staticFile = (i: number) => `/assets/same-size-${i}.js`;

/**
 * The served folder's routes are made from its files when the server starts
 * (@fastify/static without a wildcard), so the paired files must exist then;
 * their content, which needs the answers' sizes, is written later (files are
 * read per request).
 */
export function reserveStaticFiles(staticDir: string): void {
  for (let i = 0; i < READS; i++) fs.writeFileSync(path.join(staticDir, staticFile(i)), '');
}

/** Minified-looking, varied text of exactly `bytes` bytes (ASCII), like static-dir.ts's script. */
function scriptOfSize(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `export const v${i}=(a,b)=>a*${i}+b^${(i * 7919) % 1000};\n`;
  return text.slice(0, bytes);
}

/**
 * Each read, then a static file written to the served folder with the size of
 * its answer, each under the same load (measure.ts). The reads' answers come
 * from the public response cache after the first request; the cache header of
 * a request after the run is shown, so a row measured without it is visible.
 */
export async function benchPublicReads(
  database: string,
  db: Db,
  base: string,
  staticDir: string,
  seconds: number,
  withPages: boolean,
  only: 'meetings' | 'conference' | null = null,
): Promise<PairRow[]> {
  const rows: PairRow[] = [];
  const reads = await readsToMeasure(db, withPages, only);
  if (reads.length > READS) throw new Error(`reserve ${reads.length} static files`);
  for (const [i, read] of reads.entries()) {
    const first = await fetch(base + read.path);
    const body = await first.text();
    // A wrong URL would otherwise be measured as a fast stream of errors.
    if (!first.ok) throw new Error(`${read.path} answered ${first.status}: ${body.slice(0, 200)}`);
    const bytes = Buffer.byteLength(body);
    const filePath = staticFile(i);
    fs.writeFileSync(path.join(staticDir, filePath), scriptOfSize(bytes));
    const check = await fetch(base + filePath);
    if (Buffer.byteLength(await check.text()) !== bytes) throw new Error(`${filePath} is not ${bytes} bytes`);

    out(`  ${database}: ${read.name} (${bytes} B) and a static file of that size …`);
    const api = await measure(read.name, base + read.path, seconds);
    const file = await measure(filePath, base + filePath, seconds);
    const after = await fetch(base + read.path);
    await after.arrayBuffer();
    rows.push({ database, read: read.name, bytes, cache: after.headers.get(CACHE_HEADER) ?? '-', api, file });
  }
  return rows;
}

export function printPairs(rows: PairRow[], connections: number): void {
  out(
    `Public reads and server-rendered pages next to a static file of the same size, same server, ${connections} connections:`,
  );
  const header = ['database', 'read', 'bytes', 'read req/s', 'p50', 'p99', 'file req/s', 'p50', 'p99', 'ratio', ''];
  const cells = rows.map((r) => {
    const ratio = r.api.requestsPerSecond / r.file.requestsPerSecond;
    const errors = r.api.errors + r.api.non2xx + r.file.errors + r.file.non2xx;
    return [
      r.database,
      r.read,
      String(r.bytes),
      r.api.requestsPerSecond.toFixed(0),
      r.api.p50.toFixed(1),
      r.api.p99.toFixed(1),
      r.file.requestsPerSecond.toFixed(0),
      r.file.p50.toFixed(1),
      r.file.p99.toFixed(1),
      `${ratio.toFixed(2)}×`,
      [
        ratio >= 0.5 ? '≥ 0.5×' : '< 0.5×',
        r.cache === 'hit' ? '' : `cache ${r.cache}`,
        errors ? `${errors} errors` : '',
      ]
        .filter(Boolean)
        .join(', '),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i < 2 || i === c.length - 1 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) out(line(c));
  out('(p50 and p99 in ms; the ratio is read req/s over file req/s; issue 7 asks for ≥ 0.5×.)');
}
