import type { Db } from '@knutepunkt/db';
import { utcToOslo } from '@knutepunkt/domain';

/**
 * Contributions (innspill) in the API tests' world: a call for contributions on network1's
 * upcoming meeting (a question and a status table, deadline in 20 days), org1's draft with
 * an answer, and a held meeting whose contributions are shared.
 */
export interface ContributionsWorld {
  /** The upcoming meeting's text prompt and status table (with two goals). */
  textPrompt: string;
  tablePrompt: string;
  goals: [string, string];
  /** org1's answer to the text prompt (a draft). */
  answer: string;
  /** A held meeting of network1 with org1's sent contribution. */
  held: { meetingId: string; slug: string };
  /** A deadline for setPrompts on the draft meeting: ten days from now, in Oslo time. */
  deadlineInput: { date: string; time: string };
}

const DAY = 86_400_000;

export async function createContributionsWorld(
  db: Db,
  networkId: string,
  organisationId: string,
  upcomingMeetingId: string,
): Promise<ContributionsWorld> {
  const now = Date.now();
  const call = async (meetingId: string, deadline: Date) => {
    await db.contributionCall.create({ data: { meetingId, deadline } });
    const text = await db.contributionPrompt.create({
      data: { meetingId, position: 0, kind: 'text', question: 'Én hendelse fra det siste året' },
    });
    const table = await db.contributionPrompt.create({
      data: {
        meetingId,
        position: 1,
        kind: 'status_table',
        question: 'Status for nettverkets mål',
        goals: {
          create: [
            { position: 0, title: 'Alle har gjennomført recoverysamling' },
            { position: 1, title: 'Ta i bruk FIT' },
          ],
        },
      },
      select: { id: true, goals: { orderBy: { position: 'asc' }, select: { id: true } } },
    });
    return { text: text.id, table: table.id, goals: table.goals.map((g) => g.id) as [string, string] };
  };
  const upcoming = await call(upcomingMeetingId, new Date(now + 20 * DAY));
  const contribution = await db.meetingContribution.create({
    data: {
      meetingId: upcomingMeetingId,
      organisationId,
      answers: { create: { promptId: upcoming.text, text: 'Vi fikk en erfaringsmedarbeider.' } },
    },
    select: { answers: { select: { id: true } } },
  });

  const held = await db.meeting.create({
    data: {
      networkId,
      slug: 'fagsamling-holdt',
      title: 'Møte som er holdt',
      startsAt: new Date(now - 10 * DAY),
      endsAt: new Date(now - 10 * DAY + 6 * 3_600_000),
      status: 'held',
      publishedAt: new Date(now - 40 * DAY),
    },
    select: { id: true, slug: true },
  });
  const heldPrompts = await call(held.id, new Date(now - 12 * DAY));
  await db.meetingContribution.create({
    data: {
      meetingId: held.id,
      organisationId,
      status: 'sent',
      sentAt: new Date(now - 13 * DAY),
      answers: { create: { promptId: heldPrompts.text, text: 'Studentene inspirerte til matlaging.' } },
    },
  });
  return {
    textPrompt: upcoming.text,
    tablePrompt: upcoming.table,
    goals: upcoming.goals,
    answer: contribution.answers[0]!.id,
    held: { meetingId: held.id, slug: held.slug },
    deadlineInput: utcToOslo(new Date(now + 10 * DAY)),
  };
}
