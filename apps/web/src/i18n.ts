import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';

// The web app ships the web catalogue only (docs/adr/0009): LocaleProvider gives `webMessages`
// to I18nProvider, and this registration types `t` by its keys, so web code that uses an
// admin-only key does not compile.
declare module '@knutepunkt/ui' {
  interface Register {
    messageKey: WebMessageKey;
  }
}
