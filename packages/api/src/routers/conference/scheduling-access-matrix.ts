import { COORDINATOR_OF_NETWORK1, type MatrixRow } from '../../testing/access-expectations.ts';

/**
 * The programme editor's rows (docs/adr/0023), spread into ./access-matrix.ts: the world's
 * edition belongs to network1, so its coordinator and admins may, the other network's
 * coordinator gets 404 and everyone else 403 (401 without a session).
 */
export const schedulingAdminRows: Record<string, MatrixRow> = {
  'scheduling.grid': { input: (w) => ({ editionId: w.conference.editionId }), expect: COORDINATOR_OF_NETWORK1 },
  'scheduling.placeSession': {
    input: (w) => ({
      sessionId: w.conference.unscheduledId,
      day: '2031-10-21',
      roomId: w.conference.rooms[1],
      time: '13:15',
      durationMinutes: 60,
    }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'scheduling.unscheduleSession': {
    input: (w) => ({ sessionId: w.conference.plenaryId }),
    expect: COORDINATOR_OF_NETWORK1,
  },
};
