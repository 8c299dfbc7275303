import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commonMessages, messagesFor, type Locale } from '@knutepunkt/domain/i18n';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { renderWithI18n } from '../test/render.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

describe('LanguageSwitcher', () => {
  beforeEach(() => {
    document.documentElement.lang = '';
  });

  it('names each language in that language, with lang on it', () => {
    renderWithI18n(<LanguageSwitcher />);
    const group = screen.getByRole('group', { name: 'Språk' });
    const buttons = Array.from(group.querySelectorAll('button'));
    expect(buttons.map((b) => [b.textContent, b.lang])).toEqual([
      ['Bokmål', 'nb'],
      ['Nynorsk', 'nn'],
      ['English', 'en'],
    ]);
  });

  it('calls onLocaleChange, switches the interface and sets <html lang>', async () => {
    const onLocaleChange = vi.fn();
    renderWithI18n(<LanguageSwitcher />, { onLocaleChange });
    expect(document.documentElement.lang).toBe('nb');

    await userEvent.click(screen.getByRole('button', { name: 'Nynorsk' }));

    expect(onLocaleChange).toHaveBeenCalledExactlyOnceWith('nn');
    expect(document.documentElement.lang).toBe('nn');
    expect(screen.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Bokmål' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('follows the locale prop when the app changes it (e.g. after loading the user profile)', () => {
    function App() {
      const [locale, setLocale] = useState<Locale>('nb');
      return (
        <I18nProvider
          locale={locale}
          loadMessages={(language) => messagesFor(commonMessages, language)}
          onLocaleChange={setLocale}
        >
          <button type="button" onClick={() => setLocale('en')}>
            profile loaded
          </button>
          <LanguageSwitcher />
        </I18nProvider>
      );
    }
    render(<App />);
    screen.getByRole('button', { name: 'profile loaded' }).click();
    return vi.waitFor(() => {
      expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
      expect(document.documentElement.lang).toBe('en');
    });
  });
});
