import { Prisma } from './generated/prisma/client.ts';

/** Markdown markup and link targets, blanked out of the indexed text: `# * _ > \` | ~`, `[`, and `](url)`. */
const MARKDOWN_PUNCTUATION = '[#*_>`|~]+|\\[|\\]\\([^)]*\\)';

/** Anything that can run raw SQL: the client or a transaction. */
type Executor = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** The index rows for the examples `filter` picks: published, not archived. */
function indexRows(filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "practice_search"
      ("example_id", "organisation_id", "title", "summary", "body", "language",
       "chime", "levels", "themes", "target_groups", "featured", "published_at")
    SELECT e."id", e."organisationId", v."title", v."summary",
           regexp_replace(concat_ws(E'\n\n', v."background", v."approach", v."experiences", v."results"),
                          ${MARKDOWN_PUNCTUATION}, ' ', 'g'),
           v."language"::text, v."chime", v."levels", v."themes", v."targetGroups", e."featured",
           COALESCE(e."lastPublishedAt", v."publishedAt", now())
    FROM "PracticeExample" e
    JOIN "PracticeVersion" v ON v."id" = e."publishedVersionId"
    WHERE e."archivedAt" IS NULL AND ${filter}`;
}

/**
 * Merge the pending lists of practice_search's GIN indexes into the indexes. A GIN index
 * first appends new entries to an unsorted pending list that every search then reads in
 * full, until VACUUM merges it; PGlite has no autovacuum, so without this the list only
 * grew. Merging after each write keeps searches at index speed and bulk writes fast
 * (fastupdate = off would make a rebuild of 10 000 examples take minutes on PGlite).
 */
async function cleanPendingEntries(db: Executor): Promise<void> {
  await db.$executeRaw`
    SELECT gin_clean_pending_list(i."indexrelid")
    FROM "pg_index" i
    JOIN "pg_class" c ON c."oid" = i."indexrelid"
    JOIN "pg_am" am ON am."oid" = c."relam"
    WHERE i."indrelid" = '"practice_search"'::regclass AND am."amname" = 'gin'`;
}

/**
 * Bring an example's row in the search index (practice_search, see its
 * migration) in line with its published version: written when the example
 * is published or revised, removed when it is archived or has nothing
 * published. Markdown punctuation is blanked out so snippets read as text.
 */
export async function refreshPracticeSearch(db: Executor, exampleId: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "practice_search" WHERE "example_id" = ${exampleId}`;
  await db.$executeRaw(indexRows(Prisma.sql`e."id" = ${exampleId}`));
  await cleanPendingEntries(db);
}

/** Write the whole index anew in one statement: after bulk imports (and in the benchmark). */
export async function rebuildPracticeSearch(db: Executor): Promise<void> {
  await db.$executeRaw`DELETE FROM "practice_search"`;
  await db.$executeRaw(indexRows(Prisma.sql`true`));
  await cleanPendingEntries(db);
}
