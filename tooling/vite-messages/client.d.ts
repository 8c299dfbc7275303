// The module tooling/vite-messages serves to each app (see src/plugin.ts, src/loader.ts). An app
// refers to this file once (`/// <reference types="@knutepunkt/vite-messages/client" />`, as in its
// src/i18n.ts); the strings' keys are the app's own, through the Register interface of @knutepunkt/ui.
// It is type-checked there (the apps), not in this package, which has no React setup.
declare module 'virtual:knutepunkt-messages' {
  import type { LoadMessages } from '@knutepunkt/ui';

  /**
   * The strings of one language: at once when that language is already loaded (the one the
   * page started in, after main.tsx awaited it), else a promise of its chunk. They include every
   * group loaded so far (`loadMessageGroup`), and the object grows as more groups arrive.
   */
  export const loadMessages: LoadMessages;

  /**
   * Loads a group of strings (the app's `messagesPlugin(…, { groups })`) in every language loaded
   * so far, and in any loaded later; resolves once they are visible to `t`. Rejects for a group
   * the app does not have, or when a download fails.
   */
  export function loadMessageGroup(group: string): Promise<void>;

  /** The app's groups, by name (the tests load them all). */
  export const messageGroups: readonly string[];
}
