import type { Db } from '@knutepunkt/db';
import {
  CONTRIBUTION_REMINDER_LEAD_MS,
  INTL_LOCALES,
  type Locale,
  OSLO_TIME_ZONE,
  meetingPaths,
  pathTo,
  urlOn,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';

/** The deadline in the reader's language and Oslo time: "fredag 10. mai 2031 kl. 23:59". */
function formatDeadline(locale: Locale, deadline: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: OSLO_TIME_ZONE,
  }).format(deadline);
}

/**
 * The week-before reminder (a scheduled job, apps/server/src/jobs/schedules): for each
 * published meeting whose contribution deadline is less than a week away, each member
 * organisation that has not sent its contribution gets one `meeting.contribution.reminder`
 * to its editors (a `meeting.` kind, so each editor's choice for meetings applies: one
 * e-mail, the digest, or none).
 *
 * Exactly once per organisation and meeting, even with several server instances: the
 * ContributionReminder row (primary key meeting + organisation) is inserted with ON CONFLICT
 * DO NOTHING in the same transaction as the notification; only the transaction that
 * inserted it writes to the outbox, and a second one waits for the first to commit and then
 * inserts nothing. An organisation that sends after the reminder is simply not reminded again.
 */
export async function sendContributionReminders(db: Db, urls: SiteUrls, now = new Date()) {
  const calls = await db.contributionCall.findMany({
    where: {
      deadline: { gte: now, lte: new Date(now.getTime() + CONTRIBUTION_REMINDER_LEAD_MS) },
      meeting: { status: 'published' },
    },
    select: { meetingId: true, deadline: true, meeting: { select: { slug: true, title: true, networkId: true } } },
  });
  let reminded = 0;
  for (const call of calls) {
    const { meetingId } = call;
    const organisations = await db.networkMember.findMany({
      where: {
        networkId: call.meeting.networkId,
        organisation: {
          meetingContributions: { none: { meetingId, status: 'sent' } },
          contributionReminders: { none: { meetingId } },
        },
      },
      select: { organisation: { select: { id: true, name: true } } },
    });
    const link = urlOn(urls.web, pathTo(meetingPaths.web.contributions, { slug: call.meeting.slug }));
    for (const { organisation } of organisations) {
      const claimed = await db.$transaction(async (tx) => {
        const row = await tx.contributionReminder.createMany({
          data: [{ meetingId, organisationId: organisation.id, sentAt: now }],
          skipDuplicates: true,
        });
        if (row.count === 0) return false;
        const editors = await tx.membership.findMany({
          where: { organisationId: organisation.id, role: 'EDITOR', status: 'APPROVED', user: { disabledAt: null } },
          select: { user: { select: { id: true, email: true, locale: true } } },
        });
        const recipients = editors.map((e) => e.user);
        for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
          const group = recipients.filter((r) => r.locale === locale);
          await notify(tx, group, {
            kind: 'meeting.contribution.reminder',
            subject: 'meetings.contributions.mail.reminder.subject',
            body: 'meetings.contributions.mail.reminder.body',
            params: {
              title: call.meeting.title,
              organisation: organisation.name,
              deadline: formatDeadline(locale, call.deadline),
              link,
            },
          });
        }
        return true;
      });
      if (claimed) reminded += 1;
    }
  }
  return { reminded };
}
