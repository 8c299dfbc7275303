-- CreateEnum
CREATE TYPE "EvaluationPhase" AS ENUM ('agreement', 'planning', 'collection', 'analysis', 'review', 'published', 'closed');

-- CreateEnum
CREATE TYPE "EvaluationMethod" AS ENUM ('group_interviews', 'individual_interviews', 'questionnaire');

-- CreateEnum
CREATE TYPE "EvaluationInterviewKind" AS ENUM ('group', 'individual');

-- CreateEnum
CREATE TYPE "EvaluationQuestionKind" AS ENUM ('single', 'multiple', 'scale', 'text');

-- CreateEnum
CREATE TYPE "EvaluationQuestionnaireStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "EvaluationResponseMode" AS ENUM ('web', 'paper');

-- CreateEnum
CREATE TYPE "EvaluationQuoteCheck" AS ENUM ('clear', 'flagged', 'overridden');

-- CreateEnum
CREATE TYPE "EvaluationServiceResponse" AS ENUM ('agreed', 'partly', 'not_agreed');

-- CreateEnum
CREATE TYPE "EvaluationFollowUpStatus" AS ENUM ('done', 'in_progress', 'not_started');

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "networkId" TEXT NOT NULL,
    "centreOrganisationId" TEXT,
    "commissionerOrganisationId" TEXT,
    "serviceOrganisationId" TEXT,
    "leadId" TEXT,
    "phase" "EvaluationPhase" NOT NULL DEFAULT 'agreement',
    "purpose" TEXT NOT NULL DEFAULT '',
    "questions" TEXT NOT NULL DEFAULT '',
    "scope" TEXT NOT NULL DEFAULT '',
    "startsOn" TEXT,
    "endsOn" TEXT,
    "agreementSignedOn" TEXT,
    "methods" "EvaluationMethod"[],
    "targetGroups" TEXT NOT NULL DEFAULT '',
    "plannedGroupInterviews" INTEGER NOT NULL DEFAULT 0,
    "plannedIndividualInterviews" INTEGER NOT NULL DEFAULT 0,
    "plannedParticipants" INTEGER NOT NULL DEFAULT 0,
    "plannedQuestionnaireResponses" INTEGER NOT NULL DEFAULT 0,
    "retentionMonths" INTEGER NOT NULL DEFAULT 6,
    "minGroupSize" INTEGER NOT NULL DEFAULT 5,
    "consentText" TEXT NOT NULL DEFAULT '',
    "consentVersion" INTEGER NOT NULL DEFAULT 1,
    "findingsSharedAt" TIMESTAMP(3),
    "dialogueMeetingId" TEXT,
    "publishedReport" JSONB,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "retentionReminderSentAt" TIMESTAMP(3),
    "rawDataDeletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAttachment" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'agreement',
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationTeamMember" (
    "evaluationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationTeamMember_pkey" PRIMARY KEY ("evaluationId","userId")
);

-- CreateTable
CREATE TABLE "EvaluationTraining" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "course" TEXT NOT NULL,
    "completedOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationGuideVersion" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "themes" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationGuideVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationInterview" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "EvaluationInterviewKind" NOT NULL,
    "heldOn" TEXT NOT NULL,
    "participants" INTEGER NOT NULL,
    "guideVersionId" TEXT NOT NULL,
    "consentById" TEXT,
    "consentAt" TIMESTAMP(3),
    "consentVersion" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationInterview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationNote" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "warningKinds" TEXT[],
    "warnedPassageKept" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationQuestionnaire" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "language" "Locale" NOT NULL DEFAULT 'nb',
    "status" "EvaluationQuestionnaireStatus" NOT NULL DEFAULT 'draft',
    "breakdownQuestionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationQuestionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationQuestion" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "EvaluationQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EvaluationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponseToken" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationResponseToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "mode" "EvaluationResponseMode" NOT NULL,
    "enteredById" TEXT,
    "receivedOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "choices" INTEGER[],
    "scale" INTEGER,
    "text" TEXT,

    CONSTRAINT "EvaluationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationTheme" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EvaluationTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationFinding" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationFindingNote" (
    "findingId" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,

    CONSTRAINT "EvaluationFindingNote_pkey" PRIMARY KEY ("findingId","noteId")
);

