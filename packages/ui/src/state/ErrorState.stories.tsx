import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ErrorState } from './ErrorState.tsx';

const meta = {
  title: 'Page states/ErrorState',
  component: ErrorState,
  args: {
    message: 'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    onRetry: fn(),
  },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(within(alert).getByRole('heading', { name: 'Noe gikk galt' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Prøv igjen' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const WithoutRetry: Story = {
  args: { onRetry: undefined, title: 'Du har ikke tilgang til dette.', message: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Du har ikke tilgang til dette.');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  args: { message: 'Fekk ikkje kontakt med tenesta.' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Noko gjekk gale' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  },
};
