import { describe, expect, test } from 'vitest';
import { meetingManageAccess } from '../roles/decisions.ts';
import { admin, coordinator, editor, member, otherCoordinator } from '../roles/test-actors.ts';
import {
  type RegistrationInLine,
  type RegistrationRules,
  canCancelRegistration,
  placeNewRegistration,
  promotionsFor,
  registrationWindow,
  seatsLeft,
  waitingPlace,
} from './registration.ts';
import { meetingChanges, nextMeetingStatus, nextSequence } from './workflow.ts';

const now = new Date('2027-05-01T10:00:00Z');
const meeting = (over: Partial<RegistrationRules> = {}): RegistrationRules => ({
  status: 'published',
  startsAt: new Date('2027-05-20T07:00:00Z'),
  capacity: 3,
  perOrganisationLimit: null,
  registrationOpensAt: new Date('2027-04-01T00:00:00Z'),
  registrationDeadline: new Date('2027-05-10T22:00:00Z'),
  ...over,
});
const r = (id: string, status: RegistrationInLine['status'], position: number, org: string | null = null) => ({
  id,
  status,
  position,
  organisationId: org,
});

describe('the registration window', () => {
  test('not open, open, after the deadline, closed', () => {
    expect(registrationWindow(meeting(), new Date('2027-03-01T00:00:00Z'))).toBe('notOpen');
    expect(registrationWindow(meeting(), now)).toBe('open');
    expect(registrationWindow(meeting(), new Date('2027-05-15T00:00:00Z'))).toBe('afterDeadline');
    expect(registrationWindow(meeting(), new Date('2027-05-20T07:00:00Z'))).toBe('closed');
    expect(registrationWindow(meeting({ status: 'draft' }), now)).toBe('closed');
    expect(registrationWindow(meeting({ status: 'cancelled' }), now)).toBe('closed');
    expect(registrationWindow(meeting({ registrationOpensAt: null, registrationDeadline: null }), now)).toBe('open');
  });
});

describe('a newcomer’s place', () => {
  test('a seat while there are seats, then the waiting list', () => {
    expect(placeNewRegistration(meeting(), { confirmed: 2, confirmedInOrganisation: 0 }, false)).toBe('confirmed');
    expect(placeNewRegistration(meeting(), { confirmed: 3, confirmedInOrganisation: 0 }, false)).toBe('waiting');
    expect(
      placeNewRegistration(meeting({ capacity: null }), { confirmed: 999, confirmedInOrganisation: 0 }, true),
    ).toBe('confirmed');
  });

  test('the limit per organisation sends one more from the same organisation to the waiting list', () => {
    const limited = meeting({ perOrganisationLimit: 1 });
    expect(placeNewRegistration(limited, { confirmed: 1, confirmedInOrganisation: 1 }, true)).toBe('waiting');
    expect(placeNewRegistration(limited, { confirmed: 1, confirmedInOrganisation: 0 }, true)).toBe('confirmed');
    // Someone without an organisation is not held by it.
    expect(placeNewRegistration(limited, { confirmed: 1, confirmedInOrganisation: 0 }, false)).toBe('confirmed');
  });

  test('seats left never goes below zero', () => {
    expect(seatsLeft(3, 1)).toBe(2);
    expect(seatsLeft(3, 5)).toBe(0);
    expect(seatsLeft(null, 5)).toBeNull();
  });
});

