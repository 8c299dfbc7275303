import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { DataList } from './DataList.tsx';
import { progress, sampleOrganisations } from './fixtures.tsx';

describe('DataList', () => {
  it('is an ordered list named by its label, one item each', () => {
    renderWithI18n(
      <DataList
        label="Varsler, nyeste først"
        items={sampleOrganisations}
        itemKey={(o) => o.id}
        renderItem={(o) => <h2>{o.name}</h2>}
        className="kp-audit"
        itemClassName="kp-audit__entry"
      />,
    );
    const list = screen.getByRole('list', { name: 'Varsler, nyeste først' });
    expect(list.tagName).toBe('OL');
    expect(list.className).toBe('kp-audit');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(sampleOrganisations.map((o) => o.name));
    expect(items[0]?.className).toBe('kp-audit__entry');
  });

  it('is an unordered list when the order means nothing', () => {
    renderWithI18n(
      <DataList ordered={false} items={sampleOrganisations} itemKey={(o) => o.id} renderItem={(o) => o.name} />,
    );
    expect(screen.getByRole('list').tagName).toBe('UL');
  });

  it('has the same states as a table: loading, failed, empty', () => {
    const { rerender } = renderWithI18n(
      <DataList
        items={undefined}
        itemKey={(o: { id: string }) => o.id}
        renderItem={() => null}
        query={progress.loading}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Laster inn …');
    rerender(
      <DataList
        items={undefined}
        itemKey={(o: { id: string }) => o.id}
        renderItem={() => null}
        query={progress.failed()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Fikk ikke kontakt med tjenesten.');
    rerender(
      <DataList items={[]} itemKey={(o: { id: string }) => o.id} renderItem={() => null} empty="Ingen varsler." />,
    );
    expect(screen.getByText('Ingen varsler.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
