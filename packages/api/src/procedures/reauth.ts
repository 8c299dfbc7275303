import { reauthenticationRequired, unauthorized } from '@knutepunkt/domain';
import { adminProcedure, staffProcedure } from './roles.ts';
import type { SignedInProcedure } from './scoped.ts';

/**
 * Sensitive actions in the admin app (disabling accounts, granting roles, sending a reset
 * link, the "break the glass" reads later modules add) need the password given within
 * REAUTH_MINUTES on this session: at sign-in, or again through `account.confirmPassword`.
 * Older, and the procedure refuses with kind 'reauthenticate' (tRPC PRECONDITION_FAILED,
 * HTTP 412); the admin app then asks for the password and retries. docs/adr/0015.
 */
export const REAUTH_MINUTES = 15;

/** Add the "password given lately" check to a role builder; the role check runs first. */
export function withRecentPassword<P extends SignedInProcedure>(base: P): P {
  return base.use(async ({ ctx, next }) => {
    if (!ctx.sessionId) throw unauthorized();
    const session = await ctx.db.session.findUnique({
      where: { id: ctx.sessionId },
      select: { reauthenticatedAt: true },
    });
    if (!session) throw unauthorized();
    if (Date.now() - session.reauthenticatedAt.getTime() > REAUTH_MINUTES * 60_000) throw reauthenticationRequired();
    return next();
  }) as P;
}

/** An admin who has given their password within the last 15 minutes. */
export const confirmedAdminProcedure = withRecentPassword(adminProcedure);

/** A coordinator or admin who has given their password within the last 15 minutes (for "break the glass" reads). */
export const confirmedStaffProcedure = withRecentPassword(staffProcedure);
