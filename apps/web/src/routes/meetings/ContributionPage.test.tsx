import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

const org = { id: 'o1', slug: 'kommune', name: 'Sandnes kommune' };
const meeting = {
  id: 'mt1',
  slug: 'samling',
  title: 'Nettverkssamling',
  status: 'published',
  language: 'nb',
  startsAt: '2031-05-20T07:00:00.000Z',
  endsAt: '2031-05-20T13:30:00.000Z',
  mode: 'in_person',
  venueName: 'Rådhuset',
  venueAddress: null,
  stepFree: false,
  hearingLoop: false,
  quietRoom: false,
  capacity: null,
  openTo: 'anyone',
  network: { slug: 'midt', name: 'Recovery-nettverk Midt-Norge' },
  registrationOpensAt: null,
  registrationDeadline: null,
  perOrganisationLimit: null,
  sequence: 0,
  agenda: [],
  descriptionHtml: '',
  seatsLeft: null,
  registration: 'open',
  videoUrl: null,
  myRegistration: null,
};
const contribution = {
  meeting: { id: 'mt1', slug: 'samling', title: 'Nettverkssamling', status: 'published' },
  organisation: { id: 'o1', name: 'Sandnes kommune' },
  deadline: '2031-05-10T21:59:00.000Z',
  window: 'open',
  prompts: [
    { id: 'p1', kind: 'text', question: 'Hva vil dere gjøre mer av?', goals: [] },
    {
      id: 'p2',
      kind: 'status_table',
      question: 'Status for nettverkets mål',
      goals: [
        { id: 'g1', title: 'Ta i bruk FIT' },
        { id: 'g2', title: 'Bruker- og pårørendeforum' },
      ],
    },
  ],
  status: null,
  sentAt: null,
  lastEditedAt: null,
  lastEditedBy: null,
  answers: [],
  goalAnswers: [{ goalId: 'g2', status: 'in_progress', comment: 'Vurdere brukerpanel' }],
};

describe('an organisation’s contribution', () => {
  it('saves as the editor writes, labels each goal’s fields by the goal, and sends', async () => {
    const editor = account({
      memberships: [
        { id: 'm1', role: 'EDITOR', status: 'APPROVED', requestedAt: '2026-01-01T00:00:00.000Z', organisation: org },
      ],
    });
    const fake = fakeServer({
      'account.me': () => editor,
      'meetings.bySlug': () => meeting,
      'meetings.contributions.overview': () => ({
        deadline: contribution.deadline,
        window: 'open',
        organisations: [{ id: 'o1', name: 'Sandnes kommune', status: null, sentAt: null, lastEditedAt: null }],
        canReadShared: false,
      }),
      'meetings.contributions.get': () => contribution,
      'meetings.contributions.save': () => ({ status: 'draft', savedAt: '2031-05-01T12:02:00.000Z' }),
      'meetings.contributions.send': () => ({ status: 'sent', sentAt: '2031-05-01T12:03:00.000Z' }),
    });
    renderApp('/moter/samling/innspill', fake);
    await screen.findByRole('heading', { level: 1, name: 'Innspill: Nettverkssamling' });

    const status = await screen.findByRole('combobox', { name: 'Ta i bruk FIT Status' });
    expect(
      (screen.getByRole('combobox', { name: 'Bruker- og pårørendeforum Status' }) as HTMLSelectElement).value,
    ).toBe('in_progress');
    fireEvent.change(screen.getByLabelText('1. Hva vil dere gjøre mer av?'), {
      target: { value: 'Reflektere sammen i små grupper' },
    });
    fireEvent.change(status, { target: { value: 'done' } });
    fireEvent.blur(status);
    await waitFor(() =>
      expect(fake.callsTo('meetings.contributions.save').map((c) => c.input)).toEqual([
        {
          meetingId: 'mt1',
          organisationId: 'o1',
          answers: [{ promptId: 'p1', text: 'Reflektere sammen i små grupper' }],
          goals: [{ goalId: 'g1', status: 'done', comment: '' }],
        },
      ]),
    );
    const live = screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
    await waitFor(() => expect(live.textContent).toMatch(/^Lagret \d\d:\d\d$/));
    expect(screen.getByRole('textbox', { name: 'Bruker- og pårørendeforum Kommentar' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send innspillet' }));
    await waitFor(() => expect(fake.callsTo('meetings.contributions.send')).toHaveLength(1));
    expect(await screen.findByText('Innspillet er sendt til koordinatoren.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Sandnes kommune' });
    expect(within(form).getByRole('group', { name: '2. Status for nettverkets mål' })).toBeTruthy();
  });
});
