-- CreateTable
CREATE TABLE "MeetingEvaluation" (
    "meetingId" TEXT NOT NULL,
    "ratingQuestion" TEXT NOT NULL,
    "textQuestions" TEXT[],
    "closesAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingEvaluation_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "MeetingEvaluationRespondent" (
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "MeetingEvaluationRespondent_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "MeetingEvaluationAnswer" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "texts" TEXT[],
    "answeredOn" DATE NOT NULL,

    CONSTRAINT "MeetingEvaluationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingEvaluationAnswer_meetingId_idx" ON "MeetingEvaluationAnswer"("meetingId");

-- AddForeignKey
ALTER TABLE "MeetingEvaluation" ADD CONSTRAINT "MeetingEvaluation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingEvaluationRespondent" ADD CONSTRAINT "MeetingEvaluationRespondent_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingEvaluationRespondent" ADD CONSTRAINT "MeetingEvaluationRespondent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingEvaluationAnswer" ADD CONSTRAINT "MeetingEvaluationAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
