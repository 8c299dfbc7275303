import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '@digdir/designsystemet-react';
import { VisuallyHidden } from './VisuallyHidden.tsx';

const meta = {
  title: 'Page states/VisuallyHidden',
  component: VisuallyHidden,
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Les mer" alone says nothing out of context; the hidden words complete it for screen readers. */
export const InsideAButton: Story = {
  render: () => (
    <Button variant="secondary">
      Les mer <VisuallyHidden>om Recovery-kafeen i Trondheim</VisuallyHidden>
    </Button>
  ),
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Les mer om Recovery-kafeen i Trondheim' });
    await expect(within(button).getByText('om Recovery-kafeen i Trondheim')).toHaveClass('ds-sr-only');
  },
};
