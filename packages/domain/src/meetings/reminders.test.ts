import { describe, expect, test } from 'vitest';
import {
  countSensitiveAnswers,
  deadlineNoticeDue,
  reminderDue,
  sensitiveCountsOf,
  sensitiveErasureDate,
} from './reminders.ts';

const at = (iso: string) => new Date(iso);
// A meeting at 09:00 Oslo summer time on 20 May 2031 (07:00 UTC).
const startsAt = at('2031-05-20T07:00:00Z');

describe('reminderDue', () => {
  const meeting = { status: 'published', startsAt, reminderSentAt: null };
  test('from two days before the start until it starts', () => {
    expect(reminderDue(meeting, at('2031-05-18T06:59:59Z'))).toBe(false);
    expect(reminderDue(meeting, at('2031-05-18T07:00:00Z'))).toBe(true);
    expect(reminderDue(meeting, at('2031-05-20T06:59:59Z'))).toBe(true);
    expect(reminderDue(meeting, startsAt)).toBe(false);
  });
  test('only for published meetings', () => {
    for (const status of ['draft', 'cancelled', 'held']) {
      expect(reminderDue({ ...meeting, status }, at('2031-05-19T07:00:00Z'))).toBe(false);
    }
  });
  test('once: a reminder sent counts for a start moved by hours, not for one moved by days', () => {
    const sent = { ...meeting, reminderSentAt: at('2031-05-18T07:10:00Z') };
    expect(reminderDue(sent, at('2031-05-19T07:00:00Z'))).toBe(false);
    const movedByHours = { ...sent, startsAt: at('2031-05-20T12:00:00Z') };
    expect(reminderDue(movedByHours, at('2031-05-19T07:00:00Z'))).toBe(false);
    const movedByAWeek = { ...sent, startsAt: at('2031-05-27T07:00:00Z') };
    expect(reminderDue(movedByAWeek, at('2031-05-24T07:00:00Z'))).toBe(false);
    expect(reminderDue(movedByAWeek, at('2031-05-25T07:00:00Z'))).toBe(true);
  });
});

describe('deadlineNoticeDue', () => {
  const deadline = at('2031-05-10T21:59:00Z');
  const meeting = { status: 'published', startsAt, registrationDeadline: deadline, deadlineNoticeSentAt: null };
  test('once the deadline has passed and before the start', () => {
    expect(deadlineNoticeDue(meeting, at('2031-05-10T21:58:59Z'))).toBe(false);
    expect(deadlineNoticeDue(meeting, deadline)).toBe(true);
    expect(deadlineNoticeDue(meeting, startsAt)).toBe(false);
    expect(deadlineNoticeDue({ ...meeting, registrationDeadline: null }, deadline)).toBe(false);
    expect(deadlineNoticeDue({ ...meeting, status: 'cancelled' }, deadline)).toBe(false);
  });
  test('again only when the deadline was moved past the summary that went', () => {
    const sent = { ...meeting, deadlineNoticeSentAt: at('2031-05-10T22:00:00Z') };
    expect(deadlineNoticeDue(sent, at('2031-05-12T00:00:00Z'))).toBe(false);
    const extended = { ...sent, registrationDeadline: at('2031-05-14T21:59:00Z') };
    expect(deadlineNoticeDue(extended, at('2031-05-12T00:00:00Z'))).toBe(false);
    expect(deadlineNoticeDue(extended, at('2031-05-14T22:00:00Z'))).toBe(true);
  });
});

describe('the sensitive answers', () => {
  test('are deleted the meeting’s number of days after its end', () => {
    const endsAt = at('2031-05-20T13:30:00Z');
    expect(sensitiveErasureDate({ endsAt, sensitiveRetentionDays: 30 }).toISOString()).toBe('2031-06-19T13:30:00.000Z');
    expect(sensitiveErasureDate({ endsAt, sensitiveRetentionDays: 1 }).toISOString()).toBe('2031-05-21T13:30:00.000Z');
  });

  const needs = (patch: Partial<NonNullable<Parameters<typeof countSensitiveAnswers>[0][number]['needs']>>) => ({
    dietary: null,
    wheelchair: false,
    signLanguage: false,
    writtenInterpretation: false,
    hearingLoop: false,
    otherAccessNeeds: null,
    travelSupport: false,
    ...patch,
  });

  test('leave counts of those who had a seat, added to counts kept earlier', () => {
    const rows = [
      { status: 'confirmed', needs: needs({ dietary: 'Vegetar', wheelchair: true }) },
      { status: 'confirmed', needs: needs({ travelSupport: true, otherAccessNeeds: 'Tolk' }) },
      { status: 'confirmed', needs: null },
      { status: 'waiting', needs: needs({ dietary: 'Glutenfri' }) },
      { status: 'cancelled', needs: needs({ signLanguage: true }) },
    ];
    const counts = countSensitiveAnswers(rows);
    expect(counts).toEqual({
      confirmed: 3,
      dietary: 1,
      wheelchair: 1,
      signLanguage: 0,
      writtenInterpretation: 0,
      hearingLoop: 0,
      otherAccessNeeds: 1,
      travelSupport: 1,
    });
    const again = countSensitiveAnswers(
      [...rows.slice(2), { status: 'confirmed', needs: needs({ dietary: 'x' }) }],
      counts,
    );
    expect(again).toMatchObject({ confirmed: 2, dietary: 2, wheelchair: 1, travelSupport: 1 });
    expect(sensitiveCountsOf(JSON.parse(JSON.stringify(counts)))).toEqual(counts);
    expect(sensitiveCountsOf({ confirmed: 'x' })).toBeNull();
    expect(sensitiveCountsOf(null)).toBeNull();
  });
});

describe('the form’s number of days', () => {
  test('is a whole number from 1 to 365, or left out (kept as it is)', async () => {
    const { meetingFields } = await import('./schemas.ts');
    const days = meetingFields.shape.sensitiveRetentionDays;
    expect(days.parse(1)).toBe(1);
    expect(days.parse(365)).toBe(365);
    expect(days.parse(undefined)).toBeUndefined();
    for (const bad of [0, 366, 1.5, '30', null]) {
      expect(days.safeParse(bad).error?.issues[0]?.message).toBe('meetings.validation.retentionDays');
    }
  });
});
