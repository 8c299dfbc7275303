import { describe, expect, test } from 'vitest';
import { isPagePath, isServerPath, matchesPattern, pagePatterns } from './page-paths.ts';

describe('page paths', () => {
  test('a :param segment matches one non-empty segment; a trailing slash does not count', () => {
    expect(matchesPattern('/', '/')).toBe(true);
    expect(matchesPattern('/praksis/:slug', '/praksis/et-eksempel')).toBe(true);
    expect(matchesPattern('/praksis/:slug', '/praksis/et-eksempel/')).toBe(true);
    expect(matchesPattern('/praksis/:slug', '/praksis/')).toBe(false);
    expect(matchesPattern('/praksis/:slug', '/praksis/a/b')).toBe(false);
    expect(matchesPattern('/organisasjoner/:slug/rediger', '/organisasjoner//rediger')).toBe(false);
    expect(matchesPattern('/praksis', '/')).toBe(false);
  });

  test('each listener knows its own app’s pages, and not the server routes', () => {
    expect(isPagePath(pagePatterns('web'), '/praksis/rediger/abc')).toBe(true);
    expect(isPagePath(pagePatterns('web'), '/personer')).toBe(false);
    expect(isPagePath(pagePatterns('admin'), '/personer/abc')).toBe(true);
    // A meeting's admin page reloaded or opened from a bookmark.
    expect(isPagePath(pagePatterns('admin'), '/moter/abc/pameldinger')).toBe(true);
    expect(isPagePath(pagePatterns('admin'), '/min-side')).toBe(false);
    expect(isPagePath(pagePatterns('web'), '/praksis.atom')).toBe(false);
    expect(isPagePath(pagePatterns('web'), '/vedlegg/a/b.pdf')).toBe(false);
    expect(isServerPath('/trpc/practice.search')).toBe(true);
    expect(isServerPath('/praksis')).toBe(false);
  });
});
