import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_BATCH_MAX,
  checkInMarksInput,
  checkInWindow,
  decideMark,
  effectiveMarkedAt,
  foldName,
  nameMatches,
} from './check-in.ts';

const HOUR = 3_600_000;
const startsAt = new Date('2031-05-21T07:00:00Z');
const endsAt = new Date('2031-05-21T13:30:00Z');
const at = (ms: number) => new Date(startsAt.getTime() + ms);

describe('checkInWindow', () => {
  const meeting = { status: 'published' as const, startsAt, endsAt };
  it('opens three hours before the start', () => {
    expect(checkInWindow(meeting, at(-3 * HOUR - 1))).toBe('notYet');
    expect(checkInWindow(meeting, at(-3 * HOUR))).toBe('open');
    expect(checkInWindow(meeting, at(2 * HOUR))).toBe('open');
  });
  it('stays open a week after the end, also once held', () => {
    const weekAfter = new Date(endsAt.getTime() + 7 * 24 * HOUR);
    expect(checkInWindow(meeting, weekAfter)).toBe('open');
    expect(checkInWindow({ ...meeting, status: 'held' }, weekAfter)).toBe('open');
    expect(checkInWindow(meeting, new Date(weekAfter.getTime() + 1))).toBe('closed');
  });
  it('is closed for a draft or a cancelled meeting', () => {
    expect(checkInWindow({ ...meeting, status: 'draft' }, at(0))).toBe('closed');
    expect(checkInWindow({ ...meeting, status: 'cancelled' }, at(0))).toBe('closed');
  });
});

describe('decideMark: the later mark wins', () => {
  const t1 = new Date('2031-05-21T07:01:00Z');
  const t2 = new Date('2031-05-21T07:02:00Z');
  it('applies the first mark ever, also an unmarking (its time counts later)', () => {
    expect(decideMark({ attended: false, markedAt: null }, { attended: true, markedAt: t1 })).toBe('apply');
    expect(decideMark({ attended: false, markedAt: null }, { attended: false, markedAt: t1 })).toBe('apply');
  });
  it('does nothing with the same mark sent again', () => {
    expect(decideMark({ attended: true, markedAt: t1 }, { attended: true, markedAt: t1 })).toBe('same');
  });
  it('keeps a later mark over an earlier one, in either order of arrival', () => {
    // Phone A marked present at t1, phone B undid it at t2.
    const a = { attended: true, markedAt: t1 };
    const b = { attended: false, markedAt: t2 };
    expect(decideMark({ attended: false, markedAt: null }, a)).toBe('apply');
    expect(decideMark(a, b)).toBe('apply');
    // The other order: B first, then A's older mark is stale.
    expect(decideMark({ attended: false, markedAt: null }, b)).toBe('apply');
    expect(decideMark(b, a)).toBe('stale');
  });
  it('breaks a tie towards present, whatever came first', () => {
    expect(decideMark({ attended: false, markedAt: t1 }, { attended: true, markedAt: t1 })).toBe('apply');
    expect(decideMark({ attended: true, markedAt: t1 }, { attended: false, markedAt: t1 })).toBe('stale');
  });
});

describe('effectiveMarkedAt', () => {
  const now = new Date('2031-05-21T08:00:00Z');
  it('trusts the phone within two minutes ahead, and any time behind', () => {
    const ahead = new Date(now.getTime() + 2 * 60_000);
    expect(effectiveMarkedAt(ahead, now)).toEqual(ahead);
    const behind = new Date('2031-05-20T08:00:00Z');
    expect(effectiveMarkedAt(behind, now)).toEqual(behind);
  });
  it('counts a mark from a clock far ahead as made now', () => {
    expect(effectiveMarkedAt(new Date('2031-05-22T08:00:00Z'), now)).toEqual(now);
  });
});

describe('checkInMarksInput', () => {
  const mark = { registrationId: 'r1', attended: true, markedAt: '2031-05-21T07:01:00.000Z' };
  it('takes a batch of marks with times in ISO 8601', () => {
    expect(checkInMarksInput.safeParse({ meetingId: 'm1', marks: [mark] }).success).toBe(true);
    expect(
      checkInMarksInput.safeParse({ meetingId: 'm1', marks: [{ ...mark, markedAt: '2031-05-21T09:01:00+02:00' }] })
        .success,
    ).toBe(true);
  });
  it('refuses an empty batch, one too long, a bad time or a bad id', () => {
    expect(checkInMarksInput.safeParse({ meetingId: 'm1', marks: [] }).success).toBe(false);
    const many = Array.from({ length: CHECK_IN_BATCH_MAX + 1 }, () => mark);
    expect(checkInMarksInput.safeParse({ meetingId: 'm1', marks: many }).success).toBe(false);
    expect(checkInMarksInput.safeParse({ meetingId: 'm1', marks: [{ ...mark, markedAt: 'i går' }] }).success).toBe(
      false,
    );
    expect(checkInMarksInput.safeParse({ meetingId: 'm1', marks: [{ ...mark, registrationId: 'x y' }] }).success).toBe(
      false,
    );
    expect(checkInMarksInput.safeParse({ meetingId: 'm1', marks: [{ ...mark, attended: 'ja' }] }).success).toBe(false);
  });
});

describe('name search', () => {
  it('folds case and accents, ø and æ', () => {
    expect(foldName('  Åse  ØDEGÅRD ')).toBe('ase odegard');
    expect(foldName('René Bjærke')).toBe('rene bjaerke');
  });
  it('finds a name by parts of it, however typed', () => {
    expect(nameMatches('Åse Ødegård', 'ase ode')).toBe(true);
    expect(nameMatches('Åse Ødegård', 'ødeg')).toBe(true);
    expect(nameMatches('René Bjærke', 'rene bjae')).toBe(true);
    expect(nameMatches('René Bjærke', 'kari')).toBe(false);
    expect(nameMatches('René Bjærke', '   ')).toBe(true);
  });
});
