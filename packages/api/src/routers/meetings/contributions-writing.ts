import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  type ContributionSaveInput,
  UserError,
  contributionWindow,
  contributionsAreShared,
  notFound,
  sharedContributionsAccess,
  writableOrganisations,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { ContributionScope } from './contributions-procedures.ts';

type Tx = Prisma.TransactionClient;

/**
 * An organisation's contribution (innspill), written by its editors together. Autosave sends
 * only what changed, and every save takes the contribution's row lock, so two editors saving
 * at once take turns and neither's answers are lost (the later save of the *same* answer
 * wins, as in any shared document). Editable until the deadline, also after sending.
 */

/** What the meeting page and the contribution page need to know first: may I answer, for whom, until when? */
export async function contributionOverview(db: Db, actor: Actor, scope: ContributionScope, now = new Date()) {
  const { meeting, memberIds } = scope;
  const call = await db.contributionCall.findUnique({ where: { meetingId: meeting.id }, select: { deadline: true } });
  const ids = writableOrganisations(actor, memberIds);
  const organisations = call
    ? await db.organisation.findMany({
        where: { id: { in: ids } },
        orderBy: { name: 'asc' },
        select: {
          id: true,
          name: true,
          meetingContributions: {
            where: { meetingId: meeting.id },
            select: { status: true, sentAt: true, lastEditedAt: true },
          },
        },
      })
    : [];
  return {
    deadline: call?.deadline ?? null,
    window: contributionWindow(call, meeting.status, now),
    organisations: organisations.map(({ meetingContributions: [c], ...o }) => ({
      ...o,
      status: c?.status ?? null,
      sentAt: c?.sentAt ?? null,
      lastEditedAt: c?.lastEditedAt ?? null,
    })),
    /** After the meeting: whether this person may read the shared contributions. */
    canReadShared:
      !!call &&
      contributionsAreShared(meeting.status) &&
      sharedContributionsAccess(actor, meeting.networkId, memberIds) === 'allow',
  };
}

/** The prompts and this organisation's answers so far. */
export async function loadContribution(db: Db, scope: ContributionScope, organisationId: string, now = new Date()) {
  const { meeting } = scope;
  const [call, organisation, contribution] = await Promise.all([
    db.contributionCall.findUnique({
      where: { meetingId: meeting.id },
      select: {
        deadline: true,
        prompts: {
          orderBy: { position: 'asc' },
          select: {
            id: true,
            kind: true,
            question: true,
            goals: { orderBy: { position: 'asc' }, select: { id: true, title: true } },
          },
        },
      },
    }),
    db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true } }),
    db.meetingContribution.findUnique({
      where: { meetingId_organisationId: { meetingId: meeting.id, organisationId } },
      select: {
        status: true,
        sentAt: true,
        lastEditedAt: true,
        lastEditedBy: { select: { name: true } },
        answers: { select: { promptId: true, text: true } },
        goalAnswers: { select: { goalId: true, status: true, comment: true } },
      },
    }),
  ]);
  if (!call || !organisation) throw notFound();
  return {
    meeting: { id: meeting.id, slug: meeting.slug, title: meeting.title, status: meeting.status },
    organisation,
    deadline: call.deadline,
    window: contributionWindow(call, meeting.status, now),
    prompts: call.prompts,
    status: contribution?.status ?? null,
    sentAt: contribution?.sentAt ?? null,
    lastEditedAt: contribution?.lastEditedAt ?? null,
    lastEditedBy: contribution?.lastEditedBy?.name ?? null,
    answers: contribution?.answers ?? [],
    goalAnswers: contribution?.goalAnswers ?? [],
  };
}

/**
 * Make sure the contribution row exists (an insert that does nothing when another editor
 * made it first), then take its row lock for the rest of the transaction, and check that
 * the deadline has not passed; all under the lock, so nothing is written after it.
 */
