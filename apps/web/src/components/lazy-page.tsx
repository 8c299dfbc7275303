import { lazy, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

/** What a lazy route keeps in its `handle`: how to load its page ahead of time. */
export interface LazyPageHandle {
  preload: () => Promise<unknown>;
}

/**
 * A page that loads when first visited: its code arrives as a chunk of its own, so the first
 * download carries only the front page. React suspends the route until the chunk is there; the
 * layout's Suspense keeps the current page on screen meanwhile (navigations are transitions).
 * A chunk that fails to load (a dropped connection) reaches the app's error boundary, which
 * offers a reload.
 *
 * Once preloaded, the page renders at once instead of suspending: the server preloads the page
 * it renders, and the browser preloads it before hydrating that HTML (main.tsx), so both render
 * the same tree in one go.
 */
export function lazyPage(load: () => Promise<ComponentType>): Pick<RouteObject, 'element' | 'handle'> {
  let loaded: ComponentType | null = null;
  const preload = async () => (loaded ??= await load());
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  const handle: LazyPageHandle = { preload };
  return { element: <Page />, handle };
}

/** Load the code of the pages an address shows (server rendering, hydration, tests). */
export async function preloadPages(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map((match) => (match.route.handle as Partial<LazyPageHandle> | undefined)?.preload?.()));
}