describe('promotion from the waiting list', () => {
  test('in order of arrival, as many as there are free seats', () => {
    const line = [r('a', 'confirmed', 1), r('b', 'cancelled', 2), r('d', 'waiting', 5), r('c', 'waiting', 4)];
    expect(promotionsFor(meeting(), line, now)).toEqual(['c', 'd']);
    expect(promotionsFor(meeting({ capacity: 2 }), line, now)).toEqual(['c']);
    expect(promotionsFor(meeting({ capacity: 1 }), line, now)).toEqual([]);
  });

  test('skips those whose organisation is at its limit, and takes the next', () => {
    const line = [r('a', 'confirmed', 1, 'o1'), r('b', 'waiting', 2, 'o1'), r('c', 'waiting', 3, 'o2')];
    expect(promotionsFor(meeting({ capacity: 2, perOrganisationLimit: 1 }), line, now)).toEqual(['c']);
    // Two from the same organisation on the list: only one fits under the limit.
    const two = [r('b', 'waiting', 2, 'o1'), r('c', 'waiting', 3, 'o1')];
    expect(promotionsFor(meeting({ perOrganisationLimit: 1 }), two, now)).toEqual(['b']);
  });

  test('after the deadline the coordinator decides: nobody is promoted by itself', () => {
    const line = [r('c', 'waiting', 4)];
    expect(promotionsFor(meeting(), line, new Date('2027-05-15T00:00:00Z'))).toEqual([]);
    expect(promotionsFor(meeting(), line, new Date('2027-05-21T00:00:00Z'))).toEqual([]);
    expect(promotionsFor(meeting({ status: 'cancelled' }), line, now)).toEqual([]);
  });

  test('a waiting place counts only those waiting ahead', () => {
    const line = [r('a', 'confirmed', 1), r('b', 'waiting', 2), r('x', 'cancelled', 3), r('c', 'waiting', 4)];
    expect(waitingPlace(line, 'b')).toBe(1);
    expect(waitingPlace(line, 'c')).toBe(2);
    expect(waitingPlace(line, 'a')).toBeNull();
  });

  test('cancelling is possible until the start', () => {
    expect(canCancelRegistration(meeting(), now)).toBe(true);
    expect(canCancelRegistration(meeting(), new Date('2027-05-20T07:00:00Z'))).toBe(false);
  });
});

describe('a meeting’s states', () => {
  test('draft → published → cancelled or held; nothing after the end', () => {
    expect(nextMeetingStatus('draft', 'publish')).toBe('published');
    expect(nextMeetingStatus('draft', 'markHeld')).toBeNull();
    expect(nextMeetingStatus('published', 'publish')).toBeNull();
    expect(nextMeetingStatus('published', 'edit')).toBe('published');
    expect(nextMeetingStatus('published', 'cancel')).toBe('cancelled');
    expect(nextMeetingStatus('published', 'markHeld')).toBe('held');
    for (const action of ['edit', 'publish', 'cancel', 'markHeld'] as const) {
      expect(nextMeetingStatus('cancelled', action)).toBeNull();
      expect(nextMeetingStatus('held', action)).toBeNull();
    }
  });

  test('the sequence rises on every change after publishing, never for a draft', () => {
    expect(nextSequence('draft', 0)).toBe(0);
    expect(nextSequence('published', 0)).toBe(1);
    expect(nextSequence('published', 4)).toBe(5);
  });

  test('what changed: the time, the place, or both', () => {
    const base = {
      startsAt: new Date('2027-05-20T07:00:00Z'),
      endsAt: new Date('2027-05-20T14:00:00Z'),
      mode: 'in_person' as const,
      venueName: 'Scandic',
      venueAddress: 'Trondheim',
      videoUrl: null,
    };
    expect(meetingChanges(base, { ...base })).toEqual([]);
    expect(meetingChanges(base, { ...base, endsAt: new Date('2027-05-20T15:00:00Z') })).toEqual(['time']);
    expect(meetingChanges(base, { ...base, mode: 'hybrid', videoUrl: 'https://v.no/x' })).toEqual(['place']);
    expect(
      meetingChanges(base, { ...base, startsAt: new Date('2027-05-21T07:00:00Z'), venueName: 'Britannia' }),
    ).toEqual(['time', 'place']);
  });
});

describe('who manages a meeting (meetingManageAccess)', () => {
  test('the network’s coordinators and admins; other coordinators get 404, everyone else 403', () => {
    expect(meetingManageAccess(coordinator, 'net1')).toBe('allow');
    expect(meetingManageAccess(admin, 'net1')).toBe('allow');
    expect(meetingManageAccess(otherCoordinator, 'net1')).toBe('notFound');
    expect(meetingManageAccess(editor, 'net1')).toBe('forbidden');
    expect(meetingManageAccess(member, 'net1')).toBe('forbidden');
    expect(meetingManageAccess(null, 'net1')).toBe('forbidden');
  });
});
