import type { HTMLAttributes } from 'react';

/** Text for screen readers only. Uses Designsystemet's `ds-sr-only`, so it stays in the accessibility tree. */
export function VisuallyHidden({ className, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...rest} className={className ? `ds-sr-only ${className}` : 'ds-sr-only'} />;
}
