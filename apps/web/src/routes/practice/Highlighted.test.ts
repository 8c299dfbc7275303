import { describe, expect, it } from 'vitest';
import { plainSnippet } from './Highlighted.tsx';

describe('plainSnippet', () => {
  it('drops Markdown marks from an excerpt but keeps the words', () => {
    expect(
      plainSnippet('til tur eller matlaging.\n- Ansatte og **deltakere** spiser\n\n## Inntak\n1. Ingen henvisning'),
    ).toBe('til tur eller matlaging. Ansatte og deltakere spiser Inntak Ingen henvisning');
    expect(plainSnippet('e-post: kari_nordmann@kommune.no - ikke en liste')).toBe(
      'e-post: kari_nordmann@kommune.no - ikke en liste',
    );
  });
});
