import type { z } from 'zod';
import type { Db } from '@knutepunkt/db';
import { type Access, type Actor, notFound } from '@knutepunkt/domain';
import { enforce, memberProcedure } from './roles.ts';

/**
 * Resource-scoped procedures: "an action on the thing named by this id".
 * A rule says how to find the thing and who may act on it; the builder made
 * from it loads the thing, applies the domain's decision and only then runs
 * the resolver, with what it loaded in ctx. So a router reads as a list of
 * who may do what, and the services it calls do the work and nothing else.
 * A module keeps its rules and builders beside its routers
 * (routers/<module>/procedures.ts); docs/adr/0008 shows how to write one.
 */
export interface ResourceRule<Schema extends z.ZodType<object>, Loaded extends object> {
  /** The part of the input that names the resource (and whatever else the decision needs). */
  input: Schema;
  /** The resource and the facts the decision needs, or null: a 404 for an id that names nothing. */
  load: (db: Db, input: z.output<Schema>) => Promise<Loaded | null>;
  /** The domain's decision: 'forbidden' is a 403, 'notFound' a 404 (nothing is revealed). */
  decide: (actor: Actor, loaded: Loaded, input: z.output<Schema>) => Access;
}

/** Load and decide outside tRPC (apps/server's HTTP routes): what was loaded, or a UserError. */
export async function authorize<Schema extends z.ZodType<object>, Loaded extends object>(
  rule: ResourceRule<Schema, Loaded>,
  db: Db,
  actor: Actor,
  input: z.output<Schema>,
): Promise<Loaded> {
  const loaded = await rule.load(db, input);
  if (!loaded) throw notFound();
  enforce(rule.decide(actor, loaded, input));
  return loaded;
}

/** A role builder narrowed by what its middleware checked: memberProcedure or one built on it (staffProcedure). */
export type SignedInProcedure = typeof memberProcedure;

/**
 * A builder for procedures on one resource: the role check of `base` first
 * (401 without a session, 403 for the wrong role), then `rule`; the resolver
 * finds what was loaded in ctx. The procedure may add more input with
 * `.input(...)`; that is checked after the rights, so nobody without them
 * learns what the input should look like.
 */
export function scopedProcedure<Schema extends z.ZodType<object>, Loaded extends object>(
  rule: ResourceRule<Schema, Loaded>,
  base: SignedInProcedure = memberProcedure,
) {
  return base.input(rule.input).use(async ({ ctx, input, next }) => {
    const loaded = await authorize(rule, ctx.db, ctx.actor, input as z.output<Schema>);
    return next({ ctx: loaded });
  });
}
