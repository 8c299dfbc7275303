import type { Db } from '@knutepunkt/db';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { sealRaw } from './cipher.ts';
import { WORLD_GUIDE } from './test-world.ts';

/**
 * Raw data of every kind for an evaluation of the test world (docs/adr/0025), for the retention
 * and export tests: an interview with a consent and a note, a paper response with a choice and
 * a free-text answer, an unused link, a finding with a quote and its link to the note.
 */
export async function addRawData(db: Db, evaluationId: string, ids: { leadId: string; teamMemberId: string }) {
  const guide = await db.evaluationGuideVersion.upsert({
    where: { evaluationId_version: { evaluationId, version: 1 } },
    create: { evaluationId, version: 1, themes: WORLD_GUIDE, createdById: ids.leadId },
    update: {},
  });
  const interview = await db.evaluationInterview.create({
    data: {
      evaluationId,
      code: 'I7',
      kind: 'individual',
      heldOn: '2026-03-02',
      participants: 1,
      guideVersionId: guide.id,
      consentById: ids.teamMemberId,
      consentAt: new Date('2026-03-02T09:00:00Z'),
      consentVersion: 2,
    },
  });
  const noteText = 'Hun sa at kveldene er det verste, og at hun savner noen å snakke med.';
  const note = await db.evaluationNote.create({
    data: {
      interviewId: interview.id,
      questionKey: 'q2',
      body: sealRaw(TEST_RAW_DATA_KEYRING, noteText),
      warningKinds: [],
    },
  });
  const questionnaire = await db.evaluationQuestionnaire.create({
    data: { evaluationId, title: 'Skjema', status: 'closed' },
  });
  const single = await db.evaluationQuestion.create({
    data: {
      questionnaireId: questionnaire.id,
      position: 0,
      kind: 'single',
      text: 'Hvor ofte?',
      options: ['Ukentlig', 'Sjeldnere'],
    },
  });
  const text = await db.evaluationQuestion.create({
    data: { questionnaireId: questionnaire.id, position: 1, kind: 'text', text: 'Noe mer?', options: [] },
  });
  const answerText = 'Mer kaffe, takk.';
  const response = await db.evaluationResponse.create({
    data: {
      questionnaireId: questionnaire.id,
      mode: 'paper',
      enteredById: ids.teamMemberId,
      receivedOn: '2026-03-03',
      answers: {
        create: [
          { questionId: single.id, choices: [1] },
          { questionId: text.id, choices: [], text: sealRaw(TEST_RAW_DATA_KEYRING, answerText) },
        ],
      },
    },
  });
  await db.evaluationResponseToken.create({
    data: { questionnaireId: questionnaire.id, tokenHash: `hash-${evaluationId}` },
  });
  const theme = await db.evaluationTheme.create({ data: { evaluationId, position: 0, title: 'Kveldene' } });
  const finding = await db.evaluationFinding.create({
    data: { themeId: theme.id, position: 0, text: 'Kveldene er ensomme.' },
  });
  await db.evaluationFindingNote.create({ data: { findingId: finding.id, noteId: note.id } });
  await db.evaluationQuote.create({
    data: {
      findingId: finding.id,
      noteId: note.id,
      text: sealRaw(TEST_RAW_DATA_KEYRING, 'kveldene er det verste'),
      check: 'clear',
    },
  });
  return {
    interviewId: interview.id,
    noteId: note.id,
    noteText,
    answerText,
    responseId: response.id,
    findingId: finding.id,
  };
}
