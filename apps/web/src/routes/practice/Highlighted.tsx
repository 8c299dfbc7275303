import type { ReactNode } from 'react';

export type HighlightParts = ReadonlyArray<{ text: string; hit: boolean }>;

/**
 * A snippet comes from the Markdown source: list bullets, heading marks and bold markers read as
 * noise in a one-line excerpt, so they are dropped (the text itself stays as written).
 */
export function plainSnippet(text: string): string {
  return text
    .replace(/(^|\n)[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * Search hits marked with <mark>, built from the parts the server sends. Every part is text that
 * React escapes: nothing from the data is ever read as HTML, so a title like "<b>x</b>" shows as typed.
 */
export function Highlighted({
  parts,
  fallback,
  snippet = false,
}: {
  parts: HighlightParts | null | undefined;
  fallback: string;
  /** Tidy Markdown marks out of an excerpt of the body. */
  snippet?: boolean;
}): ReactNode {
  if (!parts || parts.length === 0) return fallback;
  const tidy = (text: string) => (snippet ? plainSnippet(text) : text);
  return parts.map((part, i) =>
    part.hit ? <mark key={i}>{tidy(part.text)}</mark> : <span key={i}>{tidy(part.text)}</span>,
  );
}
