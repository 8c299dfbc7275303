import type { PublishedReport } from '@knutepunkt/domain';
import type { Outputs } from '../../trpc.ts';

/** A published report as `evaluations.report` answers it, for the pages' tests. Invented. */
export const testReport: PublishedReport = {
  version: 1,
  title: 'Brukerevaluering av dagsenteret',
  language: 'nb',
  publishedAt: '2026-05-01T10:00:00.000Z',
  minGroupSize: 5,
  service: 'Tjenesten fire',
  commissioner: 'Kommune en',
  centre: 'Brukerstyrt senter',
  startsOn: '2026-01-05',
  endsOn: '2026-04-20',
  summary: 'Brukerne er i hovedsak **fornøyde** med dagsenteret.',
  background: 'Kommunen ba om en brukerevaluering.',
  method: 'Fire gruppeintervjuer.',
  easyRead: 'De fleste liker dagsenteret.',
  heard: { groupInterviews: 4, individualInterviews: null, participants: 23, questionnaireResponses: null },
  themes: [],
  recommendations: [{ id: 'rec1', position: 0, title: 'Lengre åpningstid på kveldstid', body: 'Åpent to kvelder.' }],
  results: [],
};

export const testAnswer: Outputs['evaluations']['report'] = {
  report: testReport,
  followUpClosed: false,
  recommendations: [
    {
      id: 'rec1',
      position: 0,
      title: 'Lengre åpningstid på kveldstid',
      response: 'agreed',
      plannedAction: 'Prøve ut åpent til kl. 20 to dager i uka.',
      responsible: 'Leder for dagsenteret',
      respondedAt: '2026-06-01T10:00:00.000Z',
      statuses: [
        {
          id: 's2',
          status: 'in_progress',
          comment: 'Åpent tirsdager fra september.',
          round: 6,
          at: '2026-11-03T10:00:00.000Z',
        },
        { id: 's1', status: 'not_started', comment: '', round: null, at: '2026-07-01T10:00:00.000Z' },
      ],
    },
  ],
};
