import type { Db } from '@knutepunkt/db';
import { isShownCount, quoteIsPublishable } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw, requireKeyring } from './cipher.ts';
import { recordRawReads } from './raw-reads.ts';
import type { EvaluationInScope } from './scope.ts';

const PUBLISHABLE = ['clear', 'overridden'] as const;

/**
 * What the evaluated service's contacts see (docs/adr/0025): the agreement, the plan and the
 * timeline; and, once the lead has shared them, the preliminary findings the team marked as
 * shared, each with only the quotes that passed the re-identification check or were let out by
 * the lead. Never a note, a flagged quote, an interview code or a small group: how many were
 * heard is shown only from the evaluation's minimum group size on (null: «færre enn N»).
 *
 * The team is given as the lead's name and how many user-interviewers there are, not their
 * names: the interviewers are people with lived experience, often of services like this one,
 * and naming them to the service would tell it about their own use of services.
 */
export async function serviceOverview(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
) {
  const row = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluation.id },
    select: {
      purpose: true,
      questions: true,
      scope: true,
      startsOn: true,
      endsOn: true,
      agreementSignedOn: true,
      methods: true,
      targetGroups: true,
      plannedGroupInterviews: true,
      plannedIndividualInterviews: true,
      plannedParticipants: true,
      plannedQuestionnaireResponses: true,
      findingsSharedAt: true,
      commissioner: { select: { name: true } },
      service: { select: { name: true } },
      centre: { select: { name: true } },
      lead: { select: { name: true } },
      _count: { select: { team: true } },
      dialogueMeeting: { select: { slug: true, startsAt: true, endsAt: true, status: true } },
    },
  });
  const minimum = evaluation.minGroupSize;
  const shown = (n: number) => (isShownCount(n, minimum) ? n : null);
  const meeting = row.dialogueMeeting;
  const base = {
    evaluation: { id: evaluation.id, title: evaluation.title, phase: evaluation.phase, language: evaluation.language },
    minGroupSize: minimum,
    organisations: {
      commissioner: row.commissioner?.name ?? null,
      service: row.service?.name ?? null,
      centre: row.centre?.name ?? null,
    },
    agreement: { purpose: row.purpose, questions: row.questions, scope: row.scope },
    timeline: { startsOn: row.startsOn, endsOn: row.endsOn, agreementSignedOn: row.agreementSignedOn },
    plan: {
      methods: row.methods,
      targetGroups: row.targetGroups,
      plannedGroupInterviews: row.plannedGroupInterviews,
      plannedIndividualInterviews: row.plannedIndividualInterviews,
      plannedParticipants: row.plannedParticipants,
      plannedQuestionnaireResponses: row.plannedQuestionnaireResponses,
      lead: row.lead?.name ?? null,
      interviewers: row._count.team,
    },
    // The service sees a meeting of the meetings module only once it is published there.
    dialogueMeeting:
      meeting && (meeting.status === 'published' || meeting.status === 'held')
        ? { slug: meeting.slug, startsAt: meeting.startsAt, endsAt: meeting.endsAt }
        : null,
    findingsSharedAt: row.findingsSharedAt,
  };
  if (!row.findingsSharedAt) return { ...base, heard: null, themes: [] };

  const ring = requireKeyring(keyring);
  const [interviews, themes] = await Promise.all([
    db.evaluationInterview.groupBy({
      by: ['kind'],
      where: { evaluationId: evaluation.id },
      _count: { _all: true },
      _sum: { participants: true },
    }),
    db.evaluationTheme.findMany({
      where: { evaluationId: evaluation.id, findings: { some: { shared: true } } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        description: true,
        findings: {
          where: { shared: true },
          orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
          select: {
            id: true,
            text: true,
            quotes: {
              where: { check: { in: [...PUBLISHABLE] } },
              orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
              select: { id: true, text: true, check: true },
            },
          },
        },
      },
    }),
  ]);
  const of = (kind: 'group' | 'individual') => interviews.find((i) => i.kind === kind);
  const participants = interviews.reduce((n, i) => n + (i._sum.participants ?? 0), 0);
  const quoteIds: string[] = [];
  const shownThemes = themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    description: theme.description,
    findings: theme.findings.map((finding) => ({
      id: finding.id,
      text: finding.text,
      // Checked again here, so a change to the query can never let a flagged quote through.
      quotes: finding.quotes
        .filter((q) => quoteIsPublishable(q.check))
        .map((q) => {
          quoteIds.push(q.id);
          return { id: q.id, text: openRaw(ring, q.text) };
        }),
    })),
  }));
  await recordRawReads(db, actorId, evaluation, 'quote', quoteIds);
  return {
    ...base,
    heard: {
      groupInterviews: shown(of('group')?._count._all ?? 0),
      individualInterviews: shown(of('individual')?._count._all ?? 0),
      participants: shown(participants),
    },
    themes: shownThemes,
  };
}
