import { type SensitiveCounts, sensitiveErasureDate } from '@knutepunkt/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { type MeetingSeedContext, seedContributions } from './meetings-contributions.ts';
import { DAY, HOUR, type HeldMeetingData, dateOnly, dueDate, meetingDay, osloAt, osloDate } from './meetings-shape.ts';

const RETENTION_DAYS = 30;

/**
 * A meeting of the network that has been held, with everything that follows from it as the
 * services would have written it: registrations (checked in, no-shows, cancelled), the
 * contributions sent before it, published minutes with action points and their history, and
 * a sent, closed evaluation. It is long past the retention time, so its sensitive answers are
 * already deleted and only their counts kept (docs/adr/0018).
 */
export async function seedHeldMeeting(
  tx: Prisma.TransactionClient,
  ctx: MeetingSeedContext,
  data: HeldMeetingData,
  now: Date,
): Promise<string> {
  const startsAt = meetingDay(now, data.daysFromNow, data.startTime);
  const endsAt = new Date(startsAt.getTime() + data.hours * HOUR);
  const opensAt = osloAt(startsAt, -60, '12:00');
  const order = arrivalOrder(data.registrations);
  const confirmed = data.registrations.attended.length + data.registrations.noShow.length;

  const meeting = await tx.meeting.create({
    data: {
      networkId: ctx.networkId,
      slug: data.slug,
      title: data.title,
      description: data.description,
      language: data.language,
      startsAt,
      endsAt,
      mode: data.mode,
      venueName: data.venueName,
      venueAddress: data.venueAddress,
      stepFree: true,
      hearingLoop: true,
      videoUrl: data.videoUrl ?? null,
      capacity: data.capacity,
      perOrganisationLimit: data.perOrganisationLimit,
      openTo: 'network_members',
      status: 'held',
      sequence: 1,
      lastPosition: order.length,
      sensitiveRetentionDays: RETENTION_DAYS,
      // The nightly clean-up's first run after the retention time.
      sensitiveErasedAt: osloAt(sensitiveErasureDate({ endsAt, sensitiveRetentionDays: RETENTION_DAYS }), 1, '03:17'),
      sensitiveCounts: sensitiveCounts(confirmed) as unknown as Prisma.InputJsonValue,
      publishedAt: osloAt(opensAt, -14, '10:00'),
      registrationOpensAt: opensAt,
      registrationDeadline: osloAt(startsAt, -7, '23:59'),
      // The jobs did their part: the coordinators' summary after the deadline, the reminder two days before.
      deadlineNoticeSentAt: osloAt(startsAt, -6, '00:05'),
      reminderSentAt: new Date(startsAt.getTime() - 2 * DAY + 5 * 60_000),
      createdAt: osloAt(opensAt, -21, '10:00'),
      agenda: {
        create: data.agenda.map((item, position) => ({
          position,
          startsAt: new Date(startsAt.getTime() + item.at * HOUR),
          title: item.title,
          kind: item.kind,
          leader: item.leader ?? null,
          description: item.description ?? null,
        })),
      },
    },
    select: { id: true },
  });

  const noShow = new Set(data.registrations.noShow);
  const cancelled = new Set(data.registrations.cancelled);
  await tx.meetingRegistration.createMany({
    data: order.map((key, i) => {
      const person = ctx.person(key);
      const arrivedAt = new Date(opensAt.getTime() + (i + 1) * 31 * HOUR);
      const came = !noShow.has(key) && !cancelled.has(key);
      return {
        meetingId: meeting.id,
        userId: person.userId,
        organisationId: person.organisationId,
        attendance: data.mode === 'hybrid' && i % 4 === 3 ? ('online' as const) : ('in_person' as const),
        listConsent: i % 3 !== 2,
        status: cancelled.has(key) ? ('cancelled' as const) : ('confirmed' as const),
        position: i + 1,
        arrivedAt,
        confirmedAt: arrivedAt,
        cancelledAt: cancelled.has(key) ? new Date(arrivedAt.getTime() + 5 * DAY) : null,
        attended: came,
        // Checked in at the door: marks from a quarter of an hour before the start.
        attendedMarkedAt: came ? new Date(startsAt.getTime() - 15 * 60_000 + i * 70_000) : null,
        attendedMarkedById: came ? ctx.coordinatorId : null,
        createdAt: arrivedAt,
      };
    }),
  });

  await seedContributions(
    tx,
    ctx,
    meeting.id,
    {
      prompts: data.prompts,
      deadline: osloAt(startsAt, -7, '12:00'),
      createdAt: osloAt(opensAt, 1, '10:00'),
    },
    data.contributions,
    osloAt(startsAt, -8, '15:00'),
  );

  const publishedAt = osloAt(startsAt, 8, '14:00');
  await tx.meetingMinutes.create({
    data: {
      meetingId: meeting.id,
      body: data.minutes.body,
      language: data.language,
      visibility: data.minutes.visibility,
      publishedAt,
      createdAt: osloAt(startsAt, 2, '10:00'),
    },
  });
  await seedActionPoints(tx, ctx, meeting.id, data, startsAt, publishedAt);
  await seedEvaluation(tx, ctx, meeting.id, data, startsAt);
  return meeting.id;
}

