import { addDaysToDate, checkQuote, followUpRoundsFor, osloLocalToUtc } from '@knutepunkt/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  EVALUATION_LEAD,
  type EvaluationSeedIds,
  type EvaluationSeedOptions,
  SERVICE_CONTACT,
  type Tx,
  type WrittenEvaluation,
} from './evaluations-context.ts';
import { reportFromData } from './evaluations-report.ts';
import type { CompletedEvaluationData } from './evaluations-shape.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';

/** Analysis, report, publication and follow-up of the completed evaluation. */
export async function writeOutcome(
  tx: Tx,
  ids: EvaluationSeedIds,
  data: CompletedEvaluationData,
  written: WrittenEvaluation,
  publishedDay: string,
  options: EvaluationSeedOptions,
  now: Date,
): Promise<void> {
  const { evaluationId } = written;
  const at = (n: number, time: string) => osloLocalToUtc(addDaysToDate(publishedDay, n), time);
  const publishedAt = at(0, '12:00');
  const lead = ids.userId(EVALUATION_LEAD);
  const contact = ids.userId(SERVICE_CONTACT);

  for (const [position, theme] of data.themes.entries()) {
    const created = await tx.evaluationTheme.create({
      data: { evaluationId, position, title: theme.title, description: theme.description },
    });
    for (const [fp, finding] of theme.findings.entries()) {
      const noteIds = finding.notes.flatMap(([code, key]) => written.noteIds.get(`${code}/${key}`) ?? []);
      await tx.evaluationFinding.create({
        data: {
          themeId: created.id,
          position: fp,
          text: finding.text,
          shared: finding.shared ?? true,
          createdAt: at(data.findingsShared - 10, '13:00'),
          notes: { create: noteIds.map((noteId) => ({ noteId })) },
          // Quotes only with their notes, sealed: never plain text in the database.
          quotes: options.sealRawText
            ? {
                create: (finding.quotes ?? []).map((quote, qp) => ({
                  noteId: written.noteIds.get(`${quote.from[0]}/${quote.from[1]}`) ?? null,
                  text: options.sealRawText!(quote.text),
                  ...checkQuote(quote.text),
                  position: qp,
                })),
              }
            : undefined,
        },
      });
    }
  }

  await tx.evaluationReport.create({
    data: { evaluationId, ...data.report, questionnaireId: written.questionnaireId },
  });
  const recommendations: Array<{ id: string; position: number; title: string; body: string }> = [];
  for (const [position, r] of data.recommendations.entries()) {
    recommendations.push(
      await tx.evaluationRecommendation.create({
        data: {
          evaluationId,
          position,
          title: r.title,
          body: r.body,
          response: r.response,
          plannedAction: r.plannedAction,
          responsible: r.responsible,
          respondedAt: at(data.responded, '10:00'),
          respondedById: contact,
        },
        select: { id: true, position: true, title: true, body: true },
      }),
    );
  }

  const evaluation = await tx.evaluation.update({
    where: { id: evaluationId },
    data: {
      phase: 'published',
      publishedAt,
      findingsSharedAt: at(data.findingsShared, '09:00'),
      // E-mailed to the participants the day after (long since sent: no message is queued for it).
      reportSentAt: at(1, '09:00'),
    },
  });
  if (options.publishEvaluationReport) {
    await options.publishEvaluationReport(tx, { evaluationId, userId: lead, at: publishedAt });
  } else {
    const name = (slug: string) => DEMO_ORGANISATIONS.find((o) => o.slug === slug)?.name ?? null;
    const report = reportFromData(data, {
      publishedAt,
      minGroupSize: evaluation.minGroupSize,
      names: { service: name(data.service), commissioner: name(data.commissioner), centre: name(data.centre) },
      startsOn: evaluation.startsOn,
      endsOn: evaluation.endsOn,
      recommendations,
      questionIds: written.questionIds,
    });
    await tx.evaluation.update({
      where: { id: evaluationId },
      data: { publishedReport: report as unknown as Prisma.InputJsonValue },
    });
  }

  // The rounds as publishing makes them (kept if the publishing function made them already);
  // the job asked for the 6-month one an hour after it fell due.
  const rounds = followUpRoundsFor(publishedAt);
  await tx.evaluationFollowUpRound.createMany({
    data: rounds.map((r) => ({ evaluationId, ...r })),
    skipDuplicates: true,
  });
  const six = rounds.find((r) => r.months === 6 && r.dueAt <= now);
  if (!six) return;
  const requestedAt = new Date(six.dueAt.getTime() + 3_600_000);
  await tx.evaluationFollowUpRound.update({
    where: { evaluationId_months: { evaluationId, months: 6 } },
    data: { requestedAt },
  });
  // Answered about a week after the request, never later than the seed's `now`.
  const answeredAt = new Date(Math.min(requestedAt.getTime() + 8 * 86_400_000, now.getTime() - 3_600_000));
  await tx.evaluationRecommendationStatus.createMany({
    data: data.recommendations.map((r, i) => ({
      recommendationId: recommendations[i]!.id,
      round: 6,
      status: r.sixMonths.status,
      comment: r.sixMonths.comment,
      byId: contact,
      at: answeredAt,
    })),
  });
}
