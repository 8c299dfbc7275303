import type { Db } from '@knutepunkt/db';
import {
  BREAK_GLASS_MINUTES,
  INTL_LOCALES,
  type Locale,
  OSLO_TIME_ZONE,
  RAW_READS_PAGE_SIZE,
  UserError,
  evaluationPaths,
  pathTo,
  retentionEndsAt,
  retentionReminderAt,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';
import type { EvaluationInScope } from './scope.ts';

/** A time in the reader's language, in Oslo: "fredag 10. mai 2031 kl. 14:05". */
export const osloDateTime = (locale: Locale, at: Date) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: OSLO_TIME_ZONE,
  }).format(at);
/** A day in the reader's language, in Oslo: "fredag 10. mai 2031". */
export const osloDate = (locale: Locale, at: Date) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'full', timeZone: OSLO_TIME_ZONE }).format(at);

/**
 * What the privacy page shows besides the logs (docs/adr/0025): when raw data is deleted (or,
 * before publication, how many months after it), whether it has been, and every «break the
 * glass» with its reason. `canBreakGlass`: the viewer is an admin who is not on the team.
 */
export async function privacyOverview(
  db: Db,
  evaluation: EvaluationInScope,
  viewer: { id: string; isAdmin: boolean },
  now = new Date(),
) {
  const grants = await db.evaluationBreakGlass.findMany({
    where: { evaluationId: evaluation.id },
    select: { id: true, reason: true, at: true, expiresAt: true, admin: { select: { id: true, name: true } } },
    orderBy: { at: 'desc' },
  });
  const published = evaluation.publishedAt;
  const onTeam = evaluation.leadId === viewer.id || evaluation.access.teamUserIds.includes(viewer.id);
  return {
    id: evaluation.id,
    title: evaluation.title,
    phase: evaluation.phase,
    retentionMonths: evaluation.retentionMonths,
    publishedAt: published,
    retentionEndsAt: published ? retentionEndsAt(published, evaluation.retentionMonths) : null,
    reminderAt: published ? retentionReminderAt(published, evaluation.retentionMonths) : null,
    rawDataDeletedAt: evaluation.rawDataDeletedAt,
    canBreakGlass: viewer.isAdmin && !onTeam && evaluation.rawDataDeletedAt === null,
    breakGlass: grants.map((g) => ({
      id: g.id,
      reason: g.reason,
      at: g.at,
      expiresAt: g.expiresAt,
      active: g.expiresAt > now,
      adminName: g.admin?.name ?? null,
      mine: g.admin?.id === viewer.id,
    })),
  };
}

/** A page of the raw-read log, newest first: who, what kind of record, which, when, under which «break the glass». */
export async function listRawReads(db: Db, evaluationId: string, page: number) {
  const [total, rows] = await Promise.all([
    db.evaluationRawRead.count({ where: { evaluationId } }),
    db.evaluationRawRead.findMany({
      where: { evaluationId },
      select: {
        id: true,
        recordKind: true,
        recordId: true,
        breakGlassId: true,
        at: true,
        actor: { select: { name: true } },
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * RAW_READS_PAGE_SIZE,
      take: RAW_READS_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    pageSize: RAW_READS_PAGE_SIZE,
    rows: rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null })),
  };
}

/** What was deleted and why (withdrawn consents, the end of retention), counts only. */
export async function listDeletions(db: Db, evaluationId: string) {
  const rows = await db.evaluationDeletion.findMany({
    where: { evaluationId },
    select: { id: true, reason: true, code: true, counts: true, byId: true, at: true },
    orderBy: { at: 'desc' },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.byId ? [r.byId] : [])))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return rows.map(({ byId, counts, ...row }) => ({
    ...row,
    counts: counts as Partial<Record<'interviews' | 'notes' | 'responses' | 'answers' | 'quotes', number>>,
    byName: byId ? (names.get(byId) ?? null) : null,
  }));
}

/**
 * An admin «breaks the glass» (docs/adr/0025): for BREAK_GLASS_MINUTES she has the team's access
 * to this evaluation (the builders read unexpired grants), every raw read she makes names the
 * grant, and the lead is told at once who, when and why, by an e-mail she cannot switch off
 * (a `security.` kind). Audited. Only for an admin who is not on the team (the team has access
 * already) and while there is raw data to read.
 */
export async function breakGlass(
  db: Db,
  admin: { id: string; name: string },
  evaluation: EvaluationInScope,
  reason: string,
  urls: SiteUrls,
  now = new Date(),
) {
  if (evaluation.rawDataDeletedAt) throw new UserError('conflict', 'evaluations.breakGlass.nothingLeft');
  if (evaluation.leadId === admin.id || evaluation.access.teamUserIds.includes(admin.id))
    throw new UserError('conflict', 'evaluations.breakGlass.onTeam');
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    const grant = await tx.evaluationBreakGlass.create({
      data: { evaluationId: evaluation.id, adminId: admin.id, reason, at: now, expiresAt },
      select: { id: true, at: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'create',
      entity: 'evaluationBreakGlass',
      entityId: grant.id,
      after: { evaluationId: evaluation.id, reason, expiresAt },
    });
    const lead = evaluation.leadId
      ? await tx.user.findUnique({ where: { id: evaluation.leadId }, select: { id: true, email: true, locale: true } })
      : null;
    if (lead) {
      const link = urlOn(urls.admin, pathTo(evaluationPaths.admin.privacy, { evaluationId: evaluation.id }));
      await notify(tx, [lead], {
        kind: 'security.evaluation.breakGlass',
        subject: 'evaluations.mail.breakGlass.subject',
        body: 'evaluations.mail.breakGlass.body',
        params: {
          admin: admin.name,
          title: evaluation.title,
          at: osloDateTime(lead.locale, now),
          until: osloDateTime(lead.locale, expiresAt),
          reason,
          link,
        },
      });
    }
    return grant;
  });
}
