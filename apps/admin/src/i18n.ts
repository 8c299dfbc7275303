import type { AdminMessageKey } from '@knutepunkt/domain/i18n/admin';

// The admin app ships the admin catalogue only (docs/adr/0009): AppProviders gives
// `adminMessages` to I18nProvider, and this registration types `t` by its keys, so admin code
// that uses a web-only key does not compile.
declare module '@knutepunkt/ui' {
  interface Register {
    messageKey: AdminMessageKey;
  }
}
