import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../state/PageHeading.tsx';
import { AppLayout } from './AppLayout.tsx';

const meta = {
  title: 'Layout/AppLayout',
  component: AppLayout,
  parameters: { layout: 'fullscreen' },
  args: {
    siteName: 'Knutepunkt',
    navItems: [
      { href: '/praksis', label: 'Gode praksiseksempler', current: true },
      { href: '/samlinger', label: 'Samlinger' },
      { href: '/konferanse', label: 'Konferansen' },
      { href: '/bruker-spor-bruker', label: 'Bruker Spør Bruker' },
    ],
    footerLinks: [
      { href: '/tilgjengelighet', label: 'Tilgjengelighetserklæring' },
      { href: '/personvern', label: 'Personvern' },
    ],
    accountActions: (
      <Button variant="secondary" data-size="sm">
        Logg inn
      </Button>
    ),
    children: (
      <>
        <PageHeading>Gode praksiseksempler</PageHeading>
        <Paragraph>Erfaringer fra kommuner, brukerorganisasjoner og spesialisthelsetjenesten.</Paragraph>
      </>
    ),
  },
} satisfies Meta<typeof AppLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bokmal: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Hopp til hovedinnholdet' })).toHaveAttribute('href', '#main');
    await expect(canvas.getByRole('banner')).toBeInTheDocument();
    const nav = canvas.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(within(nav).getByRole('link', { name: 'Gode praksiseksempler' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(within(nav).getByRole('link', { name: 'Samlinger' })).not.toHaveAttribute('aria-current');
    await expect(canvas.getByRole('main')).toHaveAttribute('id', 'main');
    const footer = canvas.getByRole('contentinfo');
    await expect(within(footer).getByRole('link', { name: 'Tilgjengelighetserklæring' })).toHaveAttribute(
      'href',
      '/tilgjengelighet',
    );
    await expect(canvas.getByRole('group', { name: 'Språk' })).toBeInTheDocument();
    await expect(document.documentElement.lang).toBe('nb');
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Hopp til hovudinnhaldet' })).toBeInTheDocument();
    await expect(canvas.getByRole('navigation', { name: 'Hovudmeny' })).toBeInTheDocument();
    await expect(canvas.getByRole('navigation', { name: 'Om nettstaden' })).toBeInTheDocument();
    await expect(document.documentElement.lang).toBe('nn');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(document.documentElement.lang).toBe('en');
  },
};

/** 320 px wide (WCAG 1.4.10): the navigation wraps onto more lines instead of scrolling sideways. */
export const Narrow: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Hovedmeny' });
    await expect(within(nav).getAllByRole('listitem')).toHaveLength(4);
  },
};

/** A public visitor's view of a page with no menu: the layout leaves the nav landmark out. */
export const WithoutNavigation: Story = {
  args: { navItems: [], footerLinks: [], accountActions: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await expect(canvas.getByRole('link', { name: 'Knutepunkt' })).toHaveAttribute('href', '/');
    await expect(canvas.getByRole('heading', { level: 1, name: 'Gode praksiseksempler' })).toBeInTheDocument();
  },
};
