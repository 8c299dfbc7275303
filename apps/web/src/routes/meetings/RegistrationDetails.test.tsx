import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

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
    registrationDeadline: null,
    perOrganisationLimit: null,
    sequence: 0,
    agenda: [],
    descriptionHtml: '<p>Vi møtes.</p>',
    seatsLeft: 0,
    registration: 'open',
    videoUrl: null,
    myRegistration: null,
    ...overrides,
  };
}

const section = async () => (await screen.findByRole('heading', { level: 2, name: 'Påmelding' })).closest('section')!;

describe('registration details on a meeting page', () => {
  it('a full meeting asks only who: name and e-mail shown, no needs asked, the waiting list joined', async () => {
    const fake = fakeServer({
      'account.me': () => account(),
      'meetings.bySlug': () => meeting(),
      'meetings.register': () => ({ registrationId: 'r1', status: 'waiting', waitingPlace: 4, existing: false }),
    });
    renderApp('/moter/samling', fake);
    const form = await section();
    const me = account();
    expect(await within(form).findByText(`Du melder deg på som ${me.name} (${me.email}).`)).toBeTruthy();
    expect(within(form).getByText(/Alle plassene er tatt/)).toBeTruthy();
    expect(within(form).queryByLabelText(/Matbehov og allergier/)).toBeNull();
    expect(within(form).queryByRole('checkbox', { name: 'Skrivetolk' })).toBeNull();
    expect(within(form).queryByRole('radio', { name: 'Digitalt' })).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Sett meg på ventelisten' }));
    await waitFor(() =>
      expect(fake.callsTo('meetings.register').map((c) => c.input)).toEqual([
        { meetingId: 'mt1', organisationId: null },
      ]),
    );
  });

  it('promoted from the waiting list, the person completes the registration', async () => {
    let completed = false;
    const fake = fakeServer({
      'account.me': () => account(),
      'meetings.bySlug': () =>
        meeting({
          seatsLeft: 0,
          myRegistration: {
            id: 'r1',
            status: 'confirmed',
            attendance: 'in_person',
            waitingPlace: null,
            listConsent: false,
            detailsMissing: !completed,
          },
        }),
      'meetings.updateRegistration': () => {
        completed = true;
        return { registrationId: 'r1' };
      },
    });
    renderApp('/moter/samling', fake);
    const form = await section();
    expect(await within(form).findByRole('heading', { level: 3, name: 'Fullfør påmeldingen' })).toBeTruthy();
    fireEvent.click(within(form).getByRole('radio', { name: 'Digitalt' }));
    fireEvent.change(within(form).getByLabelText(/Matbehov og allergier/), { target: { value: 'Halal' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /reisestøtte/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(fake.callsTo('meetings.updateRegistration').map((c) => c.input)).toEqual([
        {
          meetingId: 'mt1',
          attendance: 'online',
          dietary: 'Halal',
          wheelchair: false,
          signLanguage: false,
          writtenInterpretation: false,
          hearingLoop: false,
          otherAccessNeeds: null,
          travelSupport: true,
          listConsent: false,
        },
      ]),
    );
    expect(await within(form).findByText('Påmeldingen er oppdatert.')).toBeTruthy();
    await waitFor(() => expect(within(form).queryByRole('heading', { name: 'Fullfør påmeldingen' })).toBeNull());
  });

  it('a confirmed person changes their needs, starting from the answers given', async () => {
    const fake = fakeServer({
      'account.me': () => account(),
      'meetings.bySlug': () =>
        meeting({
          seatsLeft: 3,
          myRegistration: {
            id: 'r1',
            status: 'confirmed',
            attendance: 'online',
            waitingPlace: null,
            listConsent: true,
            detailsMissing: false,
          },
        }),
      'meetings.myRegistrationDetails': () => ({
        attendance: 'online',
        listConsent: true,
        needs: {
          dietary: 'Vegetar',
          wheelchair: true,
          signLanguage: false,
          writtenInterpretation: false,
          hearingLoop: false,
          otherAccessNeeds: null,
          travelSupport: false,
        },
      }),
      'meetings.updateRegistration': () => ({ registrationId: 'r1' }),
    });
    renderApp('/moter/samling', fake);
    const form = await section();
    fireEvent.click(await within(form).findByRole('button', { name: 'Endre oppmøte og behov' }));
    const dietary = (await within(form).findByLabelText(/Matbehov og allergier/)) as HTMLInputElement;
    expect(dietary.value).toBe('Vegetar');
    expect((within(form).getByRole('checkbox', { name: 'Rullestol' }) as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByRole('radio', { name: 'Digitalt' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(dietary, { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(fake.callsTo('meetings.updateRegistration')[0]?.input).toMatchObject({
        dietary: null,
        wheelchair: true,
        attendance: 'online',
        listConsent: true,
      }),
    );
  });
});
