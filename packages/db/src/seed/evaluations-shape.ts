import type { GuideTheme } from '@knutepunkt/domain';
import type {
  EvaluationFollowUpStatus,
  EvaluationMethod,
  EvaluationServiceResponse,
  Locale,
} from '../generated/prisma/enums.ts';

/**
 * The shape of the demo's Bruker Spør Bruker evaluations (evaluations-data-*.ts); writing them
 * is evaluations.ts. Every day is a whole number of days from the evaluation's anchor: the
 * publication day for the completed one, the seed's day for the one still collecting, so the
 * demo looks the same whenever it is seeded.
 *
 * Notes, free-text answers and quotes are invented for the demo. They are raw data all the
 * same: the seed stores them sealed, never as plain text.
 */

/** Where a note is: interview code and guide question key, e.g. ['G2', 'q2']. */
export type NoteRef = readonly [code: string, questionKey: string];

export interface InterviewData {
  code: string;
  kind: 'group' | 'individual';
  day: number;
  participants: number;
  /** The interviewer's notes by guide question key; a question left out has no note yet. */
  notes: Readonly<Record<string, string>>;
}

export interface QuestionData {
  kind: 'single' | 'multiple' | 'scale' | 'text';
  text: string;
  /** Choices; a scale's two end labels. */
  options?: readonly string[];
}

/** One answer per question, in order: an option index, indexes, 1–5, an index into `texts`, or null. */
export type AnswerData = number | readonly number[] | null;

export interface QuestionnaireData {
  title: string;
  intro: string;
  status: 'draft' | 'open' | 'closed';
  /** The single-choice question that splits the report's tables. */
  breakdown?: number;
  questions: readonly QuestionData[];
  /** The free-text answers, referred to by index from `responses` (for the text question). */
  texts: readonly string[];
  mode: 'web' | 'paper';
  /** Days the responses came in, cycled over the responses. */
  days: readonly number[];
  responses: ReadonlyArray<readonly AnswerData[]>;
  /** Web links sent out and not used yet (only their hashes are stored). */
  unusedLinks?: number;
}

export interface FindingData {
  text: string;
  /** Shared with the service (and in the report); an unshared one stays inside the team. */
  shared?: boolean;
  notes: readonly NoteRef[];
  /** Quotes, each a sentence of the note it is taken from. */
  quotes?: ReadonlyArray<{ from: NoteRef; text: string }>;
}

export interface ThemeData {
  title: string;
  description: string;
  findings: readonly FindingData[];
}

export interface RecommendationData {
  title: string;
  body: string;
  response: EvaluationServiceResponse;
  plannedAction: string;
  responsible: string;
  /** The status given when the 6-month round was asked for. */
  sixMonths: { status: EvaluationFollowUpStatus; comment: string };
}

export interface ReportData {
  summary: string;
  background: string;
  method: string;
  easyRead: string;
}

export interface EvaluationData {
  slug: string;
  title: string;
  language: Locale;
  /** Organisation slugs (organisations.ts). */
  service: string;
  commissioner: string;
  centre: string;
  purpose: string;
  questions: string;
  scope: string;
  targetGroups: string;
  consentText: string;
  methods: readonly EvaluationMethod[];
  planned: { groupInterviews: number; individualInterviews: number; participants: number; responses: number };
  retentionMonths: number;
  days: { created: number; agreementSigned: number; starts: number; ends: number; training: number; guide: number };
  training: string;
  guide: readonly GuideTheme[];
  interviews: readonly InterviewData[];
  questionnaire?: QuestionnaireData;
}

/** The completed evaluation: analysed, reported, published and followed up. */
export interface CompletedEvaluationData extends EvaluationData {
  questionnaire: QuestionnaireData;
  /** Days from publication: findings shared with the service; the service's responses. */
  findingsShared: number;
  responded: number;
  themes: readonly ThemeData[];
  recommendations: readonly RecommendationData[];
  report: ReportData;
}
