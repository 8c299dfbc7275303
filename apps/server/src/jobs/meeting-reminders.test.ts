import { afterAll, beforeAll, expect, test } from 'vitest';
import { type TestSmtpServer, parseMail, startTestSmtpServer } from '@knutepunkt/mail/testing';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';
import { meetingRemindersSchedule } from './schedules/meeting-reminders.ts';

let smtp: TestSmtpServer;
let server: RunningServer;
const HOUR = 3_600_000;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({
    jobs: true,
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}?tls=none`, MAIL_FROM: 'varsler@test.knutepunkt.no' },
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** The schedule as the queue runs it, at the real time: a meeting 47 hours away is due. */
test('the reminder leaves through the SMTP server in the person’s language, with the video link and the programme', async () => {
  const { db } = server.handle;
  const person = await db.user.findFirstOrThrow({ where: { email: 'nynorsk@demo.knutepunkt.no' } });
  const network = await db.network.create({ data: { slug: 'paminning', name: 'Påminningsnettverket' } });
  const startsAt = new Date(Date.now() + 47 * HOUR);
  const meeting = await db.meeting.create({
    data: {
      networkId: network.id,
      slug: 'samling-om-to-dagar',
      title: 'Samling om to dagar',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * HOUR),
      mode: 'online',
      videoUrl: 'https://video.example.no/samling',
      status: 'published',
      openTo: 'anyone',
      lastPosition: 1,
      agenda: { create: [{ position: 0, startsAt, title: 'Opning' }] },
      registrations: { create: { userId: person.id, status: 'confirmed', position: 1 } },
    },
  });
  const schedule = meetingRemindersSchedule({ urls: { web: 'https://k.example.no', admin: 'https://a.k.example.no' }, mail: null });
  await schedule.handler({ db, send: server.jobs.jobs!.send });
  await schedule.handler({ db, send: server.jobs.jobs!.send }); // a second run sends nothing more

  const end = Date.now() + 20_000;
  while (smtp.received.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  expect(smtp.received.map((m) => m.to)).toEqual([['nynorsk@demo.knutepunkt.no']]);
  const mail = await parseMail(smtp.received[0]!.raw);
  expect(mail.subject).toBe('Påminning: Samling om to dagar');
  expect(String(mail.html)).toContain('<html lang="nn">');
  expect(mail.text).toContain('Stad: digitalt');
  expect(mail.text).toContain('Videolenkje: https://video.example.no/samling');
  expect(mail.text).toContain('Program:\n');
  expect(mail.text).toContain('Opning');
  expect(mail.text).toContain('https://k.example.no/moter/samling-om-to-dagar');
  expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).reminderSentAt).not.toBeNull();
  expect(await db.outboxMessage.count({ where: { kind: 'meeting.reminder' } })).toBe(1);
});
