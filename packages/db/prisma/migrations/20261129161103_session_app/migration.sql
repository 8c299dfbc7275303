-- Sessions record the listener they were started on (docs/adr/0013): a web session's
-- token is not accepted by the admin listener. Existing sessions cannot be told apart,
-- so they end: everyone signs in once more.
DELETE FROM "Session";

-- CreateEnum
CREATE TYPE "SessionApp" AS ENUM ('web', 'admin');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "app" "SessionApp" NOT NULL;
