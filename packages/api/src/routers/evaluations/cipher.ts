import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { UserError } from '@knutepunkt/domain';

/**
 * Raw data at rest (docs/adr/0025): notes, free-text answers and quotes are stored as
 * `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url), AES-256-GCM with a 12-byte random IV.
 * The key is not in the database: the server reads it from EVALUATION_DATA_KEY or, in the
 * embedded default, from a key file under .data/ (apps/server/src/evaluations/data-key.ts).
 * The key id (the first 8 hex digits of the key's SHA-256) names which key sealed a value,
 * so after a rotation the previous keys still open old values until they are re-encrypted.
 */
export interface RawDataKeyring {
  /** The key new values are sealed with. */
  current: { id: string; key: Buffer };
  /** Every key that may open a value, by id (the current one included). */
  byId: ReadonlyMap<string, Buffer>;
}

const VERSION = 'v1';

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** A keyring from the current key and any previous ones (each 32 bytes). */
export function createKeyring(current: Buffer, previous: readonly Buffer[] = []): RawDataKeyring {
  for (const key of [current, ...previous]) {
    if (key.length !== 32) throw new Error('An evaluation data key is 32 bytes (base64 of 32 random bytes).');
  }
  const byId = new Map<string, Buffer>();
  for (const key of [current, ...previous]) byId.set(keyId(key), key);
  return { current: { id: keyId(current), key: current }, byId };
}

/** A keyring with a fresh random key: tests, and the first start of the embedded default. */
export const randomKeyring = () => createKeyring(randomBytes(32));

export function sealRaw(keyring: RawDataKeyring, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    VERSION,
    keyring.current.id,
    iv.toString('base64url'),
    tag.toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

/** Open a sealed value. A value sealed with a key the keyring lacks, or tampered with, throws. */
export function openRaw(keyring: RawDataKeyring, sealed: string): string {
  const [version, id, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !id || iv === undefined || tag === undefined || body === undefined) {
    throw new Error('Not a sealed evaluation value.');
  }
  const key = keyring.byId.get(id);
  if (!key) throw new Error(`No evaluation data key with id ${id} is configured (see docs/adr/0025 on rotation).`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** The key id a sealed value was sealed with (the rotation command re-seals those not under the current one). */
export const sealedKeyId = (sealed: string): string | undefined => sealed.split('.')[1];

/** The request's keyring, or a clear refusal when the server was started without one. */
export function requireKeyring(keyring: RawDataKeyring | null): RawDataKeyring {
  if (!keyring) throw new UserError('serviceUnavailable', 'evaluations.rawData.keyMissing');
  return keyring;
}
