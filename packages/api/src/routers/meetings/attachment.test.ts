import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type Mailer, createMailer } from '@knutepunkt/mail';
import { type TestSmtpServer, parseMail, startTestSmtpServer } from '@knutepunkt/mail/testing';
import { loadActor } from '../../context.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { SEND_EVERYTHING, deliverOutboxMessage } from '../outbox/delivery.ts';
import { register } from './registration.ts';
import { loadMeeting } from './scope.ts';

const WEB = 'https://knutepunkt.example.no';

describe.each(testDatabases())(
  'the .ics attached to a confirmation, through SMTP, on $name',
  ({ open, skipReason }) => {
    let handle: DbHandle | null;
    let world: World;
    let smtp: TestSmtpServer;
    let mailer: Mailer;
    beforeAll(async () => {
      handle = await open();
      if (!handle) return;
      world = await createWorld(handle.db);
      smtp = await startTestSmtpServer();
      mailer = createMailer(smtp.settings());
    });
    afterAll(async () => {
      mailer?.close();
      await smtp?.close();
      await handle?.close();
    });

    test('arrives as text/calendar; method=PUBLISH, named after the meeting, with the SEQUENCE current when sent', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      const db = handle.db;
      const { meetingId, slug } = world.meetings.upcoming;
      const editor = await loadActor(db, await db.user.findUniqueOrThrow({ where: { id: world.userIds.editor } }));
      await register(
        db,
        editor,
        (await loadMeeting(db, meetingId))!,
        { organisationId: null, attendance: 'in_person' },
        {
          web: WEB,
          admin: 'https://admin.knutepunkt.example.no',
        },
      );
      const row = await db.outboxMessage.findFirstOrThrow({
        where: { kind: 'meeting.confirmed', userId: world.userIds.editor },
      });
      // The meeting changes after the message was written, before it is sent: the file says so.
      await db.meeting.update({ where: { id: meetingId }, data: { sequence: 3, title: 'Fagsamling, ny tittel' } });
      await db.outboxMessage.update({ where: { id: row.id }, data: { status: 'waiting' } });

      const deps = { db, mailer, from: 'varsler@test.knutepunkt.no', webUrl: WEB, policy: SEND_EVERYTHING };
      expect(await deliverOutboxMessage(deps, row.id)).toBe('sent');
      const mail = await parseMail(smtp.received.at(-1)!.raw);
      const [file, ...others] = mail.attachments;
      expect(others).toHaveLength(0);
      expect(file!.filename).toBe(`${slug}.ics`);
      expect(file!.contentType).toBe('text/calendar');
      expect(smtp.received.at(-1)!.raw).toMatch(/Content-Type: text\/calendar; method=PUBLISH; charset=utf-8/i);

      const root = new ICAL.Component(ICAL.parse(file!.content.toString('utf8')));
      expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
      const [event] = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(event!.uid).toBe(`meeting-${meetingId}@knutepunkt.example.no`);
      expect(event!.sequence).toBe(3);
      expect(event!.summary).toBe('Fagsamling, ny tittel');
      expect(event!.component.getFirstPropertyValue('url')).toBe(`${WEB}/moter/${slug}`);
      // Only what the public page shows.
      expect(file!.content.toString('utf8')).not.toContain('video.example.no');
    });

    test('a message whose meeting is gone still goes, without a file; other kinds get none', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      const db = handle.db;
      const deps = { db, mailer, from: 'varsler@test.knutepunkt.no', webUrl: WEB, policy: SEND_EVERYTHING };
      const base = {
        userId: world.userIds.member,
        toEmail: 'm@test.knutepunkt.no',
        subject: 'S',
        body: 'B',
        status: 'waiting' as const,
      };
      const gone = await db.outboxMessage.create({
        data: { ...base, kind: 'meeting.confirmed', attachment: 'meeting-ics:finnes-ikke' },
      });
      const plain = await db.outboxMessage.create({ data: { ...base, kind: 'practice.published' } });
      for (const id of [gone.id, plain.id]) {
        expect(await deliverOutboxMessage(deps, id)).toBe('sent');
        expect((await parseMail(smtp.received.at(-1)!.raw)).attachments).toHaveLength(0);
      }
    });
  },
);
