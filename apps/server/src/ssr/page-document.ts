import type { RenderedPage } from './renderer.ts';

/**
 * The built index.html with a rendered page in it: `<html lang>`, the page's head tags in place of
 * the shell's title and description, the page's HTML in `#root`, and its data right after it.
 * The shell's scripts and styles (Vite's hashed files) stay as they are.
 */
export function pageDocument(indexHtml: string, page: RenderedPage): string {
  // The shell's description goes first: the page's head tags bring their own.
  return indexHtml
    .replace(/<meta\s+name="description"[\s\S]*?>\s*/, '')
    .replace(/<html lang="[^"]*"/, `<html lang="${page.htmlLang}"`)
    .replace(/<title>[\s\S]*?<\/title>/, () => page.head)
    .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>\n    ${page.state}`);
}

/** The shell alone (no server rendering): the browser renders the page. */
export function shellDocument(indexHtml: string, htmlLang: string): string {
  return indexHtml.replace(/<html lang="[^"]*"/, `<html lang="${htmlLang}"`);
}
