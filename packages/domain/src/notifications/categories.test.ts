import { describe, expect, it } from 'vitest';
import { categoryOfKind, notificationChoicesInput } from './categories.ts';

describe('categoryOfKind', () => {
  it('places the kinds notify() is given today', () => {
    expect(categoryOfKind('practice.submitted')).toBe('practice');
    expect(categoryOfKind('practice.returned')).toBe('practice');
    expect(categoryOfKind('practice.published')).toBe('practice');
    expect(categoryOfKind('account.registerTaken')).toBe('security');
  });

  it('places the coming modules and security kinds by prefix', () => {
    expect(categoryOfKind('meeting.reminder')).toBe('meetings');
    expect(categoryOfKind('conference.changed')).toBe('conference');
    expect(categoryOfKind('evaluation.followUp')).toBe('evaluations');
    expect(categoryOfKind('security.passwordReset')).toBe('security');
    expect(categoryOfKind('account.disabled')).toBe('security');
  });

  it('counts an unknown kind as security, so it is delivered rather than dropped', () => {
    expect(categoryOfKind('something.new')).toBe('security');
    expect(categoryOfKind('')).toBe('security');
    expect(categoryOfKind('practiceX')).toBe('security');
  });
});

describe('notificationChoicesInput', () => {
  it('takes one choice per choosable category and nothing for security', () => {
    const ok = { practice: 'digest', meetings: 'off', conference: 'immediate', evaluations: 'immediate' };
    expect(notificationChoicesInput.parse(ok)).toEqual(ok);
    expect(notificationChoicesInput.parse({ ...ok, security: 'off' })).not.toHaveProperty('security');
    expect(notificationChoicesInput.safeParse({ ...ok, practice: 'weekly' }).success).toBe(false);
    expect(notificationChoicesInput.safeParse({ practice: 'off' }).success).toBe(false);
  });
});
