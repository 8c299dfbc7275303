import {
  type PublishedQuestionResult,
  type PublishedReport,
  checkQuote,
  effectiveMinimum,
  isShownCount,
  quoteIsPublishable,
  suppressTable,
} from '@knutepunkt/domain';
import type { CompletedEvaluationData, QuestionnaireData } from './evaluations-shape.ts';

/**
 * The completed demo evaluation's frozen report, built from the seed's own data when the server
 * gives no publishing function (the db package's tests; a server without a raw-data key, where
 * the quotes are not written). It follows the API's freezing (docs/adr/0025): counts under the
 * minimum group size hidden, tables through `suppressTable`, only shared findings and
 * publishable quotes, free text only from a question enough people answered. When the server
 * gives its publishing function, that one builds the report from the stored rows instead.
 */
export interface ReportMeta {
  publishedAt: Date;
  minGroupSize: number;
  names: { service: string | null; commissioner: string | null; centre: string | null };
  startsOn: string | null;
  endsOn: string | null;
  recommendations: PublishedReport['recommendations'];
  questionIds: readonly string[];
}

export function reportFromData(data: CompletedEvaluationData, meta: ReportMeta): PublishedReport {
  const min = meta.minGroupSize;
  const shown = (n: number) => (isShownCount(n, min) ? n : null);
  const group = data.interviews.filter((i) => i.kind === 'group');
  const individual = data.interviews.filter((i) => i.kind === 'individual');
  const participants = data.interviews.reduce((sum, i) => sum + i.participants, 0);
  const themes = data.themes
    .map((theme) => ({
      title: theme.title,
      description: theme.description,
      findings: theme.findings
        .filter((f) => f.shared ?? true)
        .map((f) => ({
          text: f.text,
          quotes: (f.quotes ?? []).map((q) => q.text).filter((text) => quoteIsPublishable(checkQuote(text).check)),
        })),
    }))
    .filter((theme) => theme.findings.length > 0);
  return {
    version: 1,
    title: data.title,
    language: data.language,
    publishedAt: meta.publishedAt.toISOString(),
    minGroupSize: min,
    ...meta.names,
    startsOn: meta.startsOn,
    endsOn: meta.endsOn,
    ...data.report,
    heard: {
      groupInterviews: shown(group.length),
      individualInterviews: shown(individual.length),
      participants: shown(participants),
      questionnaireResponses: shown(data.questionnaire.responses.length),
    },
    themes,
    recommendations: meta.recommendations,
    results: questionnaireResults(data.questionnaire, meta.questionIds, min),
  };
}

/**
 * Per question, as the API's results.ts counts them: respondents per option (and per breakdown
 * group), a multiple-choice count also hidden when those who did not pick it are a small
 * group, free text only when at least the minimum answered, sorted.
 */
function questionnaireResults(
  q: QuestionnaireData,
  questionIds: readonly string[],
  minimum: number,
): PublishedQuestionResult[] {
  const min = effectiveMinimum(minimum);
  const small = (n: number) => n > 0 && n < min;
  const breakdown = q.breakdown !== undefined && q.questions[q.breakdown]?.kind === 'single' ? q.breakdown : null;
  return q.questions.map((question, qi) => {
    const given = q.responses.flatMap((answers) => {
      const answer = answers[qi] ?? null;
      const picks = answer === null ? [] : typeof answer === 'number' ? [answer] : [...answer];
      if (picks.length === 0) return [];
      const g = breakdown === null ? null : (answers[breakdown] ?? null);
      return [{ picks, group: typeof g === 'number' ? g : -1 }];
    });
    const base = {
      questionId: questionIds[qi]!,
      text: question.text,
      answered: small(given.length) ? null : given.length,
    };
    if (question.kind === 'text') {
      const texts = given.map((a) => q.texts[a.picks[0]!]!).sort((a, b) => a.localeCompare(b, 'nb'));
      const show = given.length >= min;
      return {
        ...base,
        kind: 'text',
        rows: [],
        columns: [],
        table: suppressTable([], min),
        texts: show ? texts : [],
        textHidden: !show && given.length > 0,
      };
    }
    const split = breakdown !== null && qi !== breakdown ? q.questions[breakdown]! : null;
    const columns = split ? [...split.options!] : [''];
    const rows = question.kind === 'scale' ? ['1', '2', '3', '4', '5'] : [...question.options!];
    const columnOf = (g: number) => (split ? (g >= 0 && g < columns.length ? g : -1) : 0);
    const counts = rows.map(() => columns.map(() => 0));
    const answeredIn = columns.map(() => 0);
    for (const a of given) {
      const c = columnOf(a.group);
      if (c < 0) continue;
      answeredIn[c]! += 1;
      for (const pick of new Set(a.picks)) {
        const r = question.kind === 'scale' ? pick - 1 : pick;
        if (r >= 0 && r < rows.length) counts[r]![c]! += 1;
      }
    }
    const answeredInColumns = answeredIn.reduce((a, b) => a + b, 0);
    const alsoHide =
      question.kind === 'multiple'
        ? (r: number, c: number) => {
            if (r >= rows.length) return false;
            const picked = c < columns.length ? counts[r]![c]! : counts[r]!.reduce((a, b) => a + b, 0);
            return small((c < columns.length ? answeredIn[c]! : answeredInColumns) - picked);
          }
        : undefined;
    return {
      ...base,
      kind: question.kind,
      rows,
      columns,
      table: suppressTable(counts, min, { alsoHide }),
      texts: [],
      textHidden: false,
    };
  });
}
