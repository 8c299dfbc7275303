import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

const meeting = { id: 'mt1', slug: 'samling', title: 'Nettverkssamling' };
const form = { ratingQuestion: 'Hvor nyttig var samlingen?', textQuestions: ['Hva var best?'], closesOn: '2031-06-04' };
const open = { meeting, mayAnswer: true, window: 'open', hasAnswered: false, form };

describe('the evaluation page', () => {
  it('asks the rating as a radio group with words, the texts with labels, and thanks after sending', async () => {
    const answers: unknown[] = [];
    renderApp(
      '/moter/samling/evaluering',
      fakeServer({
        'account.me': () => account(),
        'meetings.bySlug': () => meeting,
        'meetings.evaluation.get': () => (answers.length ? { ...open, hasAnswered: true } : open),
        'meetings.evaluation.answer': (input) => {
          answers.push(input);
          return { ok: true };
        },
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Evaluering: Nettverkssamling' });
    const group = screen.getByRole('group', { name: 'Hvor nyttig var samlingen?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(within(group).getByLabelText('5 – Svært bra')).toBeTruthy();
    expect(screen.getByText(/Svaret ditt er anonymt/)).toBeTruthy();
    // No rating chosen: the form says so and sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() => expect(screen.getAllByText(/Velg et av alternativene/).length).toBeGreaterThan(0));
    expect(answers).toEqual([]);
    fireEvent.click(within(group).getByLabelText('4 – Bra'));
    fireEvent.change(screen.getByLabelText(/Hva var best\?/), { target: { value: 'Gruppearbeidet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(await screen.findByText('Takk for svaret ditt! Det er lagret.')).toBeTruthy();
    expect(answers).toEqual([{ meetingId: 'mt1', rating: 4, texts: ['Gruppearbeidet'] }]);
    expect(screen.queryByRole('button', { name: 'Send svaret' })).toBeNull();
  });

  it('a second answer is refused with a clear message', async () => {
    renderApp(
      '/moter/samling/evaluering',
      fakeServer({
        'account.me': () => account(),
        'meetings.bySlug': () => meeting,
        'meetings.evaluation.get': () => open,
        'meetings.evaluation.answer': () => {
          throw new FakeError(
            409,
            'Du har allerede svart på denne evalueringen. Svaret ditt er tatt vare på, og ingenting ble endret.',
          );
        },
      }),
    );
    const group = await screen.findByRole('group', { name: 'Hvor nyttig var samlingen?' });
    fireEvent.click(within(group).getByLabelText('3 – Middels'));
    fireEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(await screen.findByText(/Du har allerede svart på denne evalueringen/)).toBeTruthy();
  });

  it('tells someone without a seat, and someone who answered, without a form', async () => {
    renderApp(
      '/moter/samling/evaluering',
      fakeServer({
        'account.me': () => account(),
        'meetings.bySlug': () => meeting,
        'meetings.evaluation.get': () => ({ ...open, mayAnswer: false, form: null }),
      }),
    );
    expect(await screen.findByText('Bare de som hadde plass på møtet, kan svare på evalueringen.')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
