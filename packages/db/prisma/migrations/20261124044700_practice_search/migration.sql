-- The practice bank's search index, written by hand: Prisma cannot model a
-- tsvector with GIN indexes, so this table is listed in EXTERNAL_TABLES
-- (src/migrate.ts) and kept up to date by the practice service when an
-- example is published, revised, archived or featured.
--
-- One row per published, not archived example. Organisation type and county
-- are filtered through a join on "Organisation", so they never go stale here. Title weighs most (A), then
-- the summary (B), then the sections (C). The 'norwegian' configuration stems
-- Norwegian words, so "bedringsprosessen" finds "bedringsprosesser".
CREATE TABLE "practice_search" (
    "example_id" TEXT NOT NULL PRIMARY KEY REFERENCES "PracticeExample"("id") ON DELETE CASCADE,
    "organisation_id" TEXT NOT NULL REFERENCES "Organisation"("id") ON DELETE CASCADE,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "chime" TEXT[] NOT NULL,
    "levels" TEXT[] NOT NULL,
    "themes" TEXT[] NOT NULL,
    "target_groups" TEXT[] NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMP(3) NOT NULL,
    "document" TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('norwegian', "title"), 'A') ||
        setweight(to_tsvector('norwegian', "summary"), 'B') ||
        setweight(to_tsvector('norwegian', "body"), 'C')
    ) STORED,
    -- Ranking reads only title and summary: small enough to stay in the row, so ranking
    -- thousands of matches does not fetch every long document from TOAST storage.
    -- Matches in the sections alone rank 0 and fall back to newest first.
    "rank_document" TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('norwegian', "title"), 'A') ||
        setweight(to_tsvector('norwegian', "summary"), 'B')
    ) STORED
);

-- Keep the searchable document in the row and push the long body text out of it
-- (it is read only for the ten highlighted results of a page).
ALTER TABLE "practice_search" ALTER COLUMN "document" SET STORAGE MAIN;
ALTER TABLE "practice_search" ALTER COLUMN "body" SET STORAGE EXTERNAL;

CREATE INDEX "practice_search_document_idx" ON "practice_search" USING GIN ("document");
CREATE INDEX "practice_search_chime_idx" ON "practice_search" USING GIN ("chime");
CREATE INDEX "practice_search_levels_idx" ON "practice_search" USING GIN ("levels");
CREATE INDEX "practice_search_themes_idx" ON "practice_search" USING GIN ("themes");
CREATE INDEX "practice_search_target_groups_idx" ON "practice_search" USING GIN ("target_groups");
CREATE INDEX "practice_search_published_at_idx" ON "practice_search" ("published_at" DESC);
