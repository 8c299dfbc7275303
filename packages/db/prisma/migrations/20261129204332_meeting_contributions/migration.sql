-- CreateEnum
CREATE TYPE "ContributionPromptKind" AS ENUM ('text', 'status_table');

-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('draft', 'sent');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('done', 'in_progress', 'not_started', 'not_relevant');

-- CreateTable
CREATE TABLE "ContributionCall" (
    "meetingId" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContributionCall_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "ContributionPrompt" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ContributionPromptKind" NOT NULL,
    "question" TEXT NOT NULL,

    CONSTRAINT "ContributionPrompt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionGoal" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ContributionGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingContribution" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "ContributionStatus" NOT NULL DEFAULT 'draft',
    "sentAt" TIMESTAMP(3),
    "lastEditedById" TEXT,
    "lastEditedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionAnswer" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "present" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContributionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionGoalAnswer" (
    "id" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "status" "GoalStatus",
    "comment" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContributionGoalAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionReminder" (
    "meetingId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContributionReminder_pkey" PRIMARY KEY ("meetingId","organisationId")
);

-- CreateIndex
CREATE INDEX "ContributionPrompt_meetingId_position_idx" ON "ContributionPrompt"("meetingId", "position");

-- CreateIndex
CREATE INDEX "ContributionGoal_promptId_position_idx" ON "ContributionGoal"("promptId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingContribution_meetingId_organisationId_key" ON "MeetingContribution"("meetingId", "organisationId");

-- CreateIndex
CREATE INDEX "ContributionAnswer_promptId_idx" ON "ContributionAnswer"("promptId");

-- CreateIndex
CREATE UNIQUE INDEX "ContributionAnswer_contributionId_promptId_key" ON "ContributionAnswer"("contributionId", "promptId");

-- CreateIndex
CREATE INDEX "ContributionGoalAnswer_goalId_idx" ON "ContributionGoalAnswer"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "ContributionGoalAnswer_contributionId_goalId_key" ON "ContributionGoalAnswer"("contributionId", "goalId");

-- AddForeignKey
ALTER TABLE "ContributionCall" ADD CONSTRAINT "ContributionCall_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionPrompt" ADD CONSTRAINT "ContributionPrompt_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ContributionCall"("meetingId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionGoal" ADD CONSTRAINT "ContributionGoal_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "ContributionPrompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingContribution" ADD CONSTRAINT "MeetingContribution_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingContribution" ADD CONSTRAINT "MeetingContribution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingContribution" ADD CONSTRAINT "MeetingContribution_lastEditedById_fkey" FOREIGN KEY ("lastEditedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionAnswer" ADD CONSTRAINT "ContributionAnswer_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "MeetingContribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionAnswer" ADD CONSTRAINT "ContributionAnswer_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "ContributionPrompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionGoalAnswer" ADD CONSTRAINT "ContributionGoalAnswer_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "MeetingContribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionGoalAnswer" ADD CONSTRAINT "ContributionGoalAnswer_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ContributionGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionReminder" ADD CONSTRAINT "ContributionReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionReminder" ADD CONSTRAINT "ContributionReminder_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
