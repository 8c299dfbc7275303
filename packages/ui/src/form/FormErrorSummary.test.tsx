import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { FormErrorSummary, type FieldError } from './FormErrorSummary.tsx';
import { TextField } from './TextField.tsx';

const errors: FieldError[] = [
  { field: 'title', message: 'Skriv en tittel.' },
  { field: 'email', message: 'Skriv en gyldig e-postadresse.' },
];

function Form({ list }: { list: FieldError[] }) {
  return (
    <form noValidate>
      <FormErrorSummary errors={list} />
      <TextField name="title" label="Tittel" error={list.find((e) => e.field === 'title')?.message} />
      <TextField name="email" label="E-post" error={list.find((e) => e.field === 'email')?.message} />
    </form>
  );
}

describe('FormErrorSummary', () => {
  it('lists every error as a link to its field', () => {
    renderWithI18n(<Form list={errors} />);
    const summary = screen.getByRole('heading', { name: /Feil i skjemaet/ }).closest('ds-error-summary');
    expect(summary).not.toBeNull();
    const links = within(summary as HTMLElement).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Skriv en tittel.', '#field-title'],
      ['Skriv en gyldig e-postadresse.', '#field-email'],
    ]);
    // Each link's target exists: the field wrappers use the same ids.
    for (const link of links) {
      expect(document.querySelector(link.getAttribute('href') ?? '')).toBeInstanceOf(HTMLInputElement);
    }
  });

  it('takes focus when it appears, so screen readers announce it', async () => {
    const { rerender } = renderWithI18n(<Form list={[]} />);
    expect(document.querySelector('ds-error-summary')).toBeNull();
    rerender(<Form list={errors} />);
    const summary = document.querySelector('ds-error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // Its name comes from the heading.
    expect(screen.getByRole('group', { name: /Feil i skjemaet/ })).toBe(summary);
  });

  it('moves focus to the field when a link is followed', async () => {
    renderWithI18n(<Form list={errors} />);
    await userEvent.click(screen.getByRole('link', { name: 'Skriv en gyldig e-postadresse.' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'E-post' }));
  });

  it('does not steal focus back on re-renders with the same errors', async () => {
    const { rerender } = renderWithI18n(<Form list={errors} />);
    const field = screen.getByRole('textbox', { name: 'Tittel' });
    await userEvent.click(field);
    rerender(<Form list={errors.map((e) => ({ ...e }))} />);
    expect(document.activeElement).toBe(field);
    rerender(<Form list={errors.slice(1)} />);
    await waitFor(() => expect(document.activeElement).toBe(document.querySelector('ds-error-summary')));
  });
});
