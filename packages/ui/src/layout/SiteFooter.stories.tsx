import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Paragraph } from '@digdir/designsystemet-react';
import { SiteFooter } from './SiteFooter.tsx';

const meta = {
  title: 'Layout/SiteFooter',
  component: SiteFooter,
  parameters: { layout: 'fullscreen' },
  args: {
    links: [
      { href: '/tilgjengelighet', label: 'Tilgjengelighetserklæring' },
      { href: '/personvern', label: 'Personvern' },
    ],
    children: <Paragraph data-size="sm">Midt-Norge Recovery-nettverk</Paragraph>,
  },
} satisfies Meta<typeof SiteFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const footer = within(canvasElement).getByRole('contentinfo');
    const nav = within(footer).getByRole('navigation', { name: 'Om nettstedet' });
    await expect(within(nav).getByRole('link', { name: 'Tilgjengelighetserklæring' })).toHaveAttribute(
      'href',
      '/tilgjengelighet',
    );
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { links: [{ href: '/accessibility', label: 'Accessibility statement' }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'About this site' })).toBeInTheDocument();
  },
};
