import { describe, expect, test } from 'vitest';
import type { Actor } from '../roles/actor.ts';
import {
  actionPointInput,
  actionPointStatusInput,
  actionPointUpdateAccess,
  isClosedStatus,
  OPEN_ACTION_POINT_STATUSES,
  statusChangeProblem,
} from './action-points.ts';
import { type MinutesViewer, mayReadMinutes, minutesPublishInput } from './minutes.ts';

const person = (over: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  isAdmin: false,
  memberships: [],
  coordinatorOf: [],
  ...over,
});
const viewer = (over: Partial<MinutesViewer> = {}): MinutesViewer => ({
  actor: person(),
  participant: false,
  inNetwork: false,
  ...over,
});
const published = new Date('2027-05-21T10:00:00Z');

describe('who reads minutes', () => {
  test('drafts only for the network’s coordinators and admins', () => {
    const draft = { visibility: 'public' as const, publishedAt: null };
    expect(mayReadMinutes(draft, 'n1', viewer({ participant: true, inNetwork: true }))).toBe(false);
    expect(mayReadMinutes(draft, 'n1', viewer({ actor: person({ coordinatorOf: ['n1'] }) }))).toBe(true);
    expect(mayReadMinutes(draft, 'n1', viewer({ actor: person({ coordinatorOf: ['n2'] }) }))).toBe(false);
    expect(mayReadMinutes(draft, 'n1', viewer({ actor: person({ isAdmin: true }) }))).toBe(true);
  });

  test('participants: only those with a confirmed registration', () => {
    const minutes = { visibility: 'participants' as const, publishedAt: published };
    expect(mayReadMinutes(minutes, 'n1', viewer({ participant: true }))).toBe(true);
    expect(mayReadMinutes(minutes, 'n1', viewer({ inNetwork: true }))).toBe(false);
    expect(mayReadMinutes(minutes, 'n1', viewer({ actor: null }))).toBe(false);
  });

  test('network: people linked to a member organisation, and the participants', () => {
    const minutes = { visibility: 'network' as const, publishedAt: published };
    expect(mayReadMinutes(minutes, 'n1', viewer({ inNetwork: true }))).toBe(true);
    expect(mayReadMinutes(minutes, 'n1', viewer({ participant: true }))).toBe(true);
    expect(mayReadMinutes(minutes, 'n1', viewer())).toBe(false);
  });

  test('public: everyone, signed in or not', () => {
    const minutes = { visibility: 'public' as const, publishedAt: published };
    expect(mayReadMinutes(minutes, 'n1', viewer({ actor: null }))).toBe(true);
  });

  test('the visibility must be one of the three', () => {
    expect(minutesPublishInput.safeParse({ meetingId: 'm1', visibility: 'everyone' }).success).toBe(false);
  });
});

describe('action points', () => {
  test('done and dropped are closed; open and in progress stay on "siden sist"', () => {
    expect(OPEN_ACTION_POINT_STATUSES).toEqual(['open', 'in_progress']);
    expect(isClosedStatus('done')).toBe(true);
    expect(isClosedStatus('dropped')).toBe(true);
    expect(isClosedStatus('in_progress')).toBe(false);
  });

  test('closing needs a comment; other changes do not', () => {
    const parse = (status: string, comment: string) => actionPointStatusInput.parse({ status, comment });
    expect(statusChangeProblem(parse('done', '   '))).toBe('commentRequired');
    expect(statusChangeProblem(parse('dropped', ''))).toBe('commentRequired');
    expect(statusChangeProblem(parse('done', 'Vedtatt i kommunestyret'))).toBeNull();
    expect(statusChangeProblem(parse('in_progress', ''))).toBeNull();
  });

  test('who may update: editors of a responsible organisation, the coordinators, admins', () => {
    const point = { networkId: 'n1', organisationIds: ['o1', 'o2'] };
    const editorOf = (organisationId: string) => person({ memberships: [{ organisationId, role: 'EDITOR' }] });
    expect(actionPointUpdateAccess(editorOf('o2'), point)).toBe('allow');
    expect(actionPointUpdateAccess(person({ coordinatorOf: ['n1'] }), point)).toBe('allow');
    expect(actionPointUpdateAccess(person({ isAdmin: true }), point)).toBe('allow');
    expect(actionPointUpdateAccess(editorOf('o3'), point)).toBe('notFound');
    expect(actionPointUpdateAccess(person({ coordinatorOf: ['n2'] }), point)).toBe('notFound');
    expect(actionPointUpdateAccess(person({ memberships: [{ organisationId: 'o1', role: 'MEMBER' }] }), point)).toBe(
      'forbidden',
    );
    expect(actionPointUpdateAccess(null, point)).toBe('forbidden');
  });

  test('an action point names at least one organisation and a real due date', () => {
    const base = { what: 'Lage rutine for ansettelse av erfaringskonsulenter' };
    expect(actionPointInput.safeParse({ ...base, organisationIds: [], dueDate: null }).success).toBe(false);
    expect(actionPointInput.safeParse({ ...base, organisationIds: ['o1'], dueDate: '2027-02-30' }).success).toBe(false);
    const parsed = actionPointInput.parse({ ...base, organisationIds: ['o1', 'o1'], dueDate: '2027-02-28' });
    expect(parsed.organisationIds).toEqual(['o1']);
  });
});
