import { describe, expect, it } from 'vitest';
import { directorySearch, parseDirectoryParams } from './directory-params.ts';

describe('directory filters in the address', () => {
  it('reads known filters and ignores anything else a shared link may carry', () => {
    expect(parseDirectoryParams(new URLSearchParams('type=USER_ORGANISATION&fylke=50&q=%20mental%20&side=3'))).toEqual({
      type: 'USER_ORGANISATION',
      county: '50',
      q: 'mental',
      page: 3,
    });
    expect(parseDirectoryParams(new URLSearchParams('type=BANK&fylke=99&q=&side=-2'))).toEqual({
      type: undefined,
      county: undefined,
      q: undefined,
      page: 1,
    });
  });

  it('writes only the filters in use, and no page number for the first page', () => {
    expect(directorySearch({ q: 'trond', page: 1 }).toString()).toBe('q=trond');
    expect(directorySearch({ type: 'MUNICIPALITY', county: '15', page: 2 }).toString()).toBe(
      'type=MUNICIPALITY&fylke=15&side=2',
    );
  });
});
