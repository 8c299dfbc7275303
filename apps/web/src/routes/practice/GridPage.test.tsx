import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { CHIME_CATEGORIES, LEVELS } from '@knutepunkt/domain';
import { fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';

function server(countOf: (chime: string, level: string) => number) {
  const cells = CHIME_CATEGORIES.flatMap((chime) =>
    LEVELS.map((level) => ({ chime, level, count: countOf(chime, level) })),
  ).filter((c) => c.count > 0);
  return fakeServer({
    'account.me': () => null,
    'practice.grid': () => ({ total: 14, cells }),
    // The totals per row and column are asked from the search.
    'practice.search': (input) => {
      const { chime, levels } = input as { chime: string[]; levels: string[] };
      return { total: chime.length ? 7 : levels.length ? 5 : 14, page: 1, pageSize: 1, items: [] };
    },
  });
}

describe('the CHIME × level overview', () => {
  it('is a table of 5 × 4 counts, each a link to the examples it counts', async () => {
    renderApp(
      '/praksis/oversikt',
      server((chime, level) => CHIME_CATEGORIES.indexOf(chime as never) + LEVELS.indexOf(level as never) + 1),
    );

    const table = await screen.findByRole('table', {
      name: 'Publiserte praksiseksempler etter CHIME-kategori og nivå',
    });
    const [head, body] = within(table).getAllByRole('rowgroup');
    expect(
      within(head!)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['CHIME-kategori', 'Individ', 'Tjeneste', 'System', 'Samfunn', 'Alle nivåer']);
    const rows = within(body!).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Tilhørighet',
      'Håp',
      'Identitet',
      'Mening i livet',
      'Egenmakt (myndiggjøring)',
    ]);

    const cells = within(body!)
      .getAllByRole('cell')
      .filter((cell) => !cell.classList.contains('kp-grid__total'));
    expect(cells).toHaveLength(20);
    const links = cells.map((cell) => within(cell).getByRole('link'));
    expect(links).toHaveLength(20);
    for (const th of within(head!).getAllByRole('columnheader')) expect(th.getAttribute('scope')).toBe('col');

    // Håp (row 2) at the service level (column 2): count 1 + 1 + 1.
    const hope = screen.getByRole('link', { name: 'Håp, tjeneste: 3 eksempler' });
    expect(hope.textContent).toBe('3');
    expect(hope.getAttribute('href')).toBe('/praksis?chime=HOPE&nivaa=SERVICE');
    expect(screen.getByRole('link', { name: 'Tilhørighet, individ: 1 eksempel' }).getAttribute('href')).toBe(
      '/praksis?chime=CONNECTEDNESS&nivaa=INDIVIDUAL',
    );

    // Totals come from the search, since one example can sit in several cells.
    expect((await screen.findByRole('link', { name: 'Håp, alle nivåer: 7 eksempler' })).getAttribute('href')).toBe(
      '/praksis?chime=HOPE',
    );
    expect(
      (await screen.findByRole('link', { name: 'System, alle kategorier: 5 eksempler' })).getAttribute('href'),
    ).toBe('/praksis?nivaa=SYSTEM');
    expect(screen.getByRole('link', { name: 'Alle publiserte eksempler: 14 eksempler' }).getAttribute('href')).toBe(
      '/praksis',
    );
  });

  it('shows an empty cell as 0, marked and without a link', async () => {
    renderApp(
      '/praksis/oversikt',
      server((chime, level) => (chime === 'IDENTITY' && level === 'SOCIETY' ? 0 : 2)),
    );
    const table = await screen.findByRole('table');
    const body = within(table).getAllByRole('rowgroup')[1]!;
    const identity = within(body).getAllByRole('row')[2]!;
    const cell = within(identity).getAllByRole('cell')[3]!;
    expect(cell.textContent).toBe('0');
    expect(cell.className).toContain('kp-grid__empty');
    expect(within(cell).queryByRole('link')).toBeNull();
    expect(within(body).getAllByRole('link', { name: /^[^:]+, [a-z]+: 2 eksempler$/ })).toHaveLength(19);
  });
});
