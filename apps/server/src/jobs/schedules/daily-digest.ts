import { randomUUID } from 'node:crypto';
import { sendDailyDigests } from '@knutepunkt/api';
import type { ScheduleDefinition } from '@knutepunkt/jobs';
import { composeMail } from '@knutepunkt/mail';
import type { ScheduleEnv } from './env.ts';

/**
 * Every morning at 07:00: one e-mail to each person who chose a daily digest,
 * gathering the notifications held for it (docs/adr/0017). Nothing without SMTP.
 */
export const dailyDigestSchedule = (env: ScheduleEnv): ScheduleDefinition => ({
  name: 'notifications.daily-digest',
  cron: '0 7 * * *',
  handler: async ({ db }) => {
    const mail = env.mail;
    if (!mail) return;
    await sendDailyDigests(
      db,
      async (to, subject, text) => {
        const person = await db.user.findUnique({ where: { email: to }, select: { locale: true } });
        const message = {
          id: randomUUID(),
          to,
          subject,
          body: text,
          locale: person?.locale ?? 'nb',
          siteUrl: env.urls.web,
          settingsUrl: env.urls.web,
          unsubscribe: null,
          footer: false, // the digest ends with its own link to the choices
        };
        await mail.mailer.send(composeMail(message, mail.from));
      },
      env.urls,
    );
  },
});
