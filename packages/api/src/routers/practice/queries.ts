import type { Db } from '@knutepunkt/db';
import { UserError, isPublicAttachment, notFound } from '@knutepunkt/domain';

/**
 * A published example's public page: its sections, tags, organisation,
 * contact, attachments, dates, where it has spread, and related examples.
 */
export async function getPublishedExample(db: Db, slug: string) {
  const example = await db.practiceExample.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      featured: true,
      archivedAt: true,
      firstPublishedAt: true,
      lastPublishedAt: true,
      organisation: { select: { id: true, slug: true, name: true, type: true, county: true, municipality: true } },
      publishedVersion: true,
      attachments: {
        select: { id: true, fileName: true, mimeType: true, size: true, altText: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      },
      versions: { orderBy: { number: 'desc' }, take: 1, select: { state: true, createdAt: true } },
      adoptions: {
        select: {
          id: true,
          note: true,
          createdAt: true,
          organisation: { select: { id: true, slug: true, name: true } },
        },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  // Archived after it was public: 410 says the address was right and the example was taken down
  // on purpose (search engines drop it, people are told why). Never published: nothing to tell.
  if (example?.archivedAt && example.firstPublishedAt) throw new UserError('gone', 'practice.error.archived');
  if (!example?.publishedVersion || example.archivedAt) throw notFound();
  const { publishedVersion: v, versions, attachments, ...rest } = example;
  const facts = { publishedVersionId: v.id, archivedAt: null, latestVersion: versions[0] ?? null };
  return {
    ...rest,
    // Those added during a revision wait for it to be published, like its text.
    attachments: attachments.filter((a) => isPublicAttachment(a, facts)).map(({ createdAt: _c, ...a }) => a),
    content: {
      number: v.number,
      title: v.title,
      summary: v.summary,
      background: v.background,
      approach: v.approach,
      experiences: v.experiences,
      results: v.results,
      contactName: v.contactName,
      contactRole: v.contactRole,
      contactEmail: v.contactEmail,
      language: v.language,
      chime: v.chime,
      chimeSubthemes: v.chimeSubthemes,
      levels: v.levels,
      targetGroups: v.targetGroups,
      themes: v.themes,
      ongoing: v.ongoing,
    },
    related: await relatedExamples(db, example.id),
  };
}

/** Examples that share the most CHIME categories and themes with this one. */
export async function relatedExamples(db: Db, exampleId: string, limit = 4) {
  return db.$queryRaw<Array<{ slug: string; title: string; summary: string; language: string; organisation: string }>>`
    WITH me AS (SELECT "chime", "themes" FROM "practice_search" WHERE "example_id" = ${exampleId})
    SELECT e."slug", s."title", s."summary", s."language", o."name" AS organisation
    FROM "practice_search" s
    JOIN me ON s."chime" && me."chime" OR s."themes" && me."themes"
    JOIN "PracticeExample" e ON e."id" = s."example_id"
    JOIN "Organisation" o ON o."id" = s."organisation_id"
    WHERE s."example_id" <> ${exampleId}
    ORDER BY cardinality(ARRAY(SELECT unnest(s."chime") INTERSECT SELECT unnest(me."chime")))
           + cardinality(ARRAY(SELECT unnest(s."themes") INTERSECT SELECT unnest(me."themes"))) DESC,
             s."published_at" DESC
    LIMIT ${limit}`;
}

/** The newest published examples, for the Atom feed. */
export function latestPublished(db: Db, limit = 30) {
  return db.$queryRaw<
    Array<{
      slug: string;
      title: string;
      summary: string;
      language: string;
      organisation: string;
      published_at: Date;
      first_published_at: Date | null;
    }>
  >`
    SELECT e."slug", s."title", s."summary", s."language", o."name" AS organisation, s."published_at", e."firstPublishedAt" AS first_published_at
    FROM "practice_search" s
    JOIN "PracticeExample" e ON e."id" = s."example_id"
    JOIN "Organisation" o ON o."id" = s."organisation_id"
    ORDER BY s."published_at" DESC
    LIMIT ${limit}`;
}
