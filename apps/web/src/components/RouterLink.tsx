import { Link } from 'react-router';
import type { LinkComponent } from '@knutepunkt/ui';

/** The ui package's links, made client-side: no full page load on bad Wi-Fi, and focus handling stays ours. */
export const RouterLink: LinkComponent = ({ href, ...rest }) => <Link to={href} {...rest} />;
