import type { Db } from '@knutepunkt/db';
import { checkQuote } from '@knutepunkt/domain';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { sealRaw } from './cipher.ts';
import type { EvaluationsWorld } from './test-world.ts';

/** The analysis of world.evaluations.collecting (docs/adr/0025): one theme, one finding on the world's note, one flagged quote. */
export interface AnalysisWorld {
  themeId: string;
  findingId: string;
  /** Flagged by the re-identification check (it names a person): stays in the team. */
  flaggedQuoteId: string;
  flaggedQuoteText: string;
}

export async function createAnalysisWorld(db: Db, evaluations: EvaluationsWorld): Promise<AnalysisWorld> {
  const { evaluationId, noteId } = evaluations.collecting;
  const theme = await db.evaluationTheme.create({
    data: { evaluationId, position: 0, title: 'Å bli tatt imot', description: 'Hvordan brukerne ble møtt.' },
  });
  const finding = await db.evaluationFinding.create({
    data: {
      themeId: theme.id,
      position: 0,
      text: 'Brukerne opplever å bli tatt godt imot.',
      shared: true,
      notes: { create: [{ noteId }] },
    },
  });
  const flaggedQuoteText = 'Det var godt at Kari tok imot meg den første dagen.';
  const quote = await db.evaluationQuote.create({
    data: {
      findingId: finding.id,
      noteId,
      text: sealRaw(TEST_RAW_DATA_KEYRING, flaggedQuoteText),
      ...checkQuote(flaggedQuoteText),
    },
  });
  return { themeId: theme.id, findingId: finding.id, flaggedQuoteId: quote.id, flaggedQuoteText };
}
