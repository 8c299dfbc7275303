-- CreateTable
CREATE TABLE "ConferenceStarRemoval" (
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConferenceStarRemoval_pkey" PRIMARY KEY ("userId","sessionId")
);

-- CreateIndex
CREATE INDEX "ConferenceStarRemoval_sessionId_idx" ON "ConferenceStarRemoval"("sessionId");

-- AddForeignKey
ALTER TABLE "ConferenceStarRemoval" ADD CONSTRAINT "ConferenceStarRemoval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceStarRemoval" ADD CONSTRAINT "ConferenceStarRemoval_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ConferenceSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
