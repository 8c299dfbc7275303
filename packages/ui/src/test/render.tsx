import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { commonMessages, messagesFor, type Locale } from '@knutepunkt/domain/i18n';
import { I18nProvider } from '../i18n/I18nProvider.tsx';

/** Renders `ui` inside I18nProvider, as the apps do; `rerender` keeps the provider. */
export function renderWithI18n(ui: ReactElement, { locale = 'nb' as Locale, onLocaleChange = (_: Locale) => {} } = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider
      locale={locale}
      loadMessages={(language) => messagesFor(commonMessages, language)}
      onLocaleChange={onLocaleChange}
    >
      {children}
    </I18nProvider>
  );
  return render(ui, { wrapper });
}
