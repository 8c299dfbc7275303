import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { evaluationFixture } from './fixtures.ts';
import type { Questionnaire } from './use-questionnaire.ts';

/** A questionnaire as evaluations.questionnaire returns it: a draft with one single-choice question. */
function questionnaireFixture(change: Partial<Questionnaire> = {}): Questionnaire {
  return {
    id: 'qn1',
    evaluationId: 'ev1',
    title: 'Hvordan har du det på møteplassen?',
    intro: 'Det er frivillig å svare.',
    language: 'nb',
    status: 'draft',
    breakdownQuestionId: null,
    questions: [
      {
        id: 'qq1',
        position: 0,
        kind: 'single',
        text: 'Hvor gammel er du?',
        options: ['Under 30', '30 eller eldre'],
        required: true,
      },
    ],
    responses: 0,
    paperResponses: 0,
    linksMade: 0,
    linksUsed: 0,
    ...change,
  };
}

const handlers = (questionnaire: () => Questionnaire, more: Record<string, (input: unknown) => unknown> = {}) => ({
  'account.me': () => accounts.coordinator,
  'evaluations.list': () => [],
  'evaluations.get': () => evaluationFixture(),
  'evaluations.questionnaires': () => [],
  'evaluations.questionnaire': () => questionnaire(),
  ...more,
});

describe('/evalueringer/:evaluationId/sporreskjema/:questionnaireId', () => {
  it('builds a draft: adds a scale question, moves it up, and saves the questions in that order', async () => {
    const saved: unknown[] = [];
    renderApp(
      '/evalueringer/ev1/sporreskjema/qn1',
      handlers(() => questionnaireFixture(), {
        'evaluations.saveQuestions': (input) => {
          saved.push(input);
          return { questionIds: ['qq2', 'qq1'] };
        },
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Hvordan har du det på møteplassen?' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const parts = screen.getByRole('navigation', { name: 'Deler av evalueringen' });
    expect(within(parts).getByRole('link', { name: 'Spørreskjema' }).getAttribute('aria-current')).toBe('page');
    // The breakdown offers the saved single-choice question, and says small groups are hidden.
    const breakdown = screen.getByRole('group', { name: 'Del opp tabellene etter' });
    expect(within(breakdown).getByLabelText('1. Hvor gammel er du?')).toBeTruthy();
    expect(screen.getByText(/Grupper med færre svar enn den minste gruppestørrelsen/)).toBeTruthy();

    const first = screen.getByRole('group', { name: 'Spørsmål 1' });
    expect((within(first).getByLabelText(/^Alternativ 2/) as HTMLInputElement).value).toBe('30 eller eldre');

    fireEvent.click(screen.getByRole('button', { name: 'Legg til spørsmål: Skala 1–5' }));
    const second = screen.getByRole('group', { name: 'Spørsmål 2' });
    await waitFor(() => expect(document.activeElement).toBe(within(second).getByLabelText(/^Spørsmålsteksten/)));
    fireEvent.change(within(second).getByLabelText(/^Spørsmålsteksten/), {
      target: { value: 'Hvor godt liker du deg her?' },
    });
    fireEvent.change(within(second).getByLabelText(/^Tekst ved 1/), { target: { value: 'Ikke i det hele tatt' } });
    fireEvent.change(within(second).getByLabelText(/^Tekst ved 5/), { target: { value: 'Veldig godt' } });
    fireEvent.click(within(second).getByLabelText('Må besvares'));
    fireEvent.click(within(second).getByRole('button', { name: 'Flytt opp: Spørsmål 2' }));
    expect(
      (
        within(screen.getByRole('group', { name: 'Spørsmål 1' })).getByLabelText(
          /^Spørsmålsteksten/,
        ) as HTMLTextAreaElement
      ).value,
    ).toBe('Hvor godt liker du deg her?');

    fireEvent.click(screen.getByRole('button', { name: 'Lagre spørsmålene' }));
    await screen.findByText('Spørsmålene er lagret.');
    expect(saved).toEqual([
      {
        questionnaireId: 'qn1',
        questions: [
          {
            kind: 'scale',
            text: 'Hvor godt liker du deg her?',
            options: ['Ikke i det hele tatt', 'Veldig godt'],
            required: true,
          },
          {
            id: 'qq1',
            kind: 'single',
            text: 'Hvor gammel er du?',
            options: ['Under 30', '30 eller eldre'],
            required: true,
          },
        ],
      },
    ]);
  });

  it('shows a refused save in words, at the field it is about', async () => {
    renderApp(
      '/evalueringer/ev1/sporreskjema/qn1',
      handlers(() => questionnaireFixture(), {
        'evaluations.saveQuestions': () => {
          throw new ServerError('BAD_REQUEST', 'Noe i skjemaet er ikke riktig fylt ut.', {
            'questions.1.options': 'Et spørsmål med valg trenger fra 2 til 12 svaralternativer.',
          });
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Legg til spørsmål: Flere valg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre spørsmålene' }));
    const summary = await screen.findByRole('link', {
      name: 'Spørsmål 2, Svaralternativer (2–12): Et spørsmål med valg trenger fra 2 til 12 svaralternativer.',
    });
    expect(summary.getAttribute('href')).toBe('#field-questions.1.options.0');
  });

  it('opens a draft after asking, then makes links shown once with a warning, counts and a printable sheet', async () => {
    let q = questionnaireFixture();
    const opened: unknown[] = [];
    const made: unknown[] = [];
    const links = [
      'https://web.test/sporreskjema?lenke=aaaaaaaaaaaa',
      'https://web.test/sporreskjema?lenke=bbbbbbbbbbbb',
    ];
    renderApp(
      '/evalueringer/ev1/sporreskjema/qn1',
      handlers(() => q, {
        'evaluations.openQuestionnaire': (input) => {
          opened.push(input);
          q = { ...q, status: 'open' };
          return { status: 'open' };
        },
        'evaluations.createLinks': (input) => {
          made.push(input);
          if ((input as { count: unknown }).count !== 2) {
            throw new ServerError('BAD_REQUEST', 'Noe i skjemaet er ikke riktig fylt ut.', {
              count: 'Verdien er ugyldig.',
            });
          }
          q = { ...q, linksMade: 2 };
          return { links };
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Åpne for svar' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/kan spørsmålene ikke endres lenger/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Åpne for svar' }));
    await screen.findByText('Skjemaet er åpnet for svar. Nå kan du lage lenker.');
    expect(opened).toEqual([{ questionnaireId: 'qn1' }]);
    expect(screen.queryByRole('button', { name: 'Lagre spørsmålene' })).toBeNull();

    const count = await screen.findByLabelText(/^Antall lenker/);
    fireEvent.change(count, { target: { value: 'mange' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lag lenker' }));
    expect((await screen.findAllByText(/Verdien er ugyldig/)).length).toBeGreaterThan(0);

    fireEvent.change(count, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lag lenker' }));
    await screen.findByText('2 nye lenker er laget.');
    expect(made.at(-1)).toEqual({ questionnaireId: 'qn1', count: 2 });
    expect(screen.getByText(/Lenkene vises bare nå/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'De nye lenkene' });
    expect(within(table).getByText(links[0]!)).toBeTruthy();
    expect(within(table).queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Last ned som CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeTruthy();
    expect(document.querySelectorAll('.kp-print-links li')).toHaveLength(2);
    await screen.findByText(/Lenker laget: 2\. Lenker brukt: 0\./);
  });
});
