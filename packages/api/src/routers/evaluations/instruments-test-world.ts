import type { Db } from '@knutepunkt/db';

/** The instruments' additions to the test world: a draft questionnaire of world.evaluations.collecting. */
export interface InstrumentsWorld {
  /** A draft with one single-choice question, so its questions can be saved and it can be opened. */
  draftQuestionnaireId: string;
  draftQuestionId: string;
}

export async function createInstrumentsWorld(db: Db, evaluationId: string): Promise<InstrumentsWorld> {
  const draft = await db.evaluationQuestionnaire.create({
    data: { evaluationId, title: 'Utkast til spørreskjema', status: 'draft' },
  });
  const question = await db.evaluationQuestion.create({
    data: {
      questionnaireId: draft.id,
      position: 0,
      kind: 'single',
      text: 'Hvor ofte kommer du hit?',
      options: ['Hver uke', 'Sjeldnere'],
      required: true,
    },
  });
  return { draftQuestionnaireId: draft.id, draftQuestionId: question.id };
}