-- CreateTable
CREATE TABLE "EvaluationQuote" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "noteId" TEXT,
    "text" TEXT NOT NULL,
    "check" "EvaluationQuoteCheck" NOT NULL,
    "checkKinds" TEXT[],
    "overrideById" TEXT,
    "overrideReason" TEXT,
    "overrideAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationReport" (
    "evaluationId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "background" TEXT NOT NULL DEFAULT '',
    "method" TEXT NOT NULL DEFAULT '',
    "easyRead" TEXT NOT NULL DEFAULT '',
    "questionnaireId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationReport_pkey" PRIMARY KEY ("evaluationId")
);

-- CreateTable
CREATE TABLE "EvaluationReportComment" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "authorId" TEXT,
    "section" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationReportComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRecommendation" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "response" "EvaluationServiceResponse",
    "plannedAction" TEXT NOT NULL DEFAULT '',
    "responsible" TEXT NOT NULL DEFAULT '',
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,

    CONSTRAINT "EvaluationRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRecommendationStatus" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "round" INTEGER,
    "status" "EvaluationFollowUpStatus" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "byId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationRecommendationStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationFollowUpRound" (
    "evaluationId" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "requestedAt" TIMESTAMP(3),

    CONSTRAINT "EvaluationFollowUpRound_pkey" PRIMARY KEY ("evaluationId","months")
);

-- CreateTable
CREATE TABLE "EvaluationRawRead" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "actorId" TEXT,
    "recordKind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "breakGlassId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationRawRead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationBreakGlass" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "adminId" TEXT,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationBreakGlass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationDeletion" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "code" TEXT,
    "counts" JSONB NOT NULL,
    "byId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_slug_key" ON "Evaluation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_dialogueMeetingId_key" ON "Evaluation"("dialogueMeetingId");

-- CreateIndex
CREATE INDEX "Evaluation_networkId_idx" ON "Evaluation"("networkId");

-- CreateIndex
CREATE INDEX "Evaluation_serviceOrganisationId_idx" ON "Evaluation"("serviceOrganisationId");

-- CreateIndex
CREATE INDEX "Evaluation_phase_idx" ON "Evaluation"("phase");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAttachment_storageKey_key" ON "EvaluationAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "EvaluationAttachment_evaluationId_idx" ON "EvaluationAttachment"("evaluationId");

-- CreateIndex
CREATE INDEX "EvaluationTeamMember_userId_idx" ON "EvaluationTeamMember"("userId");

