import { type EvaluationQuestionKind, type QuestionInput, QUESTIONNAIRE_LIMITS, toCsv } from '@knutepunkt/domain';

/** The fields of a questionnaire's own form, top to bottom (new and edit). */
export const QUESTIONNAIRE_FIELDS = ['title', 'intro', 'language'] as const;

/**
 * Editing a questionnaire's questions in the browser (QuestionnaireQuestions.tsx). Each
 * question has a local key for React and for its inputs' ids, so focus and typing stay with the
 * question when it moves; a saved question also carries its id, so saving keeps it (the
 * breakdown names it).
 */
export interface QuestionDraft {
  key: string;
  id?: string;
  kind: EvaluationQuestionKind;
  text: string;
  options: string[];
  required: boolean;
}

export interface SavedQuestion {
  id: string;
  kind: EvaluationQuestionKind;
  text: string;
  options: unknown;
  required: boolean;
}

/** The options as stored (JSON): a list of strings, or nothing. */
export const optionsOf = (options: unknown): string[] =>
  Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : [];

export const isChoice = (kind: EvaluationQuestionKind) => kind === 'single' || kind === 'multiple';

export function toDrafts(questions: readonly SavedQuestion[]): QuestionDraft[] {
  return questions.map((q) => ({
    key: q.id,
    id: q.id,
    kind: q.kind,
    text: q.text,
    options: optionsOf(q.options),
    required: q.required,
  }));
}

let counter = 0;
/** A key no saved question has (ids are cuids; these start with «new-»). */
export const newKey = () => `new-${++counter}`;

/** The options a question of this kind starts with: two empty choices, two scale ends, or none for free text. */
export function newQuestion(kind: EvaluationQuestionKind): QuestionDraft {
  return { key: newKey(), kind, text: '', options: kind === 'text' ? [] : ['', ''], required: false };
}

/**
 * The question as another kind: choices keep their options (at least two), a scale keeps the
 * first two as its ends, free text has none.
 */
export function withKind(q: QuestionDraft, kind: EvaluationQuestionKind): QuestionDraft {
  const options =
    kind === 'text'
      ? []
      : kind === 'scale'
        ? [q.options[0] ?? '', q.options[1] ?? '']
        : q.options.length >= QUESTIONNAIRE_LIMITS.options.min
          ? q.options
          : [...q.options, '', ''].slice(0, QUESTIONNAIRE_LIMITS.options.min);
  return { ...q, kind, options };
}

/** What saveQuestions takes: the questions in their order, an existing one with its id. */
export function toInput(drafts: readonly QuestionDraft[]): QuestionInput[] {
  return drafts.map((q) => ({
    ...(q.id ? { id: q.id } : {}),
    kind: q.kind,
    text: q.text,
    options: q.options,
    required: q.required,
  }));
}

/** The one-time links as a spreadsheet: a header, then one link per row. */
export function linksCsv(header: string, links: readonly string[]): string {
  return toCsv([[header], ...links.map((link) => [link])]);
}

/** Hands the browser a file made here (the links are never sent anywhere again). */
export function downloadFile(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
