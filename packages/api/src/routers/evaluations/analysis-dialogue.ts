import type { Db, Prisma } from '@knutepunkt/db';
import {
  type MeetingFields,
  UserError,
  evaluationPaths,
  pathTo,
  quoteIsPublishable,
  translate,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { createMeeting } from '../meetings/planning.ts';
import { notify } from '../outbox/service.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * Sharing the preliminary findings with the service contacts, and the dialogue meeting
 * (docs/adr/0025): the lead's part in the admin app. Nothing raw is read here: the page
 * shows counts and dates; the findings themselves are read on the service's own page.
 */

/** What the admin's dialogue page shows: when the findings were shared, what would be shared, the meeting. */
export async function dialogueFor(db: Db, evaluation: EvaluationInScope) {
  const [row, findings, quotes] = await Promise.all([
    db.evaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
      select: {
        findingsSharedAt: true,
        language: true,
        service: { select: { id: true, name: true } },
        dialogueMeeting: { select: { id: true, slug: true, title: true, startsAt: true, status: true } },
      },
    }),
    db.evaluationFinding.groupBy({
      by: ['shared'],
      where: { theme: { evaluationId: evaluation.id } },
      _count: { _all: true },
    }),
    db.evaluationQuote.groupBy({
      by: ['check'],
      where: { finding: { shared: true, theme: { evaluationId: evaluation.id } } },
      _count: { _all: true },
    }),
  ]);
  return {
    evaluation: { id: evaluation.id, title: evaluation.title, phase: evaluation.phase, language: row.language },
    service: row.service,
    findingsSharedAt: row.findingsSharedAt,
    sharedFindings: findings.find((f) => f.shared)?._count._all ?? 0,
    teamOnlyFindings: findings.find((f) => !f.shared)?._count._all ?? 0,
    publishableQuotes: quotes.filter((q) => quoteIsPublishable(q.check)).reduce((n, q) => n + q._count._all, 0),
    heldBackQuotes: quotes.filter((q) => !quoteIsPublishable(q.check)).reduce((n, q) => n + q._count._all, 0),
    meeting: row.dialogueMeeting,
    mayShare: evaluation.phase === 'collection' || evaluation.phase === 'analysis' || evaluation.phase === 'review',
  };
}

/** The service's editors: the service contacts (docs/adr/0025). */
async function serviceContacts(db: Prisma.TransactionClient, serviceOrganisationId: string) {
  const rows = await db.membership.findMany({
    where: { organisationId: serviceOrganisationId, role: 'EDITOR', status: 'APPROVED', user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  return rows.map((r) => r.user);
}

/**
 * Share (or share again) the preliminary findings: the service contacts may read the shared
 * findings with their publishable quotes from now on, and are told by e-mail with a link to
 * the service's page. The e-mail names the evaluation only: no finding, no quote.
 */
export async function shareFindings(db: Db, actorId: string, evaluation: EvaluationInScope, urls: SiteUrls) {
  assertPhaseAllows(evaluation, 'analyse');
  if (!evaluation.serviceOrganisationId) throw new UserError('conflict', 'evaluations.analysis.error.noService');
  const serviceId = evaluation.serviceOrganisationId;
  const now = new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.evaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
      select: { findingsSharedAt: true },
    });
    await tx.evaluation.update({ where: { id: evaluation.id }, data: { findingsSharedAt: now } });
    const contacts = await serviceContacts(tx, serviceId);
    await notify(tx, contacts, {
      kind: 'evaluation.findingsShared',
      subject: 'evaluations.mail.findingsShared.subject',
      body: 'evaluations.mail.findingsShared.body',
      params: {
        title: evaluation.title,
        link: urlOn(urls.web, pathTo(evaluationPaths.web.service, { evaluationId: evaluation.id })),
      },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluation',
      entityId: evaluation.id,
      before,
      after: { findingsSharedAt: now, notified: contacts.length },
    });
    return { findingsSharedAt: now, notified: contacts.length, again: before.findingsSharedAt !== null };
  });
}

/**
 * The dialogue meeting: a draft meeting of the meetings module in the evaluation's network,
 * planned through the meetings' own service (agenda, registration and minutes are then done
 * on the meeting's admin pages), and linked from the evaluation. One per evaluation: the link
 * is a conditional update, and a meeting made by a click that lost the race is removed again.
 */
export async function createDialogueMeeting(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  fields: Omit<MeetingFields, 'title'>,
) {
  assertPhaseAllows(evaluation, 'analyse');
  const exists = () => new UserError('conflict', 'evaluations.analysis.error.dialogueExists');
  const current = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluation.id },
    select: { dialogueMeetingId: true },
  });
  if (current.dialogueMeetingId) throw exists();
  const title = translate(evaluation.language, 'evaluations.analysis.dialogueTitle', { title: evaluation.title });
  const meeting = await createMeeting(db, actorId, {
    ...fields,
    title: title.slice(0, 200),
    networkId: evaluation.networkId,
  });
  const linked = await db.$transaction(async (tx) => {
    const changed = await tx.evaluation.updateMany({
      where: { id: evaluation.id, dialogueMeetingId: null },
      data: { dialogueMeetingId: meeting.id },
    });
    if (changed.count === 0) return false;
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluation',
      entityId: evaluation.id,
      before: { dialogueMeetingId: null },
      after: { dialogueMeetingId: meeting.id },
    });
    return true;
  });
  if (!linked) {
    await db.$transaction(async (tx) => {
      await tx.meeting.delete({ where: { id: meeting.id } });
      await recordAudit(tx, { actorId, action: 'delete', entity: 'meeting', entityId: meeting.id });
    });
    throw exists();
  }
  return { meetingId: meeting.id, slug: meeting.slug };
}
