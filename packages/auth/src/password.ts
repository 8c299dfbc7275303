import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with argon2id (the library's default algorithm) using
 * OWASP's minimum parameters: 19 MiB memory, 2 iterations, 1 lane.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/**
 * The stored "hash" of an account made by signing in through a provider (docs/adr/0016): no
 * password matches it, so the account cannot sign in with one until a password is set.
 */
export const NO_PASSWORD = '!no-password';
export const hasPassword = (hashed: string): boolean => hashed !== NO_PASSWORD;

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  // No password (or not a hash at all): the same work as a wrong one, so timing tells nothing.
  if (!hashed.startsWith('$argon2')) return verifyAgainstDummy(plain);
  try {
    return await verify(hashed, plain);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/**
 * A hash of nothing anyone knows. Sign-in verifies against it when the e-mail
 * is unknown, so an unknown address takes as long as a wrong password and the
 * timing does not tell who has an account.
 */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(plain: string): Promise<boolean> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash.then((h) => verifyPassword(h, plain)).then(() => false);
}
