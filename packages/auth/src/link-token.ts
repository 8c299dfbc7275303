import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64urlNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/**
 * The secret in an e-mail link (a password reset, docs/adr/0015; proving an address for a
 * provider's sign-in, docs/adr/0016): 32 random bytes (base64url) in the link, only their
 * SHA-256 in the database, so a leaked table opens nothing. Each kind keeps its own table and
 * its own once-only, time-limited use; this is the part they share.
 */
export function generateLinkToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return encodeBase64urlNoPadding(bytes);
}

/** The shape of a token we hand out: 43 base64url characters. Anything else is refused before any query. */
export function isLinkTokenShape(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function linkTokenHash(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
