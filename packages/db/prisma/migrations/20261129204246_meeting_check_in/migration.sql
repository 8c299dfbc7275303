-- AlterTable
ALTER TABLE "MeetingRegistration" ADD COLUMN     "attended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "attendedMarkedAt" TIMESTAMP(3),
ADD COLUMN     "attendedMarkedById" TEXT;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_attendedMarkedById_fkey" FOREIGN KEY ("attendedMarkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
