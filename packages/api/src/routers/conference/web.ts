import { publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { publicEditions } from './editions.ts';
import { webReleasesProcedures } from './releases-router.ts';
import { webSignupProcedures } from './signups-router.ts';
import { webStarsRouter } from './stars-router.ts';
import { programmeOr404 } from './programme-query.ts';
import { editionSlugInput } from '@knutepunkt/domain';

/** The conference programme on the web app (docs/adr/0023): browsing releases, one's own programme, sign-ups. */
export const webConferenceRouter = router({
  editions: publicProcedure.query(({ ctx }) => publicEditions(ctx.db)),
  ...webReleasesProcedures,
  ...webSignupProcedures,
  stars: webStarsRouter,
  programme: publicProcedure.input(editionSlugInput).query(({ ctx, input }) => programmeOr404(ctx.db, input.slug)),
});
