import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** What a lazy route keeps in its `handle`: how to load its page ahead of time (the tests do). */
export interface LazyPageHandle {
  preload: () => Promise<unknown>;
}

/**
 * A page that loads when first visited: its code arrives as a chunk of its own, so the first
 * download carries only the front page. React suspends the route until the chunk is there; the
 * layout's Suspense keeps the current page on screen meanwhile (navigations are transitions).
 * A chunk that fails to load (a dropped connection) reaches the app's error boundary, which
 * offers a reload.
 */
export function lazyPage(load: () => Promise<ComponentType>): Pick<RouteObject, 'element' | 'handle'> {
  const Page = lazy(async () => ({ default: await load() }));
  const handle: LazyPageHandle = { preload: load };
  return { element: <Page />, handle };
}
