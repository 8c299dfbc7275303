import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { evaluationFixture } from './fixtures.ts';

describe('/evalueringer/:evaluationId/sporreskjema', () => {
  it('lists the questionnaires with their counts and opens a new one when it is made', async () => {
    const created: unknown[] = [];
    const { router } = renderApp('/evalueringer/ev1/sporreskjema', {
      'account.me': () => accounts.coordinator,
      'evaluations.list': () => [],
      'evaluations.get': () => evaluationFixture(),
      'evaluations.questionnaires': () => [
        {
          id: 'qn1',
          title: 'Brukerundersøkelse',
          language: 'nn',
          status: 'open',
          questions: 8,
          responses: 5,
          linksMade: 20,
          linksUsed: 4,
        },
      ],
      'evaluations.createQuestionnaire': (input) => {
        created.push(input);
        return { id: 'qn2' };
      },
      'evaluations.questionnaire': () => ({
        id: 'qn2',
        evaluationId: 'ev1',
        title: 'Nytt skjema',
        intro: '',
        language: 'nb',
        status: 'draft',
        breakdownQuestionId: null,
        questions: [],
        responses: 0,
        paperResponses: 0,
        linksMade: 0,
        linksUsed: 0,
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Spørreskjema' });
    const table = await screen.findByRole('table', { name: 'Spørreskjema' });
    const row = within(table).getByRole('row', { name: /Brukerundersøkelse/ });
    expect(within(row).getByRole('link', { name: 'Brukerundersøkelse' }).getAttribute('href')).toBe(
      '/evalueringer/ev1/sporreskjema/qn1',
    );
    expect(within(row).getByText('Nynorsk')).toBeTruthy();
    expect(within(row).getByText('Åpent for svar')).toBeTruthy();
    expect(within(row).getByText('20 laget, 4 brukt')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Tittel/), { target: { value: 'Nytt skjema' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lag spørreskjemaet' }));
    await screen.findByText('Spørreskjemaet er laget. Skriv spørsmålene nedenfor.');
    expect(created).toEqual([{ evaluationId: 'ev1', title: 'Nytt skjema', intro: '', language: 'nb' }]);
    expect(router.state.location.pathname).toBe('/evalueringer/ev1/sporreskjema/qn2');
  });
});
