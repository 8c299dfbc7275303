import { COORDINATOR_OF_NETWORK1, type ModuleMatrix, PUBLIC } from '../../testing/access-expectations.ts';

/**
 * The releases' rows (docs/adr/0023), spread into ./access-matrix.ts. The world's 2030
 * edition (releases-test-world.ts) has «v1» published and «v2» a draft.
 */
export const releasesMatrix: Required<Pick<ModuleMatrix, 'web' | 'admin'>> = {
  web: {
    changeLog: { input: (w) => ({ slug: w.releases.slug }), expect: PUBLIC },
  },
  admin: {
    releases: { input: (w) => ({ editionId: w.releases.editionId }), expect: COORDINATOR_OF_NETWORK1 },
    createRelease: {
      input: (w) => ({ editionId: w.releases.editionId, name: 'v3 – endringer 3. okt', note: 'Nytt rom.' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    updateRelease: {
      input: (w) => ({ releaseId: w.releases.draftReleaseId, name: 'v2 – endringer', note: '' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    deleteRelease: {
      input: (w) => ({ releaseId: w.releases.draftReleaseId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    previewRelease: { input: (w) => ({ editionId: w.releases.editionId }), expect: COORDINATOR_OF_NETWORK1 },
    publishRelease: {
      input: (w) => ({ releaseId: w.releases.draftReleaseId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
  },
};
