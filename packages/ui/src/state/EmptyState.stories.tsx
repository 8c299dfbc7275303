import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '@digdir/designsystemet-react';
import { EmptyState } from './EmptyState.tsx';

const meta = {
  title: 'Page states/EmptyState',
  component: EmptyState,
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Det er ingenting her ennå.')).toBeInTheDocument();
  },
};

export const WithTitleAndAction: Story = {
  args: {
    title: 'Ingen praksiseksempler ennå',
    message: 'Organisasjonen din har ikke skrevet noen praksiseksempler.',
    action: <Button variant="secondary">Skriv et praksiseksempel</Button>,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Ingen praksiseksempler ennå' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Skriv et praksiseksempel' })).toBeInTheDocument();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('There is nothing here yet.')).toBeInTheDocument();
  },
};
