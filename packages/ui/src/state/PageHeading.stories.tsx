import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { PageHeading } from './PageHeading.tsx';

const meta = {
  title: 'Page states/PageHeading',
  component: PageHeading,
  args: { children: 'Samlinger høsten 2026' },
} satisfies Meta<typeof PageHeading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** First page load: focus stays where the browser put it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 1, name: 'Samlinger høsten 2026' });
    await expect(heading).not.toHaveFocus();
    await expect(heading).toHaveAttribute('tabindex', '-1');
  },
};

/** After a client-side navigation: the heading takes focus, so a screen reader reads the new page's name. */
export const FocusAfterNavigation: Story = {
  args: { focusOnMount: true },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 1 });
    await waitFor(() => expect(heading).toHaveFocus());
  },
};
