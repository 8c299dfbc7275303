import type { Db, Prisma } from '@knutepunkt/db';
import { FOLLOW_UP_MONTHS, type PublishedReport, UserError, evaluationPaths, followUpDueAt } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { type Recipient, notify } from '../outbox/service.ts';
import { type RawDataKeyring, requireKeyring } from './cipher.ts';
import { recordRawReads } from './raw-reads.ts';
import { buildPublishedReport } from './report-freeze.ts';
import type { EvaluationInScope } from './scope.ts';
import { moveEvaluationInTx } from './transition.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * The report's way out (docs/adr/0025): the lead previews it as it will be published, sends it
 * to the service contacts for review, publishes (freezes) it and e-mails its public address to
 * everyone who took part. No mail carries report text: only the title and a link.
 */

/** The report exactly as publishing would freeze it now, not saved; the quotes opened are recorded. */
export async function previewReport(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
  now = new Date(),
): Promise<PublishedReport> {
  const ring = requireKeyring(keyring);
  return db.$transaction((tx) =>
    buildPublishedReport(tx, ring, evaluation.id, evaluation.publishedAt ?? now, (kind, ids) =>
      recordRawReads(tx, actorId, evaluation, kind, ids),
    ),
  );
}

/** The service contacts: the active editors of the evaluated service's organisation. */
export async function serviceContacts(db: Tx, serviceOrganisationId: string | null): Promise<Recipient[]> {
  if (!serviceOrganisationId) return [];
  const rows = await db.membership.findMany({
    where: {
      organisationId: serviceOrganisationId,
      role: 'EDITOR',
      status: 'APPROVED',
      user: { disabledAt: null },
    },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  return rows.map((r) => r.user);
}

const link = (urls: SiteUrls, path: string) => `${urls.web}${path}`;

/** analysis → review; the service contacts are told where to read and comment. */
export async function sendForReview(db: Db, actorId: string, evaluation: EvaluationInScope, urls: SiteUrls) {
  return db.$transaction(async (tx) => {
    // Only analysis → review is a move the phases allow; anything else is a translated conflict.
    await moveEvaluationInTx(tx, actorId, evaluation.id, 'review');
    const recipients = await serviceContacts(tx, evaluation.serviceOrganisationId);
    await notify(tx, recipients, {
      kind: 'evaluation.report.review',
      subject: 'evaluations.report.mail.review.subject',
      body: 'evaluations.report.mail.review.body',
      params: {
        title: evaluation.title,
        link: link(urls, evaluationPaths.web.service.replace(':evaluationId', evaluation.id)),
      },
    });
    return { recipients: recipients.length };
  });
}

/**
 * review → published, in one transaction: the phase move takes the evaluation's row lock first,
 * so of two publishes one waits and then finds it already published (a translated conflict);
 * then the report is frozen with the same instant as publishedAt, and the follow-up rounds get
 * their due dates. Nothing is published unless all of it is.
 */
export async function publishReport(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
  now = new Date(),
) {
  const ring = requireKeyring(keyring);
  return db.$transaction(
    async (tx) => {
      await moveEvaluationInTx(tx, actorId, evaluation.id, 'published', now);
      const report = await buildPublishedReport(tx, ring, evaluation.id, now, (kind, ids) =>
        recordRawReads(tx, actorId, evaluation, kind, ids),
      );
      await tx.evaluation.update({
        where: { id: evaluation.id },
        data: { publishedReport: report as unknown as Prisma.InputJsonValue },
      });
      const rounds = FOLLOW_UP_MONTHS.map((months) => ({
        evaluationId: evaluation.id,
        months,
        dueAt: followUpDueAt(now, months),
      }));
      await tx.evaluationFollowUpRound.createMany({ data: rounds, skipDuplicates: true });
      await recordAudit(tx, {
        actorId,
        action: 'update',
        entity: 'evaluationReport',
        entityId: evaluation.id,
        after: {
          published: now,
          recommendations: report.recommendations.length,
          followUpRounds: rounds.map((r) => ({ months: r.months, dueAt: r.dueAt })),
        },
      });
      return { publishedAt: now, slug: evaluation.slug };
    },
    { timeout: 30_000 },
  );
}

/** Everyone who took part, each once: the dialogue meeting's confirmed registrants, the team, the service contacts. */
async function participants(tx: Tx, evaluation: EvaluationInScope): Promise<Recipient[]> {
  const row = await tx.evaluation.findUniqueOrThrow({
    where: { id: evaluation.id },
    select: {
      dialogueMeetingId: true,
      lead: { select: { id: true, email: true, locale: true, disabledAt: true } },
      team: { select: { user: { select: { id: true, email: true, locale: true, disabledAt: true } } } },
    },
  });
  const registrants = row.dialogueMeetingId
    ? await tx.meetingRegistration.findMany({
        where: { meetingId: row.dialogueMeetingId, status: 'confirmed', user: { disabledAt: null } },
        select: { user: { select: { id: true, email: true, locale: true } } },
      })
    : [];
  const team = [...(row.lead ? [row.lead] : []), ...row.team.map((m) => m.user)].filter((u) => !u.disabledAt);
  const all = [
    ...registrants.map((r) => r.user),
    ...team.map(({ id, email, locale }) => ({ id, email, locale })),
    ...(await serviceContacts(tx, evaluation.serviceOrganisationId)),
  ];
  const seen = new Set<string>();
  return all.filter((r) => (seen.has(r.id!) ? false : (seen.add(r.id!), true)));
}

/**
 * E-mail the public report's address to the participants (published only). Sent once: the
 * send is marked by a conditional update of reportSentAt (of two presses one wins); a second
 * send is refused with a conflict unless `again` is asked for.
 */
export async function sendReportToParticipants(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  urls: SiteUrls,
  again = false,
  now = new Date(),
) {
  if (evaluation.phase !== 'published' && evaluation.phase !== 'closed') {
    throw new UserError('conflict', 'evaluations.report.error.notPublished');
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.evaluation.updateMany({
      where: { id: evaluation.id, ...(again ? {} : { reportSentAt: null }) },
      data: { reportSentAt: now },
    });
    if (count === 0) throw new UserError('conflict', 'evaluations.report.error.alreadySent');
    const recipients = await participants(tx, evaluation);
    await notify(tx, recipients, {
      kind: 'evaluation.report.published',
      subject: 'evaluations.report.mail.published.subject',
      body: 'evaluations.report.mail.published.body',
      params: {
        title: evaluation.title,
        link: link(urls, evaluationPaths.web.report.replace(':slug', evaluation.slug)),
      },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluation',
      entityId: evaluation.id,
      after: { reportSentAt: now, recipients: recipients.length, again },
    });
    return { sentAt: now, recipients: recipients.length };
  });
}
