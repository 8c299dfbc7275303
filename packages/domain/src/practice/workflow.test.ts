import { describe, expect, test } from 'vitest';
import { admin, coordinator, editor, member, otherCoordinator, otherEditor } from '../roles/test-actors.ts';
import { VERSION_STATES, canReadVersion, nextVersionState, practiceActionAccess } from './workflow.ts';

const nets = ['net1'];

describe('version transitions', () => {
  test('the allowed transitions, and only those', () => {
    const table = Object.fromEntries(
      VERSION_STATES.map((s) => [
        s,
        (['edit', 'submit', 'withdraw', 'return', 'publish'] as const).map((a) => nextVersionState(s, a)),
      ]),
    );
    expect(table).toEqual({
      DRAFT: ['DRAFT', 'IN_REVIEW', null, null, null],
      IN_REVIEW: [null, null, 'DRAFT', 'RETURNED', 'PUBLISHED'],
      RETURNED: ['RETURNED', 'IN_REVIEW', null, null, null],
      PUBLISHED: [null, null, null, null, null],
      SUPERSEDED: [null, null, null, null, null],
    });
  });
});

describe('who may act', () => {
  test.each([
    ['submit', editor, 'allow'],
    ['submit', member, 'forbidden'],
    ['submit', otherEditor, 'notFound'],
    ['submit', coordinator, 'forbidden'],
    ['submit', null, 'forbidden'],
    ['publish', coordinator, 'allow'],
    ['publish', otherCoordinator, 'notFound'],
    ['publish', editor, 'forbidden'],
    ['publish', member, 'forbidden'],
    ['return', admin, 'allow'],
    ['edit', admin, 'allow'],
  ] as const)('%s by %#', (action, who, expected) => {
    expect(practiceActionAccess(who, action, 'org1', nets)).toBe(expected);
  });
});

describe('who may read what is not published', () => {
  test('drafts stay with the organisation; reviewers see from submission on; the public sees only published', () => {
    expect(canReadVersion(editor, 'DRAFT', 'org1', nets)).toBe(true);
    expect(canReadVersion(coordinator, 'DRAFT', 'org1', nets)).toBe(false);
    expect(canReadVersion(coordinator, 'IN_REVIEW', 'org1', nets)).toBe(true);
    expect(canReadVersion(otherCoordinator, 'IN_REVIEW', 'org1', nets)).toBe(false);
    expect(canReadVersion(otherEditor, 'RETURNED', 'org1', nets)).toBe(false);
    expect(canReadVersion(null, 'SUPERSEDED', 'org1', nets)).toBe(false);
    expect(canReadVersion(null, 'PUBLISHED', 'org1', nets)).toBe(true);
  });
});
