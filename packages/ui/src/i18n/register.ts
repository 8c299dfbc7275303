import type { CommonMessageKey } from '@knutepunkt/domain/i18n';

/**
 * Each app registers the keys of the catalogue it ships, so that its `t` accepts exactly those
 * and web code cannot use an admin-only key (nor the other way round):
 *
 *   declare module '@knutepunkt/ui' {
 *     interface Register { messageKey: WebMessageKey }
 *   }
 *
 * Unregistered, as when packages/ui is checked on its own, only the common keys (error.,
 * validation., ui.) type-check: the shared components use nothing else, so they work in
 * either app.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each app
export interface Register {}

/** The message keys of the app being compiled (see Register). */
export type AppMessageKey = Register extends { messageKey: infer Key extends string } ? Key : CommonMessageKey;
