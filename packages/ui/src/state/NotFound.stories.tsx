import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { NotFound } from './NotFound.tsx';

const meta = {
  title: 'Page states/NotFound',
  component: NotFound,
} satisfies Meta<typeof NotFound>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bokmal: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Fann ikkje sida' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Gå til framsida' })).toBeInTheDocument();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { homeHref: '/en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/en');
  },
};
