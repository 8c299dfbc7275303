/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/**
 * The web app's service worker (docs/adr/0024): the conference programme offline on a phone
 * after the first visit. Built by vite-plugin-pwa (injectManifest) into /sw.js.
 *
 * - The app shell and the built assets are precached (the manifest Vite's build injects).
 * - Conference pages (navigations under /konferanse/) and the conference's tRPC reads are
 *   network-first: fresh when there is a connection, the stored copy when there is none, and
 *   then the page is told (a message) so it can say it shows a stored copy.
 * - Conference images are cache-first.
 * - Nothing else is touched: other pages, sign-in and account pages, every POST and every
 *   tRPC mutation go to the network as if there were no worker.
 */
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

/** The reads the offline programme needs; a batched GET is cached only if every part is one of these. */
const OFFLINE_READS = new Set([
  'conference.editions',
  'conference.edition',
  'conference.programme',
  'conference.speakers',
  'conference.stars.myStars',
]);

function isOfflineRead(url: URL): boolean {
  if (!url.pathname.startsWith('/trpc/')) return false;
  const procedures = decodeURIComponent(url.pathname.slice('/trpc/'.length)).split(',');
  return procedures.length > 0 && procedures.every((p) => OFFLINE_READS.has(p));
}

/** Tells the page that what it got came from the cache (OfflineNotice listens). */
const toldWhenStored: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, event }) => {
    if (cachedResponse) {
      const clientId =
        (event as FetchEvent | undefined)?.clientId || (event as FetchEvent | undefined)?.resultingClientId;
      const clients = clientId ? [await self.clients.get(clientId)] : await self.clients.matchAll({ type: 'window' });
      for (const client of clients) client?.postMessage({ type: 'kp-stored-copy' });
    }
    return cachedResponse;
  },
};

/** Only answers worth keeping: a refusal or an error page must not replace a good copy. */
const onlyOk: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null),
};

const week = 7 * 24 * 3600;

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && isOfflineRead(url),
  new NetworkFirst({
    cacheName: 'kp-conference-data',
    networkTimeoutSeconds: 6,
    plugins: [onlyOk, toldWhenStored, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 8 * week })],
  }),
);

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.pathname.startsWith('/konferanse-bilde/'),
  new CacheFirst({
    cacheName: 'kp-conference-images',
    plugins: [onlyOk, new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 8 * week })],
  }),
);

const conferencePages = new NetworkFirst({
  cacheName: 'kp-conference-pages',
  networkTimeoutSeconds: 6,
  plugins: [onlyOk, toldWhenStored, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 8 * week })],
});
// Conference pages only; the exports and the widget under /konferanse/ are files, not pages.
registerRoute(
  new NavigationRoute(conferencePages, {
    allowlist: [/^\/konferanse(\/|$)/],
    denylist: [/\.(xml|json|ics)$/, /\/widget$/],
  }),
);

// A conference page never visited before, with no network: the app's shell renders it from
// the cached programme (main.tsx renders a page without server state in the browser).
const shell = createHandlerBoundToURL('/index.html');
setCatchHandler(async ({ request, url, event }) => {
  if (request.mode === 'navigate' && /^\/konferanse(\/|$)/.test(url.pathname)) {
    return shell({ request, url, event, params: undefined } as Parameters<typeof shell>[0]);
  }
  return Response.error();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
