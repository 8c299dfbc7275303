import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';
import { conferenceSessionJsonLd } from '../../ssr/structured-data.ts';
import { programme, snapshot } from './test-programme.ts';

const edition = {
  edition: snapshot.edition,
  partners: snapshot.partners,
  release: { name: 'v2', publishedAt: '2031-09-01T10:00:00.000Z' },
  hasProgramme: true,
  sessionCount: 3,
  speakerCount: 2,
};

const server = (extra: Record<string, (input: unknown) => unknown> = {}) =>
  fakeServer({
    'account.me': () => null,
    'conference.programme': () => programme,
    'conference.edition': () => edition,
    'conference.registration': () => null,
    ...extra,
  });

describe('the conference list and an edition', () => {
  it('lists editions with a programme, linking to each', async () => {
    renderApp(
      '/konferanse',
      server({
        'conference.editions': () => [
          {
            slug: 'konferanse-2031',
            title: 'Ingenting om oss uten oss',
            subtitle: '',
            startsOn: '2031-10-20',
            endsOn: '2031-10-21',
            venueName: 'Royal Garden',
          },
        ],
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Konferanser' });
    const link = await screen.findByRole('link', { name: 'Ingenting om oss uten oss' });
    expect(link.getAttribute('href')).toBe('/konferanse/konferanse-2031');
    expect(screen.getByText('20. oktober – 21. oktober 2031 · Royal Garden')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Konferanse' }).getAttribute('aria-current')).toBe('page');
  });

  it('an edition: dates, venue, description as Markdown, organisers with logos, the pages and the exports', async () => {
    renderApp('/konferanse/konferanse-2031', server());
    await screen.findByRole('heading', { level: 1, name: 'Ingenting om oss uten oss' });
    expect(screen.getByText('20. oktober – 21. oktober 2031')).toBeTruthy();
    expect(screen.getByText('Royal Garden, Kjøpmannsgata 73, Trondheim')).toBeTruthy();
    expect(screen.getByText('medvirkning').tagName).toBe('STRONG');
    const organisers = screen.getByRole('heading', { level: 2, name: 'Arrangører' }).closest('section')!;
    expect(within(organisers).getByRole('link', { name: 'Mental Helse Trøndelag' }).getAttribute('href')).toBe(
      '/organisasjoner/mental-helse-trondelag',
    );
    expect(within(organisers).getByRole('img', { name: 'Logoen til Mental Helse Trøndelag' }).getAttribute('src')).toBe(
      '/konferanse-bilde/logo-1',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Samarbeidspartnere' })).toBeTruthy();
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Se programmet')).toBe('/konferanse/konferanse-2031/program');
    expect(href('Foredragsholdere')).toBe('/konferanse/konferanse-2031/foredragsholdere');
    expect(href('Endringer i programmet')).toBe('/konferanse/konferanse-2031/endringer');
    expect(href('Mitt program')).toBe('/konferanse/konferanse-2031/mitt-program');
    expect(href('Kalenderfil (iCal)')).toBe('/konferanse/konferanse-2031/program.ics');
    expect(href('For konferanseapper (frab XML)')).toBe('/konferanse/konferanse-2031/schedule.xml');
    expect(href('Som data (frab JSON)')).toBe('/konferanse/konferanse-2031/schedule.json');
  });
});

describe('the conference registration on an edition', () => {
  it('links to the registration meeting with the places left', async () => {
    renderApp(
      '/konferanse/konferanse-2031',
      server({
        'conference.registration': () => ({ meetingSlug: 'konferanse-2031-pamelding', open: true, seatsLeft: 12 }),
      }),
    );
    const region = await screen.findByRole('region', { name: 'Meld deg på konferansen' });
    expect(within(region).getByRole('link', { name: 'Gå til påmeldingen' }).getAttribute('href')).toBe(
      '/moter/konferanse-2031-pamelding',
    );
  });

  it('shows nothing when the edition has no registration', async () => {
    renderApp('/konferanse/konferanse-2031', server());
    await screen.findByRole('heading', { level: 1, name: 'Ingenting om oss uten oss' });
    expect(screen.queryByRole('region', { name: 'Meld deg på konferansen' })).toBeNull();
  });
});

describe('a session', () => {
  it('shows time, room with its notes, track, access, abstract and materials, speakers and the calendar link', async () => {
    renderApp('/konferanse/konferanse-2031/sesjon/1', server());
    await screen.findByRole('heading', { level: 1, name: 'Åpning' });
    expect(screen.getByText('mandag 20. oktober, 09:00–09:45')).toBeTruthy();
    expect(screen.getByText('Rullestolplasser foran.')).toBeTruthy();
    expect(screen.getByText('Etasje: 1')).toBeTruthy();
    expect(screen.getByText('Rettigheter')).toBeTruthy();
    expect(screen.getByText(/Trinnfri adkomst/)).toBeTruthy();
    expect(screen.getByText('konferansen').tagName).toBe('STRONG');
    expect(screen.getByText('Lysark kommer.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kari Ås' }).getAttribute('href')).toBe(
      '/konferanse/konferanse-2031/foredragsholder/1',
    );
    expect(screen.getByRole('link', { name: 'Legg i kalenderen' }).getAttribute('href')).toBe(
      '/konferanse/konferanse-2031/sesjon/1/kalender.ics',
    );
    expect(screen.getByRole('link', { name: /Til programmet/ }).getAttribute('href')).toBe(
      '/konferanse/konferanse-2031/program',
    );
  });

  it('a number not in the release, or not a number, is not found', async () => {
    renderApp('/konferanse/konferanse-2031/sesjon/99', server());
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
    renderApp('/konferanse/konferanse-2031/sesjon/abc', server());
    expect((await screen.findAllByRole('heading', { level: 1, name: 'Fant ikke siden' })).length).toBe(2);
  });

  it('is a schema.org Event with Oslo offsets, the room at the venue, performers and organisers', () => {
    const event = conferenceSessionJsonLd(snapshot, snapshot.sessions[0]!)('https://knutepunkt.example');
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'Åpning',
      url: 'https://knutepunkt.example/konferanse/konferanse-2031/sesjon/1',
      startDate: '2031-10-20T09:00:00+02:00',
      endDate: '2031-10-20T09:45:00+02:00',
      inLanguage: 'nb',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Storsalen, Royal Garden' },
      performer: [{ '@type': 'Person', name: 'Kari Ås' }],
      organizer: [{ '@type': 'Organization', name: 'Mental Helse Trøndelag' }],
    });
  });
});

describe('speakers', () => {
  it('lists the speakers by name, with photo and organisation', async () => {
    renderApp('/konferanse/konferanse-2031/foredragsholdere', server());
    await screen.findByRole('heading', { level: 1, name: 'Foredragsholdere – Ingenting om oss uten oss' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['José Øren', 'Kari Ås']);
    expect(screen.getByRole('img', { name: 'Kari Ås smiler' }).getAttribute('src')).toBe('/konferanse-bilde/photo-1');
  });

  it("a speaker's page: bio as Markdown in its language, organisation link and their sessions", async () => {
    renderApp('/konferanse/konferanse-2031/foredragsholder/1', server());
    await screen.findByRole('heading', { level: 1, name: 'Kari Ås' });
    expect(screen.getByText('Trondheim').tagName).toBe('STRONG');
    expect(screen.getByText('Trondheim').closest('[lang]')?.getAttribute('lang')).toBe('nb');
    expect(screen.getByRole('link', { name: 'Mental Helse Trøndelag' }).getAttribute('href')).toBe(
      '/organisasjoner/mental-helse-trondelag',
    );
    const sessions = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sessions).toEqual(['Åpning', 'Verksted om medvirkning']);
  });
});

describe('now and next', () => {
  afterEach(() => vi.useRealTimers());

  it("shows what is on and what comes next by the browser's clock, and moves on each minute", async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2031-10-20T07:10:00Z'));
    renderApp(
      '/konferanse/konferanse-2031/na',
      server({ 'conference.clock': () => ({ at: '2031-10-20T07:10:00.000Z' }) }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Nå og neste' });
    const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
    const titles = (name: string) =>
      within(section(name))
        .queryAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    expect(titles('Nå')).toEqual(['Åpning', 'Likepersoner på sykehuset']);
    expect(titles('Neste')).toEqual(['Verksted om medvirkning']);
    vi.setSystemTime(new Date('2031-10-20T07:50:00Z'));
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(titles('Nå')).toEqual([]);
    expect(screen.getByText('Ingenting pågår akkurat nå.')).toBeTruthy();
  });
});
