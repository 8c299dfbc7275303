import { pathTo, shellPaths } from '@knutepunkt/domain';

/** Where to go after signing in: `?neste=` carries the page the person came from. */
export const NEXT_PARAM = 'neste';

export function signInHref(from: string): string {
  return pathTo(shellPaths.web.signIn, undefined, { [NEXT_PARAM]: from });
}

/** Only paths on this site, so a crafted link cannot send someone elsewhere after they sign in. */
export function safeNext(value: string | null, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
