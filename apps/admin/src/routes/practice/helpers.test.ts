import { describe, expect, it } from 'vitest';
import { publicExampleUrl } from './public-url.ts';
import { condense } from './VersionDiff.tsx';

describe('condense', () => {
  it('shortens long unchanged text to the words next to the changes', () => {
    const long = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');
    const shown = condense([
      { kind: 'same', text: long },
      { kind: 'added', text: 'nytt' },
      { kind: 'same', text: ` ${long}` },
    ]);
    expect(shown.map((part) => part.kind)).toEqual(['omitted', 'same', 'added', 'same', 'omitted']);
    const tail = shown[1] as { text: string };
    expect(long.endsWith(tail.text)).toBe(true);
    expect(tail.text.length).toBeLessThanOrEqual(160);
  });

  it('keeps short unchanged text whole', () => {
    const parts = [
      { kind: 'same', text: 'kort' },
      { kind: 'removed', text: 'tekst' },
    ] as const;
    expect(condense(parts)).toEqual(parts);
  });
});

describe('publicExampleUrl', () => {
  it('links to the website when its address is known, and gives up otherwise', () => {
    expect(publicExampleUrl('et-eksempel', 'http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000/praksis/et-eksempel');
    expect(publicExampleUrl('et-eksempel', 'https://knutepunkt.example')).toBe(
      'https://knutepunkt.example/praksis/et-eksempel',
    );
    expect(publicExampleUrl('et-eksempel', '/')).toBeNull();
  });
});
