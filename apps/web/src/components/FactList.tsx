import type { ReactNode } from 'react';

/** One fact: its label and its value (text, a link, a list of tags). */
export type Fact = readonly [label: string, value: ReactNode];

/**
 * Label–value facts about a thing (an organisation's contact details, an example's dates and
 * tags) as a description list, which screen readers announce as pairs. Laid out by `.kp-facts`.
 */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="kp-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
