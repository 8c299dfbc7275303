-- CreateEnum
CREATE TYPE "ConferenceSessionKind" AS ENUM ('plenary', 'parallel', 'workshop', 'poster', 'break');

-- CreateEnum
CREATE TYPE "ConferencePartnerRole" AS ENUM ('organiser', 'partner');

-- CreateTable
CREATE TABLE "ConferenceEdition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "languages" "Locale"[],
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "venueName" TEXT NOT NULL DEFAULT '',
    "venueAddress" TEXT NOT NULL DEFAULT '',
    "widgetOrigins" TEXT[],
    "registrationMeetingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConferenceEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceOwner" (
    "editionId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,

    CONSTRAINT "ConferenceOwner_pkey" PRIMARY KEY ("editionId","networkId")
);

-- CreateTable
CREATE TABLE "ConferencePartner" (
    "editionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "ConferencePartnerRole" NOT NULL DEFAULT 'partner',
    "position" INTEGER NOT NULL DEFAULT 0,
    "logoKey" TEXT,
    "logoAlt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ConferencePartner_pkey" PRIMARY KEY ("editionId","organisationId")
);

-- CreateTable
CREATE TABLE "ConferenceRoom" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER,
    "floor" TEXT NOT NULL DEFAULT '',
    "hearingLoop" BOOLEAN NOT NULL DEFAULT false,
    "stepFree" BOOLEAN NOT NULL DEFAULT false,
    "interpreted" BOOLEAN NOT NULL DEFAULT false,
    "accessibilityNote" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceTrack" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceSessionType" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ConferenceSessionKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceSessionType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceSession" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL DEFAULT '',
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "typeId" TEXT,
    "trackId" TEXT,
    "tags" TEXT[],
    "signLanguage" BOOLEAN NOT NULL DEFAULT false,
    "captioned" BOOLEAN NOT NULL DEFAULT false,
    "streamed" BOOLEAN NOT NULL DEFAULT false,
    "recorded" BOOLEAN NOT NULL DEFAULT true,
    "materials" TEXT NOT NULL DEFAULT '',
    "roomId" TEXT,
    "startsAt" TIMESTAMP(3),
    "durationMinutes" INTEGER NOT NULL DEFAULT 45,
    "capacity" INTEGER,
    "lastPosition" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConferenceSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceSpeaker" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "guid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "bioLanguage" "Locale" NOT NULL DEFAULT 'nb',
    "contribution" TEXT NOT NULL DEFAULT '',
    "organisationId" TEXT,
    "userId" TEXT,
    "photoKey" TEXT,
    "photoType" TEXT,
    "photoAlt" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConferenceSpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceSessionSpeaker" (
    "sessionId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceSessionSpeaker_pkey" PRIMARY KEY ("sessionId","speakerId")
);

-- CreateTable
CREATE TABLE "ConferenceRelease" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "sequence" INTEGER,
    "name" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB,
    "changes" JSONB,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConferenceRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceStar" (
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConferenceStar_pkey" PRIMARY KEY ("userId","sessionId")
);

-- CreateTable
CREATE TABLE "ConferenceSessionSignup" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "position" INTEGER NOT NULL,
    "arrivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "ConferenceSessionSignup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceEdition_slug_key" ON "ConferenceEdition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceEdition_registrationMeetingId_key" ON "ConferenceEdition"("registrationMeetingId");

-- CreateIndex
CREATE INDEX "ConferenceOwner_networkId_idx" ON "ConferenceOwner"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceRoom_guid_key" ON "ConferenceRoom"("guid");

-- CreateIndex
CREATE INDEX "ConferenceRoom_editionId_position_idx" ON "ConferenceRoom"("editionId", "position");

-- CreateIndex
CREATE INDEX "ConferenceTrack_editionId_position_idx" ON "ConferenceTrack"("editionId", "position");

