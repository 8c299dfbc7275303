import { createResetToken, createSession, hashPassword } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { type ContributionsWorld, createContributionsWorld } from '../routers/meetings/contributions-test-world.ts';
import { type MeetingsWorld, createMeetingsWorld } from '../routers/meetings/test-world.ts';
import { type ConferenceWorld, createConferenceWorld } from '../routers/conference/test-world.ts';
import {
  type PublishedConferenceWorld,
  createPublishedConferenceWorld,
} from '../routers/conference/browse-test-world.ts';
import { type ReleasesWorld, createReleasesWorld } from '../routers/conference/releases-test-world.ts';
import { type SignupsWorld, createSignupsWorld } from '../routers/conference/signups-test-world.ts';
import { type StarsWorld, createStarsWorld } from '../routers/conference/stars-test-world.ts';
import {
  type ConferenceSessionsWorld,
  createConferenceSessionsWorld,
} from '../routers/conference/sessions-test-world.ts';
import { type PracticeWorld, createPracticeWorld } from '../routers/practice/test-world.ts';
import { type EvaluationsWorld, createEvaluationsWorld } from '../routers/evaluations/test-world.ts';
import { type AnalysisWorld, createAnalysisWorld } from '../routers/evaluations/analysis-test-world.ts';
import { type EvaluationsSetupWorld, createEvaluationsSetupWorld } from '../routers/evaluations/setup-test-world.ts';
import { addFollowUpWorld } from '../routers/evaluations/follow-up-test-world.ts';
import { type InstrumentsWorld, createInstrumentsWorld } from '../routers/evaluations/instruments-test-world.ts';

export { PRACTICE_CONTENT } from '../routers/practice/test-world.ts';

/**
 * A small world for API tests: two networks, three organisations, and one
 * person in each role the access rules distinguish. Every fixture person has
 * the password WORLD_PASSWORD and an open session (token) per app. Each
 * feature module adds its part from routers/<module>/test-world.ts.
 */
export const BASE_ROLES = [
  'anonymous',
  'member',
  'otherEditor',
  'editor',
  'otherCoordinator',
  'coordinator',
  'admin',
] as const;
/**
 * The roles of one Bruker Spør Bruker evaluation (docs/adr/0025), held by people of their own:
 * `lead` leads world.evaluations.collecting (a coordinator of network 1), `teamMember` is on its
 * team (a member of org 1), `serviceContact` edits its evaluated service (org 4, in network 2).
 */
export const EVALUATION_ROLES = ['lead', 'teamMember', 'serviceContact'] as const;
export const ROLES = [...BASE_ROLES, ...EVALUATION_ROLES] as const;
export type BaseRole = (typeof BASE_ROLES)[number];
export type EvaluationRole = (typeof EVALUATION_ROLES)[number];
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

export const WORLD_PASSWORD = 'et-godt-testpassord';

export interface World {
  network1: string;
  network2: string;
  /** In network 1; `editor` edits it, `member` belongs to it. */
  org1: string;
  /** In network 2; `otherEditor` edits it. */
  org2: string;
  /** In no network. */
  org3: string;
  /** In network 2: the service evaluated in world.evaluations; `serviceContact` edits it. */
  org4: string;
  userIds: Record<SignedInRole | 'pending', string>;
  /** Session tokens per role, for the web and the admin cookie. */
  tokens: Record<SignedInRole, { web: string; admin: string }>;
  /** `pending` asks to join org1. */
  pendingMembership: string;
  /** `member`'s approved link to org1. */
  memberMembership: string;
  /** org1's practice examples (routers/practice/test-world.ts). */
  practice: PracticeWorld;
  /** A notification to `member` that the SMTP server refused (outbox delivery). */
  failedOutboxMessage: string;
  /** A password reset token for the pending person, unused (routers/password-reset). */
  resetToken: string;
  /** network1's meetings (routers/meetings/test-world.ts). */
  meetings: MeetingsWorld;
  /** Contributions to network1's meetings (routers/meetings/contributions-test-world.ts). */
  contributions: ContributionsWorld;
  /** network1's conference edition (routers/conference/test-world.ts). */
  conference: ConferenceWorld;
  /** network1's previous edition, with a published release and a draft (routers/conference/browse-test-world.ts). */
  conferencePublished: PublishedConferenceWorld;
  /** A second edition of network1's with «v1» published and «v2» a draft (routers/conference/releases-test-world.ts). */
  releases: ReleasesWorld;
  /** A second edition of network1's, published, with a workshop `member` signed up for (routers/conference/signups-test-world.ts). */
  signups: SignupsWorld;
  /** An edition with a published release, for the stars (routers/conference/stars-test-world.ts). */
  conferenceStars: StarsWorld;
  /** Sessions' and speakers' additions to it (routers/conference/sessions-test-world.ts). */
  conferenceSessions: ConferenceSessionsWorld;
  /** Bruker Spør Bruker evaluations of org4 run by network1 (routers/evaluations/test-world.ts). */
  evaluations: EvaluationsWorld;
  /** The analysis of world.evaluations.collecting (routers/evaluations/analysis-test-world.ts). */
  evaluationAnalysis: AnalysisWorld;
  /** The setup part's training record and agreement file (routers/evaluations/setup-test-world.ts). */
  evaluationsSetup: EvaluationsSetupWorld;
  /** A draft questionnaire of evaluations.collecting (routers/evaluations/instruments-test-world.ts). */
  instruments: InstrumentsWorld;
}

