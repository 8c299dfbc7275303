-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('no_smtp', 'waiting', 'sending', 'sent', 'failed', 'digest', 'skipped');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastAttemptAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'nb',
ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "status" "OutboxStatus" NOT NULL DEFAULT 'no_smtp';

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");
