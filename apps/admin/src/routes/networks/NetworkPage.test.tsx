import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';

function networkServer() {
  const members = [
    {
      id: 'o1',
      slug: 'trondheim-kommune',
      name: 'Trondheim kommune',
      type: 'MUNICIPALITY',
      municipality: 'Trondheim',
      county: '50',
    },
    {
      id: 'o2',
      slug: 'mental-helse-trondelag',
      name: 'Mental Helse Trøndelag',
      type: 'USER_ORGANISATION',
      municipality: null,
      county: '50',
    },
  ];
  const memberships = [
    {
      id: 'm1',
      role: 'MEMBER',
      status: 'PENDING',
      note: 'Jeg er erfaringskonsulent.',
      requestedAt: '2026-11-20T09:00:00.000Z',
      decidedAt: null,
      user: { id: 'u9', name: 'Per Person', email: 'per@example.no' },
      organisation: { id: 'o1', slug: 'trondheim-kommune', name: 'Trondheim kommune' },
    },
  ];
  const removed: unknown[] = [];
  const decided: unknown[] = [];
  const handlers = {
    'account.me': () => accounts.coordinator,
    'networks.get': () => ({
      id: 'n1',
      slug: 'recovery-nettverk-midt-norge',
      name: 'Recovery-nettverk Midt-Norge',
      description: null,
      counties: ['50'],
      members: members.filter((m) => !removed.some((r) => (r as { organisationId: string }).organisationId === m.id)),
      coordinators: [{ id: 'u-coord', name: 'Kari Koordinator', email: 'koordinator@demo.knutepunkt.no' }],
    }),
    'memberships.forNetwork': () => memberships,
    'networks.removeMember': (input: unknown) => {
      removed.push(input);
      return { ok: true };
    },
    'memberships.decide': (input: unknown) => {
      decided.push(input);
      const m = memberships[0]!;
      Object.assign(m, { status: 'APPROVED', role: (input as { role: string }).role });
      return m;
    },
  };
  return { handlers, removed, decided };
}

describe('/nettverk/:networkId', () => {
  it('asks before removing a member organisation, and does nothing when cancelled', async () => {
    const { handlers, removed } = networkServer();
    renderApp('/nettverk/n1', handlers);
    await screen.findByRole('heading', { level: 1, name: 'Recovery-nettverk Midt-Norge' });
    const table = await screen.findByRole('table', { name: 'Medlemsorganisasjoner' });

    fireEvent.click(within(table).getByRole('button', { name: 'Fjern Trondheim kommune' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjerne Trondheim kommune fra nettverket?' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' })));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(removed).toEqual([]);

    fireEvent.click(within(table).getByRole('button', { name: 'Fjern Trondheim kommune' }));
    const again = await screen.findByRole('dialog');
    fireEvent.click(within(again).getByRole('button', { name: 'Ja, fjern organisasjonen' }));
    expect(await screen.findByText('Trondheim kommune er fjernet fra nettverket.')).toBeTruthy();
    expect(removed).toEqual([{ networkId: 'n1', organisationId: 'o1' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      within(screen.getByRole('table', { name: 'Medlemsorganisasjoner' })).queryByText('Trondheim kommune'),
    ).toBeNull();
  });

  it('approves a link request as editor and says so in a status message', async () => {
    const { handlers, decided } = networkServer();
    renderApp('/nettverk/n1', handlers);
    const pending = await screen.findByRole('table', { name: 'Forespørsler som venter' });
    expect(within(pending).getByText('Jeg er erfaringskonsulent.')).toBeTruthy();
    fireEvent.click(
      within(pending).getByRole('button', { name: 'Godkjenn som redaktør – Per Person, Trondheim kommune' }),
    );
    const status = await screen.findByText('Per Person er godkjent som redaktør i Trondheim kommune.');
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(decided).toEqual([{ membershipId: 'm1', approve: true, role: 'EDITOR' }]);
    const approved = await screen.findByRole('table', { name: 'Godkjente personer' });
    expect(within(approved).getByText('Redaktør')).toBeTruthy();
  });
});
