/**
 * Session cookies. The web and admin listeners use different cookie names:
 * cookies do not separate by port, so on one host the two apps would
 * otherwise share a session.
 */
export type CookieApp = 'web' | 'admin';

export function sessionCookieName(app: CookieApp): string {
  return app === 'admin' ? 'kp_admin_session' : 'kp_session';
}

export interface CookieOptions {
  secure: boolean;
}

export function serializeSessionCookie(app: CookieApp, token: string, expiresAt: Date, opts: CookieOptions): string {
  const parts = [
    `${sessionCookieName(app)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (opts.secure) parts.push('Secure');
  return parts.join('; ');
}

export function serializeBlankSessionCookie(app: CookieApp, opts: CookieOptions): string {
  const parts = [`${sessionCookieName(app)}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0'];
  if (opts.secure) parts.push('Secure');
  return parts.join('; ');
}

/** Read one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}
