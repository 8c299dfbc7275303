import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';

const data = (overrides: Record<string, unknown> = {}) => ({
  meeting: { id: 'm1', slug: 'fagsamling', title: 'Fagsamling i Trondheim', status: 'held' },
  minutes: null,
  actionPoints: [
    {
      id: 'ap1',
      meetingId: 'm1',
      what: 'Kartlegge erfaringskonsulenter',
      dueDate: '2031-06-01',
      status: 'in_progress',
      organisations: [{ id: 'o1', name: 'Kommune én' }],
      history: [],
      latestComment: 'Halvveis',
      canUpdate: false,
    },
  ],
  organisations: [
    { id: 'o1', name: 'Kommune én' },
    { id: 'o2', name: 'Mental Helse' },
  ],
  ...overrides,
});

describe('/moter/:meetingId/referat', () => {
  it('writes the minutes with a preview, publishes them to the chosen audience, and adds an action point', async () => {
    const calls: Array<[string, unknown]> = [];
    renderApp('/moter/m1/referat', {
      'account.me': () => accounts.coordinator,
      'meetings.minutes.get': () => data(),
      'meetings.minutes.save': (input) => {
        calls.push(['save', input]);
        return {};
      },
      'meetings.minutes.publish': (input) => {
        calls.push(['publish', input]);
        return {};
      },
      'meetings.actionPoints.create': (input) => {
        calls.push(['create', input]);
        return {};
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Referat: Fagsamling i Trondheim' });
    expect(screen.getByText(/bare koordinatorene ser det/)).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Teksten' }), {
      target: { value: '## Hva vi gjorde\n\n**Innlegg**' },
    });
    expect(screen.getByText('Innlegg').tagName).toBe('STRONG');
    fireEvent.click(screen.getByLabelText('Alle i nettverkets medlemsorganisasjoner'));
    fireEvent.click(screen.getByRole('button', { name: 'Publiser referatet' }));
    await screen.findByText('Referatet er publisert, og deltakerne er varslet.');
    expect(calls.slice(0, 2)).toEqual([
      ['save', { meetingId: 'm1', body: '## Hva vi gjorde\n\n**Innlegg**', language: 'nb' }],
      ['publish', { meetingId: 'm1', visibility: 'network' }],
    ]);

    const table = screen.getByRole('table', { name: 'Oppfølgingspunkter' });
    expect(within(table).getByText('Pågår – Halvveis')).toBeTruthy();

    const whats = screen.getAllByLabelText(/Hva/);
    fireEvent.change(whats[whats.length - 1]!, { target: { value: 'Dele rutiner' } });
    fireEvent.click(screen.getAllByLabelText('Mental Helse').at(-1)!);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til oppfølgingspunkt' }));
    await waitFor(() => expect(calls.find(([name]) => name === 'create')).toBeTruthy());
    expect(calls.find(([name]) => name === 'create')![1]).toEqual({
      meetingId: 'm1',
      what: 'Dele rutiner',
      organisationIds: ['o2'],
      dueDate: null,
    });
  });
});
