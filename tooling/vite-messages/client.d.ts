// The module tooling/vite-messages serves to each app (see src/plugin.ts). An app refers to this
// file once (`/// <reference types="@knutepunkt/vite-messages/client" />`, as in its src/i18n.ts);
// the strings' keys are the app's own, through the Register interface of @knutepunkt/ui.
// It is type-checked there (the apps), not in this package, which has no React setup.
declare module 'virtual:knutepunkt-messages' {
  import type { LoadMessages } from '@knutepunkt/ui';

  /**
   * The strings of one language: at once when that language is already loaded (the one the
   * page started in, after main.tsx awaited it), else a promise of its chunk.
   */
  export const loadMessages: LoadMessages;
}
