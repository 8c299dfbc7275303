import type { Db } from '@knutepunkt/db';
import type { Actor, EvaluationPhase } from '@knutepunkt/domain';

const LIST_FIELDS = {
  id: true,
  slug: true,
  title: true,
  language: true,
  phase: true,
  updatedAt: true,
  lead: { select: { id: true, name: true } },
  service: { select: { id: true, name: true } },
  network: { select: { id: true, name: true } },
} as const;

/** The admin app's list: the evaluations the coordinator leads; every evaluation for an admin. */
export async function evaluationsToManage(db: Db, actor: Actor) {
  const rows = await db.evaluation.findMany({
    where: actor.isAdmin ? {} : { leadId: actor.userId },
    select: LIST_FIELDS,
    orderBy: [{ updatedAt: 'desc' }],
  });
  return rows.map((r) => ({ ...r, phase: r.phase as EvaluationPhase }));
}

/**
 * «Mine evalueringer» on the web app: the evaluations one leads or is on the team of (until
 * they close), and those of the services one is an editor of, each with what one is there as.
 */
export async function myEvaluations(db: Db, actor: Actor) {
  const editorOf = actor.memberships.filter((m) => m.role === 'EDITOR').map((m) => m.organisationId);
  const rows = await db.evaluation.findMany({
    where: {
      OR: [
        { leadId: actor.userId },
        { team: { some: { userId: actor.userId } }, phase: { not: 'closed' } },
        { serviceOrganisationId: { in: editorOf } },
      ],
    },
    select: { ...LIST_FIELDS, team: { where: { userId: actor.userId }, select: { userId: true } } },
    orderBy: [{ updatedAt: 'desc' }],
  });
  return rows.map(({ team, ...r }) => {
    const onTeam = r.lead?.id === actor.userId || (team.length > 0 && r.phase !== 'closed');
    const serviceContact = r.service !== null && editorOf.includes(r.service.id);
    return { ...r, phase: r.phase as EvaluationPhase, onTeam, serviceContact };
  });
}
