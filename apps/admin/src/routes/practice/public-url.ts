import { pathTo, practicePaths } from '@knutepunkt/domain';
import { webAppUrl } from '../../config.ts';

/** An example's address on the public website. */
export function publicExamplePath(slug: string): string {
  return pathTo(practicePaths.web.example, { slug });
}

/**
 * The full address of an example on the website, or null when this app does
 * not know where the website is (webAppUrl() falls back to '/', which would be
 * this app): then pages show the path as text instead of a link that leads
 * nowhere. Set VITE_WEB_APP_URL at build time to get links everywhere.
 */
export function publicExampleUrl(slug: string, base: string = webAppUrl()): string | null {
  if (!/^https?:\/\//.test(base)) return null;
  return new URL(publicExamplePath(slug).slice(1), base.endsWith('/') ? base : `${base}/`).toString();
}