/** The order people registered in: the cancelled and the no-shows among the others, not last. */
function arrivalOrder(r: HeldMeetingData['registrations']): string[] {
  const order = [...r.attended];
  [...r.cancelled, ...r.noShow].forEach((key, i) => order.splice(Math.min(order.length, 2 + i * 4), 0, key));
  return order;
}

function sensitiveCounts(confirmed: number): SensitiveCounts {
  return {
    confirmed,
    dietary: Math.ceil(confirmed / 4),
    wheelchair: 1,
    signLanguage: 0,
    writtenInterpretation: 0,
    hearingLoop: 1,
    otherAccessNeeds: 1,
    travelSupport: 2,
  };
}

/** Each point starts open (the coordinator, while writing the minutes); later changes by those responsible. */
async function seedActionPoints(
  tx: Prisma.TransactionClient,
  ctx: MeetingSeedContext,
  meetingId: string,
  data: HeldMeetingData,
  startsAt: Date,
  publishedAt: Date,
): Promise<void> {
  const createdAt = osloAt(startsAt, 6, '13:00');
  const points = await tx.actionPoint.createManyAndReturn({
    data: data.actionPoints.map((point, position) => ({
      meetingId,
      what: point.what,
      dueDate: point.dueInDays === null ? null : dueDate(startsAt, point.dueInDays),
      status: point.history.at(-1)?.status ?? 'open',
      position,
      createdAt,
      updatedAt: point.history.length ? osloAt(startsAt, point.history.at(-1)!.daysAfter, '11:00') : publishedAt,
    })),
    select: { id: true, position: true },
  });
  const pointId = (position: number) => points.find((p) => p.position === position)!.id;
  await tx.actionPointOrganisation.createMany({
    data: data.actionPoints.flatMap((point, position) =>
      point.organisations.map((slug) => ({
        actionPointId: pointId(position),
        organisationId: ctx.organisationId(slug),
      })),
    ),
  });
  await tx.actionPointUpdate.createMany({
    data: data.actionPoints.flatMap((point, position) => [
      { actionPointId: pointId(position), status: 'open' as const, authorId: ctx.coordinatorId, createdAt },
      ...point.history.map((h) => ({
        actionPointId: pointId(position),
        status: h.status,
        comment: h.comment,
        authorId: ctx.person(h.by).userId,
        createdAt: osloAt(startsAt, h.daysAfter, '11:00'),
      })),
    ]),
  });
}

/**
 * The evaluation as the answering service stores it: a respondent marker per person who
 * answered (nothing else), and the answers apart with a random id and only the Oslo day.
 * Those who answered are among those who came.
 */
async function seedEvaluation(
  tx: Prisma.TransactionClient,
  ctx: MeetingSeedContext,
  meetingId: string,
  data: HeldMeetingData,
  startsAt: Date,
): Promise<void> {
  const e = data.evaluation;
  await tx.meetingEvaluation.create({
    data: {
      meetingId,
      ratingQuestion: e.ratingQuestion,
      textQuestions: [...e.textQuestions],
      sentAt: osloAt(startsAt, 1, '09:00'),
      // The end of the fourteenth day after, in Oslo (as closesAtFor makes it).
      closesAt: osloAt(startsAt, 15, '00:00'),
      createdAt: osloAt(startsAt, 0, '16:30'),
    },
  });
  const answered = data.registrations.attended.slice(0, e.answers.length);
  await tx.meetingEvaluationRespondent.createMany({
    data: answered.map((key) => ({ meetingId, userId: ctx.person(key).userId })),
  });
  await tx.meetingEvaluationAnswer.createMany({
    data: e.answers.map(([rating, ...texts], i) => ({
      meetingId,
      rating,
      texts,
      answeredOn: dateOnly(osloDate(osloAt(startsAt, 1 + (i % 5), '12:00'))),
    })),
  });
}
