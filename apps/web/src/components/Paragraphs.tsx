import { Paragraph } from '@digdir/designsystemet-react';

/** Free text keeps the paragraphs its author wrote (blank lines between them). */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <Paragraph key={i}>{p}</Paragraph>
      ))}
    </>
  );
}
