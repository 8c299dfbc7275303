import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CheckboxField } from './CheckboxField.tsx';

const meta = {
  title: 'Form/CheckboxField',
  component: CheckboxField,
  args: {
    name: 'consent',
    label: 'Jeg samtykker til at navnet mitt vises på deltakerlisten',
    description: 'Bare andre påmeldte ser listen.',
  },
} satisfies Meta<typeof CheckboxField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const checkbox = within(canvasElement).getByRole('checkbox', { name: /samtykker/ });
    await expect(checkbox).toHaveAttribute('id', 'field-consent');
    await expect(checkbox).not.toBeChecked();
  },
};

export const WithError: Story = {
  args: { error: 'Du må samtykke for å melde deg på.' },
  play: async ({ canvasElement }) => {
    const checkbox = within(canvasElement).getByRole('checkbox', { name: /samtykker/ });
    await expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(checkbox).toHaveAccessibleDescription(/Du må samtykke/));
  },
};
