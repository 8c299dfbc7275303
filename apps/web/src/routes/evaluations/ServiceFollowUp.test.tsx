import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';
import { testAnswer } from './test-report.ts';

const recommendation = { ...testAnswer.recommendations[0]!, response: null, plannedAction: '', responsible: '' };
const followUp = (canAnswer: boolean) => ({
  evaluation: {
    id: 'ev1',
    slug: 'bsb-dagsenteret-2025',
    title: 'Brukerevaluering av dagsenteret',
    language: 'nb',
    phase: 'published',
    publishedAt: '2026-05-01T10:00:00.000Z',
  },
  askedRound: 6,
  canAnswer,
  recommendations: [{ ...recommendation, roundToAnswer: 6 }],
});

const PATH = '/mine-evalueringer/ev1/tjeneste';

describe('the service contacts’ follow-up', () => {
  it('responds with a radio group and texts, and gives a status for the round asked for', async () => {
    const sent: Array<[string, unknown]> = [];
    renderApp(
      PATH,
      fakeServer({
        'account.me': () => account(),
        'evaluations.followUp': () => followUp(true),
        'evaluations.respondToRecommendation': (input) => {
          sent.push(['respond', input]);
          return { id: 'rec1' };
        },
        'evaluations.giveStatus': (input) => {
          sent.push(['status', input]);
          return { id: 's3', round: 6, status: 'done' };
        },
      }),
    );
    const responseGroup = await screen.findByRole('group', { name: 'Er tjenesten enig i anbefalingen?' });
    expect(within(responseGroup).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByText('Vi ber om status etter 6 måneder.')).toBeTruthy();
    // Nothing chosen: the form says so and sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Lagre svaret' }));
    await waitFor(() => expect(screen.getAllByText(/Velg et av alternativene/).length).toBeGreaterThan(0));
    expect(sent).toEqual([]);
    fireEvent.click(within(responseGroup).getByLabelText('Delvis enig'));
    fireEvent.change(screen.getByLabelText('Planlagt tiltak'), { target: { value: 'Kveldsåpent på tirsdager' } });
    fireEvent.change(screen.getByLabelText(/Hvem har ansvaret/), { target: { value: 'Leder' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre svaret' }));
    expect(await screen.findByText('Svaret er lagret.')).toBeTruthy();

    const statusGroup = screen.getByRole('group', { name: 'Status etter 6 måneder: hvor langt har dere kommet?' });
    fireEvent.click(within(statusGroup).getByLabelText('Gjennomført'));
    fireEvent.click(screen.getByRole('button', { name: 'Gi status' }));
    expect(await screen.findByText('Statusen er lagret.')).toBeTruthy();
    expect(sent).toEqual([
      [
        'respond',
        {
          recommendationId: 'rec1',
          response: 'partly',
          plannedAction: 'Kveldsåpent på tirsdager',
          responsible: 'Leder',
        },
      ],
      ['status', { recommendationId: 'rec1', status: 'done', comment: '' }],
    ]);
  });

  it('the lead reads along: the history, no forms', async () => {
    renderApp(PATH, fakeServer({ 'account.me': () => account(), 'evaluations.followUp': () => followUp(false) }));
    expect(await screen.findByText('Bare tjenestens kontaktpersoner kan svare. Du ser det de har svart.')).toBeTruthy();
    expect(screen.getByText('Historikk')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lagre svaret' })).toBeNull();
  });
});
