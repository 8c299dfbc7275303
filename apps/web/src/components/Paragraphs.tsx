import { Paragraph } from '@digdir/designsystemet-react';

/** Free text keeps the paragraphs its author wrote (blank lines between them). */
/** Plain text as paragraphs; `lang` marks the language the text is written in, which may differ from the interface's. */
export function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div lang={lang}>
      {paragraphs.map((p, i) => (
        <Paragraph key={i}>{p}</Paragraph>
      ))}
    </div>
  );
}
