import { type Db, Prisma } from '@knutepunkt/db';
import { type PublishedQuestionResult, effectiveMinimum, suppressTable } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw } from './cipher.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * A questionnaire's results as they may be shown outside the team (docs/adr/0025): per
 * question a table of counts (options × the breakdown's groups, or one column), suppressed with
 * the evaluation's minimum; free text only for a question at least the minimum answered.
 * Reading free text is a raw read: `onTextsRead` gets the answers' ids to record.
 *
 * Every count is of people (respondents). Single choice and scale: each respondent is in one
 * cell. Multiple choice: a cell is how many of a group picked that option, so a respondent may
 * be in several rows, and the totals row (and grand total) add up picks, not people; a page
 * should show `answered` as the number of people and leave the picks total out. A multiple-choice
 * count is also hidden when its complement (those of the group, or of everyone, who answered
 * but did not pick the option) is a small group: «all but two» points to those two as surely.
 * The breakdown question's own table has one column (it would split itself). Respondents who
 * did not answer the breakdown question are left out of a broken-down table but counted in
 * `answered`. Free texts are shown sorted, so their order says nothing about who wrote first.
 *
 * The counts come from one grouped query (the database unnests the choices), so a questionnaire
 * with thousands of responses is not loaded row by row; only shown free text is read and opened.
 */
export async function questionnaireResults(
  db: Tx,
  keyring: RawDataKeyring,
  questionnaireId: string,
  minimum: number,
  onTextsRead: (answerIds: string[]) => Promise<void> = async () => {},
): Promise<PublishedQuestionResult[]> {
  const min = effectiveMinimum(minimum);
  const questionnaire = await db.evaluationQuestionnaire.findUniqueOrThrow({
    where: { id: questionnaireId },
    select: {
      breakdownQuestionId: true,
      questions: { orderBy: { position: 'asc' }, select: { id: true, kind: true, text: true, options: true } },
    },
  });
  const breakdown =
    questionnaire.questions.find((q) => q.id === questionnaire.breakdownQuestionId && q.kind === 'single') ?? null;
  const counted = await countAnswers(db, questionnaireId, breakdown?.id ?? null);
  const small = (n: number) => n > 0 && n < min;
  const shownCount = (n: number) => (small(n) ? null : n);

  const results: PublishedQuestionResult[] = [];
  for (const question of questionnaire.questions) {
    const mine = counted.get(question.id) ?? { answered: new Map<number, number>(), picks: [] };
    const answered = [...mine.answered.values()].reduce((a, b) => a + b, 0);
    const base = { questionId: question.id, text: question.text, answered: shownCount(answered) };
    if (question.kind === 'text') {
      const shown = answered >= min;
      results.push({
        ...base,
        kind: 'text',
        rows: [],
        columns: [],
        table: suppressTable([], min),
        texts: shown ? await readTexts(db, keyring, question.id, onTextsRead) : [],
        textHidden: !shown && answered > 0,
      });
      continue;
    }
    const split = breakdown && question.id !== breakdown.id ? breakdown : null;
    const columns = split ? split.options : [''];
    const rows = question.kind === 'scale' ? ['1', '2', '3', '4', '5'] : question.options;
    // The group's column, or -1 for a response outside every column.
    const columnOf = (group: number) => (split ? (group >= 0 && group < columns.length ? group : -1) : 0);
    const counts = rows.map(() => columns.map(() => 0));
    for (const { group, option, count } of mine.picks) {
      const column = columnOf(group);
      if (column >= 0 && option >= 0 && option < rows.length) counts[option]![column]! += count;
    }
    // People who answered, per column and in all the columns: the denominators of multiple choice.
    const answeredIn = columns.map(() => 0);
    for (const [group, count] of mine.answered) {
      const column = columnOf(group);
      if (column >= 0) answeredIn[column]! += count;
    }
    const answeredInColumns = answeredIn.reduce((a, b) => a + b, 0);
    const alsoHide =
      question.kind === 'multiple'
        ? (r: number, c: number) => {
            if (r >= rows.length) return false; // the totals row counts picks, not people
            const picked = c < columns.length ? counts[r]![c]! : counts[r]!.reduce((a, b) => a + b, 0);
            return small((c < columns.length ? answeredIn[c]! : answeredInColumns) - picked);
          }
        : undefined;
    results.push({
      ...base,
      kind: question.kind,
      rows,
      columns,
      table: suppressTable(counts, min, { alsoHide }),
      texts: [],
      textHidden: false,
    });
  }
  return results;
}

interface QuestionCounts {
  /** Respondents who answered, by breakdown group (-1: none). */
  answered: Map<number, number>;
  /** Respondents per (group, option): an option index, or a scale value minus one. */
  picks: Array<{ group: number; option: number; count: number }>;
}

/**
 * One query: per question and breakdown group, how many respondents picked each option
 * (option ≥ 0) and how many answered at all (option -1). A respondent's choices are counted
 * once each even if stored twice.
 */
async function countAnswers(db: Tx, questionnaireId: string, breakdownId: string | null) {
  const rows = await db.$queryRaw<Array<{ questionId: string; grp: number; option: number; n: number }>>(Prisma.sql`
    WITH a AS (
      SELECT a."questionId", a."responseId",
             CASE WHEN q."kind" = 'scale' THEN
                    CASE WHEN a."scale" BETWEEN 1 AND 5 THEN ARRAY[a."scale" - 1] ELSE ARRAY[]::int[] END
                  WHEN q."kind" = 'text' THEN ARRAY[]::int[]
                  ELSE COALESCE(a."choices", ARRAY[]::int[]) END AS picks,
             CASE WHEN q."kind" = 'text' THEN a."text" IS NOT NULL AND a."text" <> ''
                  WHEN q."kind" = 'scale' THEN a."scale" BETWEEN 1 AND 5
                  ELSE cardinality(a."choices") > 0 END AS answered
      FROM "EvaluationAnswer" a
      JOIN "EvaluationQuestion" q ON q."id" = a."questionId"
      WHERE q."questionnaireId" = ${questionnaireId}
    ), g AS (
      SELECT "responseId", picks[1] AS grp FROM a WHERE "questionId" = ${breakdownId ?? ''} AND cardinality(picks) > 0
    ), ag AS (
      SELECT a.*, COALESCE(g.grp, -1) AS grp FROM a LEFT JOIN g ON g."responseId" = a."responseId" WHERE a.answered
    )
    SELECT "questionId", grp::int AS grp, option::int AS option, COUNT(*)::int AS n
    FROM ag CROSS JOIN LATERAL (SELECT DISTINCT unnest(ag.picks) AS option) p WHERE p.option >= 0
    GROUP BY "questionId", grp, option
    UNION ALL
    SELECT "questionId", grp::int, -1, COUNT(*)::int FROM ag GROUP BY "questionId", grp`);
  const byQuestion = new Map<string, QuestionCounts>();
  for (const row of rows) {
    let entry = byQuestion.get(row.questionId);
    if (!entry) byQuestion.set(row.questionId, (entry = { answered: new Map(), picks: [] }));
    if (row.option === -1) entry.answered.set(row.grp, row.n);
    else entry.picks.push({ group: row.grp, option: row.option, count: row.n });
  }
  return byQuestion;
}

/** A text question's answers, opened and sorted; their ids are recorded as raw reads. */
async function readTexts(
  db: Tx,
  keyring: RawDataKeyring,
  questionId: string,
  onTextsRead: (answerIds: string[]) => Promise<void>,
): Promise<string[]> {
  const given = await db.evaluationAnswer.findMany({
    where: { questionId, text: { not: null } },
    select: { id: true, text: true },
  });
  const texts = given.filter((a) => a.text).map((a) => ({ id: a.id, text: openRaw(keyring, a.text!) }));
  await onTextsRead(texts.map((a) => a.id));
  return texts.map((a) => a.text).sort((a, b) => a.localeCompare(b, 'nb'));
}
