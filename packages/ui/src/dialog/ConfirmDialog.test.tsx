// Keyboard and focus behaviour of ConfirmDialog: where focus starts, Escape, where focus returns, pending and error.
import { useRef, useState } from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * What a browser does when Escape is pressed in a modal dialog: a `cancel` event, then the
 * dialog closes. happy-dom has no close requests, so the test does the browser's part.
 */
function pressEscape(dialog: HTMLElement) {
  fireEvent.keyDown(document.activeElement ?? dialog, { key: 'Escape' });
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) (dialog as HTMLDialogElement).close();
}

interface PageProps {
  onConfirm?: () => void;
  onCancel?: () => void;
  pending?: boolean;
  error?: string | null;
  /** Confirming removes the row with the opener, as deleting a list item does. */
  removesOpener?: boolean;
  withFallback?: boolean;
}

/** A list section with one row whose button opens the dialog; the heading is the fallback for focus. */
function Page({
  onConfirm = () => {},
  onCancel = () => {},
  pending,
  error,
  removesOpener = false,
  withFallback = true,
}: PageProps) {
  const [open, setOpen] = useState(false);
  const [row, setRow] = useState(true);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <main id="main" tabIndex={-1}>
      <h2 ref={heading} tabIndex={-1}>
        Vedlegg
      </h2>
      {row ? (
        <button type="button" onClick={() => setOpen(true)}>
          Slett tur.jpg
        </button>
      ) : null}
      {open ? (
        <ConfirmDialog
          title="Slette «tur.jpg»?"
          confirmLabel="Slett vedlegget"
          danger
          pending={pending}
          error={error}
          onConfirm={() => {
            onConfirm();
            setOpen(false);
            if (removesOpener) setRow(false);
          }}
          onCancel={() => {
            onCancel();
            setOpen(false);
          }}
          fallbackFocus={withFallback ? () => heading.current : undefined}
        >
          <p>Filen blir borte for godt.</p>
          <p>Vedlegget er brukt i teksten.</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}

async function open() {
  const opener = screen.getByRole('button', { name: 'Slett tur.jpg' });
  opener.focus();
  await userEvent.click(opener);
  return { opener, dialog: screen.getByRole('dialog', { name: 'Slette «tur.jpg»?' }) };
}

describe('ConfirmDialog', () => {
  it('opens as a modal dialog named by its title and described by its text, focus on "Avbryt"', async () => {
    renderWithI18n(<Page />);
    const { dialog } = await open();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    const text = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(text?.textContent).toBe('Filen blir borte for godt.Vedlegget er brukt i teksten.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    // No close button of its own: "Avbryt" is the way out, besides Escape.
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Slett vedlegget', 'Avbryt']);
    expect(within(dialog).getByRole('button', { name: 'Slett vedlegget' }).getAttribute('data-color')).toBe('danger');
  });

  it('cancels on Escape and gives focus back to the button that opened it', async () => {
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    renderWithI18n(<Page onCancel={onCancel} onConfirm={onConfirm} />);
    const { opener, dialog } = await open();
    act(() => pressEscape(dialog));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('gives focus back to the opener after "Avbryt"', async () => {
    renderWithI18n(<Page />);
    const { opener, dialog } = await open();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('puts focus on the fallback when the opener went away with its row', async () => {
    const onConfirm = vi.fn();
    renderWithI18n(<Page onConfirm={onConfirm} removesOpener />);
    const { dialog } = await open();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett vedlegget' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Slett tur.jpg' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Vedlegg' })));
  });

  it('puts focus on the main area when the opener is gone and there is no fallback', async () => {
    renderWithI18n(<Page removesOpener withFallback={false} />);
    const { dialog } = await open();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett vedlegget' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });

  it('does not confirm twice while the first attempt is pending', async () => {
    const onConfirm = vi.fn();
    renderWithI18n(<Page onConfirm={onConfirm} pending />);
    const { dialog } = await open();
    const confirm = within(dialog).getByRole('button', { name: /Slett vedlegget/ });
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('shows the failed attempt in the dialog, as an alert, and keeps both choices', async () => {
    renderWithI18n(<Page error="Vedlegget finnes ikke lenger." />);
    const { dialog } = await open();
    expect(within(dialog).getByRole('alert').textContent).toBe('Vedlegget finnes ikke lenger.');
    expect(within(dialog).getByRole('button', { name: 'Slett vedlegget' })).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
  });

  it('says "Avbryt" in the interface language and wraps a plain text in a paragraph', () => {
    renderWithI18n(
      <ConfirmDialog title="Delete?" confirmLabel="Delete" onConfirm={() => {}} onCancel={() => {}}>
        The file is gone for good.
      </ConfirmDialog>,
      { locale: 'en' },
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(within(dialog).getByText('The file is gone for good.').tagName).toBe('P');
    // Not dangerous unless said so: the confirm button keeps the main colour.
    expect(within(dialog).getByRole('button', { name: 'Delete' }).hasAttribute('data-color')).toBe(false);
  });
});
