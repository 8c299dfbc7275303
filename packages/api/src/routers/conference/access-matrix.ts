import { type ModuleMatrix, PUBLIC, STAFF, none } from '../../testing/access-expectations.ts';

/** The conference module's rows (docs/adr/0023); each part adds its own beside its router. */
export const conferenceMatrix: ModuleMatrix = {
  web: {
    editions: { input: none, expect: PUBLIC },
    // The public pages' reads (programme.ts): the published edition answers everyone.
    programme: { input: (w) => ({ slug: w.conferencePublished.slug }), expect: PUBLIC },
    edition: { input: (w) => ({ slug: w.conferencePublished.slug }), expect: PUBLIC },
    clock: { input: none, expect: PUBLIC },
  },
  admin: {
    editions: { input: none, expect: STAFF },
  },
};
