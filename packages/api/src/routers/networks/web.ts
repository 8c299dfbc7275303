import { bySlugInput } from '@knutepunkt/domain';
import { publicProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { getNetworkBySlug, listNetworks } from './service.ts';

/** Networks as the public sees them. */
export const webNetworksRouter = router({
  list: publicProcedure.query(({ ctx }) => listNetworks(ctx.db)),
  bySlug: publicProcedure.input(bySlugInput).query(({ ctx, input }) => getNetworkBySlug(ctx.db, input.slug)),
});