async function openForWriting(tx: Tx, actorId: string, meetingId: string, organisationId: string, now: Date) {
  const [call, meeting] = await Promise.all([
    tx.contributionCall.findUnique({ where: { meetingId }, select: { deadline: true } }),
    tx.meeting.findUnique({ where: { id: meetingId }, select: { status: true } }),
  ]);
  if (!call || !meeting) throw notFound();
  if (contributionWindow(call, meeting.status, now) !== 'open') {
    throw new UserError('conflict', 'meetings.contributions.closed');
  }
  const made = await tx.meetingContribution.createMany({
    data: [{ meetingId, organisationId }],
    skipDuplicates: true,
  });
  const [row] = await tx.$queryRaw<{ id: string; status: 'draft' | 'sent' }[]>`
    SELECT "id", "status"::text AS "status" FROM "MeetingContribution"
    WHERE "meetingId" = ${meetingId} AND "organisationId" = ${organisationId} FOR UPDATE`;
  if (!row) throw notFound();
  if (made.count > 0) {
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'meetingContribution',
      entityId: row.id,
      after: { meetingId, organisationId },
    });
  }
  return row;
}

/** Long enough for editors saving at once to take their turn at the row lock. */
const SAVE_TX = { maxWait: 30_000, timeout: 30_000 } as const;

export async function saveContribution(
  db: Db,
  actorId: string,
  meetingId: string,
  input: ContributionSaveInput,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const contribution = await openForWriting(tx, actorId, meetingId, input.organisationId, now);
    const prompts = await tx.contributionPrompt.findMany({
      where: { meetingId },
      select: { id: true, kind: true, goals: { select: { id: true } } },
    });
    const textPrompts = new Set(prompts.filter((p) => p.kind === 'text').map((p) => p.id));
    const promptOfGoal = new Map(prompts.flatMap((p) => p.goals.map((g) => [g.id, p.id] as const)));
    // An id that is not this meeting's (a prompt removed meanwhile, or junk) refuses the save.
    if (
      input.answers.some((a) => !textPrompts.has(a.promptId)) ||
      input.goals.some((g) => !promptOfGoal.has(g.goalId))
    ) {
      throw new UserError('conflict', 'meetings.contributions.promptsChanged');
    }
    const contributionId = contribution.id;
    for (const answer of input.answers) {
      await tx.contributionAnswer.upsert({
        where: { contributionId_promptId: { contributionId, promptId: answer.promptId } },
        create: { contributionId, promptId: answer.promptId, text: answer.text },
        update: { text: answer.text },
      });
    }
    for (const promptId of new Set(input.goals.map((g) => promptOfGoal.get(g.goalId)!))) {
      // The status table's own answer row carries the coordinator's "present" flag.
      await tx.contributionAnswer.upsert({
        where: { contributionId_promptId: { contributionId, promptId } },
        create: { contributionId, promptId },
        update: {},
      });
    }
    for (const goal of input.goals) {
      await tx.contributionGoalAnswer.upsert({
        where: { contributionId_goalId: { contributionId, goalId: goal.goalId } },
        create: { contributionId, goalId: goal.goalId, status: goal.status, comment: goal.comment },
        update: { status: goal.status, comment: goal.comment },
      });
    }
    const saved = await tx.meetingContribution.update({
      where: { id: contributionId },
      data: { lastEditedById: actorId, lastEditedAt: now },
      select: { status: true, lastEditedAt: true },
    });
    return { status: saved.status, savedAt: saved.lastEditedAt! };
  }, SAVE_TX);
}

/** Send it: the coordinator now counts it as answered. Still editable until the deadline. */
export async function sendContribution(
  db: Db,
  actorId: string,
  meetingId: string,
  organisationId: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const contribution = await openForWriting(tx, actorId, meetingId, organisationId, now);
    const sent = await tx.meetingContribution.update({
      where: { id: contribution.id },
      data: { status: 'sent', sentAt: now, lastEditedById: actorId, lastEditedAt: now },
      select: { status: true, sentAt: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meetingContribution',
      entityId: contribution.id,
      before: { status: contribution.status },
      after: { status: 'sent' },
    });
    return sent;
  }, SAVE_TX);
}
