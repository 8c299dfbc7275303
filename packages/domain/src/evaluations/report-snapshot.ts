import type { Locale } from '../i18n/locale.ts';
import type { SuppressedTable } from './suppression.ts';

/**
 * The published report, frozen when it is published and kept on `Evaluation.publishedReport`
 * (docs/adr/0025): what the public page, the printable copy and the e-mail to participants
 * show. Every count in it has already passed the evaluation's minimum group size, so the raw
 * data can be deleted later without changing a published word. The recommendations' responses
 * and follow-up statuses change after publication and are read live beside it.
 */
export interface PublishedReport {
  version: 1;
  title: string;
  language: Locale;
  publishedAt: string;
  minGroupSize: number;
  service: string | null;
  commissioner: string | null;
  centre: string | null;
  /** The agreed period, Oslo days. */
  startsOn: string | null;
  endsOn: string | null;
  /** Markdown sections. */
  summary: string;
  background: string;
  method: string;
  /** The easy-read summary (lettlest). */
  easyRead: string;
  /** How many were heard; null where hidden («færre enn N»). */
  heard: {
    groupInterviews: number | null;
    individualInterviews: number | null;
    participants: number | null;
    questionnaireResponses: number | null;
  };
  themes: Array<{
    title: string;
    description: string;
    findings: Array<{ text: string; quotes: string[] }>;
  }>;
  recommendations: Array<{ id: string; position: number; title: string; body: string }>;
  /** The questionnaire's results, when the report shows one. */
  results: PublishedQuestionResult[];
}

export interface PublishedQuestionResult {
  questionId: string;
  text: string;
  kind: 'single' | 'multiple' | 'scale' | 'text';
  /** Row labels: the options (a scale's 1–5). */
  rows: string[];
  /** Column labels: the breakdown's groups, or one column of counts. */
  columns: string[];
  table: SuppressedTable;
  /** How many answered the question; null where hidden. */
  answered: number | null;
  /** Free-text answers, only when at least the minimum answered (else an empty list and `textHidden`). */
  texts: string[];
  textHidden: boolean;
}
