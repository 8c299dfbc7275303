import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { TextArea } from './TextArea.tsx';

const meta = {
  title: 'Form/TextArea',
  component: TextArea,
  args: {
    name: 'background',
    label: 'Bakgrunn',
    description: 'Hvorfor startet dere? Hvem er det for?',
  },
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const textarea = within(canvasElement).getByRole('textbox', { name: 'Bakgrunn' });
    await expect(textarea.tagName).toBe('TEXTAREA');
    await expect(textarea).toHaveAttribute('id', 'field-background');
  },
};

export const WithError: Story = {
  args: { error: 'Feltet må fylles ut.', required: true },
  play: async ({ canvasElement }) => {
    const textarea = within(canvasElement).getByRole('textbox', { name: /Bakgrunn/ });
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(textarea).toHaveAccessibleDescription(/Feltet må fylles ut/));
  },
};
