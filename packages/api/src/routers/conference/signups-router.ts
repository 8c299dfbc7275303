import {
  conferenceManageAccess,
  editionSlugInput,
  moveSignupInput,
  notFound,
  registrationSetupInput,
  sessionSignupInput,
  signupCapacityInput,
  signupIdInput,
  signupSessionIdInput,
} from '@knutepunkt/domain';
import {
  type ResourceRule,
  memberProcedure,
  publicProcedure,
  scopedProcedure,
  staffProcedure,
} from '../../procedures/index.ts';
import { editionProcedure } from './procedures.ts';
import { loadEdition } from './scope.ts';
import { publicRegistration, registrationForStaff, setUpRegistration } from './registration.ts';
import { type SignupSession, cancelSignup, loadPublishedSession, mySignups, signUp, signupState } from './signups.ts';
import { loadSignupSessionById, moveSignup, setSignupCapacity, signupLists } from './signups-admin.ts';

/**
 * Workshop sign-ups and the conference's registration (docs/adr/0023). The web part is spread
 * into the conference's web router, the admin part into its admin router.
 */

/** A session of the newest published release, by the edition's slug and its number: anyone signed in may sign up. */
const publishedSessionRule: ResourceRule<typeof sessionSignupInput, { session: SignupSession }> = {
  input: sessionSignupInput,
  load: async (db, input) => {
    const session = await loadPublishedSession(db, input.slug, input.number);
    return session && { session };
  },
  decide: () => 'allow',
};

/** A working-copy session, for the coordinators of its edition. */
const managedSessionRule: ResourceRule<
  typeof signupSessionIdInput,
  { session: SignupSession; ownerNetworkIds: string[] }
> = {
  input: signupSessionIdInput,
  load: async (db, input) => {
    const found = await loadSignupSessionById(db, input.sessionId);
    const edition = found && (await loadEdition(db, found.editionId));
    return edition && found && { session: found.session, ownerNetworkIds: edition.ownerNetworkIds };
  },
  decide: (actor, loaded) => conferenceManageAccess(actor, loaded.ownerNetworkIds),
};

/** A sign-up, for the coordinators of its session's edition. */
const managedSignupRule: ResourceRule<
  typeof signupIdInput,
  { session: SignupSession; signupId: string; ownerNetworkIds: string[] }
> = {
  input: signupIdInput,
  load: async (db, input) => {
    const signup = await db.conferenceSessionSignup.findUnique({
      where: { id: input.signupId },
      select: { id: true, sessionId: true },
    });
    const found = signup && (await loadSignupSessionById(db, signup.sessionId));
    const edition = found && (await loadEdition(db, found.editionId));
    return (
      edition &&
      found &&
      signup && { session: found.session, signupId: signup.id, ownerNetworkIds: edition.ownerNetworkIds }
    );
  },
  decide: (actor, loaded) => conferenceManageAccess(actor, loaded.ownerNetworkIds),
};

export const webSignupProcedures = {
  /** Where to register for the conference (a meeting's page), places left, whether open; null without one. */
  registration: publicProcedure
    .input(editionSlugInput)
    .query(({ ctx, input }) => publicRegistration(ctx.db, input.slug)),
  /** A session's places, whether sign-up is open, and the asker's own place. */
  signupState: publicProcedure.input(sessionSignupInput).query(async ({ ctx, input }) => {
    const session = await loadPublishedSession(ctx.db, input.slug, input.number);
    if (!session) throw notFound();
    return signupState(ctx.db, session, ctx.user?.id ?? null);
  }),
  signUp: scopedProcedure(publishedSessionRule).mutation(({ ctx }) => signUp(ctx.db, ctx.actor, ctx.session)),
  cancelSignup: scopedProcedure(publishedSessionRule).mutation(({ ctx }) =>
    cancelSignup(ctx.db, ctx.user.id, ctx.session, ctx.urls),
  ),
  mySignups: memberProcedure
    .input(editionSlugInput)
    .query(({ ctx, input }) => mySignups(ctx.db, ctx.user.id, input.slug)),
};

export const adminSignupProcedures = {
  signups: editionProcedure(staffProcedure).query(({ ctx }) => signupLists(ctx.db, ctx.edition)),
  setSignupCapacity: scopedProcedure(managedSessionRule, staffProcedure)
    .input(signupCapacityInput)
    .mutation(({ ctx, input }) => setSignupCapacity(ctx.db, ctx.user.id, ctx.session, input.capacity, ctx.urls)),
  moveSignup: scopedProcedure(managedSignupRule, staffProcedure)
    .input(moveSignupInput)
    .mutation(({ ctx, input }) => moveSignup(ctx.db, ctx.user.id, ctx.signupId, input.to, ctx.session, ctx.urls)),
  registrationSetup: editionProcedure(staffProcedure).query(({ ctx }) => registrationForStaff(ctx.db, ctx.edition)),
  setUpRegistration: editionProcedure(staffProcedure)
    .input(registrationSetupInput)
    .mutation(({ ctx, input }) => setUpRegistration(ctx.db, ctx.user.id, ctx.edition, input, ctx.urls)),
};
