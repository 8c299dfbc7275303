import {
  COORDINATOR_OF_NETWORK1,
  EDITOR_OF_ORG1,
  type Expectation,
  type ModuleMatrix,
  SIGNED_IN,
  all,
} from '../../testing/access-expectations.ts';

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

export const membershipsMatrix: ModuleMatrix = {
  web: {
    request: { input: (w) => ({ organisationId: w.org3, note: 'Jeg jobber her' }), expect: SIGNED_IN },
    leave: {
      input: (w) => ({ membershipId: w.memberMembership }),
      expect: { ...all(404), anonymous: 401, member: 'ok', teamMember: 404 },
    },
    pending: { input: (w) => ({ organisationId: w.org1 }), expect: EDITOR_OF_ORG1 },
    decide: {
      input: (w) => ({ membershipId: w.pendingMembership, approve: true, role: 'MEMBER' }),
      expect: DECIDES_FOR_ORG1,
    },
    remove: {
      input: (w) => ({ membershipId: w.memberMembership }),
      expect: DECIDES_FOR_ORG1,
      fresh: true,
    },
  },
  admin: {
    forNetwork: { input: (w) => ({ networkId: w.network1 }), expect: COORDINATOR_OF_NETWORK1 },
    decide: {
      input: (w) => ({ membershipId: w.pendingMembership, approve: true, role: 'EDITOR' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    setRole: {
      input: (w) => ({ membershipId: w.memberMembership, role: 'EDITOR' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    remove: {
      input: (w) => ({ membershipId: w.memberMembership }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
  },
};
