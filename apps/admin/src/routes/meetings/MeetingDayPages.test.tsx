import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { MEETING } from './fixtures.ts';

describe('the day of the meeting: printable pages and attendance', () => {
  it('prints only those who agreed to be on the participant list', async () => {
    renderApp('/moter/m1/deltakerliste', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => MEETING,
      'meetings.checkIn.participants': () => ({
        people: [
          { name: 'Kari Nordmann', organisation: 'Trondheim kommune' },
          { name: 'Uten Org', organisation: null },
        ],
        total: 5,
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Deltakerliste: Fagsamling i Trondheim' });
    expect(
      await screen.findByText(/Bare de som har sagt ja til å stå på deltakerlisten: 2 av 5 påmeldte/),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Deltakerliste: Fagsamling i Trondheim' });
    expect(within(table).getByRole('rowheader', { name: 'Kari Nordmann' }).closest('tr')!.textContent).toContain(
      'Trondheim kommune',
    );
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeTruthy();
  });

  it('shows badges, and the needs markers only when asked for', async () => {
    const asked: unknown[] = [];
    renderApp('/moter/m1/navnelapper', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => MEETING,
      'meetings.checkIn.badges': (input) => {
        asked.push(input);
        const withNeeds = (input as { withNeeds: boolean }).withNeeds;
        return [
          {
            registrationId: 'r1',
            name: 'Åse Ødegård',
            organisation: 'Mental Helse Trøndelag',
            markers: withNeeds ? ['signLanguage', 'dietary'] : [],
          },
        ];
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Navnelapper: Fagsamling i Trondheim' });
    await screen.findByText('Åse Ødegård');
    expect(screen.queryByText('Tegnspråk')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Vis merker for tilrettelegging og kost/ }));
    const markers = await screen.findByRole('list', { name: 'Behov' });
    expect(
      within(markers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Tegnspråk', 'Kost']);
    expect(asked).toEqual([
      { meetingId: 'm1', withNeeds: false },
      { meetingId: 'm1', withNeeds: true },
    ]);
  });

  it('links to the day’s pages and shows attendance per organisation on the meeting’s page', async () => {
    renderApp('/moter/m1', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => MEETING,
      'meetings.checkIn.attendance': () => ({
        organisations: [
          { organisationId: 'o1', name: 'Trondheim kommune', registered: 3, attended: 2 },
          { organisationId: null, name: null, registered: 1, attended: 0 },
        ],
        registered: 4,
        attended: 2,
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Fagsamling i Trondheim' });
    const day = screen.getByRole('region', { name: 'På møtedagen' });
    expect(within(day).getByRole('link', { name: 'Innsjekk' }).getAttribute('href')).toBe('/moter/m1/innsjekk');
    expect(within(day).getByRole('link', { name: 'Deltakerliste til utskrift' }).getAttribute('href')).toBe(
      '/moter/m1/deltakerliste',
    );
    expect(within(day).getByRole('link', { name: 'Navnelapper' }).getAttribute('href')).toBe('/moter/m1/navnelapper');
    const table = await screen.findByRole('table', { name: 'Oppmøte per organisasjon' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const cells = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td');
    expect([...cells('Trondheim kommune')].map((c) => c.textContent)).toEqual(['3', '2']);
    expect([...cells('Uten organisasjon')].map((c) => c.textContent)).toEqual(['1', '0']);
    expect([...cells('Til sammen')].map((c) => c.textContent)).toEqual(['4', '2']);
  });
});
