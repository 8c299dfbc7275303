import type { Db } from '@knutepunkt/db';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { sealRaw } from './cipher.ts';
import { hashResponseToken } from './tokens.ts';
import { type ReportWorld, createReportWorld } from './report-test-world.ts';
import { addCollectionFixtures } from './collection-test-world.ts';

/** What the access matrix and the API tests use of the evaluations (docs/adr/0025). */
export interface EvaluationsWorld {
  /** In data collection: led by `lead`, with `teamMember` on the team; org4 is the service. */
  collecting: {
    evaluationId: string;
    guideVersionId: string;
    interviewId: string;
    noteId: string;
    /** The note's text as written (it is stored sealed). */
    noteText: string;
    questionnaireId: string;
    questionId: string;
    /** An unused web link's token (the database keeps only its hash). */
    token: string;
  };
  /** Published, in follow-up, with one recommendation the service has answered. */
  published: { evaluationId: string; slug: string; recommendationId: string };
  /** The report's evaluations (report-test-world.ts); `published` gets a real frozen report there. */
  report: ReportWorld;
}

export const WORLD_GUIDE = [
  {
    key: 't1',
    title: 'Å bli møtt',
    questions: [
      { key: 'q1', text: 'Hvordan ble du møtt første gang du kom?' },
      { key: 'q2', text: 'Hva kunne vært gjort annerledes?' },
    ],
  },
];

export async function createEvaluationsWorld(
  db: Db,
  ids: { networkId: string; commissionerId: string; serviceId: string; leadId: string; teamMemberId: string },
): Promise<EvaluationsWorld> {
  const base = {
    networkId: ids.networkId,
    commissionerOrganisationId: ids.commissionerId,
    serviceOrganisationId: ids.serviceId,
    leadId: ids.leadId,
    purpose: 'Hvordan opplever brukerne møteplassen?',
    methods: ['group_interviews' as const, 'questionnaire' as const],
  };
  const collecting = await db.evaluation.create({
    data: { ...base, slug: 'bsb-moteplassen-2026', title: 'Brukerevaluering av møteplassen', phase: 'collection' },
  });
  await db.evaluationTeamMember.create({ data: { evaluationId: collecting.id, userId: ids.teamMemberId } });
  await addCollectionFixtures(db, collecting.id);
  const guide = await db.evaluationGuideVersion.create({
    data: { evaluationId: collecting.id, version: 1, themes: WORLD_GUIDE, createdById: ids.leadId },
  });
  const interview = await db.evaluationInterview.create({
    data: {
      evaluationId: collecting.id,
      code: 'G1',
      kind: 'group',
      heldOn: '2026-10-12',
      participants: 5,
      guideVersionId: guide.id,
      consentById: ids.teamMemberId,
      consentAt: new Date('2026-10-12T08:00:00Z'),
      consentVersion: 1,
      createdById: ids.teamMemberId,
    },
  });
  const noteText = 'Flere sa at de ble tatt godt imot, og at det var lett å komme tilbake.';
  const note = await db.evaluationNote.create({
    data: {
      interviewId: interview.id,
      questionKey: 'q1',
      body: sealRaw(TEST_RAW_DATA_KEYRING, noteText),
      warningKinds: [],
    },
  });
  const questionnaire = await db.evaluationQuestionnaire.create({
    data: { evaluationId: collecting.id, title: 'Spørreskjema om møteplassen', status: 'open' },
  });
  const question = await db.evaluationQuestion.create({
    data: {
      questionnaireId: questionnaire.id,
      position: 0,
      kind: 'scale',
      text: 'Hvor godt trives du her?',
      options: ['Dårlig', 'Svært godt'],
    },
  });
  const token = 'verdens-testlenke-til-skjemaet-000001';
  await db.evaluationResponseToken.create({
    data: { questionnaireId: questionnaire.id, tokenHash: hashResponseToken(token) },
  });

  const published = await db.evaluation.create({
    data: {
      ...base,
      slug: 'bsb-dagsenteret-2025',
      title: 'Brukerevaluering av dagsenteret',
      phase: 'published',
      publishedAt: new Date('2026-05-01T10:00:00Z'),
    },
  });
  await db.evaluationReport.create({
    data: { evaluationId: published.id, summary: 'Brukerne er i hovedsak fornøyde.' },
  });
  const recommendation = await db.evaluationRecommendation.create({
    data: {
      evaluationId: published.id,
      position: 0,
      title: 'Lengre åpningstid på kveldstid',
      response: 'agreed',
      plannedAction: 'Prøve ut åpent til kl. 20 to dager i uka.',
      responsible: 'Leder for dagsenteret',
      respondedAt: new Date('2026-06-01T10:00:00Z'),
    },
  });
  const report = await createReportWorld(db, ids, published.id);
  return {
    report,
    collecting: {
      evaluationId: collecting.id,
      guideVersionId: guide.id,
      interviewId: interview.id,
      noteId: note.id,
      noteText,
      questionnaireId: questionnaire.id,
      questionId: question.id,
      token,
    },
    published: { evaluationId: published.id, slug: published.slug, recommendationId: recommendation.id },
  };
}
