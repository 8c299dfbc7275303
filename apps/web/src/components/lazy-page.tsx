import { lazy, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { loadMessageGroup } from 'virtual:knutepunkt-messages';
import type { WebMessageGroup } from '../message-groups.ts';

/** What a lazy route keeps in its `handle`: how to load its page ahead of time. */
export interface LazyPageHandle {
  preload: () => Promise<unknown>;
  /** The groups of strings the page loads with its code. */
  messages: readonly WebMessageGroup[];
}

export interface LazyPageOptions {
  /**
   * The groups of interface strings the page shows (src/message-groups.ts): its module's, and
   * any other module's it shows a part of. They load with the page's code, before it renders.
   */
  messages?: WebMessageGroup | readonly WebMessageGroup[];
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
 * the same tree in one go. Preloading includes the page's groups of strings (`options.messages`),
 * so neither a navigation nor a hydration ever renders a key for want of its text.
 */
export function lazyPage(
  load: () => Promise<ComponentType>,
  options: LazyPageOptions = {},
): Pick<RouteObject, 'element' | 'handle'> {
  const messages: readonly WebMessageGroup[] =
    typeof options.messages === 'string' ? [options.messages] : (options.messages ?? []);
  let loaded: ComponentType | null = null;
  const preload = async () => {
    if (loaded) return loaded;
    const [page] = await Promise.all([load(), ...messages.map(loadMessageGroup)]);
    return (loaded = page);
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  const handle: LazyPageHandle = { preload, messages };
  return { element: <Page />, handle };
}

/** Load the code of the pages an address shows (server rendering, hydration, tests). */
export async function preloadPages(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(matches.map((match) => (match.route.handle as Partial<LazyPageHandle> | undefined)?.preload?.()));
}
