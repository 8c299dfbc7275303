-- CreateEnum
CREATE TYPE "MinutesVisibility" AS ENUM ('participants', 'network', 'public');

-- CreateEnum
CREATE TYPE "ActionPointStatus" AS ENUM ('open', 'in_progress', 'done', 'dropped');

-- CreateTable
CREATE TABLE "MeetingMinutes" (
    "meetingId" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "visibility" "MinutesVisibility" NOT NULL DEFAULT 'participants',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingMinutes_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "MinutesAttachment" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "altText" TEXT NOT NULL DEFAULT '',
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPoint" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "dueDate" DATE,
    "status" "ActionPointStatus" NOT NULL DEFAULT 'open',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPointOrganisation" (
    "actionPointId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ActionPointOrganisation_pkey" PRIMARY KEY ("actionPointId","organisationId")
);

-- CreateTable
CREATE TABLE "ActionPointUpdate" (
    "id" TEXT NOT NULL,
    "actionPointId" TEXT NOT NULL,
    "status" "ActionPointStatus" NOT NULL,
    "comment" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPointUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MinutesAttachment_storageKey_key" ON "MinutesAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "MinutesAttachment_meetingId_idx" ON "MinutesAttachment"("meetingId");

-- CreateIndex
CREATE INDEX "ActionPoint_meetingId_position_idx" ON "ActionPoint"("meetingId", "position");

-- CreateIndex
CREATE INDEX "ActionPoint_status_idx" ON "ActionPoint"("status");

-- CreateIndex
CREATE INDEX "ActionPointOrganisation_organisationId_idx" ON "ActionPointOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "ActionPointUpdate_actionPointId_createdAt_idx" ON "ActionPointUpdate"("actionPointId", "createdAt");

-- AddForeignKey
ALTER TABLE "MeetingMinutes" ADD CONSTRAINT "MeetingMinutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAttachment" ADD CONSTRAINT "MinutesAttachment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MeetingMinutes"("meetingId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPointOrganisation" ADD CONSTRAINT "ActionPointOrganisation_actionPointId_fkey" FOREIGN KEY ("actionPointId") REFERENCES "ActionPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPointOrganisation" ADD CONSTRAINT "ActionPointOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPointUpdate" ADD CONSTRAINT "ActionPointUpdate_actionPointId_fkey" FOREIGN KEY ("actionPointId") REFERENCES "ActionPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPointUpdate" ADD CONSTRAINT "ActionPointUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
