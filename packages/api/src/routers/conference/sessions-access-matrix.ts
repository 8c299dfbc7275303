import { COORDINATOR_OF_NETWORK1, type MatrixRow } from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

/**
 * The rows of sessions and speakers (docs/adr/0023), spread into ./access-matrix.ts: the
 * coordinators of network1 (which owns the world's edition) and admins; another network's
 * coordinator gets 404, members 403.
 */

const session = (w: World) => ({
  title: 'Verksted om boligsosialt arbeid',
  abstract: 'Om **bolig**.',
  language: 'nb',
  typeId: w.conference.workshopTypeId,
  trackId: w.conference.trackId,
  tags: ['bolig'],
  signLanguage: true,
  captioned: false,
  streamed: false,
  recorded: true,
  materials: '',
  durationMinutes: 60,
  capacity: 20,
  speakerIds: [w.conference.speakers[1], w.conference.speakers[0]],
});

const speaker = (w: World) => ({
  name: 'Kari Nordmann',
  bio: 'Erfaringskonsulent i **kommunen**.',
  bioLanguage: 'nn',
  contribution: 'erfaringskompetanse',
  organisationId: w.org1,
  userEmail: null,
  photoAlt: '',
});

const edition = (w: World) => ({ editionId: w.conference.editionId });

export const sessionsAdminRows: Record<string, MatrixRow> = {
  'sessions.list': { input: (w) => ({ ...edition(w), scheduled: 'unscheduled' }), expect: COORDINATOR_OF_NETWORK1 },
  'sessions.choices': { input: edition, expect: COORDINATOR_OF_NETWORK1 },
  'sessions.get': { input: (w) => ({ sessionId: w.conference.plenaryId }), expect: COORDINATOR_OF_NETWORK1 },
  'sessions.create': { input: (w) => ({ ...edition(w), ...session(w) }), expect: COORDINATOR_OF_NETWORK1 },
  'sessions.update': {
    input: (w) => ({ sessionId: w.conference.unscheduledId, ...session(w) }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'sessions.delete': {
    input: (w) => ({ sessionId: w.conference.unscheduledId }),
    expect: COORDINATOR_OF_NETWORK1,
    fresh: true,
  },
  'sessions.duplicate': { input: (w) => ({ sessionId: w.conference.workshopId }), expect: COORDINATOR_OF_NETWORK1 },
  'speakers.list': { input: edition, expect: COORDINATOR_OF_NETWORK1 },
  'speakers.get': { input: (w) => ({ speakerId: w.conference.speakers[0] }), expect: COORDINATOR_OF_NETWORK1 },
  'speakers.create': { input: (w) => ({ ...edition(w), ...speaker(w) }), expect: COORDINATOR_OF_NETWORK1 },
  'speakers.update': {
    input: (w) => ({ speakerId: w.conference.speakers[1], ...speaker(w) }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'speakers.delete': {
    input: (w) => ({ speakerId: w.conferenceSessions.unlinkedSpeakerId }),
    expect: COORDINATOR_OF_NETWORK1,
    fresh: true,
  },
  'speakers.removePhoto': {
    input: (w) => ({ speakerId: w.conference.speakers[0] }),
    expect: COORDINATOR_OF_NETWORK1,
  },
};
