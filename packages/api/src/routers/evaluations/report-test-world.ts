import type { Db, Prisma } from '@knutepunkt/db';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { sealRaw } from './cipher.ts';
import { buildPublishedReport } from './report-freeze.ts';

/** The report's part of world.evaluations (docs/adr/0025): one evaluation in analysis, one in review. */
export interface ReportWorld {
  /** In analysis, ready to be sent for review (a summary and a recommendation). */
  analysis: { evaluationId: string };
  /** In review: two recommendations, a service contact's comment, a shared finding with quotes. */
  review: { evaluationId: string; recommendationIds: [string, string]; commentId: string };
}

export interface ReportWorldIds {
  networkId: string;
  commissionerId: string;
  serviceId: string;
  leadId: string;
}

const base = (ids: ReportWorldIds) => ({
  networkId: ids.networkId,
  commissionerOrganisationId: ids.commissionerId,
  serviceOrganisationId: ids.serviceId,
  leadId: ids.leadId,
  purpose: 'Hvordan opplever brukerne tjenesten?',
  methods: ['group_interviews' as const, 'individual_interviews' as const],
  startsOn: '2026-01-05',
  endsOn: '2026-06-30',
});

/**
 * An evaluation with a written report: sections, `recommendations` recommendations, a guide
 * and a theme with one shared finding carrying a cleared, a flagged and an overridden quote
 * (sealed like the real ones), and one finding kept inside the team.
 */
export async function createReportedEvaluation(
  db: Db | Prisma.TransactionClient,
  ids: ReportWorldIds,
  data: { slug: string; title: string; phase: 'analysis' | 'review' | 'collection'; recommendations?: number },
) {
  const evaluation = await db.evaluation.create({
    data: { ...base(ids), slug: data.slug, title: data.title, phase: data.phase },
  });
  await db.evaluationReport.create({
    data: {
      evaluationId: evaluation.id,
      summary: 'Brukerne opplever å bli tatt godt imot.',
      background: 'Tjenesten ba om en evaluering.',
      method: 'Gruppeintervjuer og individuelle intervjuer.',
      easyRead: 'Folk liker stedet.',
    },
  });
  const recommendationIds: string[] = [];
  for (let i = 0; i < (data.recommendations ?? 1); i++) {
    const r = await db.evaluationRecommendation.create({
      data: { evaluationId: evaluation.id, position: i, title: `Anbefaling ${i + 1}`, body: 'Gjør mer av dette.' },
    });
    recommendationIds.push(r.id);
  }
  const theme = await db.evaluationTheme.create({
    data: { evaluationId: evaluation.id, position: 0, title: 'Å bli møtt', description: 'Første møte.' },
  });
  const shared = await db.evaluationFinding.create({
    data: { themeId: theme.id, position: 0, text: 'De fleste følte seg velkomne.', shared: true },
  });
  await db.evaluationFinding.create({
    data: { themeId: theme.id, position: 1, text: 'Et internt funn.', shared: false },
  });
  const quote = (text: string, check: 'clear' | 'flagged' | 'overridden', position: number) =>
    db.evaluationQuote.create({
      data: { findingId: shared.id, text: sealRaw(TEST_RAW_DATA_KEYRING, text), check, checkKinds: [], position },
    });
  await quote('Jeg ble sett.', 'clear', 0);
  await quote('Kari på vakt ringte meg.', 'flagged', 1);
  await quote('Det var som å komme hjem.', 'overridden', 2);
  return { evaluationId: evaluation.id, recommendationIds };
}

export async function createReportWorld(
  db: Db,
  ids: ReportWorldIds,
  publishedEvaluationId: string,
): Promise<ReportWorld> {
  const analysis = await createReportedEvaluation(db, ids, {
    slug: 'bsb-boligtjenesten-2026',
    title: 'Brukerevaluering av boligtjenesten',
    phase: 'analysis',
  });
  const review = await createReportedEvaluation(db, ids, {
    slug: 'bsb-aktivitetshuset-2026',
    title: 'Brukerevaluering av aktivitetshuset',
    phase: 'review',
    recommendations: 2,
  });
  const comment = await db.evaluationReportComment.create({
    data: { evaluationId: review.evaluationId, section: 'summary', body: 'Kan dere si mer om ventetiden?' },
  });
  // The published evaluation gets a real frozen report, built as publishing builds it.
  const published = await db.evaluation.findUniqueOrThrow({
    where: { id: publishedEvaluationId },
    select: { publishedAt: true },
  });
  const report = await buildPublishedReport(
    db,
    TEST_RAW_DATA_KEYRING,
    publishedEvaluationId,
    published.publishedAt ?? new Date(),
    async () => {},
  );
  await db.evaluation.update({
    where: { id: publishedEvaluationId },
    data: { publishedReport: report as unknown as Prisma.InputJsonValue },
  });
  return {
    analysis: { evaluationId: analysis.evaluationId },
    review: {
      evaluationId: review.evaluationId,
      recommendationIds: review.recommendationIds as [string, string],
      commentId: comment.id,
    },
  };
}