-- CreateIndex
CREATE INDEX "EvaluationTraining_evaluationId_userId_idx" ON "EvaluationTraining"("evaluationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationGuideVersion_evaluationId_version_key" ON "EvaluationGuideVersion"("evaluationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationInterview_evaluationId_code_key" ON "EvaluationInterview"("evaluationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationNote_interviewId_questionKey_key" ON "EvaluationNote"("interviewId", "questionKey");

-- CreateIndex
CREATE INDEX "EvaluationQuestionnaire_evaluationId_idx" ON "EvaluationQuestionnaire"("evaluationId");

-- CreateIndex
CREATE INDEX "EvaluationQuestion_questionnaireId_position_idx" ON "EvaluationQuestion"("questionnaireId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationResponseToken_tokenHash_key" ON "EvaluationResponseToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EvaluationResponseToken_questionnaireId_idx" ON "EvaluationResponseToken"("questionnaireId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_questionnaireId_idx" ON "EvaluationResponse"("questionnaireId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_questionId_idx" ON "EvaluationAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationAnswer_responseId_questionId_key" ON "EvaluationAnswer"("responseId", "questionId");

-- CreateIndex
CREATE INDEX "EvaluationTheme_evaluationId_position_idx" ON "EvaluationTheme"("evaluationId", "position");

-- CreateIndex
CREATE INDEX "EvaluationFinding_themeId_position_idx" ON "EvaluationFinding"("themeId", "position");

-- CreateIndex
CREATE INDEX "EvaluationFindingNote_noteId_idx" ON "EvaluationFindingNote"("noteId");

-- CreateIndex
CREATE INDEX "EvaluationQuote_findingId_idx" ON "EvaluationQuote"("findingId");

-- CreateIndex
CREATE INDEX "EvaluationReportComment_evaluationId_createdAt_idx" ON "EvaluationReportComment"("evaluationId", "createdAt");

-- CreateIndex
CREATE INDEX "EvaluationRecommendation_evaluationId_position_idx" ON "EvaluationRecommendation"("evaluationId", "position");

-- CreateIndex
CREATE INDEX "EvaluationRecommendationStatus_recommendationId_at_idx" ON "EvaluationRecommendationStatus"("recommendationId", "at");

-- CreateIndex
CREATE INDEX "EvaluationFollowUpRound_dueAt_idx" ON "EvaluationFollowUpRound"("dueAt");

-- CreateIndex
CREATE INDEX "EvaluationRawRead_evaluationId_at_idx" ON "EvaluationRawRead"("evaluationId", "at");

-- CreateIndex
CREATE INDEX "EvaluationBreakGlass_evaluationId_expiresAt_idx" ON "EvaluationBreakGlass"("evaluationId", "expiresAt");

-- CreateIndex
CREATE INDEX "EvaluationDeletion_evaluationId_at_idx" ON "EvaluationDeletion"("evaluationId", "at");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_centreOrganisationId_fkey" FOREIGN KEY ("centreOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_commissionerOrganisationId_fkey" FOREIGN KEY ("commissionerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_serviceOrganisationId_fkey" FOREIGN KEY ("serviceOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_dialogueMeetingId_fkey" FOREIGN KEY ("dialogueMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAttachment" ADD CONSTRAINT "EvaluationAttachment_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTeamMember" ADD CONSTRAINT "EvaluationTeamMember_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTeamMember" ADD CONSTRAINT "EvaluationTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTraining" ADD CONSTRAINT "EvaluationTraining_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTraining" ADD CONSTRAINT "EvaluationTraining_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationGuideVersion" ADD CONSTRAINT "EvaluationGuideVersion_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationInterview" ADD CONSTRAINT "EvaluationInterview_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationInterview" ADD CONSTRAINT "EvaluationInterview_guideVersionId_fkey" FOREIGN KEY ("guideVersionId") REFERENCES "EvaluationGuideVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationNote" ADD CONSTRAINT "EvaluationNote_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "EvaluationInterview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationQuestionnaire" ADD CONSTRAINT "EvaluationQuestionnaire_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationQuestion" ADD CONSTRAINT "EvaluationQuestion_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "EvaluationQuestionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponseToken" ADD CONSTRAINT "EvaluationResponseToken_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "EvaluationQuestionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "EvaluationQuestionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "EvaluationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "EvaluationQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTheme" ADD CONSTRAINT "EvaluationTheme_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFinding" ADD CONSTRAINT "EvaluationFinding_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "EvaluationTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFindingNote" ADD CONSTRAINT "EvaluationFindingNote_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "EvaluationFinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFindingNote" ADD CONSTRAINT "EvaluationFindingNote_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "EvaluationNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationQuote" ADD CONSTRAINT "EvaluationQuote_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "EvaluationFinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationQuote" ADD CONSTRAINT "EvaluationQuote_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "EvaluationNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReport" ADD CONSTRAINT "EvaluationReport_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReportComment" ADD CONSTRAINT "EvaluationReportComment_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReportComment" ADD CONSTRAINT "EvaluationReportComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRecommendation" ADD CONSTRAINT "EvaluationRecommendation_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRecommendationStatus" ADD CONSTRAINT "EvaluationRecommendationStatus_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "EvaluationRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFollowUpRound" ADD CONSTRAINT "EvaluationFollowUpRound_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRawRead" ADD CONSTRAINT "EvaluationRawRead_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRawRead" ADD CONSTRAINT "EvaluationRawRead_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationBreakGlass" ADD CONSTRAINT "EvaluationBreakGlass_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationBreakGlass" ADD CONSTRAINT "EvaluationBreakGlass_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationDeletion" ADD CONSTRAINT "EvaluationDeletion_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The public cache (docs/adr/0011): a published report is frozen on the evaluation row, and its
-- page shows each recommendation's response and follow-up status, so these three tables are the
-- ones a public read shows. Raw data (interviews, notes, responses) is never shown publicly.
CREATE TRIGGER "Evaluation_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Evaluation"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "EvaluationRecommendation_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EvaluationRecommendation"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
CREATE TRIGGER "EvaluationRecommendationStatus_public_content_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EvaluationRecommendationStatus"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_public_content_version"();
