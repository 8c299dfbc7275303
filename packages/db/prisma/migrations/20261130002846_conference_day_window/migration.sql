-- AlterTable
ALTER TABLE "ConferenceEdition" ADD COLUMN     "dayEndsAt" TEXT NOT NULL DEFAULT '18:00',
ADD COLUMN     "dayStartsAt" TEXT NOT NULL DEFAULT '08:00';
