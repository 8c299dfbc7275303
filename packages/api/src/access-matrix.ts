import { PRACTICE_CONTENT, type Role, WORLD_PASSWORD, type World } from './testing/world.ts';
import type { AppName } from './testing/caller.ts';

/**
 * The access matrix: for every procedure of both routers, what each role
 * gets. 'ok' means the call succeeds; a number is the refusal expected. The
 * test walks every procedure, so a new one without a row here fails it.
 */
export type Outcome = 'ok' | 401 | 403 | 404;
export type Expectation = Record<Role, Outcome>;
export interface MatrixRow {
  input: (world: World, role: Role) => unknown;
  expect: Expectation;
  /** Run each role on a fresh copy of the world (the call removes what the next would need). */
  fresh?: boolean;
}

const all = (o: Outcome): Expectation => ({
  anonymous: o,
  member: o,
  otherEditor: o,
  editor: o,
  otherCoordinator: o,
  coordinator: o,
  admin: o,
});
const PUBLIC = all('ok');
const SIGNED_IN: Expectation = { ...all('ok'), anonymous: 401 };
const EDITOR_OF_ORG1: Expectation = {
  anonymous: 401,
  member: 403,
  otherEditor: 404,
  editor: 'ok',
  otherCoordinator: 403,
  coordinator: 403,
  admin: 'ok',
};
/** The admin app at all: coordinators and admins. */
const STAFF: Expectation = { ...all(403), anonymous: 401, otherCoordinator: 'ok', coordinator: 'ok', admin: 'ok' };
const COORDINATOR_OF_NETWORK1: Expectation = { ...STAFF, otherCoordinator: 404 };
const ADMIN: Expectation = { ...all(403), anonymous: 401, admin: 'ok' };
/** Deciding on org1's links: its editors (members only), network1's coordinators, admins. */
const DECIDES_FOR_ORG1: Expectation = {
  anonymous: 401,
  member: 403,
  otherEditor: 404,
  editor: 'ok',
  otherCoordinator: 404,
  coordinator: 'ok',
  admin: 'ok',
};

/** Editing org2 (the other organisation's editor is its editor). */
const EDITOR_OF_ORG2: Expectation = { ...EDITOR_OF_ORG1, otherEditor: 'ok', editor: 404 };
/** Reading what org1 has not published: its editors and network1's coordinators; for everyone else it does not exist. */
const READS_ORG1_UNPUBLISHED: Expectation = {
  ...all(404),
  anonymous: 401,
  editor: 'ok',
  coordinator: 'ok',
  admin: 'ok',
};

const none = () => undefined;
const draftContent = { title: 'Recoverykurs for alle', ...PRACTICE_CONTENT };
const profile = {
  description: 'Ny beskrivelse',
  email: null,
  phone: null,
  website: null,
  municipality: null,
  county: '50',
};

const sessionRows = (): Record<string, MatrixRow> => ({
  'account.me': { input: none, expect: PUBLIC },
  'account.signIn': {
    input: () => ({ email: 'pending@test.knutepunkt.no', password: WORLD_PASSWORD }),
    expect: PUBLIC,
  },
  'account.signOut': { input: none, expect: PUBLIC },
  'account.signOutEverywhere': { input: none, expect: SIGNED_IN },
  'account.setLocale': { input: () => ({ locale: 'nn' }), expect: SIGNED_IN },
});

