import { describe, expect, it } from 'vitest';
import { linksCsv, newQuestion, toDrafts, toInput, withKind } from './questionnaire-editing.ts';

describe('questionnaire editing', () => {
  it('starts each kind with the options it needs', () => {
    expect(newQuestion('single').options).toEqual(['', '']);
    expect(newQuestion('scale').options).toEqual(['', '']);
    expect(newQuestion('text').options).toEqual([]);
  });

  it('changes kind keeping what fits: choices keep options, a scale its two ends, free text none', () => {
    const choice = { ...newQuestion('multiple'), options: ['A', 'B', 'C'] };
    expect(withKind(choice, 'single').options).toEqual(['A', 'B', 'C']);
    expect(withKind(choice, 'scale').options).toEqual(['A', 'B']);
    expect(withKind(choice, 'text').options).toEqual([]);
    expect(withKind(withKind(choice, 'text'), 'single').options).toEqual(['', '']);
  });

  it('sends saved questions with their id and new ones without, in order', () => {
    const drafts = [
      newQuestion('text'),
      ...toDrafts([{ id: 'q1', kind: 'single', text: 'Alder', options: ['Ung', 'Eldre', 7], required: true }]),
    ];
    expect(toInput(drafts)).toEqual([
      { kind: 'text', text: '', options: [], required: false },
      { id: 'q1', kind: 'single', text: 'Alder', options: ['Ung', 'Eldre'], required: true },
    ]);
  });

  it('writes one link a row under a header, as UTF-8 with CRLF', () => {
    expect(linksCsv('Lenke', ['https://x.test/s?lenke=a', 'https://x.test/s?lenke=b'])).toBe(
      '\uFEFFLenke\r\nhttps://x.test/s?lenke=a\r\nhttps://x.test/s?lenke=b\r\n',
    );
  });
});
