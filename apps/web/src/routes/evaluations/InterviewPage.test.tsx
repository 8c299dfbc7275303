import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

const interview = (notes: unknown[] = []) => ({
  id: 'iv1',
  code: 'G1',
  kind: 'group',
  heldOn: '2026-10-12',
  participants: 5,
  consentAt: null,
  consentVersion: null,
  updatedAt: '2026-10-12T10:00:00.000Z',
  evaluation: { id: 'ev1', title: 'Brukerevaluering av møteplassen', phase: 'collection', canCollect: true },
  consent: { text: 'Det du forteller blir skrevet ned uten navn.', currentVersion: 1, givenBy: null },
  guide: {
    version: 1,
    themes: [{ key: 't1', title: 'Å bli møtt', questions: [{ key: 'q1', text: 'Hvordan ble du møtt?' }] }],
  },
  notes,
  quotesTaken: 0,
});

const PATH = '/mine-evalueringer/ev1/team/intervju/iv1';

describe('an interview page', () => {
  it('warns about words that point to a person, saves as you go and says so politely', async () => {
    const fake = fakeServer({
      'account.me': () => account(),
      'evaluations.interview': () => interview(),
      'evaluations.saveNote': () => ({
        revision: 1,
        savedAt: '2026-10-12T12:32:00.000Z',
        warningKinds: ['name', 'age'],
      }),
    });
    renderApp(PATH, fake);
    const field = await screen.findByLabelText('Hvordan ble du møtt?');
    fireEvent.change(field, { target: { value: 'Hun sa at Kari på 34 år likte seg.' } });
    expect(screen.getByText('«Kari» – navn')).toBeTruthy();
    expect(screen.getByText('«34 år» – alder')).toBeTruthy();
    fireEvent.blur(field);
    await waitFor(() => expect(fake.calls.some((c) => c.path === 'evaluations.saveNote')).toBe(true));
    const save = fake.calls.find((c) => c.path === 'evaluations.saveNote')!;
    expect(save.input).toEqual({
      interviewId: 'iv1',
      questionKey: 'q1',
      body: 'Hun sa at Kari på 34 år likte seg.',
      revision: 0,
      warningShown: true,
    });
    expect(await screen.findByText('Lagret kl. 14:32')).toBeTruthy();
  });

  it('keeps the text in the box when someone else changed the note', async () => {
    const conflict =
      'Noen andre har endret dette notatet. Teksten din er beholdt i feltet – kopier den, og last siden på nytt.';
    const fake = fakeServer({
      'account.me': () => account(),
      'evaluations.interview': () =>
        interview([
          {
            id: 'n1',
            questionKey: 'q1',
            body: 'Gammel tekst.',
            revision: 3,
            warningKinds: [],
            warnedPassageKept: false,
            updatedAt: '2026-10-12T10:00:00.000Z',
          },
        ]),
      'evaluations.saveNote': () => {
        throw new FakeError(409, conflict);
      },
    });
    renderApp(PATH, fake);
    const field = await screen.findByLabelText<HTMLTextAreaElement>('Hvordan ble du møtt?');
    expect(field.value).toBe('Gammel tekst.');
    fireEvent.change(field, { target: { value: 'Min nye tekst.' } });
    fireEvent.blur(field);
    expect(await screen.findByText(conflict)).toBeTruthy();
    expect((fake.calls.find((c) => c.path === 'evaluations.saveNote')!.input as { revision: number }).revision).toBe(3);
    expect(field.value).toBe('Min nye tekst.');
  });
});
