import {
  contributionOrganisationInput,
  contributionPresentInput,
  contributionPromptsInput,
  contributionSaveInput,
} from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { compileContributions, contributionsCsv, setAnswerPresent } from './contributions-compilation.ts';
import {
  contributionOverviewProcedure,
  contributionWriteProcedure,
  sharedContributionsProcedure,
} from './contributions-procedures.ts';
import { contributionPromptsForStaff, setContributionPrompts } from './contributions-prompts.ts';
import { sharedContributions } from './contributions-shared.ts';
import { contributionOverview, loadContribution, saveContribution, sendContribution } from './contributions-writing.ts';
import { meetingProcedure } from './procedures.ts';

const manage = () => meetingProcedure('manage', staffProcedure);

/** Contributions in the admin app (`meetings.contributions.*`): the meeting's coordinators and admins. */
export const adminContributionsRouter = router({
  prompts: manage().query(({ ctx }) => contributionPromptsForStaff(ctx.db, ctx.meeting.id)),
  setPrompts: manage()
    .input(contributionPromptsInput)
    .mutation(({ ctx, input }) => setContributionPrompts(ctx.db, ctx.user.id, ctx.meeting.id, input)),
  // Drafts too: the coordinator sees who is still writing ("not sent" lists them apart).
  compilation: manage().query(({ ctx }) => compileContributions(ctx.db, ctx.meeting.id, { onlySent: false })),
  setPresent: manage()
    .input(contributionPresentInput)
    .mutation(({ ctx, input }) => setAnswerPresent(ctx.db, ctx.user.id, ctx.meeting.id, input.answerId, input.present)),
  csv: manage().query(({ ctx }) => contributionsCsv(ctx.db, ctx.meeting, ctx.locale)),
});

/** Contributions in the web app (`meetings.contributions.*`): editors write; afterwards the network's members read. */
export const webContributionsRouter = router({
  overview: contributionOverviewProcedure().query(({ ctx }) => contributionOverview(ctx.db, ctx.actor, ctx)),
  get: contributionWriteProcedure()
    .input(contributionOrganisationInput)
    .query(({ ctx, input }) => loadContribution(ctx.db, ctx, input.organisationId)),
  save: contributionWriteProcedure()
    .input(contributionSaveInput)
    .mutation(({ ctx, input }) => saveContribution(ctx.db, ctx.user.id, ctx.meeting.id, input)),
  send: contributionWriteProcedure()
    .input(contributionOrganisationInput)
    .mutation(({ ctx, input }) => sendContribution(ctx.db, ctx.user.id, ctx.meeting.id, input.organisationId)),
  shared: sharedContributionsProcedure().query(({ ctx }) => sharedContributions(ctx.db, ctx)),
});
