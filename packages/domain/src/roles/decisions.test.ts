import { describe, expect, test } from 'vitest';
import {
  adminAccess,
  canUseAdminApp,
  editorAppointmentAccess,
  membershipDecisionAccess,
  networkCoordinatorAccess,
  organisationEditorAccess,
} from './decisions.ts';
import { admin, coordinator, editor, member, otherCoordinator, otherEditor } from './test-actors.ts';

/** Acting for network net1 (coordinating it, appointing editors in it): its coordinators and admins. */
const NET1_COORDINATION = [
  ['anonymous', null, 'forbidden'],
  ['editor', editor, 'forbidden'],
  ['coordinator of another network', otherCoordinator, 'notFound'],
  ['coordinator', coordinator, 'allow'],
  ['admin', admin, 'allow'],
] as const;

describe('organisationEditorAccess', () => {
  test.each([
    ['anonymous', null, 'forbidden'],
    ['plain member', member, 'forbidden'],
    ['editor of another organisation', otherEditor, 'notFound'],
    ['editor', editor, 'allow'],
    ['coordinator (not an editor)', coordinator, 'forbidden'],
    ['admin', admin, 'allow'],
  ] as const)('%s → %s', (_name, who, expected) => {
    expect(organisationEditorAccess(who, 'org1')).toBe(expected);
  });
});

describe('networkCoordinatorAccess', () => {
  test.each(NET1_COORDINATION)('%s → %s', (_name, who, expected) => {
    expect(networkCoordinatorAccess(who, 'net1')).toBe(expected);
  });
});

describe('membershipDecisionAccess (organisation org1 is in net1)', () => {
  test('an editor approves plain members of their own organisation, but may not make editors', () => {
    expect(membershipDecisionAccess(editor, 'org1', ['net1'], false)).toBe('allow');
    expect(membershipDecisionAccess(editor, 'org1', ['net1'], true)).toBe('forbidden');
  });
  test("a coordinator of one of the organisation's networks may make editors", () => {
    expect(membershipDecisionAccess(coordinator, 'org1', ['net1'], true)).toBe('allow');
  });
  test('others with a role elsewhere get notFound; people without any role get forbidden', () => {
    expect(membershipDecisionAccess(otherEditor, 'org1', ['net1'], false)).toBe('notFound');
    expect(membershipDecisionAccess(otherCoordinator, 'org1', ['net1'], false)).toBe('notFound');
    expect(membershipDecisionAccess(member, 'org1', ['net1'], false)).toBe('forbidden');
    expect(membershipDecisionAccess(null, 'org1', ['net1'], false)).toBe('forbidden');
  });
  test('an organisation in no network: only its editors and admins', () => {
    expect(membershipDecisionAccess(coordinator, 'org1', [], false)).toBe('notFound');
    expect(membershipDecisionAccess(admin, 'org1', [], true)).toBe('allow');
  });
});

describe('editorAppointmentAccess', () => {
  test.each(NET1_COORDINATION)('%s → %s', (_name, who, expected) => {
    expect(editorAppointmentAccess(who, ['net1'])).toBe(expected);
  });
});

describe('admin app and platform administration', () => {
  test('only coordinators and admins may use the admin app', () => {
    expect([null, member, editor].map(canUseAdminApp)).toEqual([false, false, false]);
    expect([coordinator, admin].map(canUseAdminApp)).toEqual([true, true]);
  });
  test('only admins administer the platform', () => {
    expect([null, member, editor, coordinator].map(adminAccess)).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
    ]);
    expect(adminAccess(admin)).toBe('allow');
  });
});
