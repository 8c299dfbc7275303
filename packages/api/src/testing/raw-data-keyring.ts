import { randomBytes } from 'node:crypto';
import { createKeyring } from '../routers/evaluations/cipher.ts';

/** The test world's evaluation data key: one random key per test process (docs/adr/0025). */
export const TEST_RAW_DATA_KEYRING = createKeyring(randomBytes(32));
