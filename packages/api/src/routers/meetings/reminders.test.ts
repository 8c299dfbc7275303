import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { DEFAULT_SITE_URLS } from '../../context.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { JOB_MEETING, createJobMeeting } from './jobs-testing.ts';
import { sendDeadlineNotices, sendMeetingReminders } from './reminders.ts';

const urls = DEFAULT_SITE_URLS;
const HOUR = 3_600_000;

describe.each(testDatabases())('the meetings’ scheduled e-mails on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  const outbox = (kind: string) =>
    handle!.db.outboxMessage.findMany({
      where: { kind },
      select: { userId: true, subject: true, body: true, locale: true },
      orderBy: { createdAt: 'asc' },
    });

  test('the reminder two days before: once, to those registered, in their language, the video link only with a seat', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { member, editor, otherEditor, pending } = world.userIds;
    await db.user.update({ where: { id: editor }, data: { locale: 'nn' } });
    await db.user.update({ where: { id: otherEditor }, data: { locale: 'en' } });
    await db.user.update({ where: { id: pending }, data: { disabledAt: new Date() } });
    const meetingId = await createJobMeeting(db, world.network1, [
      { userId: member, status: 'confirmed' },
      { userId: editor, status: 'confirmed' },
      { userId: otherEditor, status: 'waiting' },
      { userId: world.userIds.admin, status: 'cancelled' },
      { userId: pending, status: 'confirmed' },
    ]);
    // Neither a cancelled meeting nor a draft at the same time is reminded about.
    for (const status of ['cancelled', 'draft'] as const) {
      await createJobMeeting(db, world.network1, [{ userId: member, status: 'confirmed' }], {
        slug: `mote-${status}`,
        status,
      });
    }

    const twoDaysBefore = new Date(JOB_MEETING.startsAt.getTime() - 48 * HOUR);
    expect(await sendMeetingReminders(db, urls, new Date(twoDaysBefore.getTime() - 1))).toEqual([]);
    expect(await sendMeetingReminders(db, urls, twoDaysBefore)).toEqual([meetingId]);
    expect(await sendMeetingReminders(db, urls, new Date(twoDaysBefore.getTime() + HOUR))).toEqual([]);

    const sent = await outbox('meeting.reminder');
    expect(sent.map((m) => m.userId).sort()).toEqual([member, editor, otherEditor].sort());
    const to = (userId: string) => sent.find((m) => m.userId === userId)!;
    expect(to(member).subject).toBe('Påminnelse: Fagsamling i mai');
    // Oslo time (09:00 summer time is 07:00 UTC), whatever the machine's TZ.
    expect(to(member).body).toContain('Tid: tirsdag 20. mai 2031, 09:00–15:30');
    expect(to(member).body).toContain('Sted: Rådhuset, Storgata 1 (+ digitalt)');
    expect(to(member).body).toContain(`Videolenke: ${JOB_MEETING.videoUrl}`);
    expect(to(member).body).toContain('Program:\n09:00  Velkommen (Kari)\n11:30  Lunsj');
    expect(to(member).body).toContain(`${urls.web}/moter/fagsamling-mai`);
    expect(to(editor).subject).toBe('Påminning: Fagsamling i mai');
    expect(to(editor).body).toContain('Stad: Rådhuset');
    expect(to(editor).body).toContain('Videolenkje:');
    // On the waiting list: told so, in English, and no video link.
    expect(to(otherEditor).body).toContain('you are still on the waiting list');
    expect(to(otherEditor).body).toContain('When: Tuesday, 20 May 2031, 09:00–15:30');
    expect(to(otherEditor).body).not.toContain(JOB_MEETING.videoUrl);
    expect(to(otherEditor).body).toContain('Programme:');

    // Moved by a few hours after the reminder went: the changed-notice covers it, no second reminder.
    const later = (ms: number) => ({ startsAt: new Date(JOB_MEETING.startsAt.getTime() + ms) });
    await db.meeting.update({ where: { id: meetingId }, data: later(3 * HOUR) });
    expect(await sendMeetingReminders(db, urls, new Date(twoDaysBefore.getTime() + 4 * HOUR))).toEqual([]);
    // Moved a week on: a fresh reminder two days before the new start.
    await db.meeting.update({ where: { id: meetingId }, data: later(7 * 24 * HOUR) });
    expect(await sendMeetingReminders(db, urls, new Date(twoDaysBefore.getTime() + 6 * 24 * HOUR))).toEqual([]);
    expect(await sendMeetingReminders(db, urls, new Date(twoDaysBefore.getTime() + 7 * 24 * HOUR))).toEqual([
      meetingId,
    ]);
    expect(await outbox('meeting.reminder')).toHaveLength(6);
    // Cancelled after that: no reminder, whatever happens to the time.
    await db.meeting.update({ where: { id: meetingId }, data: { status: 'cancelled', ...later(20 * 24 * HOUR) } });
    expect(await sendMeetingReminders(db, urls, new Date(twoDaysBefore.getTime() + 20 * 24 * HOUR))).toEqual([]);
  });

  test('when the deadline passes the network’s coordinators get the counts, once per deadline', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { member, editor, otherEditor, coordinator, lead } = world.userIds;
    const meetingId = await createJobMeeting(db, world.network1, [
      { userId: member, status: 'confirmed' },
      { userId: editor, status: 'waiting' },
      { userId: otherEditor, status: 'waiting' },
    ]);
    const deadline = JOB_MEETING.registrationDeadline;
    expect(await sendDeadlineNotices(db, urls, new Date(deadline.getTime() - 1))).toEqual([]);
    expect(await sendDeadlineNotices(db, urls, deadline)).toEqual([meetingId]);
    expect(await sendDeadlineNotices(db, urls, new Date(deadline.getTime() + HOUR))).toEqual([]);

    const sent = (await outbox('meeting.deadlinePassed')).filter((m) => m.userId === coordinator);
    // Only network 1's coordinators (the world's `lead` is one too): not the other network's, not the participants.
    expect((await outbox('meeting.deadlinePassed')).map((m) => m.userId).sort()).toEqual([coordinator, lead].sort());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Påmeldingsfristen er ute: Fagsamling i mai');
    expect(sent[0]!.body).toContain('gikk ut lørdag 10. mai 2031 kl. 23:59');
    expect(sent[0]!.body).toContain('Påmeldt: 1\nPå venteliste: 2');
    expect(sent[0]!.body).toContain('du bestemmer hvem som får ledige plasser');
    expect(sent[0]!.body).toContain(`${urls.admin}/moter/${meetingId}/pameldinger`);

    // The deadline is extended: a new summary when it passes in turn.
    const extended = new Date(deadline.getTime() + 3 * 24 * HOUR);
    await db.meeting.update({ where: { id: meetingId }, data: { registrationDeadline: extended } });
    expect(await sendDeadlineNotices(db, urls, new Date(extended.getTime() - HOUR))).toEqual([]);
    expect(await sendDeadlineNotices(db, urls, extended)).toEqual([meetingId]);
    expect(await outbox('meeting.deadlinePassed')).toHaveLength(2 * 2);
    // None after the meeting has started.
    await db.meeting.update({ where: { id: meetingId }, data: { registrationDeadline: JOB_MEETING.startsAt } });
    expect(await sendDeadlineNotices(db, urls, JOB_MEETING.startsAt)).toEqual([]);
  });
});
