-- CreateEnum
CREATE TYPE "PracticeVersionState" AS ENUM ('DRAFT', 'IN_REVIEW', 'RETURNED', 'PUBLISHED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "PracticeExample" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "publishedVersionId" TEXT,
    "firstPublishedAt" TIMESTAMP(3),
    "lastPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeVersion" (
    "id" TEXT NOT NULL,
    "exampleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "PracticeVersionState" NOT NULL DEFAULT 'DRAFT',
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "background" TEXT NOT NULL DEFAULT '',
    "approach" TEXT NOT NULL DEFAULT '',
    "experiences" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactRole" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "chime" TEXT[],
    "chimeSubthemes" TEXT[],
    "levels" TEXT[],
    "targetGroups" TEXT[],
    "themes" TEXT[],
    "ongoing" BOOLEAN NOT NULL DEFAULT true,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "PracticeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeReviewComment" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeAdoption" (
    "id" TEXT NOT NULL,
    "exampleId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeAttachment" (
    "id" TEXT NOT NULL,
    "exampleId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "altText" TEXT NOT NULL DEFAULT '',
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PracticeExample_slug_key" ON "PracticeExample"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeExample_publishedVersionId_key" ON "PracticeExample"("publishedVersionId");

-- CreateIndex
CREATE INDEX "PracticeExample_organisationId_idx" ON "PracticeExample"("organisationId");

-- CreateIndex
CREATE INDEX "PracticeVersion_state_idx" ON "PracticeVersion"("state");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeVersion_exampleId_number_key" ON "PracticeVersion"("exampleId", "number");

-- CreateIndex
CREATE INDEX "PracticeReviewComment_versionId_idx" ON "PracticeReviewComment"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAdoption_exampleId_organisationId_key" ON "PracticeAdoption"("exampleId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAttachment_storageKey_key" ON "PracticeAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "PracticeAttachment_exampleId_idx" ON "PracticeAttachment"("exampleId");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- AddForeignKey
ALTER TABLE "PracticeExample" ADD CONSTRAINT "PracticeExample_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeExample" ADD CONSTRAINT "PracticeExample_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "PracticeVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeVersion" ADD CONSTRAINT "PracticeVersion_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "PracticeExample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReviewComment" ADD CONSTRAINT "PracticeReviewComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PracticeVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAdoption" ADD CONSTRAINT "PracticeAdoption_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "PracticeExample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAdoption" ADD CONSTRAINT "PracticeAdoption_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAttachment" ADD CONSTRAINT "PracticeAttachment_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "PracticeExample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
