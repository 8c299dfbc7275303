import { useMemo } from 'react';
import { renderMarkdown } from '@knutepunkt/domain';

export interface MarkdownProps {
  /** Text as its authors wrote it in Markdown (a section of a practice example, say). */
  source: string;
  /** The language the text is written in: content keeps its own language, whatever the interface's. */
  lang: string;
  className?: string;
}

/**
 * Markdown shown as HTML: the one component in the apps that sets HTML directly.
 *
 * Safe because renderMarkdown (packages/domain/src/practice/markdown.ts) never
 * passes raw HTML through (markdown-it with `html: false` escapes it), allows
 * only http(s), mailto and same-site links and images from our own /vedlegg/,
 * and keeps only a short list of attributes (no style, no event handlers).
 * Its tests feed it the known XSS vectors.
 */
export function Markdown({ source, lang, className }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      lang={lang}
      className={className ? `kp-markdown ${className}` : 'kp-markdown'}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
