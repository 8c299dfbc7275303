import type { Db, Prisma } from '@knutepunkt/db';
import { type GuideTheme, UserError, guideThemesSchema, phaseAllows } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * The interview guide, versioned (docs/adr/0025). An interview records the version it was
 * held on, and its notes name that version's question keys, so a version some interview was
 * recorded on never changes: saving then makes a new version. The newest version, while no
 * interview uses it, is edited in place (no version per typo).
 */

/** The guide is written while planning and may be revised during collection. */
function assertGuideEditable(evaluation: Pick<EvaluationInScope, 'phase'>) {
  if (!phaseAllows(evaluation.phase, 'plan') && !phaseAllows(evaluation.phase, 'collect')) {
    throw new UserError('conflict', 'evaluations.phase.wrongPhase');
  }
}

const parseThemes = (value: Prisma.JsonValue): GuideTheme[] => {
  const parsed = guideThemesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
};

/** Every version, newest first, with its author's name and whether an interview was recorded on it. */
export async function guideVersions(db: Db, evaluationId: string) {
  const rows = await db.evaluationGuideVersion.findMany({
    where: { evaluationId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true, createdById: true, _count: { select: { interviews: true } } },
  });
  const authorIds = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    createdAt: r.createdAt,
    authorName: r.createdById ? (nameOf.get(r.createdById) ?? null) : null,
    interviews: r._count.interviews,
    inUse: r._count.interviews > 0,
  }));
}

/** One version's themes (the newest without a number), or null when there is no guide yet. */
export async function guideVersion(db: Db, evaluationId: string, version?: number) {
  const row = await db.evaluationGuideVersion.findFirst({
    where: { evaluationId, ...(version === undefined ? {} : { version }) },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, themes: true, createdAt: true, _count: { select: { interviews: true } } },
  });
  if (!row) {
    if (version !== undefined) throw new UserError('notFound', 'error.notFound');
    return null;
  }
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    themes: parseThemes(row.themes),
    inUse: row._count.interviews > 0,
  };
}

/**
 * Save the guide: the newest version in place while no interview uses it, a new version
 * otherwise. Under the evaluation's row lock, so two saves cannot both make version n+1, and
 * an interview recorded meanwhile (which locks nothing) is caught by the in-use check.
 * Saving what the newest version already says changes nothing.
 */
export async function saveGuide(db: Db, actorId: string, evaluation: EvaluationInScope, themes: GuideTheme[]) {
  assertGuideEditable(evaluation);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Evaluation" WHERE "id" = ${evaluation.id} FOR UPDATE`;
    const newest = await tx.evaluationGuideVersion.findFirst({
      where: { evaluationId: evaluation.id },
      orderBy: { version: 'desc' },
      select: { id: true, version: true, themes: true, _count: { select: { interviews: true } } },
    });
    if (newest && JSON.stringify(parseThemes(newest.themes)) === JSON.stringify(themes)) {
      return { id: newest.id, version: newest.version, outcome: 'unchanged' as const };
    }
    const json = themes as unknown as Prisma.InputJsonValue;
    if (newest && newest._count.interviews === 0) {
      // Re-checked inside the row's own update: an interview recorded since the count above
      // would make this update match nothing (the guide it was held on never changes).
      const updated = await tx.evaluationGuideVersion.updateMany({
        where: { id: newest.id, interviews: { none: {} } },
        data: { themes: json },
      });
      if (updated.count === 1) {
        await recordAudit(tx, {
          actorId,
          action: 'update',
          entity: 'evaluationGuide',
          entityId: newest.id,
          before: { version: newest.version },
          after: { version: newest.version, themes },
        });
        return { id: newest.id, version: newest.version, outcome: 'updated' as const };
      }
    }
    const version = (newest?.version ?? 0) + 1;
    const created = await tx.evaluationGuideVersion.create({
      data: { evaluationId: evaluation.id, version, themes: json, createdById: actorId },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'evaluationGuide',
      entityId: created.id,
      after: { version, themes },
    });
    return { id: created.id, version, outcome: 'created' as const };
  });
}
