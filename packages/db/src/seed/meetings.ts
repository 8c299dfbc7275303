import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_EMAIL_DOMAIN } from './accounts.ts';
import { type MeetingSeedContext, type Person, seedContributions } from './meetings-contributions.ts';
import { MOLDE } from './meetings-data-nn.ts';
import { PROMPTS_NB, STJORDAL } from './meetings-data-nb.ts';
import {
  UPCOMING_AGENDA,
  UPCOMING_CAPACITY,
  UPCOMING_CONTRIBUTIONS,
  UPCOMING_NEEDS,
  UPCOMING_PER_ORGANISATION,
  UPCOMING_REGISTRATIONS,
} from './meetings-data-upcoming.ts';
import { seedHeldMeeting } from './meetings-held.ts';
import { seedParticipants } from './meetings-people.ts';
import { DAY, HOUR, NETWORK, meetingDay, osloAt } from './meetings-shape.ts';

/**
 * Recovery-nettverk Midt-Norge's meetings (docs/adr/0018, 0020–0022): two held ones, Molde in
 * nynorsk (about eleven months ago) and Stjørdal in bokmål (about five), and the upcoming one
 * in Trondheim (about six weeks ahead), nearly full with a waiting list and contributions
 * coming in. Times are counted from when the demo is seeded, so a fresh demo always has past
 * and upcoming meetings; they are stored in UTC at sensible Oslo hours.
 */

export const DEMO_MEETING_SLUG = 'nettverkssamling-i-trondheim';

/** The role accounts (accounts.ts) that take part, by the keys the meeting data uses. */
const ROLE_PEOPLE: Readonly<Record<string, { email: string; organisation: string }>> = {
  kari: { email: `koordinator@${DEMO_EMAIL_DOMAIN}`, organisation: 'kbt-midt-norge' },
  rune: { email: `redaktor@${DEMO_EMAIL_DOMAIN}`, organisation: 'trondheim-kommune' },
  nils: { email: `nynorsk@${DEMO_EMAIL_DOMAIN}`, organisation: 'molde-kommune' },
};

export async function seedMeetings(
  tx: Prisma.TransactionClient,
  ids: {
    networkId: (slug: string) => string;
    organisationId: (slug: string) => string;
    userId: (email: string) => string;
  },
  /** One hash of the shared demo password, for all the participants (meetings-people.ts). */
  participantPasswordHash: string,
  now: Date,
): Promise<void> {
  const coordinatorId = ids.userId(ROLE_PEOPLE.kari!.email);
  const participants = await seedParticipants(tx, ids, participantPasswordHash, coordinatorId, now);
  const ctx: MeetingSeedContext = {
    networkId: ids.networkId(NETWORK),
    organisationId: ids.organisationId,
    coordinatorId,
    person: (key): Person => {
      const role = ROLE_PEOPLE[key];
      if (role) return { userId: ids.userId(role.email), organisationId: ids.organisationId(role.organisation) };
      const person = participants.get(key);
      if (!person) throw new Error(`Demo seed: unknown meeting participant "${key}"`);
      return person;
    },
  };
  await seedHeldMeeting(tx, ctx, MOLDE, now);
  await seedHeldMeeting(tx, ctx, STJORDAL, now);
  await seedUpcomingMeeting(tx, ctx, now);
}

/** The next meeting: published, registration open, nearly full, contributions coming in. */
async function seedUpcomingMeeting(tx: Prisma.TransactionClient, ctx: MeetingSeedContext, now: Date) {
  const startsAt = meetingDay(now, 42, '09:30');
  const opensAt = osloAt(now, -20, '12:00');
  const meeting = await tx.meeting.create({
    data: {
      networkId: ctx.networkId,
      slug: DEMO_MEETING_SLUG,
      title: 'Nettverkssamling i Trondheim',
      description:
        'Vår faste samling for medlemmene i nettverket. Denne gangen ser vi særlig på **brukermedvirkning**: ' +
        'hvordan blir erfaringskompetanse en del av hverdagen i tjenestene, og ikke bare noe vi snakker om?\n\n' +
        'Du kan delta i salen eller digitalt. Lenken til videomøtet får de som har fått plass.',
      language: 'nb',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * HOUR),
      mode: 'hybrid',
      venueName: 'Litteraturhuset i Trondheim',
      venueAddress: 'Kongens gate 4, 7011 Trondheim',
      stepFree: true,
      hearingLoop: true,
      quietRoom: true,
      videoUrl: 'https://video.demo.knutepunkt.no/nettverkssamling',
      capacity: UPCOMING_CAPACITY,
      perOrganisationLimit: UPCOMING_PER_ORGANISATION,
      openTo: 'network_members',
      status: 'published',
      publishedAt: osloAt(opensAt, -1, '10:00'),
      registrationOpensAt: opensAt,
      registrationDeadline: new Date(startsAt.getTime() - 7 * DAY),
      lastPosition: UPCOMING_REGISTRATIONS.length,
      createdAt: osloAt(opensAt, -3, '10:00'),
      agenda: {
        create: UPCOMING_AGENDA.map((item, position) => ({
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

  const registrations = await tx.meetingRegistration.createManyAndReturn({
    data: UPCOMING_REGISTRATIONS.map(([key, status], i) => {
      const person = ctx.person(key);
      const arrivedAt = new Date(opensAt.getTime() + (i + 1) * 15 * HOUR);
      return {
        meetingId: meeting.id,
        userId: person.userId,
        organisationId: person.organisationId,
        attendance: i % 5 === 4 ? ('online' as const) : ('in_person' as const),
        listConsent: i % 3 !== 2,
        status,
        position: i + 1,
        arrivedAt,
        confirmedAt: status === 'waiting' ? null : arrivedAt,
        cancelledAt: status === 'cancelled' ? new Date(arrivedAt.getTime() + 2 * DAY) : null,
        createdAt: arrivedAt,
      };
    }),
    select: { id: true, userId: true },
  });
  await tx.meetingRegistrationNeeds.createMany({
    data: Object.entries(UPCOMING_NEEDS).map(([key, needs]) => ({
      registrationId: registrations.find((r) => r.userId === ctx.person(key).userId)!.id,
      ...needs,
    })),
  });

  await seedContributions(
    tx,
    ctx,
    meeting.id,
    { prompts: PROMPTS_NB, deadline: osloAt(startsAt, -14, '12:00'), createdAt: osloAt(opensAt, 0, '13:00') },
    UPCOMING_CONTRIBUTIONS,
    new Date(now.getTime() - HOUR),
  );
}
