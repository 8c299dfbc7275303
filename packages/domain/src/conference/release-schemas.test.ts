import { describe, expect, test } from 'vitest';
import { releaseCreateInput, releaseUpdateInput } from './release-schemas.ts';

describe('release inputs', () => {
  test('a name of 1–80 characters, trimmed; a note up to 2000', () => {
    expect(releaseCreateInput.parse({ editionId: 'e1', name: '  v2 – endringer 3. okt ' })).toEqual({
      editionId: 'e1',
      name: 'v2 – endringer 3. okt',
      note: '',
    });
    expect(releaseCreateInput.safeParse({ editionId: 'e1', name: '   ' }).success).toBe(false);
    expect(releaseCreateInput.safeParse({ editionId: 'e1', name: 'x'.repeat(81) }).success).toBe(false);
    expect(releaseCreateInput.safeParse({ editionId: 'e1', name: 'x'.repeat(80) }).success).toBe(true);
    expect(releaseUpdateInput.safeParse({ releaseId: 'r1', name: 'v1', note: 'x'.repeat(2001) }).success).toBe(false);
    expect(releaseUpdateInput.safeParse({ releaseId: 'r1', name: 'v1', note: 'x'.repeat(2000) }).success).toBe(true);
    expect(releaseUpdateInput.safeParse({ releaseId: 'r1', name: 5 }).success).toBe(false);
  });
});
