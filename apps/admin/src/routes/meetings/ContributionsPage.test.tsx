import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { MEETING } from './fixtures.ts';

const prompts = {
  deadline: '2031-05-10T21:59:00.000Z',
  prompts: [
    { id: 'p1', kind: 'text', question: 'Én hendelse fra det siste året', answers: 2, goals: [] },
    {
      id: 'p2',
      kind: 'status_table',
      question: 'Status for målene',
      answers: 1,
      goals: [
        { id: 'g1', title: 'Ta i bruk FIT', answers: 1 },
        { id: 'g2', title: 'Brukerforum', answers: 0 },
      ],
    },
  ],
};
const compilation = {
  prompts: [
    {
      id: 'p1',
      kind: 'text',
      question: 'Én hendelse fra det siste året',
      goals: [],
      answers: [
        {
          answerId: 'a1',
          organisation: { id: 'o1', name: 'Sandnes kommune' },
          contributionStatus: 'sent',
          text: 'Ny hjemmel for erfaringsmedarbeider',
          present: false,
          goals: [],
        },
      ],
    },
  ],
  notSent: [{ id: 'o2', name: 'Trondheim kommune', status: 'draft' }],
  sentCount: 1,
  memberCount: 2,
};

describe('/moter/:meetingId/innspill', () => {
  it('shows the compilation and who has not sent, marks an answer to present, and asks before removing answered questions', async () => {
    const calls: Record<string, unknown[]> = { setPrompts: [], setPresent: [] };
    renderApp('/moter/m1/innspill', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => MEETING,
      'meetings.contributions.prompts': () => prompts,
      'meetings.contributions.compilation': () => compilation,
      'meetings.contributions.setPresent': (input) => {
        calls.setPresent!.push(input);
        return { answerId: 'a1', present: true };
      },
      'meetings.contributions.setPrompts': (input) => {
        calls.setPrompts!.push(input);
        return { prompts: 1, deadline: prompts.deadline };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Innspill: Fagsamling i Trondheim' });
    expect(await screen.findByText('Ny hjemmel for erfaringsmedarbeider')).toBeTruthy();
    expect(screen.getByText('Trondheim kommune (under arbeid)')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Legges fram på møtet: Sandnes kommune' }));
    await waitFor(() => expect(calls.setPresent).toEqual([{ meetingId: 'm1', answerId: 'a1', present: true }]));

    // The deadline comes back in Norwegian time.
    expect((screen.getByLabelText(/^Dato/) as HTMLInputElement).value).toBe('2031-05-10');
    expect((screen.getByLabelText(/^Klokkeslett/) as HTMLInputElement).value).toBe('23:59');
    fireEvent.click(screen.getByRole('button', { name: 'Fjern spørsmål 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre spørsmål og frist' }));
    const dialog = await screen.findByRole('dialog');
    expect(calls.setPrompts).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre og slett svarene' }));
    await waitFor(() =>
      expect(calls.setPrompts).toEqual([
        {
          meetingId: 'm1',
          confirmRemoval: true,
          deadline: { date: '2031-05-10', time: '23:59' },
          prompts: [
            {
              id: 'p2',
              kind: 'status_table',
              question: 'Status for målene',
              goals: [
                { id: 'g1', title: 'Ta i bruk FIT' },
                { id: 'g2', title: 'Brukerforum' },
              ],
            },
          ],
        },
      ]),
    );
  });
});
