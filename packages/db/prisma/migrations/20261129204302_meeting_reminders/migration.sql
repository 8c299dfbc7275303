-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "deadlineNoticeSentAt" TIMESTAMP(3),
ADD COLUMN     "reminderSentAt" TIMESTAMP(3);
