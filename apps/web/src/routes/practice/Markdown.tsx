import { renderMarkdown } from '@knutepunkt/domain';

/**
 * A section of an example, written in Markdown, as HTML. The one place in the web app that sets
 * HTML directly, and it is safe because renderMarkdown (packages/domain/src/practice/markdown.ts)
 * never passes raw HTML through, allows only http(s)/mailto/root-relative links and images from
 * our own /vedlegg/, and keeps only a short list of attributes (no style, no event handlers);
 * its tests feed it known XSS vectors. `lang` is the language the text was written in.
 */
export function Markdown({ source, lang, className }: { source: string; lang: string; className?: string }) {
  return (
    <div
      lang={lang}
      className={className ? `kp-markdown ${className}` : 'kp-markdown'}
      // Safe: renderMarkdown's output is sanitised (see above).
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
