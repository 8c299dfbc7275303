import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '@digdir/designsystemet-react';
import { CheckboxField } from './CheckboxField.tsx';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { TextField } from './TextField.tsx';
import { useFormErrors } from './use-form-errors.ts';

const meta = {
  title: 'Form/FormErrorSummary',
  component: FormErrorSummary,
  args: {
    errors: [
      { field: 'name', message: 'Skriv navnet ditt.' },
      { field: 'email', message: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.' },
    ],
  },
} satisfies Meta<typeof FormErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { name: /Feil i skjemaet/ });
    await expect(heading).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Skriv navnet ditt.' })).toHaveAttribute('href', '#field-name');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() => expect(heading.closest('ds-error-summary')).toHaveFocus());
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  args: { errors: [{ field: 'name', message: 'Skriv namnet ditt.' }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: /vidare/ })).toBeInTheDocument();
  },
};

export const NoErrors: Story = {
  args: { errors: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('ds-error-summary')).toBeNull();
  },
};

/** The whole pattern: the server's `fieldErrors` feed both the summary and each field. */
export const InForm: Story = {
  render: function Render() {
    const { errors, errorFor } = useFormErrors(
      { fieldErrors: { email: 'validation.email', consent: 'Du må samtykke for å melde deg på.' } },
      ['name', 'email', 'consent'],
    );
    return (
      <form noValidate className="kp-stack">
        <FormErrorSummary errors={errors} />
        <TextField name="name" label="Navn" defaultValue="Kari Nordmann" error={errorFor('name')} />
        <TextField name="email" label="E-postadresse" type="email" defaultValue="kari@" error={errorFor('email')} />
        <CheckboxField name="consent" label="Navnet mitt kan vises på deltakerlisten" error={errorFor('consent')} />
        <Button type="submit">Meld meg på</Button>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The message key from the server arrives translated.
    const link = canvas.getByRole('link', { name: /gyldig e-postadresse/ });
    await userEvent.click(link);
    await expect(canvas.getByRole('textbox', { name: 'E-postadresse' })).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: 'Navn' })).not.toHaveAttribute('aria-invalid');
  },
};
