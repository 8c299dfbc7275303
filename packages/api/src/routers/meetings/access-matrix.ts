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
import { MEETING_FORM } from './test-world.ts';

/** Cancelling one's registration: only `member` has one; for everyone else there is nothing to cancel. */
const HAS_REGISTRATION: Expectation = { ...all(404), anonymous: 401, member: 'ok' };

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
    myRegistrationDetails: { input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }), expect: HAS_REGISTRATION },
    updateRegistration: {
      input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, ...registration }),
      expect: HAS_REGISTRATION,
    },
    myCalendarFeed: { input: none, expect: SIGNED_IN },
    renewMyCalendarFeed: { input: none, expect: SIGNED_IN },
    removeMyCalendarFeed: { input: none, expect: SIGNED_IN },
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
  },
};
