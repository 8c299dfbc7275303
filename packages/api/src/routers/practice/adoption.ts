import { UserError, notFound } from '@knutepunkt/domain';
import type { Db } from '@knutepunkt/db';
import { recordAudit } from '../../audit.ts';

/** "We do this too": an editor of another organisation records that they took the practice up. */
export async function adoptPractice(
  db: Db,
  actorId: string,
  input: { exampleId: string; organisationId: string; note: string },
) {
  const example = await db.practiceExample.findUnique({
    where: { id: input.exampleId },
    select: { organisationId: true, publishedVersionId: true, archivedAt: true },
  });
  if (!example?.publishedVersionId || example.archivedAt) throw notFound();
  if (example.organisationId === input.organisationId)
    throw new UserError('badRequest', 'practice.error.ownOrganisation');
  return db.$transaction(async (tx) => {
    const adoption = await tx.practiceAdoption.upsert({
      where: { exampleId_organisationId: { exampleId: input.exampleId, organisationId: input.organisationId } },
      create: { ...input, createdById: actorId },
      update: { note: input.note },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'practiceAdoption',
      entityId: adoption.id,
      after: adoption,
    });
    return adoption;
  });
}

export async function removeAdoption(db: Db, actorId: string, input: { exampleId: string; organisationId: string }) {
  await db.$transaction(async (tx) => {
    const existing = await tx.practiceAdoption.findUnique({ where: { exampleId_organisationId: input } });
    if (!existing) return;
    await tx.practiceAdoption.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'practiceAdoption',
      entityId: existing.id,
      before: existing,
    });
  });
}
