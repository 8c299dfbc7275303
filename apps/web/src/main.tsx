import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadMessages } from 'virtual:knutepunkt-messages';
import '@knutepunkt/ui/styles.css';
import './app.css';
import { AppRoutes, routes } from './App.tsx';
import { preloadPages } from './components/lazy-page.tsx';
import { Providers } from './components/Providers.tsx';
import { initLocale, readInitialLocale } from './locale.ts';
import { STATE_ELEMENT_ID, hydratePage } from './ssr/query-state.ts';
import { createQueryClient } from './trpc.ts';

const initialLocale = readInitialLocale();
initLocale(initialLocale);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// A page the server rendered comes with the data it was rendered from (apps/server/src/ssr).
const queryClient = createQueryClient();
const serverState = document.getElementById(STATE_ELEMENT_ID)?.textContent;
if (serverState) hydratePage(queryClient, JSON.parse(serverState));

/**
 * Marks the page as live (`<html data-live>`) once React has taken over the server's HTML:
 * from then on its forms and buttons are the app's. Tests wait for it before typing.
 */
function LiveMarker() {
  useEffect(() => {
    document.documentElement.dataset.live = '';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <LiveMarker />
    <Providers initialLocale={initialLocale} queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>
);

// The interface strings come in one chunk per language, and each page in a chunk of its own:
// start once the visitor's language and this page have arrived, so the first render (or the
// hydration of the server's HTML) is in their language and renders the page in one go.
// preloadPages matches the address against the routes (the modules' path tables) and loads the
// page's groups of strings too (practice, meetings, conference: src/message-groups.ts), which the
// server rendered with: without them the hydration would meet keys where the server put text.
// (`then`, not a top-level await: an entry that awaits makes the bundler split it into many small chunks.)
void Promise.all([loadMessages(initialLocale), preloadPages(routes, window.location.pathname)]).then(() => {
  if (serverState) hydrateRoot(root, app);
  else createRoot(root).render(app);
});

// The service worker keeps the conference programme for offline use (src/sw.ts, docs/adr/0024).
// Only in a build: in development it would cache what Vite serves. After the page has loaded,
// so it never competes with the first render for the network.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {}),
  );
}
