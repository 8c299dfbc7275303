import type { Prisma } from '../generated/prisma/client.ts';

/**
 * The demo's one network meeting (docs/adr/0018): an upcoming, published gathering of
 * Recovery-nettverk Midt-Norge with an agenda, so the meetings pages, registration and the
 * calendar files have something to show. Its time is counted from when the demo is seeded, so
 * it is upcoming on a fresh demo whatever the date.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEMO_MEETING_SLUG = 'nettverkssamling-i-trondheim';

const AGENDA: ReadonlyArray<{
  at: number;
  title: string;
  kind: 'talk' | 'group_work' | 'break' | 'meal' | 'since_last';
  leader?: string;
  description?: string;
}> = [
  { at: 0, title: 'Velkommen og runde rundt bordet', kind: 'talk', leader: 'KBT Midt-Norge' },
  {
    at: 0.5,
    title: 'Siden sist: hva har vi prøvd ut?',
    kind: 'since_last',
    description: 'Hver organisasjon forteller kort om det den tok på seg ved forrige samling.',
  },
  { at: 1.5, title: 'Pause', kind: 'break' },
  {
    at: 1.75,
    title: 'Brukermedvirkning i praksis',
    kind: 'talk',
    leader: 'Mental Helse Trøndelag',
    description: 'Erfaringer fra brukerrepresentanter i kommunale tjenester: hva gjør medvirkningen ekte?',
  },
  { at: 3, title: 'Lunsj', kind: 'meal' },
  {
    at: 3.75,
    title: 'Gruppearbeid: neste steg i egen tjeneste',
    kind: 'group_work',
    description: 'Vi jobber i grupper på tvers av kommuner og avslutter med hva hver enkelt tar med seg hjem.',
  },
];

export async function seedMeetings(
  tx: Prisma.TransactionClient,
  ids: { networkId: (slug: string) => string },
  now: Date,
): Promise<void> {
  // Six weeks ahead, 08:00 UTC (09:00 or 10:00 in Oslo), rounded to the hour.
  const day = new Date(now.getTime() + 42 * DAY);
  day.setUTCHours(8, 0, 0, 0);
  const startsAt = day;
  await tx.meeting.create({
    data: {
      networkId: ids.networkId('recovery-nettverk-midt-norge'),
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
      capacity: 40,
      perOrganisationLimit: 4,
      openTo: 'network_members',
      status: 'published',
      publishedAt: now,
      registrationOpensAt: now,
      registrationDeadline: new Date(startsAt.getTime() - 7 * DAY),
      agenda: {
        create: AGENDA.map((item, position) => ({
          position,
          startsAt: new Date(startsAt.getTime() + item.at * HOUR),
          title: item.title,
          kind: item.kind,
          leader: item.leader ?? null,
          description: item.description ?? null,
        })),
      },
    },
  });
}