export const accessMatrix: Record<AppName, Record<string, MatrixRow>> = {
  web: {
    ...sessionRows(),
    'account.register': {
      input: (_w, role) => ({
        name: 'Ny person',
        email: `ny-${role}@test.knutepunkt.no`,
        password: 'et-langt-godt-passord',
        locale: 'nn',
      }),
      expect: PUBLIC,
    },
    'account.updateProfile': {
      input: (_w, role) => ({ name: 'Nytt navn', email: `${role}-ny@test.knutepunkt.no`, locale: 'en' }),
      expect: SIGNED_IN,
    },
    'account.changePassword': {
      input: () => ({ currentPassword: WORLD_PASSWORD, newPassword: 'et-helt-nytt-passord' }),
      expect: SIGNED_IN,
    },
    'organisations.list': { input: () => ({}), expect: PUBLIC },
    'organisations.bySlug': { input: () => ({ slug: 'kommune-en' }), expect: PUBLIC },
    'organisations.forEditing': { input: (w) => ({ organisationId: w.org1 }), expect: EDITOR_OF_ORG1 },
    'organisations.updateProfile': { input: (w) => ({ organisationId: w.org1, ...profile }), expect: EDITOR_OF_ORG1 },
    'networks.list': { input: none, expect: PUBLIC },
    'networks.bySlug': { input: () => ({ slug: 'nettverk-en' }), expect: PUBLIC },
    'memberships.request': { input: (w) => ({ organisationId: w.org3, note: 'Jeg jobber her' }), expect: SIGNED_IN },
    'memberships.leave': {
      input: (w) => ({ membershipId: w.memberMembership }),
      expect: { ...all(404), anonymous: 401, member: 'ok' },
    },
    'memberships.pending': { input: (w) => ({ organisationId: w.org1 }), expect: EDITOR_OF_ORG1 },
    'memberships.decide': {
      input: (w) => ({ membershipId: w.pendingMembership, approve: true, role: 'MEMBER' }),
      expect: DECIDES_FOR_ORG1,
    },
    'memberships.remove': {
      input: (w) => ({ membershipId: w.memberMembership }),
      expect: DECIDES_FOR_ORG1,
      fresh: true,
    },
    'account.notifications': { input: none, expect: SIGNED_IN },
    'practice.search': { input: () => ({ q: 'stress' }), expect: PUBLIC },
    'practice.grid': { input: none, expect: PUBLIC },
    'practice.bySlug': { input: (w) => ({ slug: w.practice.published.slug }), expect: PUBLIC },
    'practice.create': {
      input: (w) => ({ organisationId: w.org1, title: 'Nytt eksempel', language: 'nn' }),
      expect: EDITOR_OF_ORG1,
    },
    'practice.forOrganisation': { input: (w) => ({ organisationId: w.org1 }), expect: EDITOR_OF_ORG1 },
    'practice.workingCopy': { input: (w) => ({ exampleId: w.practice.draft.exampleId }), expect: EDITOR_OF_ORG1 },
    'practice.save': {
      input: (w) => ({
        versionId: w.practice.draft.versionId,
        baseUpdatedAt: w.practice.draft.updatedAt,
        ...draftContent,
      }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    'practice.submit': {
      input: (w) => ({ versionId: w.practice.draft.versionId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    'practice.withdraw': {
      input: (w) => ({ versionId: w.practice.inReview.versionId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    'practice.startRevision': {
      input: (w) => ({ exampleId: w.practice.published.exampleId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    'practice.history': {
      input: (w) => ({ exampleId: w.practice.inReview.exampleId }),
      expect: READS_ORG1_UNPUBLISHED,
    },
    'practice.updateAttachment': {
      input: (w) => ({ attachmentId: w.practice.draft.attachmentId, altText: 'Programmet for kurset' }),
      expect: EDITOR_OF_ORG1,
    },
    'practice.deleteAttachment': {
      input: (w) => ({ attachmentId: w.practice.draft.attachmentId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    'practice.adopt': {
      input: (w) => ({
        exampleId: w.practice.published.exampleId,
        organisationId: w.org2,
        note: 'Vi har startet en slik gruppe',
      }),
      expect: EDITOR_OF_ORG2,
    },
    'practice.removeAdoption': {
      input: (w) => ({ exampleId: w.practice.published.exampleId, organisationId: w.org2 }),
      expect: EDITOR_OF_ORG2,
    },
  },
  admin: {
    ...sessionRows(),
    'organisations.list': { input: () => ({}), expect: STAFF },
    'organisations.get': { input: (w) => ({ organisationId: w.org1 }), expect: STAFF },
    'organisations.create': {
      input: () => ({ name: 'Ny organisasjon', slug: 'ny-organisasjon', type: 'USER_ORGANISATION' }),
      expect: ADMIN,
    },
    'organisations.update': {
      input: (w) => ({ organisationId: w.org3, name: 'Kommune tre', type: 'MUNICIPALITY', ...profile }),
      expect: ADMIN,
    },
    'organisations.delete': { input: (w) => ({ organisationId: w.org3 }), expect: ADMIN },
    'networks.list': { input: none, expect: STAFF },
    'networks.get': { input: (w) => ({ networkId: w.network1 }), expect: COORDINATOR_OF_NETWORK1 },
    'networks.create': {
      input: () => ({ name: 'Nytt nettverk', slug: 'nytt-nettverk', counties: ['03'] }),
      expect: ADMIN,
    },
    'networks.update': {
      input: (w) => ({ networkId: w.network1, name: 'Nettverk én', description: 'Oppdatert', counties: ['50', '15'] }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'networks.addMember': {
      input: (w) => ({ networkId: w.network1, organisationId: w.org3 }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'networks.removeMember': {
      input: (w) => ({ networkId: w.network1, organisationId: w.org1 }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'networks.addCoordinator': { input: (w) => ({ networkId: w.network1, userId: w.userIds.pending }), expect: ADMIN },
    'networks.removeCoordinator': {
      input: (w) => ({ networkId: w.network1, userId: w.userIds.coordinator }),
      expect: ADMIN,
    },
    'memberships.forNetwork': { input: (w) => ({ networkId: w.network1 }), expect: COORDINATOR_OF_NETWORK1 },
    'memberships.decide': {
      input: (w) => ({ membershipId: w.pendingMembership, approve: true, role: 'EDITOR' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'memberships.setRole': {
      input: (w) => ({ membershipId: w.memberMembership, role: 'EDITOR' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'memberships.remove': {
      input: (w) => ({ membershipId: w.memberMembership }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'people.list': { input: () => ({}), expect: ADMIN },
    'people.get': { input: (w) => ({ userId: w.userIds.member }), expect: ADMIN },
    'people.setAdmin': { input: (w) => ({ userId: w.userIds.pending, isAdmin: true }), expect: ADMIN },
    'people.setDisabled': { input: (w) => ({ userId: w.userIds.pending, disabled: true }), expect: ADMIN },
    'audit.list': { input: () => ({}), expect: ADMIN },
    'outbox.list': { input: () => ({}), expect: STAFF },
    'practice.queue': { input: () => ({}), expect: STAFF },
    'practice.list': { input: none, expect: STAFF },
    'practice.forReview': {
      input: (w) => ({ versionId: w.practice.inReview.versionId }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'practice.history': {
      input: (w) => ({ exampleId: w.practice.inReview.exampleId }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'practice.return': {
      input: (w) => ({ versionId: w.practice.inReview.versionId, comment: 'Skriv mer om resultatene.' }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'practice.publish': {
      input: (w) => ({ versionId: w.practice.inReview.versionId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'practice.setArchived': {
      input: (w) => ({ exampleId: w.practice.published.exampleId, value: true }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'practice.setFeatured': {
      input: (w) => ({ exampleId: w.practice.published.exampleId, value: true }),
      expect: COORDINATOR_OF_NETWORK1,
    },
  },
};
