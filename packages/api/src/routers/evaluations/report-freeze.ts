import type { Db, Prisma } from '@knutepunkt/db';
import { type Locale, type PublishedReport, isShownCount } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw } from './cipher.ts';
import type { RawRecordKind } from './raw-reads.ts';
import { questionnaireResults } from './results.ts';

type Tx = Prisma.TransactionClient | Db;

/** Told which raw records the report read, so the caller records them (raw-reads.ts). */
export type OnRawRead = (kind: RawRecordKind, ids: string[]) => Promise<void>;

/** A count as it may be shown outside the team: null where the group is too small («færre enn N»). */
const shown = (count: number, minimum: number): number | null => (isShownCount(count, minimum) ? count : null);

/**
 * The report as it is published (docs/adr/0025): built from the lead's sections, the shared
 * findings with their publishable quotes, the recommendations and the chosen questionnaire's
 * results, every count already through the evaluation's minimum group size. Publishing stores
 * exactly this on Evaluation.publishedReport; the preview and the service's review build it the
 * same way without storing it, so what they see is what will be public. Quotes are raw data:
 * only those the re-identification check cleared (or the lead overrode) are opened, and each
 * opening is reported to `onRawRead`.
 */
export async function buildPublishedReport(
  db: Tx,
  keyring: RawDataKeyring,
  evaluationId: string,
  publishedAt: Date,
  onRawRead: OnRawRead,
): Promise<PublishedReport> {
  const evaluation = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    select: {
      title: true,
      language: true,
      minGroupSize: true,
      startsOn: true,
      endsOn: true,
      service: { select: { name: true } },
      commissioner: { select: { name: true } },
      centre: { select: { name: true } },
      report: true,
    },
  });
  const minimum = evaluation.minGroupSize;
  const questionnaireId = evaluation.report?.questionnaireId ?? null;

  const [interviews, responses, themes, recommendations] = await Promise.all([
    db.evaluationInterview.groupBy({
      by: ['kind'],
      where: { evaluationId },
      _count: { _all: true },
      _sum: { participants: true },
    }),
    db.evaluationResponse.count({
      where: questionnaireId ? { questionnaireId } : { questionnaire: { evaluationId } },
    }),
    db.evaluationTheme.findMany({
      where: { evaluationId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: {
        title: true,
        description: true,
        findings: {
          where: { shared: true },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          select: {
            text: true,
            quotes: {
              where: { check: { in: ['clear', 'overridden'] } },
              orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
              select: { id: true, text: true },
            },
          },
        },
      },
    }),
    db.evaluationRecommendation.findMany({
      where: { evaluationId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true, title: true, body: true },
    }),
  ]);

  const byKind = (kind: 'group' | 'individual') => interviews.find((row) => row.kind === kind);
  const group = byKind('group');
  const individual = byKind('individual');
  const groupCount = group?._count._all ?? 0;
  const individualCount = individual?._count._all ?? 0;
  const participants = (group?._sum.participants ?? 0) + (individual?._sum.participants ?? 0);

  const withFindings = themes.filter((theme) => theme.findings.length > 0);
  const quoteIds = withFindings.flatMap((theme) => theme.findings.flatMap((f) => f.quotes.map((q) => q.id)));
  if (quoteIds.length > 0) await onRawRead('quote', quoteIds);

  const results = questionnaireId
    ? await questionnaireResults(db, keyring, questionnaireId, minimum, (ids) => onRawRead('answer', ids))
    : [];

  return {
    version: 1,
    title: evaluation.title,
    language: evaluation.language as Locale,
    publishedAt: publishedAt.toISOString(),
    minGroupSize: minimum,
    service: evaluation.service?.name ?? null,
    commissioner: evaluation.commissioner?.name ?? null,
    centre: evaluation.centre?.name ?? null,
    startsOn: evaluation.startsOn,
    endsOn: evaluation.endsOn,
    summary: evaluation.report?.summary ?? '',
    background: evaluation.report?.background ?? '',
    method: evaluation.report?.method ?? '',
    easyRead: evaluation.report?.easyRead ?? '',
    heard: {
      groupInterviews: shown(groupCount, minimum),
      individualInterviews: shown(individualCount, minimum),
      participants: shown(participants, minimum),
      questionnaireResponses: shown(responses, minimum),
    },
    themes: withFindings.map((theme) => ({
      title: theme.title,
      description: theme.description,
      findings: theme.findings.map((finding) => ({
        text: finding.text,
        quotes: finding.quotes.map((quote) => openRaw(keyring, quote.text)),
      })),
    })),
    recommendations,
    results,
  };
}
