import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_EMAIL_DOMAIN } from './accounts.ts';

/**
 * What the evaluations' seed (evaluations.ts, evaluations-outcome.ts) is given and shares: the
 * API's functions the server hands it, the ids already created, and the people involved.
 */
export type Tx = Prisma.TransactionClient;

/** Seals a note, a free-text answer or a quote as the API does (its raw-data key; docs/adr/0025). */
export type SealRawText = (plain: string) => string;

/**
 * Freezes the evaluation's report as the API publishes it and stores it on the evaluation
 * (`Evaluation.publishedReport`); the seed sets the phase, the dates and the follow-up itself.
 */
export type PublishEvaluationReport = (
  tx: Tx,
  report: { evaluationId: string; userId: string; at: Date },
) => Promise<void>;

export interface EvaluationSeedOptions {
  sealRawText?: SealRawText;
  publishEvaluationReport?: PublishEvaluationReport;
}

export interface EvaluationSeedIds {
  networkId: (slug: string) => string;
  organisationId: (slug: string) => string;
  userId: (email: string) => string;
}

/** The coordinator of Recovery-nettverk Midt-Norge (and editor of KBT Midt-Norge) leads both. */
export const EVALUATION_LEAD = `koordinator@${DEMO_EMAIL_DOMAIN}`;
export const USER_INTERVIEWER = `intervjuer@${DEMO_EMAIL_DOMAIN}`;
/** Trondheim kommune's editor: the completed evaluation's service contact. */
export const SERVICE_CONTACT = `redaktor@${DEMO_EMAIL_DOMAIN}`;
/** The network whose coordinators may lead: KBT Midt-Norge's. */
export const EVALUATION_NETWORK = 'recovery-nettverk-midt-norge';
/** How long before the seed the completed evaluation's report was published. */
export const PUBLISHED_MONTHS_AGO = 7;

/** An evaluation as written, for what follows it. */
export interface WrittenEvaluation {
  evaluationId: string;
  questionnaireId: string | null;
  questionIds: string[];
  /** Note ids by 'G1/q3'; empty when the notes were not written (no sealing function). */
  noteIds: Map<string, string>;
}
