import {
  COORDINATOR_OF_NETWORK1,
  type Expectation,
  type ModuleMatrix,
  PUBLIC,
  SIGNED_IN,
  STAFF,
  all,
  none,
} from '../../testing/access-expectations.ts';
import { contributionsAdminRows, contributionsWebRows } from './contributions-access-matrix.ts';
import { checkInMatrix } from './check-in-matrix.ts';
import { MEETING_FORM } from './test-world.ts';
import { minutesMatrix } from './minutes-access-matrix.ts';

/** Cancelling one's registration: only `member` has one; for everyone else there is nothing to cancel. */
const HAS_REGISTRATION: Expectation = { ...all(404), anonymous: 401, member: 'ok', teamMember: 404 };

const registration = {
  organisationId: null,
  attendance: 'in_person',
  dietary: null,
  wheelchair: false,
  signLanguage: false,
  writtenInterpretation: false,
  hearingLoop: false,
  otherAccessNeeds: null,
  travelSupport: false,
  listConsent: true,
};

export const meetingsMatrix: ModuleMatrix = {
  web: {
    list: { input: () => ({ when: 'upcoming' }), expect: PUBLIC },
    bySlug: { input: (w) => ({ slug: w.meetings.upcoming.slug }), expect: PUBLIC },
    register: { input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, ...registration }), expect: SIGNED_IN },
    cancelRegistration: {
      input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
      expect: HAS_REGISTRATION,
      fresh: true,
    },
    myRegistrations: { input: none, expect: SIGNED_IN },
    ...minutesMatrix.web,
    ...contributionsWebRows,
    myRegistrationDetails: { input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }), expect: HAS_REGISTRATION },
    updateRegistration: {
      input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, ...registration }),
      expect: HAS_REGISTRATION,
    },
    myCalendarFeed: { input: none, expect: SIGNED_IN },
    renewMyCalendarFeed: { input: none, expect: SIGNED_IN },
    removeMyCalendarFeed: { input: none, expect: SIGNED_IN },
    // The evaluation (docs/adr/0022): anyone signed in sees whether they may answer; only `member` had a seat.
    'evaluation.get': { input: (w) => ({ meetingId: w.meetings.started.meetingId }), expect: SIGNED_IN },
    'evaluation.answer': {
      input: (w) => ({ meetingId: w.meetings.started.meetingId, rating: 4, texts: ['Godt innhold'] }),
      expect: { ...all(403), anonymous: 401, member: 'ok', teamMember: 403 },
      fresh: true,
    },
  },
  admin: {
    list: { input: () => ({}), expect: STAFF },
    get: { input: (w) => ({ meetingId: w.meetings.draft.meetingId }), expect: COORDINATOR_OF_NETWORK1 },
    create: { input: (w) => ({ networkId: w.network1, ...MEETING_FORM }), expect: COORDINATOR_OF_NETWORK1 },
    update: {
      input: (w) => ({ meetingId: w.meetings.draft.meetingId, ...MEETING_FORM }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    setAgenda: {
      input: (w) => ({
        meetingId: w.meetings.draft.meetingId,
        items: [
          {
            startsAt: { date: '2031-05-20', time: '09:00' },
            title: 'Velkommen',
            description: null,
            leader: 'Koordinatoren',
            kind: 'talk',
          },
        ],
      }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    publish: {
      input: (w) => ({ meetingId: w.meetings.draft.meetingId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    cancel: {
      input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    markHeld: {
      input: (w) => ({ meetingId: w.meetings.started.meetingId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    registrations: { input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }), expect: COORDINATOR_OF_NETWORK1 },
    moveRegistration: {
      input: (w) => ({ registrationId: w.meetings.memberRegistration, to: 'waiting' }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    ...minutesMatrix.admin,
    ...contributionsAdminRows,
    'evaluation.get': { input: (w) => ({ meetingId: w.meetings.started.meetingId }), expect: COORDINATOR_OF_NETWORK1 },
    'evaluation.setQuestions': {
      input: (w) => ({
        meetingId: w.meetings.upcoming.meetingId,
        ratingQuestion: 'Hvor nyttig var samlingen?',
        textQuestions: ['Hva var best?', 'Hva kan bli bedre?'],
        closesOn: '2099-12-31',
      }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    // Sent already in the world: a second press is answered, and sends nothing.
    'evaluation.send': { input: (w) => ({ meetingId: w.meetings.started.meetingId }), expect: COORDINATOR_OF_NETWORK1 },
    'evaluation.results': {
      input: (w) => ({ meetingId: w.meetings.started.meetingId }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    ...checkInMatrix,
  },
};
