import {
  COORDINATOR_OF_NETWORK1,
  EDITOR_OF_ORG1,
  EDITOR_OF_ORG2,
  type Expectation,
  type ModuleMatrix,
  PUBLIC,
  STAFF,
  all,
  none,
} from '../../testing/access-expectations.ts';
import { PRACTICE_CONTENT } from './test-world.ts';

/** Reading what org1 has not published: its editors and network1's coordinators; for everyone else it does not exist. */
const READS_ORG1_UNPUBLISHED: Expectation = {
  ...all(404),
  anonymous: 401,
  editor: 'ok',
  coordinator: 'ok',
  admin: 'ok',
};

const draftContent = { title: 'Recoverykurs for alle', ...PRACTICE_CONTENT };

export const practiceMatrix: ModuleMatrix = {
  web: {
    search: { input: () => ({ q: 'stress' }), expect: PUBLIC },
    grid: { input: none, expect: PUBLIC },
    bySlug: { input: (w) => ({ slug: w.practice.published.slug }), expect: PUBLIC },
    create: {
      input: (w) => ({ organisationId: w.org1, title: 'Nytt eksempel', language: 'nn' }),
      expect: EDITOR_OF_ORG1,
    },
    forOrganisation: { input: (w) => ({ organisationId: w.org1 }), expect: EDITOR_OF_ORG1 },
    workingCopy: { input: (w) => ({ exampleId: w.practice.draft.exampleId }), expect: EDITOR_OF_ORG1 },
    save: {
      input: (w) => ({
        versionId: w.practice.draft.versionId,
        baseUpdatedAt: w.practice.draft.updatedAt,
        ...draftContent,
      }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    submit: {
      input: (w) => ({ versionId: w.practice.draft.versionId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    withdraw: {
      input: (w) => ({ versionId: w.practice.inReview.versionId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    startRevision: {
      input: (w) => ({ exampleId: w.practice.published.exampleId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    history: {
      input: (w) => ({ exampleId: w.practice.inReview.exampleId }),
      expect: READS_ORG1_UNPUBLISHED,
    },
    updateAttachment: {
      input: (w) => ({ attachmentId: w.practice.draft.attachmentId, altText: 'Programmet for kurset' }),
      expect: EDITOR_OF_ORG1,
    },
    deleteAttachment: {
      input: (w) => ({ attachmentId: w.practice.draft.attachmentId }),
      expect: EDITOR_OF_ORG1,
      fresh: true,
    },
    adopt: {
      input: (w) => ({
        exampleId: w.practice.published.exampleId,
        organisationId: w.org2,
        note: 'Vi har startet en slik gruppe',
      }),
      expect: { ...EDITOR_OF_ORG2, serviceContact: 404 },
    },
    removeAdoption: {
      input: (w) => ({ exampleId: w.practice.published.exampleId, organisationId: w.org2 }),
      expect: { ...EDITOR_OF_ORG2, serviceContact: 404 },
    },
  },
  admin: {
    queue: { input: () => ({}), expect: STAFF },
    list: { input: none, expect: STAFF },
    forReview: {
      input: (w) => ({ versionId: w.practice.inReview.versionId }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    history: {
      input: (w) => ({ exampleId: w.practice.inReview.exampleId }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    return: {
      input: (w) => ({ versionId: w.practice.inReview.versionId, comment: 'Skriv mer om resultatene.' }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    publish: {
      input: (w) => ({ versionId: w.practice.inReview.versionId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    setArchived: {
      input: (w) => ({ exampleId: w.practice.published.exampleId, value: true }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    setFeatured: {
      input: (w) => ({ exampleId: w.practice.published.exampleId, value: true }),
      expect: COORDINATOR_OF_NETWORK1,
    },
  },
};
