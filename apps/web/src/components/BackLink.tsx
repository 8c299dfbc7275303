import type { ReactNode } from 'react';
import { Link as DsLink } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

/** A way back up to the list a page belongs to, above its h1. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="kp-back">
      <DsLink asChild>
        <Link to={to}>
          <span aria-hidden="true">← </span>
          {children}
        </Link>
      </DsLink>
    </p>
  );
}
