import type { Db, Prisma } from '@knutepunkt/db';
import { type analysisFindingInput, type analysisThemeInput, notFound } from '@knutepunkt/domain';
import type { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { notesOfEvaluation } from './analysis-notes.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;
type Direction = 'up' | 'down';

/**
 * Themes and findings (docs/adr/0025): the team's own words, not raw data, so they are
 * audited with their text. The notes a finding rests on are named by id only. Themes are
 * audited on the evaluation (the audit log has no entity of their own).
 */

export async function saveTheme(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  input: z.output<typeof analysisThemeInput>,
) {
  assertPhaseAllows(evaluation, 'analyse');
  const { title, description } = input;
  return db.$transaction(async (tx) => {
    if (input.themeId) {
      const before = await tx.evaluationTheme.findFirst({
        where: { id: input.themeId, evaluationId: evaluation.id },
        select: { title: true, description: true },
      });
      if (!before) throw notFound();
      await tx.evaluationTheme.update({ where: { id: input.themeId }, data: { title, description } });
      await audit(
        tx,
        actorId,
        evaluation.id,
        'update',
        { theme: { id: input.themeId, ...before } },
        { theme: { id: input.themeId, title, description } },
      );
      return { id: input.themeId };
    }
    const last = await tx.evaluationTheme.aggregate({
      where: { evaluationId: evaluation.id },
      _max: { position: true },
    });
    const theme = await tx.evaluationTheme.create({
      data: { evaluationId: evaluation.id, title, description, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await audit(tx, actorId, evaluation.id, 'create', undefined, { theme: { id: theme.id, title, description } });
    return theme;
  });
}

export async function deleteTheme(db: Db, actorId: string, evaluation: EvaluationInScope, themeId: string) {
  assertPhaseAllows(evaluation, 'analyse');
  await db.$transaction(async (tx) => {
    const before = await tx.evaluationTheme.delete({ where: { id: themeId }, select: { id: true, title: true } });
    await audit(tx, actorId, evaluation.id, 'delete', { theme: before }, undefined);
  });
  return { id: themeId };
}

/** Swap places with the neighbour above or below (nothing happens at either end). */
async function swap<T extends { id: string; position: number }>(
  items: T[],
  id: string,
  direction: Direction,
  update: (id: string, position: number) => Promise<unknown>,
) {
  const index = items.findIndex((item) => item.id === id);
  const other = items[direction === 'up' ? index - 1 : index + 1];
  // Positions are renumbered 0… first, so equal or missing positions cannot stall a move.
  const order = items.map((item) => item.id);
  if (index >= 0 && other) {
    const at = order.indexOf(other.id);
    order[index] = other.id;
    order[at] = id;
  }
  for (const [position, itemId] of order.entries()) await update(itemId, position);
}

export async function moveTheme(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  themeId: string,
  direction: Direction,
) {
  assertPhaseAllows(evaluation, 'analyse');
  await db.$transaction(async (tx) => {
    const themes = await tx.evaluationTheme.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    await swap(themes, themeId, direction, (id, position) =>
      tx.evaluationTheme.update({ where: { id }, data: { position } }),
    );
    await audit(tx, actorId, evaluation.id, 'update', undefined, { theme: { id: themeId, moved: direction } });
  });
  return { id: themeId };
}

export async function saveFinding(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  themeId: string,
  input: z.output<typeof analysisFindingInput>,
) {
  assertPhaseAllows(evaluation, 'analyse');
  const noteIds = [...new Set(input.noteIds)];
  return db.$transaction(async (tx) => {
    // A note of another evaluation is, for this team, a note that does not exist.
    if ((await notesOfEvaluation(tx, evaluation.id, noteIds)).length !== noteIds.length) throw notFound();
    const data = { text: input.text, shared: input.shared, themeId };
    let findingId = input.findingId;
    let before: unknown;
    if (findingId) {
      const existing = await tx.evaluationFinding.findFirst({
        where: { id: findingId, theme: { evaluationId: evaluation.id } },
        select: { themeId: true, text: true, shared: true, notes: { select: { noteId: true } } },
      });
      if (!existing) throw notFound();
      before = { ...existing, notes: existing.notes.map((n) => n.noteId) };
      await tx.evaluationFinding.update({ where: { id: findingId }, data });
      await tx.evaluationFindingNote.deleteMany({ where: { findingId } });
    } else {
      const last = await tx.evaluationFinding.aggregate({ where: { themeId }, _max: { position: true } });
      findingId = (
        await tx.evaluationFinding.create({
          data: { ...data, position: (last._max.position ?? -1) + 1 },
          select: { id: true },
        })
      ).id;
    }
    await tx.evaluationFindingNote.createMany({ data: noteIds.map((noteId) => ({ findingId: findingId!, noteId })) });
    await recordAudit(tx, {
      actorId,
      action: before ? 'update' : 'create',
      entity: 'evaluationFinding',
      entityId: findingId,
      before,
      after: { ...data, notes: noteIds },
    });
    return { id: findingId };
  });
}

export async function deleteFinding(db: Db, actorId: string, evaluation: EvaluationInScope, findingId: string) {
  assertPhaseAllows(evaluation, 'analyse');
  await db.$transaction(async (tx) => {
    const before = await tx.evaluationFinding.delete({
      where: { id: findingId },
      select: { themeId: true, text: true, shared: true },
    });
    await recordAudit(tx, { actorId, action: 'delete', entity: 'evaluationFinding', entityId: findingId, before });
  });
  return { id: findingId };
}

export async function moveFinding(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  finding: { id: string; themeId: string },
  direction: Direction,
) {
  assertPhaseAllows(evaluation, 'analyse');
  await db.$transaction(async (tx) => {
    const findings = await tx.evaluationFinding.findMany({
      where: { themeId: finding.themeId },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true },
    });
    await swap(findings, finding.id, direction, (id, position) =>
      tx.evaluationFinding.update({ where: { id }, data: { position } }),
    );
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationFinding',
      entityId: finding.id,
      after: { moved: direction },
    });
  });
  return { id: finding.id };
}

function audit(
  tx: Tx,
  actorId: string,
  evaluationId: string,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
) {
  return recordAudit(tx, {
    actorId,
    action,
    entity: 'evaluation',
    entityId: evaluationId,
    before,
    after,
  });
}
