import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PrimaryNav } from './PrimaryNav.tsx';

const meta = {
  title: 'Layout/PrimaryNav',
  component: PrimaryNav,
  args: {
    items: [
      { href: '/', label: 'Oversikt' },
      { href: '/samlinger', label: 'Samlinger', current: true },
      { href: '/organisasjoner', label: 'Organisasjoner' },
    ],
  },
} satisfies Meta<typeof PrimaryNav>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Hovedmeny' });
    await expect(within(nav).getByRole('link', { name: 'Samlinger' })).toHaveAttribute('aria-current', 'page');
    await expect(within(nav).getByRole('link', { name: 'Oversikt' })).not.toHaveAttribute('aria-current');
  },
};

export const CustomLabel: Story = {
  args: { label: 'Administrasjon' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Administrasjon' })).toBeInTheDocument();
  },
};
