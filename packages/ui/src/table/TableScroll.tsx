import type { ReactNode } from 'react';

export interface TableScrollProps {
  /** The id of the table's caption, which names the region. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways inside itself at 320 px or 400 % zoom instead of
 * widening the page (WCAG 1.4.10 allows it for two-dimensional content). The region is
 * named after the table's caption and can take focus, so keyboard users can scroll it too
 * (axe: scrollable-region-focusable).
 */
export function TableScroll({ labelledBy, children }: TableScrollProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="kp-table-scroll ds-focus">
      {children}
    </div>
  );
}
