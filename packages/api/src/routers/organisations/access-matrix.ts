import { ADMIN, EDITOR_OF_ORG1, type ModuleMatrix, PUBLIC, STAFF } from '../../testing/access-expectations.ts';

const profile = {
  description: 'Ny beskrivelse',
  email: null,
  phone: null,
  website: null,
  municipality: null,
  county: '50',
};

export const organisationsMatrix: ModuleMatrix = {
  web: {
    list: { input: () => ({}), expect: PUBLIC },
    bySlug: { input: () => ({ slug: 'kommune-en' }), expect: PUBLIC },
    forEditing: { input: (w) => ({ organisationId: w.org1 }), expect: EDITOR_OF_ORG1 },
    updateProfile: { input: (w) => ({ organisationId: w.org1, ...profile }), expect: EDITOR_OF_ORG1 },
  },
  admin: {
    list: { input: () => ({}), expect: STAFF },
    get: { input: (w) => ({ organisationId: w.org1 }), expect: STAFF },
    create: {
      input: () => ({ name: 'Ny organisasjon', slug: 'ny-organisasjon', type: 'USER_ORGANISATION' }),
      expect: ADMIN,
    },
    update: {
      input: (w) => ({ organisationId: w.org3, name: 'Kommune tre', type: 'MUNICIPALITY', ...profile }),
      expect: ADMIN,
    },
    delete: { input: (w) => ({ organisationId: w.org3 }), expect: ADMIN },
  },
};
