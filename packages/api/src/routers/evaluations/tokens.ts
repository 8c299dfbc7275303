import { createHash, randomBytes } from 'node:crypto';

/**
 * A web questionnaire's one-time link (docs/adr/0025): 24 random bytes, base64url; only its
 * SHA-256 is kept, so a database dump cannot be used to answer in someone's place.
 */
export const newResponseToken = (): string => randomBytes(24).toString('base64url');
export const hashResponseToken = (token: string): string => createHash('sha256').update(token).digest('hex');
