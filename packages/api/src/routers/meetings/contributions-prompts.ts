import type { Db } from '@knutepunkt/db';
import {
  type ContributionPromptsInput,
  UserError,
  notFound,
  osloLocalToUtc,
  removedWithAnswers,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { lockMeeting } from './scope.ts';

/**
 * The coordinator's side of contributions (innspill): the prompts and the deadline. The list
 * is saved whole, like the agenda, but prompts and goals keep their ids, so the answers to
 * what stays are kept; removing something that has answers is refused unless the coordinator
 * has agreed to lose them (`confirmRemoval`).
 */

/** Answers that hold something: a blank answer row (made by autosave) does not count. */
const ANSWERED_TEXT = { where: { text: { not: '' } } };
const ANSWERED_GOAL = { where: { OR: [{ status: { not: null } }, { comment: { not: '' } }] } };

async function existingPrompts(db: Pick<Db, 'contributionPrompt'>, meetingId: string) {
  const prompts = await db.contributionPrompt.findMany({
    where: { meetingId },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      kind: true,
      question: true,
      _count: { select: { answers: ANSWERED_TEXT } },
      goals: {
        orderBy: { position: 'asc' },
        select: { id: true, title: true, _count: { select: { answers: ANSWERED_GOAL } } },
      },
    },
  });
  return prompts.map(({ _count, goals, ...p }) => {
    const goalRows = goals.map(({ _count: c, ...g }) => ({ ...g, answers: c.answers }));
    const answers = p.kind === 'text' ? _count.answers : goalRows.reduce((sum, g) => sum + g.answers, 0);
    return { ...p, answers, goals: goalRows };
  });
}

/** The prompts, the deadline and how many answers each prompt and goal has (the editor warns before removing). */
export async function contributionPromptsForStaff(db: Db, meetingId: string) {
  const [call, prompts] = await Promise.all([
    db.contributionCall.findUnique({ where: { meetingId }, select: { deadline: true } }),
    existingPrompts(db, meetingId),
  ]);
  return { deadline: call?.deadline ?? null, prompts };
}

export async function setContributionPrompts(
  db: Db,
  actorId: string,
  meetingId: string,
  input: ContributionPromptsInput,
) {
  const { date, time, disambiguation } = input.deadline;
  const deadline = osloLocalToUtc(date, time, disambiguation, { field: 'deadline' });
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) throw notFound();
    if (meeting.status === 'cancelled' || meeting.status === 'held') {
      throw new UserError('conflict', 'meetings.error.state');
    }
    if (deadline.getTime() > meeting.startsAt.getTime()) {
      throw new UserError('badRequest', 'meetings.contributions.deadline.afterStart', {
        fieldErrors: { deadline: 'meetings.contributions.deadline.afterStart' },
      });
    }
    const existing = await existingPrompts(tx, meetingId);
    const byId = new Map(existing.map((p) => [p.id, p]));
    // A prompt keeps its id only if it is this meeting's and keeps its kind; anything else is new.
    const kept = new Set<string>();
    const keptGoals = new Set<string>();
    for (const prompt of input.prompts) {
      if (!prompt.id) continue;
      const before = byId.get(prompt.id);
      if (!before || kept.has(prompt.id)) throw new UserError('badRequest', 'validation.invalid');
      if (before.kind !== prompt.kind) continue;
      kept.add(prompt.id);
      const goalIds = new Set(before.goals.map((g) => g.id));
      for (const goal of prompt.goals) {
        if (!goal.id) continue;
        if (!goalIds.has(goal.id) || keptGoals.has(goal.id)) throw new UserError('badRequest', 'validation.invalid');
        keptGoals.add(goal.id);
      }
    }
    const losing = [
      ...removedWithAnswers(existing, kept),
      ...removedWithAnswers(
        existing.filter((p) => kept.has(p.id)).flatMap((p) => p.goals),
        keptGoals,
      ),
    ];
    if (losing.length > 0 && !input.confirmRemoval) {
      throw new UserError('conflict', 'meetings.contributions.prompts.hasAnswers', {
        params: { count: String(losing.length) },
      });
    }

    await tx.contributionCall.upsert({
      where: { meetingId },
      create: { meetingId, deadline },
      update: { deadline },
    });
    await tx.contributionPrompt.deleteMany({ where: { meetingId, id: { notIn: [...kept] } } });
    for (const [position, prompt] of input.prompts.entries()) {
      const id = prompt.id && kept.has(prompt.id) ? prompt.id : null;
      const saved = id
        ? await tx.contributionPrompt.update({ where: { id }, data: { position, question: prompt.question } })
        : await tx.contributionPrompt.create({
            data: { meetingId, position, kind: prompt.kind, question: prompt.question },
          });
      if (id) {
        const stay = prompt.goals.flatMap((g) => (g.id && keptGoals.has(g.id) ? [g.id] : []));
        await tx.contributionGoal.deleteMany({ where: { promptId: id, id: { notIn: stay } } });
      }
      for (const [goalPosition, goal] of prompt.goals.entries()) {
        if (id && goal.id && keptGoals.has(goal.id)) {
          await tx.contributionGoal.update({
            where: { id: goal.id },
            data: { position: goalPosition, title: goal.title },
          });
        } else {
          await tx.contributionGoal.create({ data: { promptId: saved.id, position: goalPosition, title: goal.title } });
        }
      }
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meeting',
      entityId: meetingId,
      after: {
        contributionPrompts: input.prompts.length,
        contributionDeadline: deadline,
        removedWithAnswers: losing.length,
      },
    });
    return { prompts: input.prompts.length, deadline };
  });
}
