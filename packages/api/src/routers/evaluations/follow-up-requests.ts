import type { Db } from '@knutepunkt/db';
import { INTL_LOCALES, type Locale, evaluationPaths, followUpRoundsFor, pathTo, urlOn } from '@knutepunkt/domain';
import { UserError } from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';

/**
 * Make sure every published evaluation has its rounds (6 and 12 months after publication).
 * Publishing creates them; this covers an evaluation published before it did. ON CONFLICT DO
 * NOTHING, so two instances doing it at once add each round once.
 */
async function ensureRounds(db: Db) {
  const missing = await db.evaluation.findMany({
    where: { phase: 'published', publishedAt: { not: null }, followUpRounds: { none: {} } },
    select: { id: true, publishedAt: true },
  });
  for (const e of missing) {
    await db.evaluationFollowUpRound.createMany({
      data: followUpRoundsFor(e.publishedAt!).map((r) => ({ evaluationId: e.id, ...r })),
      skipDuplicates: true,
    });
  }
}

/**
 * The follow-up requests (a scheduled job, apps/server/src/jobs/schedules/evaluation-follow-ups.ts):
 * for each round due by `now` and not yet requested, of an evaluation still in follow-up, the
 * service contacts (the service's approved editors) are asked by e-mail for a status of each
 * recommendation, with a link to the service's page.
 *
 * Exactly once per round, even with several server instances: the round is claimed by a
 * conditional update (`requestedAt` from null to now) in the same transaction as the
 * notifications; a second transaction waits for the first to commit, then updates nothing.
 */
type Round = { evaluationId: string; months: number; title: string; serviceOrganisationId: string | null };

/**
 * Claim one round (`requestedAt` from null to now) and, in the same transaction, ask the
 * service contacts for a status. False when the round was already requested: exactly once.
 */
async function claimAndRequest(db: Db, urls: SiteUrls, round: Round, now: Date): Promise<boolean> {
  const { evaluationId, months } = round;
  return db.$transaction(async (tx) => {
    const claim = await tx.evaluationFollowUpRound.updateMany({
      where: { evaluationId, months, requestedAt: null },
      data: { requestedAt: now },
    });
    if (claim.count === 0) return false;
    const editors = round.serviceOrganisationId
      ? await tx.membership.findMany({
          where: {
            organisationId: round.serviceOrganisationId,
            role: 'EDITOR',
            status: 'APPROVED',
            user: { disabledAt: null },
          },
          select: { user: { select: { id: true, email: true, locale: true } } },
        })
      : [];
    const link = urlOn(urls.web, pathTo(evaluationPaths.web.service, { evaluationId }));
    for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
      await notify(
        tx,
        editors.map((e) => e.user).filter((u) => u.locale === locale),
        {
          kind: 'evaluation.followUp.request',
          subject: 'evaluations.followUp.mail.request.subject',
          body: 'evaluations.followUp.mail.request.body',
          params: { title: round.title, months: String(months), link },
        },
      );
    }
    return true;
  });
}

/**
 * The lead asks for a round's status before it is due (the service is ready early, or the
 * report was published late in a term): the same request, claimed the same way, so the job
 * does not send it again when the round comes due. Refused once the round was requested.
 */
export async function requestFollowUpNow(
  db: Db,
  urls: SiteUrls,
  evaluation: { id: string; phase: string },
  months: number,
  now = new Date(),
) {
  if (evaluation.phase !== 'published') throw new UserError('conflict', 'evaluations.phase.wrongPhase');
  const row = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluation.id },
    select: {
      title: true,
      serviceOrganisationId: true,
      followUpRounds: { where: { months }, select: { months: true } },
    },
  });
  if (row.followUpRounds.length === 0) throw new UserError('notFound', 'error.notFound');
  const sent = await claimAndRequest(
    db,
    urls,
    { evaluationId: evaluation.id, months, title: row.title, serviceOrganisationId: row.serviceOrganisationId },
    now,
  );
  if (!sent) throw new UserError('conflict', 'evaluations.followUp.alreadyRequested');
  return { months, requestedAt: now };
}

export async function sendFollowUpRequests(db: Db, urls: SiteUrls, now = new Date()) {
  await ensureRounds(db);
  const due = await db.evaluationFollowUpRound.findMany({
    where: { dueAt: { lte: now }, requestedAt: null, evaluation: { phase: 'published' } },
    select: {
      evaluationId: true,
      months: true,
      evaluation: { select: { title: true, serviceOrganisationId: true } },
    },
    orderBy: [{ dueAt: 'asc' }, { months: 'asc' }],
  });
  const requested: Array<{ evaluationId: string; months: number }> = [];
  for (const { evaluationId, months, evaluation } of due) {
    if (await claimAndRequest(db, urls, { evaluationId, months, ...evaluation }, now)) {
      requested.push({ evaluationId, months });
    }
  }
  return { requested };
}
