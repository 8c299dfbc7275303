import type { Prisma } from '../generated/prisma/client.ts';
import { type ContributionData, HOUR, type PromptsData } from './meetings-shape.ts';

/** Who someone is in the demo: their account and the organisation they take part for. */
export interface Person {
  userId: string;
  organisationId: string;
}

export interface MeetingSeedContext {
  networkId: string;
  organisationId: (slug: string) => string;
  /** Participant keys and the role accounts 'kari', 'rune', 'nils'. */
  person: (key: string) => Person;
  /** The network's coordinator (Kari): she plans, checks people in and writes the minutes. */
  coordinatorId: string;
}

/**
 * The call for contributions (the Sandnes questions and the goals' status table) and the
 * organisations' contributions to it, stored as the contributions service stores them: one
 * answer row per text prompt, the status table's own row (carrying the "present" flag), one
 * goal row per goal. `writtenAt` is when the last one was saved; contributions are spread
 * over the days before it.
 */
export async function seedContributions(
  tx: Prisma.TransactionClient,
  ctx: MeetingSeedContext,
  meetingId: string,
  call: { prompts: PromptsData; deadline: Date; createdAt: Date },
  contributions: readonly ContributionData[],
  writtenAt: Date,
): Promise<void> {
  await tx.contributionCall.create({ data: { meetingId, deadline: call.deadline, createdAt: call.createdAt } });
  const questions = [
    ...call.prompts.questions.map((question) => ({ kind: 'text' as const, question })),
    { kind: 'status_table' as const, question: call.prompts.table },
  ];
  const prompts = await tx.contributionPrompt.createManyAndReturn({
    data: questions.map((q, position) => ({ meetingId, position, ...q })),
    select: { id: true, position: true },
  });
  const promptId = (position: number) => prompts.find((p) => p.position === position)!.id;
  const table = promptId(questions.length - 1);
  const goals = await tx.contributionGoal.createManyAndReturn({
    data: call.prompts.goals.map((title, position) => ({ promptId: table, position, title })),
    select: { id: true, position: true },
  });
  const goalId = (position: number) => goals.find((g) => g.position === position)!.id;

  const rows = await tx.meetingContribution.createManyAndReturn({
    data: contributions.map((c, i) => {
      const editedAt = new Date(writtenAt.getTime() - (contributions.length - i) * 19 * HOUR);
      return {
        meetingId,
        organisationId: ctx.organisationId(c.organisation),
        status: c.status,
        sentAt: c.status === 'sent' ? editedAt : null,
        lastEditedById: ctx.person(c.by).userId,
        lastEditedAt: editedAt,
        createdAt: new Date(editedAt.getTime() - 2 * 24 * HOUR),
      };
    }),
    select: { id: true, organisationId: true },
  });
  const contributionId = (c: ContributionData) =>
    rows.find((r) => r.organisationId === ctx.organisationId(c.organisation))!.id;

  await tx.contributionAnswer.createMany({
    data: contributions.flatMap((c) => [
      ...c.texts.map((text, position) => ({
        contributionId: contributionId(c),
        promptId: promptId(position),
        text,
        present: c.present?.includes(position) ?? false,
      })),
      { contributionId: contributionId(c), promptId: table, text: '', present: c.present?.includes(3) ?? false },
    ]),
  });
  await tx.contributionGoalAnswer.createMany({
    data: contributions.flatMap((c) =>
      c.goals.map(([status, comment], position) => ({
        contributionId: contributionId(c),
        goalId: goalId(position),
        status,
        comment,
      })),
    ),
  });
}
