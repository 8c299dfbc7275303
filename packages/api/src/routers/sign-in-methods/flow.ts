import { generateSessionToken, sessionIdFromToken } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';

/**
 * One sign-in through a provider under way (docs/adr/0016), kept in the database so any server
 * instance can finish it: the browser holds only a random token in an HttpOnly cookie, the table
 * its SHA-256. Ten minutes, then it is gone.
 */
export const FLOW_COOKIE = 'kp_oidc';
export const FLOW_MINUTES = 10;

// The same random token and SHA-256 as a session's (packages/auth).
const flowId = sessionIdFromToken;
const expiry = (now: Date) => new Date(now.getTime() + FLOW_MINUTES * 60_000);

export interface FlowStart {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Start a flow; returns the token for the cookie. */
export async function createSignInFlow(db: Db, start: FlowStart, now = new Date()): Promise<string> {
  const token = generateSessionToken();
  // Expired flows of anyone are cleared as new ones begin.
  await db.signInFlow.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.signInFlow.create({ data: { id: flowId(token), ...start, expiresAt: expiry(now) } });
  return token;
}

/** The flow behind a cookie's token, if it has not expired. */
export async function loadSignInFlow(db: Db, token: string | null, now = new Date()) {
  if (!token || !/^[a-z2-7]{32}$/.test(token)) return null;
  const flow = await db.signInFlow.findUnique({ where: { id: flowId(token) } });
  return flow && flow.expiresAt > now ? flow : null;
}

export type SignInFlow = NonNullable<Awaited<ReturnType<typeof loadSignInFlow>>>;

export async function endSignInFlow(db: Db, flow: { id: string }): Promise<void> {
  await db.signInFlow.deleteMany({ where: { id: flow.id } });
}

/**
 * After the callback: the provider's answer waits (10 more minutes) for the person to prove an
 * account (`linkUserId`), or, when the provider gave no address, for them to give one.
 */
export async function holdForLink(
  db: Db,
  flow: { id: string },
  pending: { issuer: string; subject: string; email: string | null; name: string | null; linkUserId: string | null },
  now = new Date(),
): Promise<void> {
  await db.signInFlow.update({
    where: { id: flow.id },
    data: { ...pending, state: null, nonce: null, codeVerifier: null, expiresAt: expiry(now) },
  });
}

/**
 * The clean-up job's work (issue 8): remove flows that have expired (their e-mail links go with
 * them). New flows also clear them as they begin. Returns how many rows were removed.
 */
export async function deleteExpiredSignInFlows(db: Db, now = new Date()): Promise<number> {
  const removed = await db.signInFlow.deleteMany({ where: { expiresAt: { lte: now } } });
  return removed.count;
}

export function flowCookie(token: string, secure: boolean, minutes = FLOW_MINUTES): string {
  const parts = [`${FLOW_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${minutes * 60}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export function blankFlowCookie(secure: boolean): string {
  return [`${FLOW_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(secure ? ['Secure'] : [])].join(
    '; ',
  );
}
