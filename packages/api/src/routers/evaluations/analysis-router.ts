import {
  analysisFindingInput,
  analysisMoveInput,
  analysisQuoteInput,
  analysisQuoteOverrideInput,
  analysisQuoteUpdateInput,
  analysisThemeInput,
  dialogueMeetingInput,
} from '@knutepunkt/domain';
import type { Db } from '@knutepunkt/db';
import { staffProcedure } from '../../procedures/index.ts';
import { addQuote, deleteQuote, overrideQuote, updateQuote } from './analysis-quotes.ts';
import { analysisFor, notesForAnalysis } from './analysis-read.ts';
import { createDialogueMeeting, dialogueFor, shareFindings } from './analysis-dialogue.ts';
import { serviceOverview } from './analysis-service.ts';
import { deleteFinding, deleteTheme, moveFinding, moveTheme, saveFinding, saveTheme } from './analysis-themes.ts';
import { evaluationPartProcedure, evaluationProcedure } from './procedures.ts';

/** Finders for the analysis' parts, each with the evaluation it belongs to (the builders decide on that). */
const findTheme = (db: Db, id: string) =>
  db.evaluationTheme.findUnique({ where: { id }, select: { id: true, evaluationId: true } });
const findFinding = async (db: Db, id: string) => {
  const row = await db.evaluationFinding.findUnique({
    where: { id },
    select: { id: true, themeId: true, theme: { select: { evaluationId: true } } },
  });
  return row && { id: row.id, themeId: row.themeId, evaluationId: row.theme.evaluationId };
};
const findQuote = async (db: Db, id: string) => {
  const row = await db.evaluationQuote.findUnique({
    where: { id },
    select: { id: true, finding: { select: { theme: { select: { evaluationId: true } } } } },
  });
  return row && { id: row.id, evaluationId: row.finding.theme.evaluationId };
};

const team = () => evaluationProcedure('team');
const theme = () => evaluationPartProcedure('themeId', 'team', findTheme);
const finding = () => evaluationPartProcedure('findingId', 'team', findFinding);
const quote = () => evaluationPartProcedure('quoteId', 'team', findQuote);

/**
 * The analysis on the web app (docs/adr/0025): the team (the lead and the team members) groups
 * what was said into themes and findings with quotes; the lead alone overrides a flagged quote
 * (overrideQuote: the team's builder, then the service's own check that the caller leads it).
 * The service contacts' view of the plan and the shared findings is `serviceOverview`.
 */
export const webAnalysisProcedures = {
  analysis: team().query(({ ctx }) => analysisFor(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation)),
  notesForAnalysis: team().query(({ ctx }) =>
    notesForAnalysis(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation),
  ),
  saveTheme: team()
    .input(analysisThemeInput)
    .mutation(({ ctx, input }) => saveTheme(ctx.db, ctx.user.id, ctx.evaluation, input)),
  deleteTheme: theme().mutation(({ ctx }) => deleteTheme(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id)),
  moveTheme: theme()
    .input(analysisMoveInput)
    .mutation(({ ctx, input }) => moveTheme(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id, input.direction)),
  saveFinding: theme()
    .input(analysisFindingInput)
    .mutation(({ ctx, input }) => saveFinding(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id, input)),
  deleteFinding: finding().mutation(({ ctx }) => deleteFinding(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id)),
  moveFinding: finding()
    .input(analysisMoveInput)
    .mutation(({ ctx, input }) => moveFinding(ctx.db, ctx.user.id, ctx.evaluation, ctx.item, input.direction)),
  addQuote: finding()
    .input(analysisQuoteInput)
    .mutation(({ ctx, input }) =>
      addQuote(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation, ctx.item.id, input),
    ),
  updateQuote: quote()
    .input(analysisQuoteUpdateInput)
    .mutation(({ ctx, input }) =>
      updateQuote(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation, ctx.item.id, input.text),
    ),
  deleteQuote: quote().mutation(({ ctx }) => deleteQuote(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id)),
  overrideQuote: quote()
    .input(analysisQuoteOverrideInput)
    .mutation(({ ctx, input }) => overrideQuote(ctx.db, ctx.user.id, ctx.evaluation, ctx.item.id, input.reason)),
  serviceOverview: evaluationProcedure('service').query(({ ctx }) =>
    serviceOverview(ctx.db, ctx.rawDataKeyring, ctx.user.id, ctx.evaluation),
  ),
};

const manage = () => evaluationProcedure('manage', staffProcedure);

/** Sharing the preliminary findings and the dialogue meeting, in the admin app: the lead and admins. */
export const adminAnalysisProcedures = {
  dialogue: manage().query(({ ctx }) => dialogueFor(ctx.db, ctx.evaluation)),
  shareFindings: manage().mutation(({ ctx }) => shareFindings(ctx.db, ctx.user.id, ctx.evaluation, ctx.urls)),
  createDialogueMeeting: manage()
    .input(dialogueMeetingInput)
    .mutation(({ ctx, input: { evaluationId: _, ...fields } }) =>
      createDialogueMeeting(ctx.db, ctx.user.id, ctx.evaluation, fields),
    ),
};
