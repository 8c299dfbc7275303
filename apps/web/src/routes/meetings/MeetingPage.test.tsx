import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';
import { meetingJsonLd, osloIso } from '../../ssr/structured-data.ts';
import { formatMeetingTime } from './format.ts';

const org = { id: 'o1', slug: 'mental-helse-trondelag', name: 'Mental Helse Trøndelag' };

function meeting(overrides: Record<string, unknown> = {}) {
  return {
    id: 'mt1',
    slug: 'samling',
    title: 'Nettverkssamling',
    status: 'published',
    language: 'nb',
    startsAt: '2031-05-20T07:00:00.000Z',
    endsAt: '2031-05-20T13:30:00.000Z',
    mode: 'hybrid',
    venueName: 'Rådhuset',
    venueAddress: 'Torget 1, Trondheim',
    stepFree: true,
    hearingLoop: false,
    quietRoom: true,
    capacity: 40,
    openTo: 'anyone',
    network: { slug: 'midt', name: 'Recovery-nettverk Midt-Norge' },
    registrationOpensAt: null,
    registrationDeadline: '2031-05-10T21:59:00.000Z',
    perOrganisationLimit: null,
    sequence: 0,
    agenda: [
      { startsAt: '2031-05-20T07:00:00.000Z', title: 'Velkommen', description: null, leader: 'Kari', kind: 'talk' },
    ],
    descriptionHtml: '<p>Vi møtes for <strong>innlegg</strong>.</p>',
    seatsLeft: 12,
    registration: 'open',
    videoUrl: null,
    myRegistration: null,
    ...overrides,
  };
}

describe('a meeting page', () => {
  it('shows time in Oslo, place, accessibility, agenda and a sign-in link that comes back, and no video link', async () => {
    renderApp('/moter/samling', fakeServer({ 'account.me': () => null, 'meetings.bySlug': () => meeting() }));
    await screen.findByRole('heading', { level: 1, name: 'Nettverkssamling' });
    expect(screen.getByText('20. mai 2031, 09:00–15:30')).toBeTruthy();
    expect(screen.getByText('Rådhuset, Torget 1, Trondheim')).toBeTruthy();
    expect(screen.getByText('Trinnfri adkomst')).toBeTruthy();
    expect(screen.getByText('Stillerom')).toBeTruthy();
    expect(screen.queryByText('Teleslynge')).toBeNull();
    expect(screen.getByText('Ledige plasser: 12')).toBeTruthy();
    expect(screen.getByText('innlegg').tagName).toBe('STRONG');
    expect(screen.getByRole('heading', { level: 3, name: /Velkommen/ })).toBeTruthy();
    const signIn = await screen.findByRole('link', { name: 'Logg inn for å melde deg på' });
    expect(signIn.getAttribute('href')).toBe('/logg-inn?neste=%2Fmoter%2Fsamling');
    expect(screen.getByRole('link', { name: /Legg møtet i kalenderen din/ }).getAttribute('href')).toBe(
      '/moter/samling/kalender.ics',
    );
    expect(screen.queryByRole('link', { name: 'Bli med i videomøtet' })).toBeNull();
  });

  it('registers a signed-in member and says where they stand on the waiting list', async () => {
    let registered = false;
    const fake = fakeServer({
      'account.me': () =>
        account({
          memberships: [
            {
              id: 'm1',
              role: 'MEMBER',
              status: 'APPROVED',
              requestedAt: '2026-01-01T00:00:00.000Z',
              organisation: org,
            },
          ],
        }),
      'meetings.bySlug': () =>
        meeting(
          registered
            ? { myRegistration: { id: 'r1', status: 'waiting', attendance: 'online', waitingPlace: 3 }, seatsLeft: 0 }
            : {},
        ),
      'meetings.register': () => {
        registered = true;
        return { registrationId: 'r1', status: 'waiting', waitingPlace: 3, existing: false };
      },
    });
    renderApp('/moter/samling', fake);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Påmelding' })).closest('section')!;
    fireEvent.click(await within(section).findByRole('radio', { name: 'Digitalt' }));
    fireEvent.change(within(section).getByLabelText(/Matbehov og allergier/), { target: { value: 'Vegetar' } });
    fireEvent.click(within(section).getByRole('checkbox', { name: 'Skrivetolk' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Meld meg på' }));
    await waitFor(() =>
      expect(fake.callsTo('meetings.register').map((c) => c.input)).toEqual([
        {
          meetingId: 'mt1',
          organisationId: 'o1',
          attendance: 'online',
          dietary: 'Vegetar',
          wheelchair: false,
          signLanguage: false,
          writtenInterpretation: true,
          hearingLoop: false,
          otherAccessNeeds: null,
          travelSupport: false,
          listConsent: false,
        },
      ]),
    );
    expect(
      await within(section).findByText(
        'Møtet er fullt. Du står som nummer 3 på ventelisten, og får e-post hvis du får plass.',
      ),
    ).toBeTruthy();
    expect(await within(section).findByText('Du står som nummer 3 på ventelisten.')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Meld meg av' })).toBeTruthy();
  });

  it('shows the video link when the API gives it', async () => {
    renderApp(
      '/moter/samling',
      fakeServer({
        'account.me': () => account(),
        'meetings.bySlug': () =>
          meeting({
            videoUrl: 'https://video.example.no/m',
            myRegistration: { id: 'r1', status: 'confirmed', attendance: 'online', waitingPlace: null },
          }),
      }),
    );
    const link = await screen.findByRole('link', { name: 'Bli med i videomøtet' });
    expect(link.getAttribute('href')).toBe('https://video.example.no/m');
    expect(screen.getByText('Du er påmeldt.')).toBeTruthy();
  });
});

describe('meeting times and structured data', () => {
  it('writes Oslo time with its offset, summer and winter', () => {
    expect(osloIso('2031-05-20T07:00:00.000Z')).toBe('2031-05-20T09:00:00+02:00');
    expect(osloIso('2031-01-15T08:30:00.000Z')).toBe('2031-01-15T09:30:00+01:00');
    expect(formatMeetingTime('2031-01-15T08:30:00.000Z', '2031-01-16T15:00:00.000Z', 'en')).toMatch(/15.*16.*2031/);
  });

  it('makes an Event: cancelled, online as a VirtualLocation, the network as organizer, never the video link', () => {
    const data = meetingJsonLd(
      meeting({ status: 'cancelled', mode: 'online', videoUrl: 'https://video.example.no/m' }) as never,
    )('https://knutepunkt.example.no');
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2031-05-20T09:00:00+02:00',
      endDate: '2031-05-20T15:30:00+02:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://knutepunkt.example.no/moter/samling' },
      organizer: { name: 'Recovery-nettverk Midt-Norge', url: 'https://knutepunkt.example.no/nettverk/midt' },
    });
    expect(JSON.stringify(data)).not.toContain('video.example.no');
  });
});
