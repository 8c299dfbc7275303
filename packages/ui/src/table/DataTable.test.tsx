import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QueryStatesProvider } from '../state/query-states.tsx';
import { renderWithI18n } from '../test/render.tsx';
import { SampleTable, progress, sampleColumns } from './fixtures.tsx';

const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('DataTable', () => {
  it('is a table named by its hidden caption, in a focusable scroll region of the same name', () => {
    renderWithI18n(<SampleTable />);
    const table = screen.getByRole('table', { name: 'Organisasjoner' });
    expect(table.querySelector('caption')?.className).toBe('ds-sr-only');
    const region = screen.getByRole('region', { name: 'Organisasjoner' });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(table)).toBe(true);
  });

  it('has column headers, a row header per row and the cells under them', () => {
    renderWithI18n(<SampleTable />);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Navn',
      'Kommune',
      'Medlemmer',
      'Handlinger',
    ]);
    const rowHeader = screen.getByRole('rowheader', { name: 'Trondheim kommune' });
    expect(rowHeader.tagName).toBe('TH');
    expect(rowHeader.getAttribute('scope')).toBe('row');
    const row = rowHeader.closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Trondheim kommune' }).getAttribute('href')).toBe(
      '/organisasjoner/o1',
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Trondheim', '12', 'Fjern Trondheim kommune']);
    // A column's class is on its header and its cells.
    expect(screen.getByRole('columnheader', { name: 'Medlemmer' }).className).toContain('kp-num');
    expect(within(row).getByText('12').className).toContain('kp-num');
    // Not sortable: no buttons in the headers, no aria-sort.
    expect(screen.queryAllByRole('columnheader').some((th) => th.hasAttribute('aria-sort'))).toBe(false);
  });

  it('can show its caption', () => {
    renderWithI18n(<SampleTable caption="Endrede felt" showCaption captionClassName="kp-caption" />);
    expect(screen.getByRole('table', { name: 'Endrede felt' }).querySelector('caption')?.className).toBe('kp-caption');
  });

  it('says it is loading, and shows no table yet', () => {
    renderWithI18n(
      <SampleTable columns={sampleColumns} rows={undefined} query={progress.loading} loadingLabel="Søker …" />,
    );
    expect(screen.getByRole('status').textContent).toBe('Søker …');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says what went wrong and offers to try again', async () => {
    const refetch = vi.fn();
    renderWithI18n(
      <SampleTable columns={sampleColumns} rows={undefined} query={progress.failed(refetch)} errorHeadingLevel={2} />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2, name: 'Noe gikk galt' })).toBeTruthy();
    expect(alert.textContent).toContain('Fikk ikke kontakt med tjenesten.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("shows a failure in the app's own words when the app says how", () => {
    renderWithI18n(
      <QueryStatesProvider views={{ SectionError: ({ headingLevel }) => <p>Appens feil (h{headingLevel ?? 3})</p> }}>
        <SampleTable columns={sampleColumns} rows={undefined} query={progress.failed()} />
      </QueryStatesProvider>,
    );
    expect(screen.getByText('Appens feil (h3)')).toBeTruthy();
  });

  it('keeps the rows it has when a refresh fails, with the error above them', () => {
    renderWithI18n(<SampleTable columns={sampleColumns} query={progress.failed()} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Organisasjoner' })).toBeTruthy();
  });

  it('says plainly when there is nothing, without an empty table', () => {
    renderWithI18n(
      <SampleTable
        columns={sampleColumns}
        rows={[]}
        query={progress.loaded}
        empty="Ingen organisasjoner passer søket."
      />,
    );
    expect(screen.getByText('Ingen organisasjoner passer søket.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has its status line in a live region that exists before the count arrives', () => {
    const { rerender } = renderWithI18n(<SampleTable columns={sampleColumns} rows={undefined} status={null} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    rerender(<SampleTable columns={sampleColumns} status="5 treff" />);
    expect(screen.getAllByRole('status')[0]).toBe(region);
    expect(region.textContent).toBe('5 treff');
  });

  it('shows the pagination it is given under the rows', () => {
    renderWithI18n(<SampleTable pagination={<nav aria-label="Sider">Side 1 av 3</nav>} />);
    const nav = screen.getByRole('navigation', { name: 'Sider' });
    const table = screen.getByRole('table');
    expect(table.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('DataTable sorting', () => {
  const renderSortable = () => renderWithI18n(<SampleTable columns={sampleColumns} />);

  it('starts in the order given, with a sort button named by the column and described by what it does', () => {
    renderSortable();
    expect(names()).toEqual([
      'Trondheim kommune',
      'Ørland kommune',
      'Mental Helse Trøndelag',
      'Åfjord kommune',
      'Agdenes frivilligsentral',
    ]);
    const header = screen.getByRole('columnheader', { name: 'Navn' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    expect(within(header).getByRole('button', { name: 'Navn', description: 'Sorter stigende' })).toBeTruthy();
    // The column that cannot sort has no button.
    expect(within(screen.getByRole('columnheader', { name: 'Handlinger' })).queryByRole('button')).toBeNull();
  });

  it('sorts with the keyboard: Enter for ascending, Space for descending, and says so', async () => {
    const user = userEvent.setup();
    renderSortable();
    const region = screen.getByRole('region', { name: 'Organisasjoner' });
    await user.tab();
    expect(document.activeElement).toBe(region);
    await user.tab();
    const button = screen.getByRole('button', { name: 'Navn' });
    expect(document.activeElement).toBe(button);

    await user.keyboard('{Enter}');
    // Norwegian order: Æ, Ø, Å after Z.
    expect(names()).toEqual([
      'Agdenes frivilligsentral',
      'Mental Helse Trøndelag',
      'Trondheim kommune',
      'Ørland kommune',
      'Åfjord kommune',
    ]);
    const header = screen.getByRole('columnheader', { name: 'Navn' });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('status').textContent).toBe('Sortert etter Navn, stigende');
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('button', { name: 'Navn', description: 'Sorter synkende' })).toBe(button);

    await user.keyboard(' ');
    expect(names()[0]).toBe('Åfjord kommune');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('status').textContent).toBe('Sortert etter Navn, synkende');
  });

  it('sorts numbers as numbers, keeps ties in their order and puts empty values last', async () => {
    const user = userEvent.setup();
    renderSortable();
    await user.click(screen.getByRole('button', { name: 'Medlemmer' }));
    expect(names()).toEqual([
      'Ørland kommune',
      'Åfjord kommune',
      'Agdenes frivilligsentral',
      'Trondheim kommune',
      'Mental Helse Trøndelag',
    ]);
    // Only the sorted column says it is sorted.
    expect(screen.getByRole('columnheader', { name: 'Navn' }).getAttribute('aria-sort')).toBe('none');

    await user.click(screen.getByRole('button', { name: 'Kommune' }));
    await user.click(screen.getByRole('button', { name: 'Kommune' }));
    expect(names()).toEqual([
      'Åfjord kommune',
      'Ørland kommune',
      'Trondheim kommune',
      'Agdenes frivilligsentral',
      'Mental Helse Trøndelag',
    ]);
  });

  it('can start sorted, and says so in the header', () => {
    renderWithI18n(
      <SampleTable columns={sampleColumns} initialSort={{ column: 'members', direction: 'descending' }} />,
    );
    expect(names()[0]).toBe('Mental Helse Trøndelag');
    expect(screen.getByRole('columnheader', { name: 'Medlemmer' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('speaks English in English', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SampleTable caption="Organisations" columns={sampleColumns} />, { locale: 'en' });
    const button = screen.getByRole('button', { name: 'Navn', description: 'Sort ascending' });
    await user.click(button);
    expect(screen.getByRole('status').textContent).toBe('Sorted by Navn, ascending');
  });
});
