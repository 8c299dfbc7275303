import { z } from 'zod';
import {
  type Access,
  adminAccess,
  canUseAdminApp,
  forbidden,
  idField,
  networkCoordinatorAccess,
  notFound,
  organisationEditorAccess,
  unauthorized,
} from '@knutepunkt/domain';
import { baseProcedure } from '../trpc.ts';

/**
 * The role builders. Every procedure starts from one of these (or from a
 * resource-scoped builder made from them, ./scoped.ts); each denies by
 * default: 401 without a session, 403 for the wrong role, 404 for another
 * organisation's or network's things. The decisions themselves are the pure
 * functions in @knutepunkt/domain.
 */

/** Turn a domain decision into a refusal: 403 for the wrong role, 404 for someone else's things. */
export function enforce(access: Access): void {
  if (access === 'forbidden') throw forbidden();
  if (access === 'notFound') throw notFound();
}

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure;

/** A signed-in person. */
export const memberProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.actor) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user, actor: ctx.actor } });
});

/** An editor of the organisation named by `organisationId` in the input (or an admin). */
export const organisationEditorProcedure = memberProcedure
  .input(z.object({ organisationId: idField }))
  .use(async ({ ctx, input, next }) => {
    enforce(organisationEditorAccess(ctx.actor, input.organisationId));
    // Admins pass the role check for any id; an id that names nothing is still a 404.
    if ((await ctx.db.organisation.count({ where: { id: input.organisationId } })) === 0) throw notFound();
    return next();
  });

/** Anyone who may use the admin app at all: a coordinator of some network, or an admin. */
export const staffProcedure = memberProcedure.use(({ ctx, next }) => {
  if (!canUseAdminApp(ctx.actor)) throw forbidden();
  return next();
});

/** A coordinator of the network named by `networkId` in the input (or an admin). */
export const networkCoordinatorProcedure = staffProcedure
  .input(z.object({ networkId: idField }))
  .use(async ({ ctx, input, next }) => {
    enforce(networkCoordinatorAccess(ctx.actor, input.networkId));
    if ((await ctx.db.network.count({ where: { id: input.networkId } })) === 0) throw notFound();
    return next();
  });

/** A platform admin. */
export const adminProcedure = memberProcedure.use(({ ctx, next }) => {
  enforce(adminAccess(ctx.actor));
  return next();
});
