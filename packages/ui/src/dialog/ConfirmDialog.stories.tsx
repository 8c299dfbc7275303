// Storybook catalogue and behaviour checks of ConfirmDialog: opening, the safe default, pending and failed states.
import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.tsx';

/** The dialog is rendered only while open, as in the apps: a button opens it, either choice closes it. */
function Opener(props: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" data-color="danger" onClick={() => setOpen(true)}>
        Slett
      </Button>
      {open ? (
        <ConfirmDialog
          {...props}
          onConfirm={() => {
            props.onConfirm();
            setOpen(false);
          }}
          onCancel={() => {
            props.onCancel();
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

const meta = {
  title: 'Dialogs/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    title: 'Slette «tur.jpg»?',
    children: 'Filen blir borte for godt. Det kan ikke angres.',
    confirmLabel: 'Slett vedlegget',
    danger: true,
    onConfirm: fn(),
    onCancel: fn(),
  },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  render: (args) => <Opener {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Slett' });
    await userEvent.click(opener);
    const dialog = canvas.getByRole('dialog', { name: 'Slette «tur.jpg»?' });
    await expect(dialog).toHaveAccessibleDescription('Filen blir borte for godt. Det kan ikke angres.');
    // The safe choice has focus, so Enter by mistake deletes nothing.
    const cancel = within(dialog).getByRole('button', { name: 'Avbryt' });
    await expect(cancel).toHaveFocus();
    await userEvent.click(cancel);
    await expect(args.onCancel).toHaveBeenCalledTimes(1);
    await expect(args.onConfirm).not.toHaveBeenCalled();
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(opener).toHaveFocus());
  },
};

export const Confirmed: Story = {
  render: (args) => <Opener {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Slett' }));
    const dialog = canvas.getByRole('dialog', { name: 'Slette «tur.jpg»?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett vedlegget' }));
    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

export const Pending: Story = {
  args: { pending: true },
  play: async ({ canvasElement, args }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Slette «tur.jpg»?' });
    // aria-disabled rather than disabled: the button keeps focus and its name while the request runs.
    const confirm = within(dialog).getByRole('button', { name: /Slett vedlegget/ });
    await expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(confirm);
    await expect(args.onConfirm).not.toHaveBeenCalled();
    await expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toBeEnabled();
  },
};

export const Failed: Story = {
  args: { error: 'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.' },
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Slette «tur.jpg»?' });
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('Fikk ikke kontakt med tjenesten.');
    // Both choices stay: try again, or give up.
    await expect(within(dialog).getByRole('button', { name: 'Slett vedlegget' })).toBeInTheDocument();
    await expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  args: {
    title: 'Publisere «Turgruppe i marka»?',
    children: 'Eksemplet blir synleg for alle i praksisbanken.',
    confirmLabel: 'Ja, publiser',
    danger: false,
  },
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Publisere «Turgruppe i marka»?' });
    await expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'Ja, publiser' })).not.toHaveAttribute('data-color');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { title: 'Delete “tur.jpg”?', children: 'The file is gone for good.', confirmLabel: 'Delete the attachment' },
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Delete “tur.jpg”?' });
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};
