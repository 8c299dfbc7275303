import type { Db } from '@knutepunkt/db';
import { type Locale, notFound, toCsv, translate } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

/**
 * The compilation of a meeting's contributions: per prompt, every organisation's answer,
 * and the member organisations that have not sent theirs. The coordinator reads it (with
 * drafts, `onlySent: false`, so a late organisation's work is visible too), marks answers to
 * present, prints it and downloads it as CSV; after the meeting the network's members read
 * the sent ones (contributions-shared.ts).
 */
export async function compileContributions(db: Db, meetingId: string, options: { onlySent: boolean }) {
  const [prompts, contributions, members] = await Promise.all([
    db.contributionPrompt.findMany({
      where: { meetingId },
      orderBy: { position: 'asc' },
      select: {
        id: true,
        kind: true,
        question: true,
        goals: { orderBy: { position: 'asc' }, select: { id: true, title: true } },
      },
    }),
    db.meetingContribution.findMany({
      where: { meetingId, ...(options.onlySent ? { status: 'sent' as const } : {}) },
      orderBy: { organisation: { name: 'asc' } },
      select: {
        id: true,
        status: true,
        sentAt: true,
        lastEditedAt: true,
        organisation: { select: { id: true, name: true } },
        answers: { select: { id: true, promptId: true, text: true, present: true } },
        goalAnswers: { select: { goalId: true, status: true, comment: true } },
      },
    }),
    db.networkMember.findMany({
      where: { network: { meetings: { some: { id: meetingId } } } },
      select: { organisation: { select: { id: true, name: true } } },
      orderBy: { organisation: { name: 'asc' } },
    }),
  ]);
  const sentIds = new Set(contributions.filter((c) => c.status === 'sent').map((c) => c.organisation.id));
  const draftIds = new Set(contributions.filter((c) => c.status === 'draft').map((c) => c.organisation.id));
  return {
    prompts: prompts.map((prompt) => {
      const goalIds = new Set(prompt.goals.map((g) => g.id));
      const answers = contributions.flatMap((c) => {
        const answer = c.answers.find((a) => a.promptId === prompt.id);
        const goals = c.goalAnswers.filter((g) => goalIds.has(g.goalId));
        const empty = prompt.kind === 'text' ? !answer?.text.trim() : !goals.some((g) => g.status || g.comment.trim());
        if (!answer || empty) return [];
        return [
          {
            answerId: answer.id,
            organisation: c.organisation,
            contributionStatus: c.status,
            text: answer.text,
            present: answer.present,
            goals: goals.map(({ goalId, status, comment }) => ({ goalId, status, comment })),
          },
        ];
      });
      return { ...prompt, answers };
    }),
    notSent: members
      .map((m) => m.organisation)
      .filter((o) => !sentIds.has(o.id))
      .map((o) => ({ ...o, status: draftIds.has(o.id) ? ('draft' as const) : ('none' as const) })),
    sentCount: sentIds.size,
    memberCount: members.length,
  };
}

/** Mark (or unmark) one organisation's answer to be presented at the meeting. */
export async function setAnswerPresent(db: Db, actorId: string, meetingId: string, answerId: string, present: boolean) {
  return db.$transaction(async (tx) => {
    const answer = await tx.contributionAnswer.findFirst({
      where: { id: answerId, contribution: { meetingId } },
      select: { id: true, present: true, contributionId: true },
    });
    if (!answer) throw notFound();
    await tx.contributionAnswer.update({ where: { id: answerId }, data: { present } });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meetingContribution',
      entityId: answer.contributionId,
      before: { answerId, present: answer.present },
      after: { answerId, present },
    });
    return { answerId, present };
  });
}

/**
 * The compilation as CSV (RFC 4180, formula-guarded: domain/csv.ts), one row per
 * organisation and prompt, or per organisation and goal for a status table; headers and
 * status words in the coordinator's language.
 */
export async function contributionsCsv(db: Db, meeting: { id: string; slug: string }, locale: Locale) {
  const { prompts } = await compileContributions(db, meeting.id, { onlySent: false });
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const rows: Array<Array<string | number>> = [
    [
      t('meetings.contributions.csv.organisation'),
      t('meetings.contributions.csv.contributionStatus'),
      t('meetings.contributions.csv.number'),
      t('meetings.contributions.csv.question'),
      t('meetings.contributions.csv.goal'),
      t('meetings.contributions.csv.answer'),
      t('meetings.contributions.csv.comment'),
      t('meetings.contributions.csv.present'),
    ],
  ];
  for (const [index, prompt] of prompts.entries()) {
    for (const answer of prompt.answers) {
      const base = [
        answer.organisation.name,
        t(`meetings.contributions.status.${answer.contributionStatus}`),
        index + 1,
      ];
      const present = answer.present ? t('meetings.contributions.csv.yes') : '';
      if (prompt.kind === 'text') {
        rows.push([...base, prompt.question, '', answer.text, '', present]);
        continue;
      }
      for (const goal of prompt.goals) {
        const given = answer.goals.find((g) => g.goalId === goal.id);
        const status = given?.status ? t(`meetings.contributions.goal.${given.status}`) : '';
        rows.push([...base, prompt.question, goal.title, status, given?.comment ?? '', present]);
      }
    }
  }
  return { filename: `innspill-${meeting.slug}.csv`, csv: toCsv(rows) };
}
