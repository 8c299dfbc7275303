/** Where to go after signing in: `?neste=` carries the page the person came from. */
export const NEXT_PARAM = 'neste';

export function signInHref(from: string): string {
  return `/logg-inn?${new URLSearchParams({ [NEXT_PARAM]: from }).toString()}`;
}

/** Only paths on this site, so a crafted link cannot send someone elsewhere after they sign in. */
export function safeNext(value: string | null, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
