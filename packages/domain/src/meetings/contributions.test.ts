import { describe, expect, test } from 'vitest';
import { actor, admin, coordinator, editor, member, otherCoordinator, otherEditor } from '../roles/test-actors.ts';
import {
  contributionWindow,
  contributionWriteAccess,
  isContributionReminderDue,
  removedWithAnswers,
  sharedContributionsAccess,
  writableOrganisations,
} from './contributions.ts';
import { contributionPromptsInput, contributionSaveInput } from './contributions-schemas.ts';

const deadline = new Date('2031-05-10T21:59:00Z');
const before = new Date('2031-05-10T21:58:59Z');
const after = new Date('2031-05-10T21:59:01Z');

describe('contributionWindow', () => {
  test('none without a call for contributions', () => {
    expect(contributionWindow(null, 'published', before)).toBe('none');
  });
  test('open until and including the deadline, closed after', () => {
    expect(contributionWindow({ deadline }, 'published', before)).toBe('open');
    expect(contributionWindow({ deadline }, 'published', deadline)).toBe('open');
    expect(contributionWindow({ deadline }, 'published', after)).toBe('closed');
  });
  test.each(['draft', 'cancelled', 'held'] as const)('closed while the meeting is %s', (status) => {
    expect(contributionWindow({ deadline }, status, before)).toBe('closed');
  });
});

describe('who writes a contribution', () => {
  const members = ['org1'];
  test('the organisation’s editors, when it is a member of the network', () => {
    expect(contributionWriteAccess(editor, 'org1', members)).toBe('allow');
    expect(contributionWriteAccess(editor, 'org1', [])).toBe('notFound');
  });
  test('not its plain members, coordinators or admins (403), nor other editors (404)', () => {
    expect(contributionWriteAccess(null, 'org1', members)).toBe('forbidden');
    expect(contributionWriteAccess(member, 'org1', members)).toBe('forbidden');
    expect(contributionWriteAccess(coordinator, 'org1', members)).toBe('forbidden');
    expect(contributionWriteAccess(admin, 'org1', members)).toBe('forbidden');
    expect(contributionWriteAccess(otherEditor, 'org1', members)).toBe('notFound');
  });
  test('writableOrganisations lists the editor’s member organisations', () => {
    const both = actor({
      memberships: [
        { organisationId: 'org1', role: 'EDITOR' },
        { organisationId: 'org2', role: 'EDITOR' },
        { organisationId: 'org3', role: 'MEMBER' },
      ],
    });
    expect(writableOrganisations(both, ['org1', 'org3'])).toEqual(['org1']);
  });
});

describe('who reads the shared contributions after the meeting', () => {
  test('people linked to a member organisation, the network’s coordinators, admins', () => {
    expect(sharedContributionsAccess(member, 'net1', ['org1'])).toBe('allow');
    expect(sharedContributionsAccess(editor, 'net1', ['org1'])).toBe('allow');
    expect(sharedContributionsAccess(coordinator, 'net1', ['org1'])).toBe('allow');
    expect(sharedContributionsAccess(admin, 'net1', [])).toBe('allow');
  });
  test('anyone else signed in gets a 404; nobody signed in a 403', () => {
    expect(sharedContributionsAccess(otherEditor, 'net1', ['org1'])).toBe('notFound');
    expect(sharedContributionsAccess(otherCoordinator, 'net1', ['org1'])).toBe('notFound');
    expect(sharedContributionsAccess(null, 'net1', ['org1'])).toBe('forbidden');
  });
});

describe('the reminder a week before the deadline', () => {
  const day = 86_400_000;
  test('due within seven days before the deadline, not earlier and not after', () => {
    expect(isContributionReminderDue(deadline, new Date(deadline.getTime() - 7 * day - 1))).toBe(false);
    expect(isContributionReminderDue(deadline, new Date(deadline.getTime() - 7 * day))).toBe(true);
    expect(isContributionReminderDue(deadline, new Date(deadline.getTime() - day))).toBe(true);
    expect(isContributionReminderDue(deadline, after)).toBe(false);
  });
});

describe('removing prompts that have answers', () => {
  test('names only the removed prompts someone has answered', () => {
    const existing = [
      { id: 'a', answers: 2 },
      { id: 'b', answers: 0 },
      { id: 'c', answers: 1 },
    ];
    expect(removedWithAnswers(existing, new Set(['a']))).toEqual(['c']);
    expect(removedWithAnswers(existing, new Set(['a', 'c']))).toEqual([]);
  });
});

describe('the schemas', () => {
  const deadlineInput = { date: '2031-05-10', time: '23:59' };
  test('a status table needs goals; a text question has none', () => {
    const table = contributionPromptsInput.safeParse({
      deadline: deadlineInput,
      prompts: [{ kind: 'status_table', question: 'Status for målene', goals: [] }],
    });
    expect(table.success).toBe(false);
    expect(table.error?.issues[0]?.message).toBe('meetings.contributions.goals.required');
    const text = contributionPromptsInput.safeParse({
      deadline: deadlineInput,
      prompts: [{ kind: 'text', question: 'Hva vil dere gjøre mer av?', goals: [{ title: 'x' }] }],
    });
    expect(text.success).toBe(false);
  });
  test('confirmRemoval defaults to false', () => {
    const parsed = contributionPromptsInput.parse({ deadline: deadlineInput, prompts: [] });
    expect(parsed.confirmRemoval).toBe(false);
  });
  test('a goal status must be one of the four, or none', () => {
    const save = (status: unknown) =>
      contributionSaveInput.safeParse({
        organisationId: 'org1',
        answers: [],
        goals: [{ goalId: 'g', status, comment: '' }],
      });
    expect(save('in_progress').success).toBe(true);
    expect(save(null).success).toBe(true);
    expect(save('kanskje').success).toBe(false);
  });
});
