/// <reference types="@knutepunkt/vite-messages/client" />
import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';

// The admin app ships the admin catalogue only (docs/adr/0009): vite.config.ts gives `adminMessages`
// to the messages plugin, which serves one language per chunk to I18nProvider
// (`virtual:knutepunkt-messages`, typed by the reference above), and this registration types `t` by its keys, so admin code
// that uses a web-only key does not compile.
declare module '@knutepunkt/ui' {
  interface Register {
    messageKey: AdminMessageKey;
  }
}
