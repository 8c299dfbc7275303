import type { Db, Prisma } from '@knutepunkt/db';
import { type PublishedQuestionResult, suppressTable } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw } from './cipher.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * A questionnaire's results as they may be shown outside the team (docs/adr/0025): per
 * question a table of counts (options × the breakdown's groups, or one column), suppressed with
 * the evaluation's minimum; free text only for a question at least the minimum answered.
 * Reading free text is a raw read: `onTextsRead` gets the answers' ids to record.
 */
export async function questionnaireResults(
  db: Tx,
  keyring: RawDataKeyring,
  questionnaireId: string,
  minimum: number,
  onTextsRead: (answerIds: string[]) => Promise<void> = async () => {},
): Promise<PublishedQuestionResult[]> {
  const questionnaire = await db.evaluationQuestionnaire.findUniqueOrThrow({
    where: { id: questionnaireId },
    select: {
      breakdownQuestionId: true,
      questions: { orderBy: { position: 'asc' }, select: { id: true, kind: true, text: true, options: true } },
    },
  });
  const answers = await db.evaluationAnswer.findMany({
    where: { response: { questionnaireId } },
    select: { id: true, responseId: true, questionId: true, choices: true, scale: true, text: true },
  });
  const breakdown = questionnaire.questions.find((q) => q.id === questionnaire.breakdownQuestionId) ?? null;
  const groupOf = new Map<string, number>();
  if (breakdown) {
    for (const a of answers)
      if (a.questionId === breakdown.id && a.choices[0] !== undefined) groupOf.set(a.responseId, a.choices[0]);
  }
  const columns = breakdown ? breakdown.options : [''];
  const results: PublishedQuestionResult[] = [];
  for (const question of questionnaire.questions) {
    const mine = answers.filter((a) => a.questionId === question.id);
    if (question.kind === 'text') {
      const given = mine.filter((a) => a.text);
      const shown = given.length >= minimum;
      if (shown) await onTextsRead(given.map((a) => a.id));
      results.push({
        questionId: question.id,
        text: question.text,
        kind: 'text',
        rows: [],
        columns: [],
        table: suppressTable([], minimum),
        answered: given.length >= minimum || given.length === 0 ? given.length : null,
        texts: shown ? given.map((a) => openRaw(keyring, a.text!)) : [],
        textHidden: !shown && given.length > 0,
      });
      continue;
    }
    const rows = question.kind === 'scale' ? ['1', '2', '3', '4', '5'] : question.options;
    const counts = rows.map(() => columns.map(() => 0));
    const respondents = new Set<string>();
    for (const a of mine) {
      const column = breakdown ? groupOf.get(a.responseId) : 0;
      if (column === undefined) continue;
      const picked = question.kind === 'scale' ? (a.scale ? [a.scale - 1] : []) : a.choices;
      for (const row of picked) if (counts[row]) counts[row]![column]! += 1;
      if (picked.length > 0) respondents.add(a.responseId);
    }
    results.push({
      questionId: question.id,
      text: question.text,
      kind: question.kind,
      rows,
      columns,
      table: suppressTable(counts, minimum),
      answered: respondents.size === 0 || respondents.size >= minimum ? respondents.size : null,
      texts: [],
      textHidden: false,
    });
  }
  return results;
}
