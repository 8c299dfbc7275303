import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

export interface PageHeadingProps {
  children: ReactNode;
  /**
   * Move focus to the heading when it mounts. Pass true after a client-side navigation
   * (react-router: `location.key !== 'default'`) so screen readers announce the new page,
   * as a full page load would; leave it off on the first load, where focus belongs at the top.
   */
  focusOnMount?: boolean;
  'data-size'?: 'sm' | 'md' | 'lg' | 'xl';
}

/** The page's single h1. */
export function PageHeading({ children, focusOnMount = false, 'data-size': size = 'lg' }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    // tabIndex -1: focusable from script only, so it adds no tab stop.
    <Heading ref={ref} level={1} data-size={size} tabIndex={-1} className="kp-page-heading">
      {children}
    </Heading>
  );
}
