import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

const point = (overrides: Record<string, unknown> = {}) => ({
  id: 'ap1',
  meetingId: 'mt0',
  what: 'Kartlegge erfaringskonsulenter',
  dueDate: '2031-06-01',
  status: 'open',
  organisations: [{ id: 'o1', name: 'Kommune én' }],
  history: [{ id: 'u1', status: 'open', comment: null, createdAt: '2031-05-21T08:00:00.000Z', author: 'Koordinator' }],
  latestComment: null,
  canUpdate: false,
  origin: { slug: 'samling-var', title: 'Vårsamlingen', startsAt: '2031-05-20T07:00:00.000Z' },
  ...overrides,
});

const sinceLast = (points: unknown[]) => ({
  meeting: {
    id: 'mt1',
    slug: 'samling',
    title: 'Høstsamlingen',
    status: 'published',
    startsAt: '2031-10-20T07:00:00.000Z',
    language: 'nb',
  },
  actionPoints: points,
});

describe('siden sist', () => {
  it('lists the open action points by the meeting they came from, with status and due date', async () => {
    renderApp(
      '/moter/samling/siden-sist',
      fakeServer({ 'account.me': () => null, 'meetings.minutes.sinceLast': () => sinceLast([point()]) }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Siden sist: Høstsamlingen' });
    expect(screen.getByRole('heading', { level: 2, name: /Fra «Vårsamlingen»/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Kartlegge erfaringskonsulenter' })).toBeTruthy();
    expect(screen.getByText('Ikke startet')).toBeTruthy();
    expect(screen.getByText('1. juni 2031')).toBeTruthy();
    // Nobody here may update it: no form.
    expect(screen.queryByRole('button', { name: 'Lagre status' })).toBeNull();
  });

  it('lets an editor of the responsible organisation update the status, and shows the refusal at the comment', async () => {
    const fake = fakeServer({
      'account.me': () => account(),
      'meetings.minutes.sinceLast': () => sinceLast([point({ canUpdate: true })]),
      'meetings.actionPoints.updateStatus': () => {
        throw new FakeError(400, 'Skriv en kommentar når du lukker et oppfølgingspunkt.', {
          comment: 'Skriv en kommentar når du lukker et oppfølgingspunkt.',
        });
      },
    });
    renderApp('/moter/samling/siden-sist', fake);
    const status = await screen.findByLabelText('Status');
    fireEvent.change(status, { target: { value: 'done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre status' }));
    await waitFor(() => expect(fake.callsTo('meetings.actionPoints.updateStatus')).toHaveLength(1));
    expect(fake.callsTo('meetings.actionPoints.updateStatus')[0]!.input).toEqual({
      actionPointId: 'ap1',
      status: 'done',
      comment: '',
    });
    const comment = screen.getByLabelText(/Kommentar/);
    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(within(document.body).getAllByText(/Skriv en kommentar/).length).toBeGreaterThan(0);
  });
});
