import type { Db } from '@knutepunkt/db';
import { type MinutesWorld, createMinutesWorld } from './minutes-test-world.ts';
import { createEvaluationWorld } from './evaluation-test-world.ts';

/**
 * The meetings module's part of the API tests' world (../../testing/world.ts
 * composes the whole): network1's meetings, one in each state the rules tell
 * apart, and `member`'s confirmed registration for the upcoming one.
 */
export interface MeetingsWorld extends MinutesWorld {
  /** Published, open to anyone, registration open now, starts in 30 days; 10 seats. */
  upcoming: { meetingId: string; slug: string };
  /** A draft, in 60 days. */
  draft: { meetingId: string; slug: string };
  /** Published, started two days ago (may be marked as held). */
  started: { meetingId: string; slug: string };
  /** `member`'s confirmed registration for `upcoming`. */
  memberRegistration: string;
}

const DAY = 86_400_000;

/** A form's worth of fields for a meeting, as the admin router takes them. */
export const MEETING_FORM = {
  title: 'Fagsamling i Trondheim',
  description: 'Vi møtes for **innlegg** og gruppearbeid.',
  language: 'nb',
  startsAt: { date: '2031-05-20', time: '09:00' },
  endsAt: { date: '2031-05-20', time: '15:30' },
  mode: 'hybrid',
  venueName: 'Scandic Nidelven',
  venueAddress: 'Havnegata 1, Trondheim',
  stepFree: true,
  hearingLoop: true,
  quietRoom: false,
  videoUrl: 'https://video.example.no/fagsamling',
  capacity: 60,
  registrationOpensAt: null,
  registrationDeadline: { date: '2031-05-10', time: '23:59' },
  perOrganisationLimit: null,
  openTo: 'network_members',
} as const;

export async function createMeetingsWorld(db: Db, networkId: string, memberId: string): Promise<MeetingsWorld> {
  const now = Date.now();
  const meeting = (slug: string, status: 'draft' | 'published', startsIn: number) =>
    db.meeting.create({
      data: {
        networkId,
        slug,
        title: `Møte ${slug}`,
        description: 'Program kommer.',
        startsAt: new Date(now + startsIn),
        endsAt: new Date(now + startsIn + 6 * 3_600_000),
        mode: 'hybrid',
        venueName: 'Rådhuset',
        videoUrl: 'https://video.example.no/hemmelig',
        capacity: 10,
        openTo: 'anyone',
        status,
        registrationOpensAt: new Date(now - DAY),
        registrationDeadline: new Date(now + startsIn - DAY),
        ...(status === 'published' ? { publishedAt: new Date(now - DAY) } : {}),
      },
      select: { id: true, slug: true },
    });
  const upcoming = await meeting('fagsamling-var', 'published', 30 * DAY);
  const draft = await meeting('fagsamling-host', 'draft', 60 * DAY);
  const started = await meeting('fagsamling-i-gar', 'published', -2 * DAY);
  const registration = await db.meetingRegistration.create({
    data: {
      meetingId: upcoming.id,
      userId: memberId,
      status: 'confirmed',
      position: 1,
      confirmedAt: new Date(),
      needs: { create: { dietary: 'Vegetar' } },
    },
  });
  await db.meeting.update({ where: { id: upcoming.id }, data: { lastPosition: 1 } });
  await createEvaluationWorld(db, started.id, memberId);
  return {
    upcoming: { meetingId: upcoming.id, slug: upcoming.slug },
    draft: { meetingId: draft.id, slug: draft.slug },
    started: { meetingId: started.id, slug: started.slug },
    memberRegistration: registration.id,
    ...(await createMinutesWorld(db, networkId, started.id)),
  };
}