-- CreateIndex
CREATE INDEX "ConferenceSessionType_editionId_position_idx" ON "ConferenceSessionType"("editionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceSession_guid_key" ON "ConferenceSession"("guid");

-- CreateIndex
CREATE INDEX "ConferenceSession_editionId_startsAt_idx" ON "ConferenceSession"("editionId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceSession_editionId_number_key" ON "ConferenceSession"("editionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceSpeaker_guid_key" ON "ConferenceSpeaker"("guid");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceSpeaker_editionId_number_key" ON "ConferenceSpeaker"("editionId", "number");

-- CreateIndex
CREATE INDEX "ConferenceSessionSpeaker_speakerId_idx" ON "ConferenceSessionSpeaker"("speakerId");

-- CreateIndex
CREATE INDEX "ConferenceRelease_editionId_publishedAt_idx" ON "ConferenceRelease"("editionId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceRelease_editionId_sequence_key" ON "ConferenceRelease"("editionId", "sequence");

-- CreateIndex
CREATE INDEX "ConferenceStar_sessionId_idx" ON "ConferenceStar"("sessionId");

-- CreateIndex
CREATE INDEX "ConferenceSessionSignup_sessionId_status_position_idx" ON "ConferenceSessionSignup"("sessionId", "status", "position");

-- CreateIndex
CREATE INDEX "ConferenceSessionSignup_userId_idx" ON "ConferenceSessionSignup"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceSessionSignup_sessionId_userId_key" ON "ConferenceSessionSignup"("sessionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceSessionSignup_sessionId_position_key" ON "ConferenceSessionSignup"("sessionId", "position");

-- AddForeignKey
ALTER TABLE "ConferenceEdition" ADD CONSTRAINT "ConferenceEdition_registrationMeetingId_fkey" FOREIGN KEY ("registrationMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceOwner" ADD CONSTRAINT "ConferenceOwner_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceOwner" ADD CONSTRAINT "ConferenceOwner_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferencePartner" ADD CONSTRAINT "ConferencePartner_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferencePartner" ADD CONSTRAINT "ConferencePartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceRoom" ADD CONSTRAINT "ConferenceRoom_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceTrack" ADD CONSTRAINT "ConferenceTrack_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSessionType" ADD CONSTRAINT "ConferenceSessionType_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSession" ADD CONSTRAINT "ConferenceSession_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSession" ADD CONSTRAINT "ConferenceSession_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ConferenceSessionType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSession" ADD CONSTRAINT "ConferenceSession_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "ConferenceTrack"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSession" ADD CONSTRAINT "ConferenceSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "ConferenceRoom"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSpeaker" ADD CONSTRAINT "ConferenceSpeaker_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSpeaker" ADD CONSTRAINT "ConferenceSpeaker_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSpeaker" ADD CONSTRAINT "ConferenceSpeaker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSessionSpeaker" ADD CONSTRAINT "ConferenceSessionSpeaker_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ConferenceSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSessionSpeaker" ADD CONSTRAINT "ConferenceSessionSpeaker_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "ConferenceSpeaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceRelease" ADD CONSTRAINT "ConferenceRelease_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ConferenceEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceRelease" ADD CONSTRAINT "ConferenceRelease_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceStar" ADD CONSTRAINT "ConferenceStar_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceStar" ADD CONSTRAINT "ConferenceStar_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ConferenceSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSessionSignup" ADD CONSTRAINT "ConferenceSessionSignup_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ConferenceSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceSessionSignup" ADD CONSTRAINT "ConferenceSessionSignup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Public content version (docs/adr/0011, 0023): the public programme is read from the
-- published releases' frozen snapshots, and the edition's own page from the edition and its
-- partners, so these three tables are the ones a public read shows. Edits to sessions, rooms
-- and speakers are the coordinators' working copy and are seen only once a release is published.
CREATE TRIGGER "ConferenceEdition_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConferenceEdition"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "ConferencePartner_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConferencePartner"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "ConferenceRelease_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConferenceRelease"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
