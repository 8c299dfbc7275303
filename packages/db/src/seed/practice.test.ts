import {
  CHIME,
  CHIME_CATEGORIES,
  LEVELS,
  PRACTICE_LIMITS,
  PRACTICE_TEXT_FIELDS,
  chimeCategoryOf,
  practiceContent,
  practiceSubmission,
  slugField,
} from '@knutepunkt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../client.ts';
import { createTestDb } from '../testing/index.ts';
import { seedDemo } from './demo.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';
import { DEMO_PRACTICES } from './practice.ts';

// A stand-in for the API's argon2, as in demo.test.ts.
const hashPassword = async (plain: string) => `test-hash:${plain}`;

/** Raw HTML: a '<' that opens a tag (or a closing or comment one). */
const RAW_HTML = /<[a-zA-Z/!]/;

describe('demo practice data', () => {
  const orgSlugs = new Set(DEMO_ORGANISATIONS.map((o) => o.slug));

  it('has unique, valid slugs and known owners and adopters', () => {
    expect(new Set(DEMO_PRACTICES.map((p) => p.slug)).size).toBe(DEMO_PRACTICES.length);
    for (const p of DEMO_PRACTICES) {
      expect(slugField.safeParse(p.slug).success, p.slug).toBe(true);
      expect(orgSlugs, p.slug).toContain(p.organisation);
      for (const a of p.adoptions ?? []) {
        expect(orgSlugs, p.slug).toContain(a.organisation);
        expect(a.organisation, p.slug).not.toBe(p.organisation);
      }
    }
  });

  it('tags every example sensibly: 1–3 CHIME categories with their own sub-themes, 1–2 levels', () => {
    for (const { slug, content: c, state } of DEMO_PRACTICES) {
      expect(practiceContent.safeParse(c).error, slug).toBeUndefined();
      expect(c.chime.length, slug).toBeGreaterThanOrEqual(1);
      expect(c.chime.length, slug).toBeLessThanOrEqual(3);
      expect(c.levels.length, slug).toBeGreaterThanOrEqual(1);
      expect(c.levels.length, slug).toBeLessThanOrEqual(2);
      for (const sub of c.chimeSubthemes) expect(c.chime, `${slug}: ${sub}`).toContain(chimeCategoryOf(sub));
      if (state !== 'DRAFT') {
        expect(c.summary.length, slug).toBeLessThan(PRACTICE_LIMITS.summary);
        expect(c.summary.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length, slug).toBeLessThanOrEqual(3);
      }
      if (state === 'PUBLISHED') {
        expect(c.chimeSubthemes.length, slug).toBeGreaterThanOrEqual(1);
        expect(c.targetGroups.length, slug).toBeGreaterThanOrEqual(1);
        expect(c.themes.length, slug).toBeGreaterThanOrEqual(1);
      }
      // Contact addresses only on the demo's own domain, never a real organisation's.
      if (c.contactEmail) expect(c.contactEmail, slug).toMatch(/@demo\.knutepunkt\.no$/);
    }
  });

  it('leaves some cells of the CHIME × level grid empty, as a real bank would', () => {
    const cells = new Set(
      DEMO_PRACTICES.filter((p) => p.state === 'PUBLISHED' && p.archivedDaysAgo === undefined).flatMap((p) =>
        p.content.chime.flatMap((c) => p.content.levels.map((l) => `${c}×${l}`)),
      ),
    );
    expect(cells.size).toBeLessThan(CHIME_CATEGORIES.length * LEVELS.length);
    expect(cells.size).toBeGreaterThanOrEqual(CHIME_CATEGORIES.length * LEVELS.length - 5);
  });
});

