-- Practice search within its time budget at 10 000 examples (docs/adr/0006, 2026-11-29).
-- practice_search is written by hand (see 20261124044700_practice_search).
--
-- 1. GIN indexes without a pending list. With fastupdate (the default) new
--    entries wait in an unsorted list that every search reads in full until a
--    VACUUM merges it; PGlite has no autovacuum, so there it never was merged
--    (a common word took 6 ms to look up instead of 0.6 ms on PostgreSQL).
--    Examples are published a few at a time, so the slower insert costs nothing.
--    Rebuilt rather than altered: a new index starts without a pending list.
DROP INDEX "practice_search_document_idx";
CREATE INDEX "practice_search_document_idx" ON "practice_search" USING GIN ("document") WITH (fastupdate = off);
DROP INDEX "practice_search_chime_idx";
CREATE INDEX "practice_search_chime_idx" ON "practice_search" USING GIN ("chime") WITH (fastupdate = off);
DROP INDEX "practice_search_levels_idx";
CREATE INDEX "practice_search_levels_idx" ON "practice_search" USING GIN ("levels") WITH (fastupdate = off);
DROP INDEX "practice_search_themes_idx";
CREATE INDEX "practice_search_themes_idx" ON "practice_search" USING GIN ("themes") WITH (fastupdate = off);
DROP INDEX "practice_search_target_groups_idx";
CREATE INDEX "practice_search_target_groups_idx" ON "practice_search" USING GIN ("target_groups") WITH (fastupdate = off);

-- 2. Title and summary get their own index: ranking reads only the examples that
--    match there (a few hundred for a common word); matches in the sections alone
--    rank 0 and are read newest first along the published_at index.
CREATE INDEX "practice_search_rank_document_idx" ON "practice_search" USING GIN ("rank_document") WITH (fastupdate = off);

-- 3. Keep rank_document in the row. As an EXTENDED column it was the first to be
--    moved out to TOAST storage whenever a long document made the row too wide,
--    so ranking fetched it from there (four times the buffers of the match itself).
--    The UPDATE rewrites the rows (rank_document is generated anew) under the new storage.
ALTER TABLE "practice_search" ALTER COLUMN "rank_document" SET STORAGE MAIN;
UPDATE "practice_search" SET "title" = "title";
