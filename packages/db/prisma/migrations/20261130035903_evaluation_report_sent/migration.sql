-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "reportSentAt" TIMESTAMP(3);
