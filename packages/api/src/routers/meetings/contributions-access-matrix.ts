import {
  COORDINATOR_OF_NETWORK1,
  type Expectation,
  type MatrixRow,
  SIGNED_IN,
  all,
} from '../../testing/access-expectations.ts';

/**
 * The contributions' rows, nested under `contributions` in the meetings' matrix
 * (access-matrix.ts spreads them in). Only org1's editor writes org1's contribution:
 * admins and coordinators read the compilation in the admin app instead.
 */
const WRITES_FOR_ORG1: Expectation = { ...all(403), anonymous: 401, otherEditor: 404, editor: 'ok' };
/** After the meeting: people linked to network1's member organisations, its coordinators, admins. */
const READS_NETWORK1: Expectation = {
  anonymous: 401,
  member: 'ok',
  otherEditor: 404,
  editor: 'ok',
  otherCoordinator: 404,
  coordinator: 'ok',
  admin: 'ok',
};

export const contributionsWebRows: Record<string, MatrixRow> = {
  'contributions.overview': { input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }), expect: SIGNED_IN },
  'contributions.get': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, organisationId: w.org1 }),
    expect: WRITES_FOR_ORG1,
  },
  'contributions.save': {
    input: (w) => ({
      meetingId: w.meetings.upcoming.meetingId,
      organisationId: w.org1,
      answers: [{ promptId: w.contributions.textPrompt, text: 'Mer refleksjon i små grupper.' }],
      goals: [{ goalId: w.contributions.goals[0], status: 'in_progress', comment: 'Alle unntatt én avdeling.' }],
    }),
    expect: WRITES_FOR_ORG1,
  },
  'contributions.send': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, organisationId: w.org1 }),
    expect: WRITES_FOR_ORG1,
  },
  'contributions.shared': { input: (w) => ({ meetingId: w.contributions.held.meetingId }), expect: READS_NETWORK1 },
};

export const contributionsAdminRows: Record<string, MatrixRow> = {
  'contributions.prompts': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'contributions.setPrompts': {
    input: (w) => ({
      meetingId: w.meetings.draft.meetingId,
      deadline: w.contributions.deadlineInput,
      prompts: [
        { kind: 'text', question: 'Hva vil dere gjøre mer av?', goals: [] },
        { kind: 'status_table', question: 'Status', goals: [{ title: 'Ta i bruk FIT' }] },
      ],
    }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'contributions.compilation': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'contributions.setPresent': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId, answerId: w.contributions.answer, present: true }),
    expect: COORDINATOR_OF_NETWORK1,
  },
  'contributions.csv': {
    input: (w) => ({ meetingId: w.meetings.upcoming.meetingId }),
    expect: COORDINATOR_OF_NETWORK1,
  },
};
