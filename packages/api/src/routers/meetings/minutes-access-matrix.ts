import {
  COORDINATOR_OF_NETWORK1,
  type Expectation,
  type ModuleMatrix,
  PUBLIC,
  all,
} from '../../testing/access-expectations.ts';

/**
 * The rows of minutes and action points (docs/adr/0020), spread into
 * ./access-matrix.ts. The world's `started` meeting has published minutes
 * (public) with one action point for org1 (`editor`'s organisation).
 */

/** A new status: org1's editor, network1's coordinator, admins; other editors and coordinators 404; members 403. */
const UPDATES_ORG1_POINT: Expectation = {
  ...all(403),
  anonymous: 401,
  editor: 'ok',
  otherEditor: 404,
  coordinator: 'ok',
  otherCoordinator: 404,
  admin: 'ok',
};

export const minutesMatrix: Required<Pick<ModuleMatrix, 'web' | 'admin'>> = {
  web: {
    'minutes.bySlug': { input: (w) => ({ slug: w.meetings.started.slug }), expect: PUBLIC },
    'minutes.sinceLast': { input: (w) => ({ slug: w.meetings.upcoming.slug }), expect: PUBLIC },
    'actionPoints.updateStatus': {
      input: (w) => ({ actionPointId: w.meetings.actionPoint, status: 'in_progress', comment: 'Vi er i gang.' }),
      expect: UPDATES_ORG1_POINT,
    },
  },
  admin: {
    'minutes.get': { input: (w) => ({ meetingId: w.meetings.started.meetingId }), expect: COORDINATOR_OF_NETWORK1 },
    'minutes.save': {
      input: (w) => ({ meetingId: w.meetings.started.meetingId, body: '## Referat\n\nVi møttes.', language: 'nb' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'minutes.publish': {
      input: (w) => ({ meetingId: w.meetings.started.meetingId, visibility: 'network' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'minutes.deleteAttachment': {
      input: (w) => ({ attachmentId: w.meetings.minutesAttachment }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'actionPoints.create': {
      input: (w) => ({
        meetingId: w.meetings.started.meetingId,
        what: 'Dele erfaringer med ansettelse av erfaringskonsulenter',
        organisationIds: [w.org1],
        dueDate: '2031-09-01',
      }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'actionPoints.update': {
      input: (w) => ({
        actionPointId: w.meetings.actionPoint,
        what: 'Lage en rutine for brukermedvirkning',
        organisationIds: [w.org1],
        dueDate: null,
      }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'actionPoints.delete': {
      input: (w) => ({ actionPointId: w.meetings.actionPoint }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
  },
};
