import { describe, expect, test } from 'vitest';
import { diffTokens, diffVersions, diffWords, WORD_DIFF_LIMIT, type DiffPart } from './diff.ts';

/** The texts the parts stand for: same + removed is before, same + added is after. */
function sides(parts: readonly DiffPart[]): { before: string; after: string } {
  return {
    before: parts
      .filter((p) => p.kind !== 'added')
      .map((p) => p.text)
      .join(''),
    after: parts
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
  };
}

function expectWellFormed(parts: readonly DiffPart[], before: string, after: string) {
  expect(sides(parts)).toEqual({ before, after });
  for (const part of parts) expect(part.text).not.toBe('');
  for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
}

/** A small deterministic generator, so the large inputs are the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = (
  'vi har en turgruppe for folk som vil komme seg ut og møte andre hver tirsdag går vi sammen ' +
  'i marka erfaringskonsulenten leder gruppa deltakerne forteller at de får bedre søvn og mer håp ' +
  'tjenesten samarbeider med frivilligsentralen og NAV om arbeid bolig og økonomi pårørende er velkomne ' +
  'tilhørighet identitet mening egenmakt recovery bedringsprosess kommunen spesialisthelsetjenesten'
).split(' ');

function text(rnd: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    out += VOCABULARY[Math.floor(rnd() * VOCABULARY.length)];
    const r = rnd();
    out += r < 0.03 ? '.\n\n' : r < 0.1 ? ', ' : ' ';
  }
  return out.slice(0, length);
}

/** Longest common subsequence length by dynamic programming, to check the diff is minimal. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!));
    previous = row;
  }
  return previous[b.length]!;
}

describe('diffWords', () => {
  test('identical texts give one same part', () => {
    expect(diffWords('Vi går tur hver tirsdag.', 'Vi går tur hver tirsdag.')).toEqual([
      { kind: 'same', text: 'Vi går tur hver tirsdag.' },
    ]);
    expect(diffWords('', '')).toEqual([]);
  });

  test('empty before: everything added; empty after: everything removed', () => {
    expect(diffWords('', 'Ny tekst her')).toEqual([{ kind: 'added', text: 'Ny tekst her' }]);
    expect(diffWords('Gammel tekst', '')).toEqual([{ kind: 'removed', text: 'Gammel tekst' }]);
  });

  test('insert in the middle', () => {
    expect(diffWords('Vi går tur hver tirsdag.', 'Vi går lang tur hver tirsdag.')).toEqual([
      { kind: 'same', text: 'Vi går ' },
      { kind: 'added', text: 'lang ' },
      { kind: 'same', text: 'tur hver tirsdag.' },
    ]);
  });

  test('delete in the middle', () => {
    expect(diffWords('Vi går en lang tur hver tirsdag.', 'Vi går tur hver tirsdag.')).toEqual([
      { kind: 'same', text: 'Vi går ' },
      { kind: 'removed', text: 'en lang ' },
      { kind: 'same', text: 'tur hver tirsdag.' },
    ]);
  });

  test('replace in the middle shows removed before added', () => {
    expect(diffWords('Vi går tur hver tirsdag.', 'Vi går tur hver torsdag.')).toEqual([
      { kind: 'same', text: 'Vi går tur hver ' },
      { kind: 'removed', text: 'tirsdag.' },
      { kind: 'added', text: 'torsdag.' },
    ]);
  });

  test('a replaced phrase reads as one change, not word by word', () => {
    expect(diffWords('Møtes i kantina på rådhuset hver uke.', 'Møtes på biblioteket i sentrum hver uke.')).toEqual([
      { kind: 'same', text: 'Møtes ' },
      { kind: 'removed', text: 'i kantina på rådhuset' },
      { kind: 'added', text: 'på biblioteket i sentrum' },
      { kind: 'same', text: ' hver uke.' },
    ]);
  });

  test('Norwegian letters æøå are words like any other', () => {
    const parts = diffWords('Pårørende får støtte på kafé', 'Pårørende og nære får støtte i æra');
    expect(parts).toEqual([
      { kind: 'same', text: 'Pårørende ' },
      { kind: 'added', text: 'og nære ' },
      { kind: 'same', text: 'får støtte ' },
      { kind: 'removed', text: 'på kafé' },
      { kind: 'added', text: 'i æra' },
    ]);
    expectWellFormed(parts, 'Pårørende får støtte på kafé', 'Pårørende og nære får støtte i æra');
  });

  test('whitespace and line changes are kept exactly', () => {
    const before = 'Første avsnitt.\n\nAndre  avsnitt.';
    const after = 'Første avsnitt.\nAndre avsnitt.\n';
    expectWellFormed(diffWords(before, after), before, after);
  });

  test('random edits always rebuild both texts', () => {
    const rnd = random(7);
    for (let round = 0; round < 200; round++) {
      const before = text(rnd, Math.floor(rnd() * 300));
      const after =
        rnd() < 0.5
          ? text(rnd, Math.floor(rnd() * 300))
          : before.replace(/tur|og /g, () => (rnd() < 0.5 ? 'reise ' : ''));
      expectWellFormed(diffWords(before, after), before, after);
    }
  });

  test('two 20 000-character sections with scattered edits: correct, and only the edits are marked', () => {
    const rnd = random(42);
    const before = text(rnd, 20_000);
    const words = before.split(' ');
    let edits = 0;
    const after = words
      .map((word) => {
        const r = rnd();
        if (r < 0.01) return (edits++, 'ENDRET');
        if (r < 0.015) return (edits++, `${word} INNSATT ORD`);
        if (r < 0.02) return (edits++, '');
        return word;
      })
      .join(' ');
    expect(after.length).toBeGreaterThan(19_000);
    const parts = diffWords(before, after);
    expectWellFormed(parts, before, after);
    const changed = parts.filter((p) => p.kind !== 'same').reduce((sum, p) => sum + p.text.length, 0);
    expect(changed).toBeLessThan(edits * 40);
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(' '),
    ).toContain('INNSATT ORD');
  });

  test('two unrelated 20 000-character sections still finish, correctly', () => {
    const before = text(random(1), 20_000);
    const after = text(random(2), 20_000);
    expectWellFormed(diffWords(before, after), before, after);
  });

  test('beyond the word limit, paragraphs are compared first and changed ones word by word', () => {
    const rnd = random(3);
    const paragraphs = Array.from({ length: 120 }, () => text(rnd, 600).replace(/\n\n/g, ' ').trim());
    const changedParagraphs = paragraphs.map((p, i) =>
      i % 2 === 0 ? `${p} Endret i ny versjon.` : text(rnd, 600).replace(/\n\n/g, ' ').trim(),
    );
    const before = paragraphs.join('\n\n');
    const after = changedParagraphs.join('\n\n');
    const tokens = (s: string) => s.match(/\s+|\S+/g)!.length;
    expect(tokens(before) * tokens(after)).toBeGreaterThan(WORD_DIFF_LIMIT);
    const parts = diffWords(before, after);
    expectWellFormed(parts, before, after);
    // Each even paragraph kept, with the added sentence marked word by word.
    const same = parts
      .filter((p) => p.kind === 'same')
      .map((p) => p.text)
      .join('');
    for (let i = 0; i < paragraphs.length; i += 10) expect(same).toContain(paragraphs[i]!);
    expect(parts.filter((p) => p.kind === 'added' && p.text.includes('Endret i ny versjon.')).length).toBeGreaterThan(
      0,
    );
  });
});

describe('diffTokens', () => {
  test('finds a longest common subsequence (checked against dynamic programming)', () => {
    const rnd = random(11);
    for (let round = 0; round < 500; round++) {
      const alphabet = 2 + Math.floor(rnd() * 5);
      const a = Array.from({ length: Math.floor(rnd() * 40) }, () => String(Math.floor(rnd() * alphabet)));
      const b = Array.from({ length: Math.floor(rnd() * 40) }, () => String(Math.floor(rnd() * alphabet)));
      const parts = diffTokens(a, b);
      expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text)).toEqual(a);
      expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text)).toEqual(b);
      expect(parts.filter((p) => p.kind === 'same').length).toBe(lcsLength(a, b));
    }
  });
});

describe('diffVersions', () => {
  test('field by field, in the order of the newer version, then fields it no longer has', () => {
    const published = {
      background: 'Vi startet i 2020.',
      approach: 'Turgruppe hver tirsdag.',
      contact: 'Kari Nordmann',
    };
    const review = { summary: 'Kort ingress.', background: 'Vi startet i 2020.', approach: 'Turgruppe hver torsdag.' };
    expect(diffVersions(published, review)).toEqual([
      { field: 'summary', changed: true, parts: [{ kind: 'added', text: 'Kort ingress.' }] },
      { field: 'background', changed: false, parts: [{ kind: 'same', text: 'Vi startet i 2020.' }] },
      {
        field: 'approach',
        changed: true,
        parts: [
          { kind: 'same', text: 'Turgruppe hver ' },
          { kind: 'removed', text: 'tirsdag.' },
          { kind: 'added', text: 'torsdag.' },
        ],
      },
      { field: 'contact', changed: true, parts: [{ kind: 'removed', text: 'Kari Nordmann' }] },
    ]);
  });

  test('nothing published yet: every field is added', () => {
    expect(diffVersions({}, { background: 'Ny', results: '' })).toEqual([
      { field: 'background', changed: true, parts: [{ kind: 'added', text: 'Ny' }] },
      { field: 'results', changed: false, parts: [] },
    ]);
  });
});