export async function createWorld(db: Db): Promise<World> {
  const passwordHash = await hashPassword(WORLD_PASSWORD);
  const network1 = await db.network.create({ data: { slug: 'nettverk-en', name: 'Nettverk én', counties: ['50'] } });
  const network2 = await db.network.create({ data: { slug: 'nettverk-to', name: 'Nettverk to', counties: ['11'] } });
  const org = (slug: string, name: string, county: string) =>
    db.organisation.create({ data: { slug, name, type: 'MUNICIPALITY', county } });
  const org1 = await org('kommune-en', 'Kommune én', '50');
  const org2 = await org('kommune-to', 'Kommune to', '11');
  const org3 = await org('kommune-tre', 'Kommune tre', '46');
  const org4 = await org('tjenesten-fire', 'Tjenesten fire', '11');
  await db.networkMember.createMany({
    data: [
      { networkId: network1.id, organisationId: org1.id },
      { networkId: network2.id, organisationId: org2.id },
      { networkId: network2.id, organisationId: org4.id },
    ],
  });

  const names = [
    'member',
    'otherEditor',
    'editor',
    'otherCoordinator',
    'coordinator',
    'admin',
    'pending',
    'lead',
    'teamMember',
    'serviceContact',
  ] as const;
  const userIds = {} as World['userIds'];
  for (const name of names) {
    const user = await db.user.create({
      data: {
        email: `${name.toLowerCase()}@test.knutepunkt.no`,
        name: `Test ${name}`,
        passwordHash,
        isAdmin: name === 'admin',
      },
    });
    userIds[name] = user.id;
  }
  const approved = { status: 'APPROVED' as const, decidedAt: new Date() };
  const memberMembership = await db.membership.create({
    data: { userId: userIds.member, organisationId: org1.id, role: 'MEMBER', ...approved },
  });
  await db.membership.create({
    data: { userId: userIds.editor, organisationId: org1.id, role: 'EDITOR', ...approved },
  });
  await db.membership.create({
    data: { userId: userIds.otherEditor, organisationId: org2.id, role: 'EDITOR', ...approved },
  });
  await db.membership.create({
    data: { userId: userIds.teamMember, organisationId: org1.id, role: 'MEMBER', ...approved },
  });
  await db.membership.create({
    data: { userId: userIds.serviceContact, organisationId: org4.id, role: 'EDITOR', ...approved },
  });
  const pendingMembership = await db.membership.create({ data: { userId: userIds.pending, organisationId: org1.id } });
  await db.networkCoordinator.createMany({
    data: [
      { networkId: network1.id, userId: userIds.coordinator },
      { networkId: network2.id, userId: userIds.otherCoordinator },
      { networkId: network1.id, userId: userIds.lead },
    ],
  });

  const practice = await createPracticeWorld(db, org1.id, userIds.editor);
  const failedOutboxMessage = await db.outboxMessage.create({
    data: {
      userId: userIds.member,
      toEmail: 'member@test.knutepunkt.no',
      subject: 'Emne',
      body: 'Tekst',
      kind: 'test',
      status: 'failed',
      attempts: 1,
      lastError: '550 5.1.1 Mailbox unavailable',
    },
  });

  const { token: resetToken } = await createResetToken(db, userIds.pending, null);
  const meetings = await createMeetingsWorld(db, network1.id, userIds.member);
  const contributions = await createContributionsWorld(db, network1.id, org1.id, meetings.upcoming.meetingId);
  const conference = await createConferenceWorld(db, network1.id, org1.id);
  const conferencePublished = await createPublishedConferenceWorld(db, network1.id, org1.id, userIds.coordinator);
  const releases = await createReleasesWorld(db, network1.id);
  const signups = await createSignupsWorld(db, network1.id, userIds.member);
  const conferenceStars = await createStarsWorld(db);
  const conferenceSessions = await createConferenceSessionsWorld(db, conference.editionId);
  const evaluations = await createEvaluationsWorld(db, {
    networkId: network1.id,
    commissionerId: org1.id,
    serviceId: org4.id,
    leadId: userIds.lead,
    teamMemberId: userIds.teamMember,
  });
  const evaluationAnalysis = await createAnalysisWorld(db, evaluations);
  const evaluationsSetup = await createEvaluationsSetupWorld(db, {
    evaluationId: evaluations.collecting.evaluationId,
    teamMemberId: userIds.teamMember,
    leadId: userIds.lead,
  });
  // The published evaluation's frozen report and follow-up rounds (until the report publisher makes them).
  await addFollowUpWorld(db, evaluations.published);
  const instruments = await createInstrumentsWorld(db, evaluations.collecting.evaluationId);

  const tokens = {} as World['tokens'];
  for (const role of ROLES) {
    if (role === 'anonymous') continue;
    const web = await createSession(db, userIds[role], 'web');
    const admin = await createSession(db, userIds[role], 'admin');
    tokens[role] = { web: web.token, admin: admin.token };
  }
  return {
    network1: network1.id,
    network2: network2.id,
    org1: org1.id,
    org2: org2.id,
    org3: org3.id,
    org4: org4.id,
    userIds,
    tokens,
    pendingMembership: pendingMembership.id,
    memberMembership: memberMembership.id,
    practice,
    failedOutboxMessage: failedOutboxMessage.id,
    resetToken,
    meetings,
    contributions,
    conference,
    conferencePublished,
    releases,
    signups,
    conferenceStars,
    conferenceSessions,
    evaluations,
    evaluationAnalysis,
    evaluationsSetup,
    instruments,
  };
}
