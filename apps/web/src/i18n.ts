/// <reference types="@knutepunkt/vite-messages/client" />
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';

// The web app ships the web catalogue only (docs/adr/0009): vite.config.ts gives `webMessages` to
// the messages plugin, which serves one language per chunk to I18nProvider (`virtual:knutepunkt-messages`,
// typed by the reference above), and this registration types `t` by its keys, so web code that uses an
// admin-only key does not compile.
declare module '@knutepunkt/ui' {
  interface Register {
    messageKey: WebMessageKey;
  }
}