describe('seedDemo: the practice bank', () => {
  let handle: DbHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await createTestDb();
    db = handle.db;
    expect(await seedDemo(db, { hashPassword })).not.toBeNull();
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });

  const published = () =>
    db.practiceExample.findMany({
      where: { publishedVersionId: { not: null }, archivedAt: null },
      include: { publishedVersion: true, organisation: true },
    });

  it('has at least 14 examples, at least 12 of them published and searchable', async () => {
    expect(await db.practiceExample.count()).toBeGreaterThanOrEqual(14);
    const examples = await published();
    expect(examples.length).toBeGreaterThanOrEqual(12);
    const rows = await db.$queryRaw<Array<{ example_id: string }>>`SELECT "example_id" FROM "practice_search"`;
    expect(rows.map((r) => r.example_id).sort()).toEqual(examples.map((e) => e.id).sort());
    for (const e of examples) {
      expect(e.publishedVersion!.state, e.slug).toBe('PUBLISHED');
      expect(e.firstPublishedAt, e.slug).not.toBeNull();
      expect(e.lastPublishedAt, e.slug).toEqual(e.publishedVersion!.publishedAt);
      expect(e.publishedVersion!.reviewedById, e.slug).not.toBeNull();
    }
  });

  it('covers every CHIME category and every level with published examples, some in nynorsk', async () => {
    const rows = await db.$queryRaw<Array<{ chime: string[]; levels: string[]; language: string }>>`
      SELECT "chime", "levels", "language" FROM "practice_search"`;
    const chime = new Set(rows.flatMap((r) => r.chime));
    const levels = new Set(rows.flatMap((r) => r.levels));
    expect([...chime].sort()).toEqual(Object.keys(CHIME).sort());
    expect([...levels].sort()).toEqual([...LEVELS].sort());
    expect(rows.filter((r) => r.language === 'nn').length).toBeGreaterThanOrEqual(4);
  });

  it('has only complete published and submitted versions', async () => {
    const versions = await db.practiceVersion.findMany({ where: { state: { not: 'DRAFT' } } });
    for (const v of versions) expect(practiceSubmission.safeParse(v).error, `${v.title} (${v.state})`).toBeUndefined();
    expect(versions.filter((v) => v.state === 'PUBLISHED').length).toBeGreaterThanOrEqual(13);
  });

  it('finds examples with Norwegian full-text search', async () => {
    const [hit] = await db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(*) AS n FROM "practice_search" WHERE "document" @@ websearch_to_tsquery('norwegian', 'bedringsprosessen')`;
    expect(Number(hit!.n)).toBeGreaterThan(0);
  });

  it('holds no raw HTML in any text', async () => {
    const versions = await db.practiceVersion.findMany();
    for (const v of versions)
      for (const f of PRACTICE_TEXT_FIELDS) expect(v[f], `${v.title}: ${f}`).not.toMatch(RAW_HTML);
    for (const c of await db.practiceReviewComment.findMany()) expect(c.body).not.toMatch(RAW_HTML);
    for (const a of await db.practiceAdoption.findMany()) expect(a.note).not.toMatch(RAW_HTML);
  });

  it('shows every step of the workflow', async () => {
    // Two examples with history: version 1 superseded by a published version 2.
    const withHistory = await db.practiceExample.findMany({
      where: { versions: { some: { state: 'SUPERSEDED' } } },
      include: { versions: { orderBy: { number: 'asc' } } },
    });
    expect(withHistory).toHaveLength(2);
    for (const e of withHistory) {
      expect(e.versions.map((v) => [v.number, v.state])).toEqual([
        [1, 'SUPERSEDED'],
        [2, 'PUBLISHED'],
      ]);
      expect(e.publishedVersionId).toBe(e.versions[1]!.id);
      expect(e.firstPublishedAt).toEqual(e.versions[0]!.publishedAt);
      expect(e.firstPublishedAt!.getTime()).toBeLessThan(e.lastPublishedAt!.getTime());
    }

    // One waiting for review at Trondheim kommune, written by its demo editor.
    const inReview = await db.practiceVersion.findMany({
      where: { state: 'IN_REVIEW' },
      include: { example: { include: { organisation: true } } },
    });
    expect(inReview).toHaveLength(1);
    expect(inReview[0]!.example.organisation.slug).toBe('trondheim-kommune');
    expect(inReview[0]!.example.publishedVersionId).toBeNull();
    expect(inReview[0]!.submittedAt).not.toBeNull();
    const editor = await db.user.findUniqueOrThrow({ where: { email: 'redaktor@demo.knutepunkt.no' } });
    expect(inReview[0]!.authorId).toBe(editor.id);

    // One sent back with the coordinator's comment.
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: 'koordinator@demo.knutepunkt.no' } });
    const returned = await db.practiceVersion.findMany({ where: { state: 'RETURNED' }, include: { comments: true } });
    expect(returned).toHaveLength(1);
    expect(returned[0]!.reviewedById).toBe(coordinator.id);
    expect(returned[0]!.comments.map((c) => c.authorId)).toEqual([coordinator.id]);

    expect(await db.practiceVersion.count({ where: { state: 'DRAFT' } })).toBe(1);
    expect(await db.practiceExample.count({ where: { featured: true } })).toBe(2);
    const adoptions = await db.practiceAdoption.count();
    expect(adoptions).toBeGreaterThanOrEqual(3);
    expect(adoptions).toBeLessThanOrEqual(4);
  });

  it('keeps the archived example out of the search index', async () => {
    const archived = await db.practiceExample.findMany({ where: { archivedAt: { not: null } } });
    expect(archived).toHaveLength(1);
    expect(archived[0]!.publishedVersionId).not.toBeNull();
    const rows = await db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(*) AS n FROM "practice_search" WHERE "example_id" = ${archived[0]!.id}`;
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('seeds the practice bank only once when the demo seed runs again', async () => {
    const before = await db.practiceExample.count();
    const versions = await db.practiceVersion.count();
    expect(await seedDemo(db, { hashPassword })).toBeNull();
    expect(await db.practiceExample.count()).toBe(before);
    expect(await db.practiceVersion.count()).toBe(versions);
  });
});
