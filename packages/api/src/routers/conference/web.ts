import { publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { editionSlugInput } from '@knutepunkt/domain';
import { publicEditions } from './editions.ts';
import { publicEdition, publicProgramme } from './programme.ts';
import { webReleasesProcedures } from './releases-router.ts';
import { webSignupProcedures } from './signups-router.ts';
import { webStarsRouter } from './stars-router.ts';

/** The conference programme on the web app (docs/adr/0023): browsing releases, one's own programme, sign-ups. */
export const webConferenceRouter = router({
  editions: publicProcedure.query(({ ctx }) => publicEditions(ctx.db)),
  // The newest published release and its programme; the edition's facts (programme.ts).
  programme: publicProcedure.input(editionSlugInput).query(({ ctx, input }) => publicProgramme(ctx.db, input.slug)),
  edition: publicProcedure.input(editionSlugInput).query(({ ctx, input }) => publicEdition(ctx.db, input.slug)),
  // The server's time, so «now and next» renders on the server and hydrates with the same instant.
  clock: publicProcedure.query(() => ({ at: new Date().toISOString() })),
  ...webReleasesProcedures,
  ...webSignupProcedures,
  stars: webStarsRouter,
});
