import { editionSlugInput, starInput, syncStarsInput } from '@knutepunkt/domain';
import { memberProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { myStars, setStar, syncStars } from './stars.ts';

/**
 * `conference.stars.*` on the web app (docs/adr/0024): one's own stars, for any signed-in
 * person. Anonymous visitors keep theirs in the browser and send them with syncStars when
 * they sign in. Nothing here reads or writes anyone else's stars.
 */
export const webStarsRouter = router({
  myStars: memberProcedure.input(editionSlugInput).query(({ ctx, input }) => myStars(ctx.db, ctx.user.id, input.slug)),
  syncStars: memberProcedure.input(syncStarsInput).mutation(({ ctx, input }) => syncStars(ctx.db, ctx.user.id, input)),
  star: memberProcedure.input(starInput).mutation(({ ctx, input }) => setStar(ctx.db, ctx.user.id, input, true)),
  unstar: memberProcedure.input(starInput).mutation(({ ctx, input }) => setStar(ctx.db, ctx.user.id, input, false)),
});
