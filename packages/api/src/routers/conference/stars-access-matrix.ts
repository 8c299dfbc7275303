import { type ModuleMatrix, PUBLIC, SIGNED_IN } from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

/**
 * The stars' rows (docs/adr/0024), spread into ./access-matrix.ts. The world publishes no
 * release, so these publish one first (starsWorld) and star the world's plenary.
 */
export const starsMatrix: Required<Pick<ModuleMatrix, 'web'>> = {
  web: {
    'stars.myStars': { input: (w) => ({ slug: w.conferenceStars.slug }), expect: SIGNED_IN },
    'stars.syncStars': {
      input: (w) => ({
        slug: w.conferenceStars.slug,
        entries: [{ guid: w.conferenceStars.guids[0], starred: true, at: Date.UTC(2031, 0, 1) }],
      }),
      expect: SIGNED_IN,
    },
    'stars.star': {
      input: (w) => ({ slug: w.conferenceStars.slug, guid: w.conferenceStars.guids[0] }),
      expect: SIGNED_IN,
    },
    'stars.unstar': {
      input: (w) => ({ slug: w.conferenceStars.slug, guid: w.conferenceStars.guids[0] }),
      expect: SIGNED_IN,
    },
    programme: { input: (w: World) => ({ slug: w.conferenceStars.slug }), expect: PUBLIC },
  },
};
