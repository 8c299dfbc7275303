import {
  ADMIN,
  COORDINATOR_OF_NETWORK1,
  type ModuleMatrix,
  PUBLIC,
  STAFF,
  none,
} from '../../testing/access-expectations.ts';

export const networksMatrix: ModuleMatrix = {
  web: {
    list: { input: none, expect: PUBLIC },
    bySlug: { input: () => ({ slug: 'nettverk-en' }), expect: PUBLIC },
  },
  admin: {
    list: { input: none, expect: STAFF },
    get: { input: (w) => ({ networkId: w.network1 }), expect: COORDINATOR_OF_NETWORK1 },
    create: {
      input: () => ({ name: 'Nytt nettverk', slug: 'nytt-nettverk', counties: ['03'] }),
      expect: ADMIN,
    },
    update: {
      input: (w) => ({ networkId: w.network1, name: 'Nettverk én', description: 'Oppdatert', counties: ['50', '15'] }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    addMember: {
      input: (w) => ({ networkId: w.network1, organisationId: w.org3 }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    removeMember: {
      input: (w) => ({ networkId: w.network1, organisationId: w.org1 }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    addCoordinator: { input: (w) => ({ networkId: w.network1, userId: w.userIds.pending }), expect: ADMIN },
    removeCoordinator: {
      input: (w) => ({ networkId: w.network1, userId: w.userIds.coordinator }),
      expect: ADMIN,
    },
  },
};
