import type { Prisma } from '../generated/prisma/client.ts';
import type { Locale } from '../generated/prisma/enums.ts';
import { DEMO_EMAIL_DOMAIN } from './accounts.ts';

/**
 * Made-up people who take part in Recovery-nettverk Midt-Norge's meetings, so the demo's
 * meetings have registrations, waiting lists, attendance and evaluations. Same reserved e-mail
 * domain and shared demo password as the role accounts (accounts.ts); they are not printed at
 * start-up, but anyone may sign in as one of them.
 *
 * Most are members of their organisation. One per organisation that has no editor among the
 * role accounts is its editor, so each contribution and action-point update in the demo was
 * written by someone who may write it.
 */
export interface DemoParticipant {
  /** Short key used by the meeting data (meetings-data-*.ts). */
  key: string;
  name: string;
  locale: Locale;
  /** Organisation slug (organisations.ts); every one is a member of Recovery-nettverk Midt-Norge. */
  organisation: string;
  role: 'MEMBER' | 'EDITOR';
}

const p = (
  key: string,
  name: string,
  organisation: string,
  role: 'MEMBER' | 'EDITOR' = 'MEMBER',
  locale: Locale = 'nb',
): DemoParticipant => ({ key, name, organisation, role, locale });

export const DEMO_PARTICIPANTS: readonly DemoParticipant[] = [
  p('anja', 'Anja Aspelund', 'kbt-midt-norge'),
  p('bjorn', 'Bjørn Brattli', 'kbt-midt-norge'),
  p('cecilie', 'Cecilie Czajka', 'kbt-midt-norge'),
  p('dag', 'Dag Dyrdal', 'kbt-midt-norge'),
  p('eirin', 'Eirin Eidsmo', 'kbt-midt-norge'),
  p('frode', 'Frode Furuhaug', 'trondheim-kommune'),
  p('gunn', 'Gunn Grøtting', 'trondheim-kommune'),
  p('hassan', 'Hassan Hamdi', 'trondheim-kommune'),
  p('ida', 'Ida Iversløkk', 'trondheim-kommune'),
  p('jon', 'Jon Jenssveen', 'trondheim-kommune'),
  p('kristin', 'Kristin Kvithamar', 'st-olavs-hospital-klinikk-for-psykisk-helsevern', 'EDITOR'),
  p('lars', 'Lars Lien-Lykken', 'st-olavs-hospital-klinikk-for-psykisk-helsevern'),
  p('marte', 'Marte Moxnes-Myhr', 'st-olavs-hospital-klinikk-for-psykisk-helsevern'),
  p('nora', 'Nora Nesvold', 'st-olavs-hospital-klinikk-for-psykisk-helsevern'),
  p('ole', 'Ole Opdøl', 'st-olavs-hospital-klinikk-for-psykisk-helsevern'),
  p('ragnhild', 'Ragnhild Rindal', 'molde-kommune', 'MEMBER', 'nn'),
  p('sindre', 'Sindre Skarvøy', 'molde-kommune', 'MEMBER', 'nn'),
  p('tone', 'Tone Torvik', 'napha', 'EDITOR'),
  p('ulrik', 'Ulrik Uthaug', 'napha'),
  p('vigdis', 'Vigdis Vassli', 'malvik-kommune', 'EDITOR'),
  p('william', 'William Wærnes', 'malvik-kommune'),
  p('yngve', 'Yngve Ystgaard', 'stjordal-kommune', 'EDITOR'),
  p('zara', 'Zara Zahid', 'stjordal-kommune'),
  p('aase', 'Åse Ålmo', 'mental-helse-trondelag', 'EDITOR', 'nn'),
  p('oyvind', 'Øyvind Østerås', 'mental-helse-trondelag', 'MEMBER', 'nn'),
  p('elin', 'Elin Engen', 'lpp-trondelag', 'EDITOR'),
];

/** The demo address of a participant (or of a role account named by its local part). */
export const participantEmail = (key: string) => `${key}.deltaker@${DEMO_EMAIL_DOMAIN}`;

/**
 * Create the participants and their approved memberships. `passwordHash` is one hash of the
 * shared demo password for all of them: a salted hash per person would cost a slow argon2 run
 * each on every first start, and the password is public anyway.
 */
export async function seedParticipants(
  tx: Prisma.TransactionClient,
  ids: { organisationId: (slug: string) => string; userId: (email: string) => string },
  passwordHash: string,
  decidedById: string,
  now: Date,
): Promise<Map<string, { userId: string; organisationId: string }>> {
  const users = await tx.user.createManyAndReturn({
    data: DEMO_PARTICIPANTS.map((person) => ({
      email: participantEmail(person.key),
      name: person.name,
      locale: person.locale,
      passwordHash,
    })),
    select: { id: true, email: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const people = new Map<string, { userId: string; organisationId: string }>();
  for (const person of DEMO_PARTICIPANTS)
    people.set(person.key, {
      userId: byEmail.get(participantEmail(person.key))!,
      organisationId: ids.organisationId(person.organisation),
    });
  await tx.membership.createMany({
    data: DEMO_PARTICIPANTS.map((person) => ({
      userId: people.get(person.key)!.userId,
      organisationId: people.get(person.key)!.organisationId,
      role: person.role,
      status: 'APPROVED' as const,
      decidedAt: now,
      decidedById,
    })),
  });
  return people;
}
