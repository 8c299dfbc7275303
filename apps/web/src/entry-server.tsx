import { QueryClient, skipToken, type Query } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { loadMessages } from 'virtual:knutepunkt-messages';
import type { WebRouter } from '@knutepunkt/api';
import { HTML_LANG, type Locale } from '@knutepunkt/domain';
import { AppRoutes, routes } from './App.tsx';
import { preloadPages } from './components/lazy-page.tsx';
import { Providers } from './components/Providers.tsx';
import { renderHead, scriptJson } from './ssr/head.ts';
import { PageMetaProvider, type PageMeta } from './components/page-meta.tsx';
import { type ProcedureCall, procedureLink } from './ssr/procedure-link.ts';
import { STATE_ELEMENT_ID, dehydratePage, isPageAnswer } from './ssr/query-state.ts';

/**
 * The web app rendered on the server (built by `vite build --ssr` into dist-ssr/, loaded by
 * apps/server/src/ssr). A page is rendered with its real content, as an anonymous visitor sees it,
 * and handed over with the data it was rendered from, which the browser hydrates (main.tsx).
 *
 * Pages fetch their own data with TanStack Query, so the renderer finds out what a page needs by
 * rendering it: each pass fetches the queries the page asked for, the next pass renders with
 * their data (and may ask for more, such as the related examples an example links to), until a
 * pass asks for nothing new. No route declares its data twice.
 */

export type { ProcedureCall, ProcedureResult } from './ssr/procedure-link.ts';
export type { PageMeta } from './components/page-meta.tsx';

export interface RenderRequest {
  /** Path and query, as requested. */
  url: string;
  locale: Locale;
  /** The site's public address, for canonical and Open Graph links. */
  origin: string;
  call: ProcedureCall;
  /** Gives up (and the server falls back to the plain app) when this fires. */
  signal?: AbortSignal;
}

export interface RenderedPage {
  status: number;
  meta: PageMeta;
  htmlLang: string;
  /** Tags for `<head>`: title, description, canonical, hreflang, Open Graph, JSON-LD. */
  head: string;
  /** The app's HTML, for `<div id="root">`. */
  body: string;
  /** The `<script type="application/json">` with the data the page was rendered with. */
  state: string;
  /** Errors React met while rendering (the browser renders those parts itself). */
  errors: string[];
}

/** A page that asks for more after this many passes is sent as it is; the browser fetches the rest. */
const MAX_PASSES = 4;

/**
 * The account is the visitor's own: the server never renders it; the browser asks. So are the
 * sign-in methods (a provider sign-in under way is the browser's own, by its cookie), all but the
 * list of configured providers, which is the site's configuration: rendered, so the sign-in page's
 * "Logg inn med …" links work without JavaScript (docs/adr/0016).
 */
const PERSONAL = ['["account"', '["signInMethods"'];
const SITE_WIDE = ['["signInMethods","providers"]'];
function isPersonal(query: Query): boolean {
  const key = JSON.stringify(query.queryKey[0]);
  return PERSONAL.some((prefix) => key.startsWith(prefix)) && !SITE_WIDE.includes(key);
}

function wantsData(query: Query): boolean {
  if (query.state.status !== 'pending' || isPersonal(query)) return false;
  const { enabled, queryFn } = query.options as { enabled?: boolean | ((query: Query) => boolean); queryFn?: unknown };
  if (queryFn === skipToken) return false;
  return typeof enabled === 'function' ? enabled(query) : enabled !== false;
}

async function renderToHtml(element: ReactNode, signal: AbortSignal | undefined, errors: string[]): Promise<string> {
  const { prelude } = await prerender(element, {
    signal,
    // React moves a large finished part of a page to the end, to be put in place by an inline
    // script; the site's CSP allows no inline script, and a prerender has nothing to stream anyway.
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
    onError: (error) => void errors.push(error instanceof Error ? error.message : String(error)),
  });
  return new Response(prelude).text();
}

export async function renderPage(request: RenderRequest): Promise<RenderedPage> {
  const { locale, url } = request;
  const messages = await loadMessages(locale);
  await preloadPages(routes, new URL(url, 'http://page.invalid').pathname);
  const queryClient = new QueryClient({
    // One render, one visitor: nothing is retried (the browser will), nothing goes stale meanwhile.
    // A failure the page shows (not found) is rendered as such, not as loading again (as in trpc.ts).
    defaultOptions: { queries: { retry: false, retryOnMount: false, staleTime: Infinity, gcTime: Infinity } },
  });
  const trpcClient = createTRPCClient<WebRouter>({ links: [procedureLink(request.call)] });
  const siteName = messages['web.siteName'];
  let meta: PageMeta = { title: siteName };
  const sink = { set: (next: PageMeta) => void (meta = next) };
  const errors: string[] = [];
  const given = new Set<string>();

  const render = () => {
    errors.length = 0;
    return renderToHtml(
      <PageMetaProvider value={sink}>
        <Providers initialLocale={locale} queryClient={queryClient} trpcClient={trpcClient}>
          <StaticRouter location={url}>
            <AppRoutes />
          </StaticRouter>
        </Providers>
      </PageMetaProvider>,
      request.signal,
      errors,
    );
  };
  let body = await render();
  for (let pass = 2; pass <= MAX_PASSES; pass++) {
    const waiting = queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => wantsData(query) && !given.has(query.queryHash));
    if (waiting.length === 0) break;
    await Promise.all(waiting.map((query) => query.fetch().catch(() => undefined)));
    for (const query of waiting) {
      given.add(query.queryHash);
      // A failure that is not the page's answer (a page for signed-in people asked as anonymous,
      // a fault) is left for the browser: the next pass renders it as still loading, as the
      // browser's first render will.
      if (query.state.status === 'error' && !isPageAnswer(query.state.error)) queryClient.getQueryCache().remove(query);
    }
    body = await render();
  }

  const head = renderHead({
    meta,
    siteName,
    siteDescription: messages['web.meta.description'],
    locale,
    origin: request.origin,
    url,
  });
  const state = `<script id="${STATE_ELEMENT_ID}" type="application/json">${scriptJson(dehydratePage(queryClient))}</script>`;
  queryClient.clear();
  return { status: meta.status ?? 200, meta, htmlLang: HTML_LANG[locale], head, body, state, errors: [...errors] };
}
