import type { ReactNode } from 'react';
import { Link as RouterLinkBase, type LinkProps as RouterLinkProps } from 'react-router';
import { Link } from '@digdir/designsystemet-react';

export type AppLinkProps = RouterLinkProps & { children: ReactNode; 'data-color'?: 'neutral' | 'accent' };

/** A client-side link that looks like Designsystemet's Link (with its focus ring). */
export function AppLink({ children, 'data-color': color, ...rest }: AppLinkProps) {
  return (
    <Link asChild data-color={color}>
      <RouterLinkBase {...rest}>{children}</RouterLinkBase>
    </Link>
  );
}
