import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '@knutepunkt/db';
import type { CookieApp } from './cookie.ts';

/**
 * Sessions in the Lucia design (lucia-auth.com): the browser holds a random
 * token; the database stores only its SHA-256, so a leaked table cannot be
 * replayed. Sessions slide: used in the second half of their life, they are
 * extended to a full period again.
 */
export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: 'nb' | 'nn' | 'en';
  isAdmin: boolean;
}

export interface ValidSession {
  sessionId: string;
  expiresAt: Date;
  user: SessionUser;
}

/** Start a session on one app's listener; only that listener accepts its token (docs/adr/0013). */
export async function createSession(
  db: Db,
  userId: string,
  app: CookieApp,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  await db.session.create({ data: { id: sessionIdFromToken(token), userId, app, expiresAt, reauthenticatedAt: now } });
  return { token, expiresAt };
}

/**
 * The session behind a token, or null. Expired sessions and those of disabled accounts are removed.
 * A session of the other app is treated as none (and left alone: it is still valid where it belongs).
 */
export async function validateSessionToken(
  db: Db,
  token: string,
  app: CookieApp,
  now = new Date(),
): Promise<ValidSession | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const sessionId = sessionIdFromToken(token);
  const row = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { select: { id: true, name: true, email: true, locale: true, isAdmin: true, disabledAt: true } } },
  });
  if (!row || row.app !== app) return null;
  if (row.expiresAt.getTime() <= now.getTime() || row.user.disabledAt) {
    await db.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  let expiresAt = row.expiresAt;
  if (expiresAt.getTime() - now.getTime() < (SESSION_DAYS / 2) * DAY_MS) {
    expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
    await db.session.update({ where: { id: sessionId }, data: { expiresAt } });
  }
  const { disabledAt: _disabled, ...user } = row.user;
  return { sessionId, expiresAt, user };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Sign out everywhere: used on password change, on request, and when an admin disables an account. */
export async function invalidateUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}
