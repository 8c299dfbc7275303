import { COORDINATOR_OF_NETWORK1, type MatrixRow } from '../../testing/access-expectations.ts';

/**
 * The day of the meeting's rows in the meetings matrix (`checkIn.*` in the admin
 * router): the network's coordinators and admins; another network's coordinator
 * gets a 404. Check-in is open for the `started` meeting (two days ago); the mark
 * names a registration of another meeting, which changes nothing (`unknown`).
 */
export const checkInMatrix: Record<string, MatrixRow> = {
  'checkIn.list': { input: (w) => ({ meetingId: w.meetings.started.meetingId }), expect: COORDINATOR_OF_NETWORK1 },
  'checkIn.mark': {
    input: (w) => ({
      meetingId: w.meetings.started.meetingId,
      marks: [{ registrationId: w.meetings.memberRegistration, attended: true, markedAt: new Date().toISOString() }],
    }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'checkIn.participants': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'checkIn.badges': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, withNeeds: true }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'checkIn.attendance': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
    expect: COORDINATOR_OF_NETWORK1,
  },
};
