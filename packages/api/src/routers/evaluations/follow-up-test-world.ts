import type { Db } from '@knutepunkt/db';
import { type PublishedReport, followUpRoundsFor, suppressTable } from '@knutepunkt/domain';

/**
 * The frozen report of world.evaluations.published (docs/adr/0025), built here until the
 * report publisher freezes one: what the public report pages and their tests read. Invented
 * and clearly fictional; one table has a small group («færre enn 5»).
 */
export function publishedReportFixture(recommendation: { id: string; title: string }): PublishedReport {
  return {
    version: 1,
    title: 'Brukerevaluering av dagsenteret',
    language: 'nb',
    publishedAt: '2026-05-01T10:00:00.000Z',
    minGroupSize: 5,
    service: 'Tjenesten fire',
    commissioner: 'Kommune en',
    centre: null,
    startsOn: '2026-01-05',
    endsOn: '2026-04-20',
    summary: 'Brukerne er i hovedsak **fornøyde** med dagsenteret.',
    background: 'Kommunen ba om en brukerevaluering av dagsenteret.',
    method: 'Fire gruppeintervjuer og et spørreskjema.',
    easyRead: 'De fleste liker dagsenteret. De vil ha lengre åpningstid.',
    heard: { groupInterviews: 4, individualInterviews: null, participants: 23, questionnaireResponses: 31 },
    themes: [
      {
        title: 'Å bli møtt',
        description: 'Hvordan brukerne blir tatt imot.',
        findings: [{ text: 'De fleste føler seg velkomne.', quotes: ['Her blir jeg sett.'] }],
      },
    ],
    recommendations: [{ id: recommendation.id, position: 0, title: recommendation.title, body: 'Åpent to kvelder.' }],
    results: [
      {
        questionId: 'q-trives',
        text: 'Hvor godt trives du her?',
        kind: 'single',
        rows: ['Godt', 'Middels', 'Dårlig'],
        columns: ['Antall'],
        table: suppressTable([[20], [8], [3]], 5),
        answered: 31,
        texts: [],
        textHidden: false,
      },
    ],
  };
}

/** Freeze the fixture onto the published evaluation and give it its 6- and 12-month rounds (not yet requested). */
export async function addFollowUpWorld(db: Db, published: { evaluationId: string; recommendationId: string }) {
  const [evaluation, recommendation] = await Promise.all([
    db.evaluation.findUniqueOrThrow({
      where: { id: published.evaluationId },
      select: { publishedAt: true, publishedReport: true },
    }),
    db.evaluationRecommendation.findUniqueOrThrow({
      where: { id: published.recommendationId },
      select: { id: true, title: true },
    }),
  ]);
  // Leave a report the publisher's own fixture froze alone.
  if (evaluation.publishedReport === null) {
    await db.evaluation.update({
      where: { id: published.evaluationId },
      data: { publishedReport: publishedReportFixture(recommendation) as object },
    });
  }
  await db.evaluationFollowUpRound.createMany({
    data: followUpRoundsFor(evaluation.publishedAt!).map((r) => ({ evaluationId: published.evaluationId, ...r })),
    skipDuplicates: true,
  });
}
