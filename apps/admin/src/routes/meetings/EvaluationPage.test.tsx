import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';

const meeting = { id: 'm1', title: 'Fagsamling i Trondheim', status: 'held', endsAt: '2031-05-21T13:30:00.000Z' };
const evaluation = {
  ratingQuestion: 'Hvor nyttig var samlingen?',
  textQuestions: ['Hva var best?'],
  closesAt: '2031-06-04T22:00:00.000Z',
  closesOn: '2031-06-04',
  sentAt: null as string | null,
};

describe('/moter/:meetingId/evaluering', () => {
  it('saves the questions, then sends once after a confirmation', async () => {
    const saved: unknown[] = [];
    let sent = 0;
    let current = {
      meeting,
      evaluation: null as typeof evaluation | null,
      window: null,
      maySend: false,
      answered: 0,
      participants: 7,
    };
    renderApp('/moter/m1/evaluering', {
      'account.me': () => accounts.coordinator,
      'meetings.evaluation.get': () => current,
      'meetings.evaluation.setQuestions': (input) => {
        saved.push(input);
        current = { ...current, evaluation, maySend: true, window: 'notSent' as never };
        return { ok: true };
      },
      'meetings.evaluation.send': () => {
        sent += 1;
        current = { ...current, evaluation: { ...evaluation, sentAt: '2031-05-22T08:00:00.000Z' }, maySend: false };
        return { newlySent: true, sentAt: '2031-05-22T08:00:00.000Z', recipients: 7 };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluering: Fagsamling i Trondheim' })).toBeTruthy();
    expect(screen.getByText('Evalueringen kan sendes når spørsmålene er lagret og møtet er over.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til fritekstspørsmål' }));
    fireEvent.change(await screen.findByLabelText('Fritekstspørsmål 1'), { target: { value: 'Hva var best?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre spørsmålene' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      meetingId: 'm1',
      ratingQuestion: 'Hvor nyttig var samlingen for deg?',
      textQuestions: ['Hva var best?'],
      closesOn: '2031-06-04',
    });
    expect(await screen.findByText('Spørsmålene er lagret.')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Send evalueringen' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Alle med bekreftet plass \(7\)/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send evalueringen' }));
    expect(await screen.findByText('Evalueringen er sendt til 7 deltakere.')).toBeTruthy();
    expect(sent).toBe(1);
    expect(await screen.findByRole('link', { name: 'Se resultatene' })).toBeTruthy();
  });
});

describe('/moter/:meetingId/evaluering/resultater', () => {
  it('below five answers says so, and shows nothing else', async () => {
    renderApp('/moter/m1/evaluering/resultater', {
      'account.me': () => accounts.coordinator,
      'meetings.evaluation.results': () => ({
        meeting: { id: 'm1', title: 'Fagsamling' },
        ratingQuestion: 'Hvor nyttig?',
        textQuestions: ['Hva var best?'],
        results: { enough: false, count: 4, min: 5 },
      }),
    });
    expect(await screen.findByText('Ikke nok svar ennå til å vise resultater (4 av 5).')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('from five answers: a table of the counts with a text summary, and the free texts as a list', async () => {
    renderApp('/moter/m1/evaluering/resultater', {
      'account.me': () => accounts.coordinator,
      'meetings.evaluation.results': () => ({
        meeting: { id: 'm1', title: 'Fagsamling' },
        ratingQuestion: 'Hvor nyttig?',
        textQuestions: ['Hva var best?', 'Hva savnet du?'],
        results: {
          enough: true,
          count: 5,
          ratingCounts: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 },
          mean: 3.6,
          texts: [['Innleggene', 'Lunsjen', 'Gruppene', 'Folka', 'Stedet'], null],
        },
      }),
    });
    expect(await screen.findByText('5 har svart. Gjennomsnittet er 3,6 av 5.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Hvor nyttig?' });
    const row = within(table).getByRole('row', { name: /4 – Bra/ });
    expect(within(row).getByText('2')).toBeTruthy();
    expect(within(row).getByText('40 %')).toBeTruthy();
    const best = screen.getByRole('region', { name: 'Hva var best?' });
    expect(within(best).getAllByRole('listitem')).toHaveLength(5);
    const missed = screen.getByRole('region', { name: 'Hva savnet du?' });
    expect(within(missed).getByText(/Færre enn fem har svart/)).toBeTruthy();
  });
});
