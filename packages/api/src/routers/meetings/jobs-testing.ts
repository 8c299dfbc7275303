import type { Db } from '@knutepunkt/db';

/**
 * A meeting for the scheduled jobs' tests (reminders, deadline notices, deleting the
 * sensitive answers): published, at 09:00–15:30 Oslo time on Tuesday 20 May 2031, with a
 * video link, a programme, and the given people registered (their needs asked of each).
 */
export const JOB_MEETING = {
  startsAt: new Date('2031-05-20T07:00:00Z'),
  endsAt: new Date('2031-05-20T13:30:00Z'),
  registrationDeadline: new Date('2031-05-10T21:59:00Z'),
  videoUrl: 'https://video.example.no/fagsamling-mai',
} as const;

export async function createJobMeeting(
  db: Db,
  networkId: string,
  people: Array<{ userId: string; status: 'confirmed' | 'waiting' | 'cancelled'; dietary?: string; travel?: boolean }>,
  overrides: { slug?: string; status?: 'draft' | 'published' | 'cancelled' } = {},
): Promise<string> {
  const meeting = await db.meeting.create({
    data: {
      networkId,
      slug: overrides.slug ?? 'fagsamling-mai',
      title: 'Fagsamling i mai',
      startsAt: JOB_MEETING.startsAt,
      endsAt: JOB_MEETING.endsAt,
      registrationDeadline: JOB_MEETING.registrationDeadline,
      mode: 'hybrid',
      venueName: 'Rådhuset',
      venueAddress: 'Storgata 1',
      videoUrl: JOB_MEETING.videoUrl,
      capacity: 10,
      openTo: 'anyone',
      status: overrides.status ?? 'published',
      lastPosition: people.length,
      agenda: {
        create: [
          { position: 0, startsAt: new Date('2031-05-20T07:00:00Z'), title: 'Velkommen', leader: 'Kari' },
          { position: 1, startsAt: new Date('2031-05-20T09:30:00Z'), title: 'Lunsj', kind: 'meal' },
        ],
      },
    },
    select: { id: true },
  });
  for (const [i, person] of people.entries()) {
    await db.meetingRegistration.create({
      data: {
        meetingId: meeting.id,
        userId: person.userId,
        status: person.status,
        position: i + 1,
        needs: {
          create: { dietary: person.dietary ?? null, travelSupport: person.travel ?? false, wheelchair: i === 0 },
        },
      },
    });
  }
  return meeting.id;
}
