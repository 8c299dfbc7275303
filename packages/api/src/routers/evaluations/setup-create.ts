import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  type EvaluationCreateInput,
  UserError,
  evaluationCreateAccess,
  fieldError,
  slugify,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

type Tx = Prisma.TransactionClient;

/** The year in Oslo, for the slug: an evaluation started on New Year's Eve at 23:30 UTC is next year's there. */
const osloYear = (now: Date) => new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(now);

/** A slug from the title and the year, with -2, -3, … when it is taken (like the conference editions'). */
async function freeSlug(tx: Tx, title: string, now: Date): Promise<string> {
  const base = `${slugify(title).slice(0, 60) || 'evaluering'}-${osloYear(now)}`;
  const taken = new Set(
    (await tx.evaluation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (e) => e.slug,
    ),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

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
        const slug = await freeSlug(tx, input.title, now);
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
