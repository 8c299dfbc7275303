import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { commonMessages } from '@knutepunkt/domain/i18n';
import { I18nProvider } from './I18nProvider.tsx';
import { useI18n } from './use-i18n.ts';

function Skip() {
  const { t } = useI18n();
  return <p>{t('ui.skipLink')}</p>;
}

describe('I18nProvider', () => {
  it.each([
    ['nb', 'Hopp til hovedinnholdet'],
    ['nn', 'Hopp til hovudinnhaldet'],
    ['en', 'Skip to main content'],
  ] as const)('translates in %s and sets <html lang>', (locale, text) => {
    render(
      <I18nProvider locale={locale} messages={commonMessages}>
        <Skip />
      </I18nProvider>,
    );
    expect(screen.getByText(text)).toBeTruthy();
    expect(document.documentElement.lang).toBe(locale);
  });

  it('fills {placeholders}', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nProvider locale="en" messages={commonMessages}>
        {children}
      </I18nProvider>
    );
    const { result } = renderHook(() => useI18n(), { wrapper });
    expect(result.current.t('validation.tooLong', { max: 200 })).toBe('The text is too long (at most 200 characters).');
  });

  it('knows the keys of the catalogue it is given, and only those', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nProvider locale="nb" messages={commonMessages}>
        {children}
      </I18nProvider>
    );
    const { result } = renderHook(() => useI18n(), { wrapper });
    expect(result.current.isMessageKey('ui.loading')).toBe(true);
    expect(result.current.isMessageKey('practice.web.nav')).toBe(false);
    expect(result.current.isMessageKey('constructor')).toBe(false);
  });

  it('fails loudly without a provider', () => {
    expect(() => renderHook(() => useI18n())).toThrow(/I18nProvider/);
  });
});
