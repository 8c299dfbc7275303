import { Link } from 'react-router';
import type { LinkProps } from '@knutepunkt/ui';

/** The router's Link in the shape packages/ui's components expect (`href` instead of `to`). */
export function RouterLink({ href, ref, ...rest }: LinkProps) {
  return <Link to={href} ref={ref} {...rest} />;
}
