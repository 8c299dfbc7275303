import type { Db } from '@knutepunkt/db';

/** What the setup part's matrix rows need on world.evaluations.collecting (docs/adr/0025). */
export interface EvaluationsSetupWorld {
  /** `teamMember`'s training record. */
  trainingId: string;
  /** A file of the signed agreement (its bytes are not in any storage: the API never reads them). */
  agreementFileId: string;
}

export async function createEvaluationsSetupWorld(
  db: Db,
  ids: { evaluationId: string; teamMemberId: string; leadId: string },
): Promise<EvaluationsSetupWorld> {
  const training = await db.evaluationTraining.create({
    data: {
      evaluationId: ids.evaluationId,
      userId: ids.teamMemberId,
      course: 'Brukerintervjuer, grunnkurs',
      completedOn: '2026-09-01',
    },
  });
  const file = await db.evaluationAttachment.create({
    data: {
      evaluationId: ids.evaluationId,
      kind: 'agreement',
      fileName: 'Signert avtale.pdf',
      mimeType: 'application/pdf',
      size: 1234,
      storageKey: 'evaluation-agreement-test-world',
      uploadedById: ids.leadId,
    },
  });
  return { trainingId: training.id, agreementFileId: file.id };
}
