import { describe, expect, test } from 'vitest';
import { sniffType } from './sniff.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('file types from content', () => {
  test.each([
    ['PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]), 'image/png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['GIF 89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['GIF 87a', bytes('GIF87a', [1, 0, 1, 0]), 'image/gif'],
    ['WebP', bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'application/pdf'],
  ])('%s is recognised', (_name, content, type) => {
    expect(sniffType(content)).toBe(type);
  });

  test.each([
    ['a Windows program', bytes('MZ\x90\x00\x03\x00\x00\x00')],
    ['an ELF program', bytes('\x7fELF\x02\x01\x01')],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>')],
    ['SVG', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a ZIP (or Word document)', bytes('PK\x03\x04\x14\x00')],
    ['a WAV (RIFF, but not WebP)', bytes('RIFF', [36, 0, 0, 0], 'WAVEfmt ')],
    ['text mentioning %PDF- later', bytes('hello %PDF-1.7')],
    ['nothing', bytes('')],
    ['a PNG cut short', bytes([0x89], 'PNG')],
  ])('%s is refused', (_name, content) => {
    expect(sniffType(content)).toBeNull();
  });
});
