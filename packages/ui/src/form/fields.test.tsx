import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import { SelectField } from './SelectField.tsx';
import { TextArea } from './TextArea.tsx';
import { TextField } from './TextField.tsx';

/** The text of the elements an input's aria-describedby points to, as a screen reader reads it. */
function describedBy(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
}

const cases = [
  ['TextField', () => <TextField name="name" label="Navn" error="Skriv navnet ditt." />, 'textbox'],
  ['TextArea', () => <TextArea name="name" label="Navn" error="Skriv navnet ditt." />, 'textbox'],
  [
    'SelectField',
    () => <SelectField name="name" label="Navn" options={[{ value: 'a', label: 'A' }]} error="Skriv navnet ditt." />,
    'combobox',
  ],
  ['CheckboxField', () => <CheckboxField name="name" label="Navn" error="Skriv navnet ditt." />, 'checkbox'],
] as const;

describe.each(cases)('%s', (_name, renderField, role) => {
  it('ties its error to the control with aria-describedby and marks it invalid', async () => {
    renderWithI18n(renderField());
    const control = screen.getByRole(role, { name: 'Navn' });
    expect(control.id).toBe('field-name');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(describedBy(control)).toContain('Skriv navnet ditt.'));
  });
});

describe('field wrappers', () => {
  it('read the description as well as the error', async () => {
    renderWithI18n(
      <TextField name="phone" label="Telefon" description="Åtte siffer" error="Skriv et gyldig telefonnummer." />,
    );
    const input = screen.getByRole('textbox', { name: 'Telefon' });
    await waitFor(() => {
      expect(describedBy(input)).toContain('Åtte siffer');
      expect(describedBy(input)).toContain('Skriv et gyldig telefonnummer.');
    });
  });

  it('are not invalid and have no error text without an error', async () => {
    renderWithI18n(<TextField name="phone" label="Telefon" />);
    const input = screen.getByRole('textbox', { name: 'Telefon' });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(describedBy(input)).toBe('');
  });

  it('take an explicit id over the one derived from the name', () => {
    renderWithI18n(<TextField name="phone" id="contact-phone" label="Telefon" />);
    expect(screen.getByRole('textbox', { name: 'Telefon' }).id).toBe('contact-phone');
  });

  it('mark required fields in the label and with aria-required, in the current language', () => {
    renderWithI18n(<TextField name="title" label="Tittel" required />, { locale: 'nn' });
    const input = screen.getByRole('textbox', { name: 'Tittel Må fyllast ut' });
    expect(input.getAttribute('aria-required')).toBe('true');
    // Not the native attribute: the browser's own messages would ignore the chosen language.
    expect(input.hasAttribute('required')).toBe(false);
  });
});
