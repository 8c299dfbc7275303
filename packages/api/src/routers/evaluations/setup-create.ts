import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  type EvaluationCreateInput,
  UserError,
  evaluationCreateAccess,
  fieldError,
  slugify,
  utcToOslo,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { freeSlug, isUniqueViolation } from '../../unique.ts';

type Tx = Prisma.TransactionClient;

/** The year in Oslo, for the slug: an evaluation started on New Year's Eve at 23:30 UTC is next year's there. */
const osloYear = (now: Date) => utcToOslo(now).date.slice(0, 4);

/** A slug from the title and the year, with -2, -3, … when it is taken (like the conference editions'). */
function evaluationSlug(tx: Tx, title: string, now: Date): Promise<string> {
  return freeSlug(`${slugify(title).slice(0, 60) || 'evaluering'}-${osloYear(now)}`, async (base) =>
    (await tx.evaluation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (e) => e.slug,
    ),
  );
}

/**
 * A new evaluation in the agreement phase (docs/adr/0025), run by a network's user-led centre:
 * a coordinator of that network (or an admin) creates it and becomes its lead. Audited.
 */
export async function createEvaluation(db: Db, actor: Actor, input: EvaluationCreateInput, now = new Date()) {
  // Networks are public, so refusing another network's by name reveals nothing.
  if (evaluationCreateAccess(actor, input.networkId) !== 'allow') {
    throw new UserError('forbidden', 'evaluations.admin.setup.error.notYourNetwork', {
      fieldErrors: { networkId: 'evaluations.admin.setup.error.notYourNetwork' },
    });
  }
  // Two leads naming two evaluations alike at once: the second gets the next free slug.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        if (!(await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } })))
          throw fieldError('networkId', 'evaluations.admin.setup.error.noSuchNetwork', 'badRequest');
        if (
          input.centreOrganisationId &&
          !(await tx.organisation.findUnique({ where: { id: input.centreOrganisationId }, select: { id: true } }))
        )
          throw fieldError('centreOrganisationId', 'evaluations.admin.setup.error.noSuchOrganisation', 'badRequest');
        const slug = await evaluationSlug(tx, input.title, now);
        const evaluation = await tx.evaluation.create({
          data: {
            slug,
            title: input.title,
            language: input.language,
            networkId: input.networkId,
            centreOrganisationId: input.centreOrganisationId,
            leadId: actor.userId,
          },
          select: { id: true, slug: true },
        });
        await recordAudit(tx, {
          actorId: actor.userId,
          action: 'create',
          entity: 'evaluation',
          entityId: evaluation.id,
          after: { ...input, slug, leadId: actor.userId },
        });
        return evaluation;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
