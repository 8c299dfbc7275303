import { createContext } from 'react';
import type { Locale, MessageKey, MessageParams } from '@knutepunkt/domain/i18n';

export interface I18nContextValue {
  locale: Locale;
  /** Switch the interface language. The provider's owner decides whether to persist it. */
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

/** Null outside a provider, so a missing provider fails loudly instead of showing bokmål by accident. */
export const I18nContext = createContext<I18nContextValue | null>(null);
