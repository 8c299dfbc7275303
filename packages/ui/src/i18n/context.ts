import { createContext } from 'react';
import type { Locale, MessageParams } from '@knutepunkt/domain/i18n';
import type { AppMessageKey } from './register.ts';

export interface I18nContextValue {
  locale: Locale;
  /** Switch the interface language. The provider's owner decides whether to persist it. */
  setLocale: (locale: Locale) => void;
  t: (key: AppMessageKey, params?: MessageParams) => string;
  /** Whether a string (a schema's message, a flash) is a key of this app's catalogue. */
  isMessageKey: (key: string) => key is AppMessageKey;
}

/** Null outside a provider, so a missing provider fails loudly instead of showing bokmål by accident. */
export const I18nContext = createContext<I18nContextValue | null>(null);
