import type { SnapshotSession } from '@knutepunkt/domain';

/** Placeholder: the sign-ups part of the module replaces this file (a workshop's places and one's own place). */
export function SessionSignup(_: { slug: string; session: SnapshotSession }) {
  return null;
}
