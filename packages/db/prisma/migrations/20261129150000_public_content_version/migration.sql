-- The public content version, written by hand (docs/adr/0011): one row whose
-- "version" grows whenever a table that a public read shows is written. Every
-- server instance reads it per request and keeps its cached public answers
-- only while it is unchanged, so a write through any instance is seen by all
-- of them at once. Prisma does not model this table (EXTERNAL_TABLES in
-- src/migrate.ts) nor the function and triggers.
CREATE TABLE "public_content_version" (
    -- Always true: the table can hold one row only.
    "id" BOOLEAN NOT NULL PRIMARY KEY DEFAULT true CHECK ("id"),
    "version" BIGINT NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL
);

INSERT INTO "public_content_version" ("id", "version", "changed_at") VALUES (true, 1, now());

-- The row is locked until the writing transaction ends, so concurrent writers
-- to public tables take turns at this one statement; public content is written
-- by people, a few times a minute at most. clock_timestamp(): the time of the
-- change, not of the transaction's start (Last-Modified).
CREATE FUNCTION "bump_public_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "public_content_version" SET "version" = "version" + 1, "changed_at" = clock_timestamp() WHERE "id";
    RETURN NULL;
END;
$$;

-- Every table a public read procedure or public page reads (packages/api/src/public-reads.ts):
-- once per statement, also when it changed no row (harmless: one needless miss).
CREATE TRIGGER "Organisation_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "Network_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Network"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "NetworkMember_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NetworkMember"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "PracticeExample_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PracticeExample"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "PracticeAdoption_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PracticeAdoption"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "PracticeAttachment_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PracticeAttachment"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "practice_search_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_search"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();

-- Versions: a new one, a removed one, or a change of state is seen publicly (the
-- published text, and whether a revision is under way decides which attachments
-- show). Autosave rewrites a draft's text every few seconds without changing its
-- state and is not seen, so updates bump only when the state changes or the row
-- is the published one (row level, because only a row trigger can look at the rows).
CREATE TRIGGER "PracticeVersion_public_content_version"
    AFTER INSERT OR DELETE OR TRUNCATE ON "PracticeVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "PracticeVersion_state_public_content_version"
    AFTER UPDATE ON "PracticeVersion"
    FOR EACH ROW WHEN (OLD."state" IS DISTINCT FROM NEW."state" OR NEW."state" = 'PUBLISHED')
    EXECUTE FUNCTION "bump_public_content_version"();
