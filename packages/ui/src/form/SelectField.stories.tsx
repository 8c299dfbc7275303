import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { SelectField } from './SelectField.tsx';

const meta = {
  title: 'Form/SelectField',
  component: SelectField,
  args: {
    name: 'level',
    label: 'Nivå',
    options: [
      { value: 'individ', label: 'Individ' },
      { value: 'tjeneste', label: 'Tjeneste' },
      { value: 'system', label: 'System' },
      { value: 'samfunn', label: 'Samfunn' },
    ],
  },
} satisfies Meta<typeof SelectField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Nivå' });
    await expect(select).toHaveAttribute('id', 'field-level');
    // The empty first option says what to do instead of silently preselecting "Individ".
    await expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Velg …', 'Individ', 'Tjeneste', 'System', 'Samfunn']);
  },
};

export const WithDescriptionAndError: Story = {
  args: {
    description: 'På hvilket nivå virker tiltaket?',
    error: 'Velg et av alternativene.',
    required: true,
  },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: /Nivå/ });
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(select).toHaveAccessibleDescription(/Velg et av alternativene/));
    await waitFor(() => expect(select).toHaveAccessibleDescription(/hvilket nivå/));
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { label: 'Level' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('option', { name: 'Choose …' })).toBeInTheDocument();
  },
};
