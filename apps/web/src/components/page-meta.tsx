import { createContext, useContext, useEffect } from 'react';
import type { Locale } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';

/**
 * What a page says about itself beyond its visible content: the document title, a description
 * for search results and link previews, an image, structured data, the language its content is
 * written in, and the HTTP status it stands for. The server puts it in the HTML's head (head.ts);
 * in the browser only the title and description follow client-side navigation.
 */
export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  /** One or two sentences; the site's description when left out. */
  description?: string;
  /** An image of the item (a path on this site), for link previews. */
  image?: { path: string; alt: string };
  /** `article` for an item (an example), `website` for everything else. */
  type?: 'website' | 'article';
  /** The language the page's main content is written in, when it is not the interface's. */
  contentLang?: Locale;
  /** schema.org structured data (JSON-LD), given the site's address (ssr/structured-data.ts). */
  jsonLd?: (origin: string) => Record<string, unknown>;
  /** The status the page stands for: 404 for what does not exist, 410 for what was withdrawn. */
  status?: 200 | 404 | 410;
  /** Pages for one person (forms, signed-in pages) or errors: not for search engines. */
  noindex?: boolean;
  /** Atom feeds that follow the page (a list's new items), as <link rel="alternate" type="application/atom+xml">. */
  feeds?: ReadonlyArray<{ path: string; title: string }>;
}

/** Where the server collects the meta of the page it renders; absent in the browser. */
export interface PageMetaSink {
  set(meta: PageMeta): void;
}

const PageMetaContext = createContext<PageMetaSink | null>(null);
export const PageMetaProvider = PageMetaContext.Provider;

/** `<title>`: the page's, then the site's, as screen readers announce it (WCAG 2.4.2). */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} – ${siteName}`;
}

/**
 * Declare the page's meta. Components render parent first, so the innermost call wins: a page
 * that shows its "not found" state replaces the page's own title with that state's. On the
 * server the call is recorded during render (effects do not run there).
 */
export function usePageMeta(meta: PageMeta): void {
  const sink = useContext(PageMetaContext);
  sink?.set(meta);
  const { t } = useI18n();
  const siteName = t('web.siteName');
  const description = meta.description ?? t('web.meta.description');
  useEffect(() => {
    document.title = documentTitle(meta.title, siteName);
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [meta.title, siteName, description]);
}
