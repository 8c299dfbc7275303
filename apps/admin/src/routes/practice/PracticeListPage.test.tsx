import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { listedExample } from './fixtures.ts';

describe('/praksis', () => {
  it('has a featured toggle that says its state with aria-pressed', async () => {
    const example = { ...listedExample };
    const sent: unknown[] = [];
    renderApp('/praksis', {
      'account.me': () => accounts.coordinator,
      'practice.list': () => [example],
      'practice.setFeatured': (input) => {
        sent.push(input);
        example.featured = (input as { value: boolean }).value;
        return { ok: true };
      },
    });
    const table = await screen.findByRole('table', { name: 'Publiserte praksiseksempler' });
    const toggle = within(table).getByRole('button', { name: 'Fremhevet – Recoveryverksted i Trondheim' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(toggle);
    expect(await screen.findByText('«Recoveryverksted i Trondheim» er fremhevet i praksisbanken.')).toBeTruthy();
    expect(sent).toEqual([{ exampleId: 'e1', value: true }]);
    await waitFor(() =>
      expect(
        within(table)
          .getByRole('button', { name: /^Fremhevet/ })
          .getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    expect(within(table).getByText('/praksis/recoveryverksted-i-trondheim')).toBeTruthy();
  });

  it('asks before archiving', async () => {
    const example = { ...listedExample, archivedAt: null as string | null };
    const sent: unknown[] = [];
    renderApp('/praksis', {
      'account.me': () => accounts.coordinator,
      'practice.list': () => [example],
      'practice.setArchived': (input) => {
        sent.push(input);
        example.archivedAt = '2026-03-05T10:00:00.000Z';
        return { ok: true };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Arkiver – Recoveryverksted i Trondheim' }));
    const dialog = await screen.findByRole('dialog', { name: 'Arkivere «Recoveryverksted i Trondheim»?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, arkiver' }));
    expect(await screen.findByText('«Recoveryverksted i Trondheim» er arkivert.')).toBeTruthy();
    expect(sent).toEqual([{ exampleId: 'e1', value: true }]);
    expect(await screen.findByRole('button', { name: 'Gjenopprett – Recoveryverksted i Trondheim' })).toBeTruthy();
  });
});
