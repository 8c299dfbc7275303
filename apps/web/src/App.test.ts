import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, test } from 'vitest';
import { routes } from './App.tsx';

/** The whole pattern of the route that answers an address (child paths joined to their parents'). */
function patternFor(address: string): string | undefined {
  let pattern: string | undefined;
  for (const { route } of matchRoutes(routes as RouteObject[], address) ?? []) {
    if (route.path === undefined) continue; // an index route: its parent's address
    pattern = route.path.startsWith('/') || !pattern ? route.path : `${pattern.replace(/\/$/, '')}/${route.path}`;
  }
  return pattern;
}

describe('the web app answers every address it always has', () => {
  // The addresses people have shared and bookmarked: each module's routes.tsx must keep them.
  const addresses: Array<[string, string]> = [
    ['/', '/'],
    ['/organisasjoner', '/organisasjoner'],
    ['/organisasjoner/trondheim-kommune', '/organisasjoner/:slug'],
    ['/organisasjoner/trondheim-kommune/rediger', '/organisasjoner/:slug/rediger'],
    ['/organisasjoner/trondheim-kommune/foresporsler', '/organisasjoner/:slug/foresporsler'],
    ['/praksis', '/praksis'],
    ['/praksis/oversikt', '/praksis/oversikt'],
    ['/praksis/ny', '/praksis/ny'],
    ['/praksis/rediger/abc123', '/praksis/rediger/:exampleId'],
    ['/praksis/turgruppe-i-marka', '/praksis/:slug'],
    ['/nettverk', '/nettverk'],
    ['/nettverk/recovery-nettverk-midt-norge', '/nettverk/:slug'],
    ['/registrer', '/registrer'],
    ['/logg-inn', '/logg-inn'],
    ['/min-side', '/min-side'],
    ['/tilgjengelighet', '/tilgjengelighet'],
  ];
  test.each(addresses)('%s is the page %s', (address, pattern) => {
    expect(patternFor(address)).toBe(pattern);
  });

  test('anything else is the not-found page', () => {
    for (const address of ['/praksis/a/b', '/organisasjoner/a/b/c', '/praksis.atom', '/vedlegg/a/b.pdf', '/x']) {
      expect(patternFor(address), address).toBe('/*');
    }
  });
});
