import {
  COORDINATOR_OF_NETWORK1,
  type Expectation,
  type ModuleMatrix,
  PUBLIC,
  SIGNED_IN,
  all,
} from '../../testing/access-expectations.ts';

/** Cancelling one's sign-up: only `member` has one; for everyone else there is nothing to cancel. */
const HAS_SIGNUP: Expectation = { ...all(404), anonymous: 401, member: 'ok', teamMember: 404 };

/** Workshop sign-ups and the conference's registration (docs/adr/0023), spread into ./access-matrix.ts. */
export const signupsMatrix = {
  web: {
    registration: { input: (w) => ({ slug: w.signups.slug }), expect: PUBLIC },
    signupState: { input: (w) => ({ slug: w.signups.slug, number: w.signups.workshopNumber }), expect: PUBLIC },
    signUp: { input: (w) => ({ slug: w.signups.slug, number: w.signups.workshopNumber }), expect: SIGNED_IN },
    cancelSignup: {
      input: (w) => ({ slug: w.signups.slug, number: w.signups.workshopNumber }),
      expect: HAS_SIGNUP,
      fresh: true,
    },
    mySignups: { input: (w) => ({ slug: w.signups.slug }), expect: SIGNED_IN },
  },
  admin: {
    signups: { input: (w) => ({ editionId: w.signups.editionId }), expect: COORDINATOR_OF_NETWORK1 },
    setSignupCapacity: {
      input: (w) => ({ sessionId: w.signups.workshopId, capacity: 6 }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    moveSignup: { input: (w) => ({ signupId: w.signups.signupId, to: 'waiting' }), expect: COORDINATOR_OF_NETWORK1 },
    registrationSetup: { input: (w) => ({ editionId: w.signups.editionId }), expect: COORDINATOR_OF_NETWORK1 },
    setUpRegistration: {
      input: (w) => ({
        editionId: w.signups.editionId,
        capacity: 300,
        registrationOpensAt: null,
        registrationDeadline: { date: '2032-10-01', time: '12:00' },
      }),
      expect: COORDINATOR_OF_NETWORK1,
    },
  },
} satisfies ModuleMatrix;
