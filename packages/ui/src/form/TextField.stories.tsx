import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { TextField } from './TextField.tsx';

const meta = {
  title: 'Form/TextField',
  component: TextField,
  args: { name: 'email', label: 'E-postadresse', type: 'email', autoComplete: 'email' },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'E-postadresse' });
    await expect(input).toHaveAttribute('id', 'field-email');
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

export const WithDescription: Story = {
  args: { description: 'Vi bruker den bare til å sende deg påmeldingsbekreftelser.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'E-postadresse' });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/påmeldingsbekreftelser/));
  },
};

export const Required: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /E-postadresse/ });
    await expect(input).toHaveAttribute('aria-required', 'true');
    await expect(within(canvasElement).getByText('Må fylles ut')).toBeInTheDocument();
  },
};

export const WithError: Story = {
  args: { error: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.', defaultValue: 'navn@' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'E-postadresse' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(input).toHaveAccessibleDescription(/gyldig e-postadresse/));
  },
};

export const NynorskRequired: Story = {
  globals: { locale: 'nn' },
  args: { label: 'E-postadresse', required: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Må fyllast ut')).toBeInTheDocument();
  },
};
