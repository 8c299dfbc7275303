import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Locale } from '@knutepunkt/domain';

/**
 * The contract with the web app's server bundle (apps/web/src/entry-server.tsx, built by
 * `vite build --ssr` into apps/web/dist-ssr). Written out here rather than imported: the server
 * loads that bundle at run time from a path (WEB_SSR_DIR), and typechecking the web app's
 * sources from here would mix the two builds' settings. apps/server/src/ssr/ssr.test.ts renders
 * real pages through the built bundle, so a drift between the two fails a test.
 */
export type ProcedureResult =
  | { ok: true; data: unknown }
  | {
      ok: false;
      error: {
        message: string;
        code: number;
        data: { code: string; httpStatus: number; path?: string; fieldErrors?: Record<string, string> };
      };
    };
export type ProcedureCall = (path: string, input: unknown) => Promise<ProcedureResult>;

export interface RenderRequest {
  url: string;
  locale: Locale;
  origin: string;
  call: ProcedureCall;
  signal?: AbortSignal;
}

export interface RenderedPage {
  status: number;
  htmlLang: string;
  head: string;
  body: string;
  state: string;
  errors: string[];
}

export interface PageRenderer {
  renderPage(request: RenderRequest): Promise<RenderedPage>;
}

export const SSR_ENTRY = 'entry-server.js';

/**
 * The web app's server renderer, or null when it has not been built (the server then sends the
 * app's shell, and the browser renders everything, as before server rendering existed).
 */
export async function loadPageRenderer(ssrDir: string): Promise<PageRenderer | null> {
  const entry = `${ssrDir}/${SSR_ENTRY}`;
  if (!fs.existsSync(entry)) return null;
  const module = (await import(pathToFileURL(entry).href)) as Partial<PageRenderer>;
  if (typeof module.renderPage !== 'function') throw new Error(`${entry} exports no renderPage`);
  return { renderPage: module.renderPage };
}
