import { performance } from 'node:perf_hooks';
import { type Db, type PracticeVersionCreateManyInput, rebuildPracticeSearch } from '@knutepunkt/db';
import { CHIME, CHIME_CATEGORIES, LEVELS, TARGET_GROUPS, THEMES } from '@knutepunkt/domain';
import {
  ACTIVITIES,
  GROUPS,
  PLACES,
  TAGLINES,
  SUBJECTS,
  VERBS,
  OBJECTS,
  ADVERBIALS,
  FIXED,
  NYNORSK,
  RARE_WORDS,
} from './practice-words.ts';

/**
 * Published practice examples for the search benchmark, made up from
 * Norwegian recovery vocabulary with a seeded generator (the same data on
 * every run and on both databases), and written in bulk: a few createMany
 * calls and two SQL statements instead of 10 000 publish calls.
 */

/** Ids and slugs of the generated rows start with this, so they are easy to tell apart. */
const ID_PREFIX = 'bench-px-';
const VERSION_PREFIX = 'bench-pv-';
/** Rows per createMany: well under PostgreSQL's 32 767 bind parameters for ~20 columns. */
const CHUNK = 1000;

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
function pickSome<T>(r: Random, list: readonly T[], min: number, max: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  for (let n = between(r, min, Math.min(max, pool.length)); n > 0; n--)
    out.push(...pool.splice(Math.floor(r() * pool.length), 1));
  return out;
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(r: Random): string {
  if (r() < 0.2) return pick(r, FIXED);
  const adverbial = pick(r, ADVERBIALS);
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}${adverbial ? ` ${adverbial}` : ''}.`;
}

/** A section of Markdown: paragraphs, now and then a list or some bold text. */
function section(r: Random, minSentences: number, maxSentences: number): string {
  const paragraphs: string[] = [];
  let left = between(r, minSentences, maxSentences);
  while (left > 0) {
    const n = Math.min(left, between(r, 2, 4));
    left -= n;
    if (r() < 0.15) {
      paragraphs.push(Array.from({ length: n }, () => `- ${capitalise(pick(r, OBJECTS))}`).join('\n'));
      continue;
    }
    const text = Array.from({ length: n }, () => sentence(r)).join(' ');
    paragraphs.push(r() < 0.2 ? `**${pick(r, TAGLINES)}.** ${text}` : text);
  }
  if (r() < 0.005) paragraphs.push(`Vi har også prøvd ${pick(r, RARE_WORDS)}, med gode erfaringer.`);
  return paragraphs.join('\n\n');
}

function title(r: Random): string {
  const activity = pick(r, ACTIVITIES);
  switch (between(r, 0, 3)) {
    case 0:
      return `${activity} for ${pick(r, GROUPS)} i ${pick(r, PLACES)}`;
    case 1:
      return `${activity} i ${pick(r, PLACES)}`;
    case 2:
      return `${activity}: ${pick(r, TAGLINES)}`;
    default:
      return `${activity} for ${pick(r, GROUPS)}`;
  }
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replaceAll('é', 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

// --- Writing ------------------------------------------------------------------

export interface PracticeData {
  examples: number;
  organisations: number;
  /** Milliseconds: generating in JS and createMany, publishing + practice_search, ANALYZE, and all together. */
  rowsMs: number;
  indexMs: number;
  analyzeMs: number;
  totalMs: number;
}

/** Add `count` published examples spread over every organisation in the database, index them, ANALYZE. */
export async function addPracticeExamples(db: Db, count: number, seed = 20_261_124): Promise<PracticeData> {
  const started = performance.now();
  const r = seededRandom(seed);
  const organisations = await db.organisation.findMany({ select: { id: true }, orderBy: { slug: 'asc' } });
  if (organisations.length === 0) throw new Error('no organisations to give the practice examples to');
  const now = Date.now();
  const threeYears = 3 * 365 * 24 * 3600 * 1000;

  const examples: Array<{ id: string; slug: string; organisationId: string; featured: boolean }> = [];
  const versions: PracticeVersionCreateManyInput[] = [];
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(6, '0');
    const id = ID_PREFIX + n;
    const heading = title(r);
    const nynorsk = r() < 0.15;
    const chime = pickSome(r, CHIME_CATEGORIES, 1, 3);
    const publishedAt = new Date(now - Math.floor(r() * threeYears));
    const long = r() < 0.1 ? 2 : 1; // a tenth are much longer write-ups
    let content = {
      summary: Array.from({ length: between(r, 1, 3) }, () => sentence(r)).join(' '),
      background: section(r, 4 * long, 8 * long),
      approach: section(r, 5 * long, 10 * long),
      experiences: section(r, 3 * long, 7 * long),
      results: section(r, 2 * long, 6 * long),
    };
    if (nynorsk) {
      content = Object.fromEntries(
        Object.entries(content).map(([k, v]) => [k, NYNORSK.reduce((text, [from, to]) => text.replace(from, to), v)]),
      ) as typeof content;
    }
    examples.push({
      id,
      slug: `${slugify(heading)}-${n}`,
      organisationId: organisations[i % organisations.length]!.id,
      featured: r() < 0.02,
    });
    versions.push({
      id: VERSION_PREFIX + n,
      exampleId: id,
      number: 1,
      state: 'PUBLISHED',
      language: nynorsk ? 'nn' : 'nb',
      title: heading,
      ...content,
      contactName: 'Kari Nordmann',
      contactRole: pick(r, ['Erfaringskonsulent', 'Prosjektleder', 'Rådgiver', 'Koordinator']),
      chime,
      chimeSubthemes: pickSome(
        r,
        chime.flatMap((c) => CHIME[c]),
        1,
        2,
      ),
      levels: pickSome(r, LEVELS, 1, 2),
      themes: pickSome(r, THEMES, 1, 3),
      targetGroups: pickSome(r, TARGET_GROUPS, 1, 2),
      ongoing: r() < 0.7,
      publishedAt,
      submittedAt: publishedAt,
      reviewedAt: publishedAt,
    });
  }
  for (let i = 0; i < count; i += CHUNK) await db.practiceExample.createMany({ data: examples.slice(i, i + CHUNK) });
  for (let i = 0; i < count; i += CHUNK) await db.practiceVersion.createMany({ data: versions.slice(i, i + CHUNK) });
  const rowsDone = performance.now();

  // Publish: what publishing does to the example row, for all of them at once.
  await db.$executeRaw`
    UPDATE "PracticeExample" e
    SET "publishedVersionId" = v."id", "firstPublishedAt" = v."publishedAt", "lastPublishedAt" = v."publishedAt"
    FROM "PracticeVersion" v
    WHERE v."exampleId" = e."id" AND v."state" = 'PUBLISHED' AND e."id" LIKE ${`${ID_PREFIX}%`}`;
  // The search index, written in one statement as after any bulk import.
  await rebuildPracticeSearch(db);
  const indexDone = performance.now();

  const analyzeStarted = performance.now();
  await db.$executeRawUnsafe('ANALYZE "practice_search", "PracticeExample", "PracticeVersion", "Organisation"');
  const done = performance.now();
  return {
    examples: count,
    organisations: organisations.length,
    rowsMs: rowsDone - started,
    indexMs: indexDone - rowsDone,
    analyzeMs: done - analyzeStarted,
    totalMs: done - started,
  };
}
