import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { commonMessages, messagesFor, type Locale } from '@knutepunkt/domain/i18n';
import type { AppMessages } from './I18nProvider.tsx';
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
      <I18nProvider locale={locale} loadMessages={(language) => messagesFor(commonMessages, language)}>
        <Skip />
      </I18nProvider>,
    );
    expect(screen.getByText(text)).toBeTruthy();
    expect(document.documentElement.lang).toBe(locale);
  });

  it('fills {placeholders}', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nProvider locale="en" loadMessages={(language) => messagesFor(commonMessages, language)}>
        {children}
      </I18nProvider>
    );
    const { result } = renderHook(() => useI18n(), { wrapper });
    expect(result.current.t('validation.tooLong', { max: 200 })).toBe('The text is too long (at most 200 characters).');
  });

  it('knows the keys of the catalogue it is given, and only those', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nProvider locale="nb" loadMessages={(language) => messagesFor(commonMessages, language)}>
        {children}
      </I18nProvider>
    );
    const { result } = renderHook(() => useI18n(), { wrapper });
    expect(result.current.isMessageKey('ui.loading')).toBe(true);
    expect(result.current.isMessageKey('practice.web.nav')).toBe(false);
    expect(result.current.isMessageKey('constructor')).toBe(false);
  });

  it('loads a language before showing it: the page stays in the current one meanwhile, never shows keys', async () => {
    const pending = new Map<Locale, (messages: AppMessages) => void>();
    const loadMessages = (locale: Locale) =>
      locale === 'nb'
        ? messagesFor(commonMessages, 'nb')
        : new Promise<AppMessages>((resolve) => pending.set(locale, resolve));
    const picked: Locale[] = [];
    function Switch() {
      const { setLocale } = useI18n();
      return (
        <button type="button" onClick={() => setLocale('nn')}>
          nynorsk
        </button>
      );
    }
    render(
      <I18nProvider locale="nb" loadMessages={loadMessages} onLocaleChange={(locale) => picked.push(locale)}>
        <Skip />
        <Switch />
      </I18nProvider>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'nynorsk' }));
    expect(screen.getByText('Hopp til hovedinnholdet')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nb');
    expect(picked).toEqual([]);

    await act(async () => pending.get('nn')!(messagesFor(commonMessages, 'nn')));
    expect(screen.getByText('Hopp til hovudinnhaldet')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nn');
    expect(picked).toEqual(['nn']);
  });

  it('renders once the first language has loaded, and follows a new locale prop when its strings arrive', async () => {
    const loadMessages = (locale: Locale) => Promise.resolve(messagesFor(commonMessages, locale));
    const { rerender } = render(
      <I18nProvider locale="en" loadMessages={loadMessages}>
        <Skip />
      </I18nProvider>,
    );
    expect(await screen.findByText('Skip to main content')).toBeTruthy();
    rerender(
      <I18nProvider locale="nn" loadMessages={loadMessages}>
        <Skip />
      </I18nProvider>,
    );
    expect(await screen.findByText('Hopp til hovudinnhaldet')).toBeTruthy();
    // <html lang> follows in an effect after the new strings are on screen: wait for it, not for a render.
    await waitFor(() => expect(document.documentElement.lang).toBe('nn'));
  });

  it('fails loudly without a provider', () => {
    expect(() => renderHook(() => useI18n())).toThrow(/I18nProvider/);
  });
});
