import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { commonMessages, messagesFor } from '@knutepunkt/domain/i18n';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { toFieldErrors, useFormErrors } from './use-form-errors.ts';

describe('toFieldErrors', () => {
  it('turns fieldErrors into a list, in form order when given', () => {
    const source = { fieldErrors: { email: 'E-post mangler.', name: 'Navn mangler.', extra: 'Annet.' } };
    expect(toFieldErrors(source, { order: ['name', 'email'] })).toEqual([
      { field: 'name', message: 'Navn mangler.' },
      { field: 'email', message: 'E-post mangler.' },
      { field: 'extra', message: 'Annet.' },
    ]);
  });

  it('gives an empty list for no source or no fieldErrors', () => {
    expect(toFieldErrors(undefined)).toEqual([]);
    expect(toFieldErrors({ fieldErrors: null })).toEqual([]);
  });
});

describe('useFormErrors', () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider locale="nn" loadMessages={(language) => messagesFor(commonMessages, language)}>
      {children}
    </I18nProvider>
  );

  it('translates message keys and answers per field', () => {
    const { result } = renderHook(
      () => useFormErrors({ fieldErrors: { title: 'validation.required', email: 'Allereie i bruk.' } }),
      { wrapper },
    );
    expect(result.current.errors).toEqual([
      { field: 'title', message: 'Feltet må fyllast ut.' },
      { field: 'email', message: 'Allereie i bruk.' },
    ]);
    expect(result.current.errorFor('title')).toBe('Feltet må fyllast ut.');
    expect(result.current.errorFor('name')).toBeUndefined();
  });
});
