import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('csvField', () => {
  test('plain text stays as it is', () => {
    expect(csvField('Trondheim kommune')).toBe('Trondheim kommune');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  test('commas, quotes and line breaks are quoted, quotes doubled (RFC 4180)', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('han sa "hei"')).toBe('"han sa ""hei"""');
    expect(csvField('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  test.each(['=1+1', '+47 99 99 99 99', '-2', '@SUM(A1)', '\t=1', '\r=1'])(
    'a cell starting like a formula (%j) is written as text',
    (value) => {
      const field = csvField(value);
      expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  test('a formula with quotes is both guarded and quoted', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('toCsv', () => {
  test('rows end in CRLF, the file starts with a BOM', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c, d', '=e'],
      ]),
    ).toBe('\uFEFFa,b\r\n"c, d",\'=e\r\n');
  });
});
