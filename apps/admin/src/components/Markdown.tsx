import { useMemo } from 'react';
import { renderMarkdown, type Locale } from '@knutepunkt/domain';

export interface MarkdownProps {
  /** A section of a practice example as its editors wrote it. */
  source: string;
  /** The language the text is written in (content keeps its own language). */
  lang: Locale;
  className?: string;
}

/**
 * A section of a practice example as readers will see it. This is the only
 * place in the admin app that sets HTML directly.
 */
export function Markdown({ source, lang, className }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      lang={lang}
      className={className ? `kp-markdown ${className}` : 'kp-markdown'}
      // Safe: renderMarkdown (packages/domain) never passes raw HTML through
      // (markdown-it with `html: false` escapes it), allows only http(s),
      // mailto and same-site links and our own attachment images, and strips
      // every attribute not on a short allow-list (no style, no on* handlers).
      // Its tests cover the known XSS vectors.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
