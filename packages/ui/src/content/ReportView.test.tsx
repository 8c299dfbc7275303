import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublishedReport } from '@knutepunkt/domain';
import { messagesFor } from '@knutepunkt/domain/i18n';
import { webMessages } from '@knutepunkt/domain/i18n/web';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { ReportView } from './ReportView.tsx';

const report: PublishedReport = {
  version: 1,
  title: 'Brukerevaluering av dagsenteret',
  language: 'nn',
  publishedAt: '2026-05-01T10:00:00.000Z',
  minGroupSize: 5,
  service: 'Dagsenteret',
  commissioner: 'Kommunen',
  centre: 'Senteret',
  startsOn: '2026-01-05',
  endsOn: '2026-04-30',
  summary: 'Brukarane er nøgde.',
  background: '',
  method: '',
  easyRead: 'Folk liker staden.',
  heard: { groupInterviews: 6, individualInterviews: null, participants: 40, questionnaireResponses: 0 },
  themes: [
    {
      title: 'Å bli møtt',
      description: '',
      findings: [{ text: 'Dei fleste kjende seg velkomne.', quotes: ['Eg blei sett.'] }],
    },
  ],
  recommendations: [{ id: 'r1', position: 0, title: 'Lengre opningstid', body: '' }],
  results: [
    {
      questionId: 'q1',
      text: 'Kor godt trivst du?',
      kind: 'single',
      rows: ['Godt', 'Dårleg'],
      columns: [''],
      table: { cells: [[12], [null]], rowTotals: [12, null], columnTotals: [null], total: null },
      answered: null,
      texts: [],
      textHidden: false,
    },
  ],
};

const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nProvider locale="nb" loadMessages={(l) => messagesFor(webMessages, l)} onLocaleChange={() => {}}>
    {children}
  </I18nProvider>
);

describe('ReportView', () => {
  it('shows hidden counts as «færre enn N», in the table and in the chart’s text alternative', async () => {
    render(<ReportView report={report} headingLevel={2} />, { wrapper });
    const table = await screen.findByRole('table', { name: 'Kor godt trivst du?' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'SvaralternativAntall',
      'Godt12',
      'Dårlegfærre enn 5',
      'Totaltfærre enn 5',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Godt' }).getAttribute('scope')).toBe('row');
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Søylediagram: Godt: 12; Dårleg: færre enn 5');
    expect(screen.getByText('Individuelle intervjuer').nextElementSibling?.textContent).toBe('færre enn 5');
  });

  it('keeps the report’s language on its text and gives the easy-read summary its own section', async () => {
    render(<ReportView report={report} headingLevel={2} />, { wrapper });
    const easy = await screen.findByRole('region', { name: 'Lettlest sammendrag' });
    expect(easy.getAttribute('lang')).toBe('nn');
    expect(within(easy).getByText('Folk liker staden.')).toBeTruthy();
    expect(screen.getByText('Eg blei sett.').closest('blockquote')?.getAttribute('lang')).toBe('nn');
    expect(screen.getByRole('heading', { level: 2, name: 'Anbefalinger' })).toBeTruthy();
  });
});
