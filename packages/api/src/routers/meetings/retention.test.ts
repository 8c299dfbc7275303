import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type World, createWorld } from '../../testing/world.ts';
import { JOB_MEETING, createJobMeeting } from './jobs-testing.ts';
import { registrationList } from './queries.ts';
import { eraseExpiredSensitiveAnswers } from './retention.ts';
import { loadMeeting } from './scope.ts';

const DAY = 86_400_000;
const afterEnd = (days: number) => new Date(JOB_MEETING.endsAt.getTime() + days * DAY);

describe.each(testDatabases())('deleting the sensitive answers on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  test('the meeting’s number of days after its end, keeping counts, once, in the audit log without personal data', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { member, editor, otherEditor, admin } = world.userIds;
    // The world's meetings are set by today's date, so long over by 2031: they are not this test's.
    await db.meeting.deleteMany();
    const meetingId = await createJobMeeting(db, world.network1, [
      { userId: member, status: 'confirmed', dietary: 'Vegetar' },
      { userId: editor, status: 'confirmed', travel: true },
      { userId: otherEditor, status: 'waiting', dietary: 'Glutenfri' },
      { userId: admin, status: 'cancelled', dietary: 'Laktosefri' },
    ]);
    // Another meeting keeps its answers longer (60 days).
    const longer = await createJobMeeting(db, world.network1, [{ userId: member, status: 'confirmed', dietary: 'x' }], {
      slug: 'lenger',
    });
    await db.meeting.update({ where: { id: longer }, data: { sensitiveRetentionDays: 60 } });
    const needsOf = (id: string) => db.meetingRegistrationNeeds.count({ where: { registration: { meetingId: id } } });

    expect(await eraseExpiredSensitiveAnswers(db, new Date(afterEnd(30).getTime() - 1))).toBe(0);
    expect(await needsOf(meetingId)).toBe(4);
    expect(await eraseExpiredSensitiveAnswers(db, afterEnd(30))).toBe(4);
    expect(await needsOf(meetingId)).toBe(0);
    expect(await needsOf(longer)).toBe(1);
    const erased = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(erased.sensitiveErasedAt).toEqual(afterEnd(30));
    // Counts among those who had a seat: the first registration in createJobMeeting asks for a wheelchair.
    expect(erased.sensitiveCounts).toEqual({
      confirmed: 2,
      dietary: 1,
      wheelchair: 1,
      signLanguage: 0,
      writtenInterpretation: 0,
      hearingLoop: 0,
      otherAccessNeeds: 0,
      travelSupport: 1,
    });
    // The registrations themselves stay; the list has no answers left.
    expect(await db.meetingRegistration.count({ where: { meetingId } })).toBe(4);
    const list = await registrationList(db, world.userIds.coordinator, (await loadMeeting(db, meetingId))!);
    expect(list.every((r) => r.needs === null)).toBe(true);

    // Again: nothing changes.
    expect(await eraseExpiredSensitiveAnswers(db, afterEnd(31))).toBe(0);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).sensitiveErasedAt).toEqual(afterEnd(30));

    const entries = await db.auditEntry.findMany({ where: { entity: 'meeting', entityId: meetingId, action: 'delete' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBeNull();
    expect(entries[0]!.after).toMatchObject({ sensitiveAnswersDeleted: 4, sensitiveCounts: { dietary: 1 } });
    expect(JSON.stringify(entries)).not.toMatch(/Vegetar|Glutenfri|Laktosefri|test\.knutepunkt|member/);

    // Answers added after the deletion (the meeting moved, someone registered) go too, and are added to the counts.
    await db.meetingRegistrationNeeds.create({
      data: { registrationId: list.find((r) => r.user.id === member)!.id, dietary: 'Vegansk' },
    });
    expect(await eraseExpiredSensitiveAnswers(db, afterEnd(32))).toBe(1);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).sensitiveCounts).toMatchObject({
      confirmed: 2,
      dietary: 2,
    });
    expect(await eraseExpiredSensitiveAnswers(db, afterEnd(60))).toBe(1);
    expect(await needsOf(longer)).toBe(0);
  });
});
