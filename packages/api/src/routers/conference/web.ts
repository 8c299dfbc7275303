import { publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { publicEditions } from './editions.ts';
import { webSignupProcedures } from './signups-router.ts';

/** The conference programme on the web app (docs/adr/0023): browsing releases, one's own programme, sign-ups. */
export const webConferenceRouter = router({
  editions: publicProcedure.query(({ ctx }) => publicEditions(ctx.db)),
  ...webSignupProcedures,
});
