import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, parsePracticeParams, practiceSearch, practiceSearchHref } from './search-params.ts';

describe('practice search in the address', () => {
  it('reads repeated filters, in the taxonomy order, and drops unknown values', () => {
    const filters = parsePracticeParams(
      new URLSearchParams(
        'q=%20turgruppe%20&chime=MEANING&chime=HOPE&chime=BOGUS&nivaa=SERVICE&målgruppe=ADULTS&fylke=50&fylke=99&side=2',
      ),
    );
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      q: 'turgruppe',
      chime: ['HOPE', 'MEANING'],
      levels: ['SERVICE'],
      targetGroups: ['ADULTS'],
      counties: ['50'],
      sort: 'relevance',
      page: 2,
    });
  });

  it('orders by date without words, and by relevance with words unless asked otherwise', () => {
    expect(parsePracticeParams(new URLSearchParams('')).sort).toBe('date');
    expect(parsePracticeParams(new URLSearchParams('sortering=relevans')).sort).toBe('date');
    expect(parsePracticeParams(new URLSearchParams('q=bolig')).sort).toBe('relevance');
    expect(parsePracticeParams(new URLSearchParams('q=bolig&sortering=dato')).sort).toBe('date');
  });

  it('writes only what is in use, with ASCII names', () => {
    expect(practiceSearch(EMPTY_FILTERS).toString()).toBe('');
    expect(
      practiceSearch({
        ...EMPTY_FILTERS,
        q: 'bolig',
        chime: ['HOPE'],
        levels: ['SERVICE', 'SYSTEM'],
        targetGroups: ['ADULTS'],
        sort: 'date',
        page: 3,
      }).toString(),
    ).toBe('q=bolig&chime=HOPE&nivaa=SERVICE&nivaa=SYSTEM&malgruppe=ADULTS&sortering=dato&side=3');
    expect(practiceSearchHref({ chime: ['HOPE'], levels: ['SERVICE'] })).toBe('/praksis?chime=HOPE&nivaa=SERVICE');
  });

  it('round-trips', () => {
    const filters = {
      ...EMPTY_FILTERS,
      q: 'ung',
      themes: ['HOUSING' as const],
      organisationTypes: ['MUNICIPALITY' as const],
      organisation: 'trondheim-kommune',
      sort: 'relevance' as const,
      page: 4,
    };
    expect(parsePracticeParams(practiceSearch(filters))).toEqual(filters);
  });
});
