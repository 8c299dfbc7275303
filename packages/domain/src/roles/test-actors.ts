// The people the access-decision tests ask about, one of each kind: roles in organisation org1 and
// network net1, and the same roles elsewhere (who must get notFound, not forbidden). Test-only.
import type { Actor } from './actor.ts';

export const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  isAdmin: false,
  memberships: [],
  coordinatorOf: [],
  ...over,
});
export const member = actor({ memberships: [{ organisationId: 'org1', role: 'MEMBER' }] });
export const editor = actor({ memberships: [{ organisationId: 'org1', role: 'EDITOR' }] });
export const otherEditor = actor({ memberships: [{ organisationId: 'org2', role: 'EDITOR' }] });
export const coordinator = actor({ coordinatorOf: ['net1'] });
export const otherCoordinator = actor({ coordinatorOf: ['net2'] });
export const admin = actor({ isAdmin: true });
