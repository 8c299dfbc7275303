import { describe, expect, test } from 'vitest';
import { pathTo, urlOn } from './define.ts';
import { practicePaths } from '../practice/paths.ts';

describe('pathTo', () => {
  test('fills and encodes parameters', () => {
    expect(pathTo(practicePaths.web.example, { slug: 'å gå/tur' })).toBe('/praksis/%C3%A5%20g%C3%A5%2Ftur');
    expect(pathTo(practicePaths.admin.history, { exampleId: 'abc' })).toBe('/praksis/eksempel/abc/historikk');
    expect(pathTo(practicePaths.web.attachment, { attachmentId: 'a1', fileName: 'plan.pdf' })).toBe(
      '/vedlegg/a1/plan.pdf',
    );
  });

  test('adds a query string, leaving out empty values and repeating arrays', () => {
    expect(
      pathTo(practicePaths.web.search, undefined, { q: 'tur', chime: ['HOPE', 'MEANING'], side: 2, nivaa: '' }),
    ).toBe('/praksis?q=tur&chime=HOPE&chime=MEANING&side=2');
    expect(pathTo(practicePaths.web.create, undefined, { organisasjon: undefined })).toBe('/praksis/ny');
  });

  test('a missing parameter is a type error, and refused at run time too', () => {
    // @ts-expect-error -- the pattern needs :slug
    expect(() => pathTo(practicePaths.web.example)).toThrow(/:slug/);
    expect(() => pathTo(practicePaths.web.example, {} as { slug: string })).toThrow(/:slug/);
  });

  test('urlOn joins a site address and a path', () => {
    expect(urlOn('https://example.org/', '/praksis')).toBe('https://example.org/praksis');
    expect(urlOn('http://127.0.0.1:3000', '/praksis')).toBe('http://127.0.0.1:3000/praksis');
  });
});
