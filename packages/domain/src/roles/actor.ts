import type { MembershipRole } from '../people/schemas.ts';

/**
 * Who is asking, as the role decisions need it. Built on the server from the
 * session; only approved memberships are listed.
 */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** Approved links to organisations, with the role in each. */
  memberships: ReadonlyArray<{ organisationId: string; role: MembershipRole }>;
  /** Ids of the networks this person coordinates. */
  coordinatorOf: readonly string[];
}

/**
 * The outcome of a role decision. 'forbidden' when the person lacks the role
 * altogether (403); 'notFound' when they have the role, but for someone else's
 * organisation or network (404, so nothing is revealed about it).
 */
export type Access = 'allow' | 'forbidden' | 'notFound';
