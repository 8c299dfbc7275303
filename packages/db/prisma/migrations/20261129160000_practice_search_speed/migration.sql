-- Practice search within its time budget at 10 000 examples (docs/adr/0006, 2026-11-29).
-- practice_search is written by hand (see 20261124044700_practice_search).

-- 1. Title and summary get their own index: ranking reads only the examples that
--    match there (a few hundred for a common word); matches in the sections alone
--    rank 0 and are read newest first along the published_at index.
CREATE INDEX "practice_search_rank_document_idx" ON "practice_search" USING GIN ("rank_document");

-- An organisation's examples (its page, and the type and county filters, which the
-- search turns into a list of organisation ids) without reading every row.
CREATE INDEX "practice_search_organisation_id_idx" ON "practice_search" ("organisation_id");

-- 2. Keep rank_document in the row. As an EXTENDED column it was the first to be
--    moved out to TOAST storage whenever a long document made the row too wide,
--    so ranking fetched it from there (four times the buffers of the match itself).
--    The UPDATE rewrites the rows (rank_document is generated anew) under the new storage.
ALTER TABLE "practice_search" ALTER COLUMN "rank_document" SET STORAGE MAIN;
UPDATE "practice_search" SET "title" = "title";

-- 3. Merge the GIN indexes' pending lists. New entries wait in an unsorted list that
--    every search reads in full until VACUUM merges it, and PGlite has no autovacuum:
--    a common word took 6 ms to look up instead of 0.6 ms. From now on the practice
--    service merges them after each write (cleanPendingEntries in src/practice-search.ts).
SELECT gin_clean_pending_list(i."indexrelid")
FROM "pg_index" i
JOIN "pg_class" c ON c."oid" = i."indexrelid"
JOIN "pg_am" am ON am."oid" = c."relam"
WHERE i."indrelid" = '"practice_search"'::regclass AND am."amname" = 'gin';
