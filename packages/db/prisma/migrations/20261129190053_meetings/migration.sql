-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('draft', 'published', 'cancelled', 'held');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('in_person', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "MeetingAudience" AS ENUM ('network_members', 'anyone');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('talk', 'group_work', 'break', 'meal', 'since_last');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('confirmed', 'waiting', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('in_person', 'online');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "mode" "MeetingMode" NOT NULL DEFAULT 'in_person',
    "venueName" TEXT,
    "venueAddress" TEXT,
    "stepFree" BOOLEAN NOT NULL DEFAULT false,
    "hearingLoop" BOOLEAN NOT NULL DEFAULT false,
    "quietRoom" BOOLEAN NOT NULL DEFAULT false,
    "videoUrl" TEXT,
    "capacity" INTEGER,
    "registrationOpensAt" TIMESTAMP(3),
    "registrationDeadline" TIMESTAMP(3),
    "perOrganisationLimit" INTEGER,
    "openTo" "MeetingAudience" NOT NULL DEFAULT 'network_members',
    "status" "MeetingStatus" NOT NULL DEFAULT 'draft',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "lastPosition" INTEGER NOT NULL DEFAULT 0,
    "sensitiveRetentionDays" INTEGER NOT NULL DEFAULT 30,
    "sensitiveErasedAt" TIMESTAMP(3),
    "sensitiveCounts" JSONB,
    "publishedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "leader" TEXT,
    "kind" "AgendaItemKind" NOT NULL DEFAULT 'talk',

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRegistration" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT,
    "registeredById" TEXT,
    "attendance" "AttendanceMode" NOT NULL DEFAULT 'in_person',
    "listConsent" BOOLEAN NOT NULL DEFAULT false,
    "status" "RegistrationStatus" NOT NULL,
    "position" INTEGER NOT NULL,
    "arrivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRegistrationNeeds" (
    "registrationId" TEXT NOT NULL,
    "dietary" TEXT,
    "wheelchair" BOOLEAN NOT NULL DEFAULT false,
    "signLanguage" BOOLEAN NOT NULL DEFAULT false,
    "writtenInterpretation" BOOLEAN NOT NULL DEFAULT false,
    "hearingLoop" BOOLEAN NOT NULL DEFAULT false,
    "otherAccessNeeds" TEXT,
    "travelSupport" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MeetingRegistrationNeeds_pkey" PRIMARY KEY ("registrationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");

-- CreateIndex
CREATE INDEX "Meeting_networkId_startsAt_idx" ON "Meeting"("networkId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingRegistration_meetingId_status_position_idx" ON "MeetingRegistration"("meetingId", "status", "position");

-- CreateIndex
CREATE INDEX "MeetingRegistration_userId_idx" ON "MeetingRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRegistration_meetingId_userId_key" ON "MeetingRegistration"("meetingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRegistration_meetingId_position_key" ON "MeetingRegistration"("meetingId", "position");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistrationNeeds" ADD CONSTRAINT "MeetingRegistrationNeeds_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MeetingRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
