import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { type RawDataKeyring, createKeyring } from '@knutepunkt/api';

/**
 * Where the evaluations' raw-data key comes from (docs/adr/0025), as read from the environment
 * by loadConfig (no I/O there): the keys themselves, a key file of the embedded default, or none.
 *
 * - EVALUATION_DATA_KEY (base64 of 32 bytes) and EVALUATION_DATA_PREVIOUS_KEYS (comma-separated,
 *   the keys of before a rotation, so old values still open until they are re-sealed);
 * - unset on the embedded database (no DATABASE_URL): a key file beside the database,
 *   `.data/evaluation-data.key`, made on first start;
 * - unset with DATABASE_URL: no key. The server starts (the rest of the site works), raw-data
 *   procedures answer 503 «no key configured», and a warning is logged. Several instances
 *   behind a load balancer must share one key, which a file on one machine cannot give.
 */
export type RawDataKeySource =
  | { kind: 'keys'; current: Buffer; previous: Buffer[] }
  | { kind: 'file'; path: string; previous: Buffer[] }
  | { kind: 'none' };

/** One key from its base64 text: exactly 32 bytes, or a sentence saying what is wrong and how to make one. */
export function parseKey(name: string, text: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  // Buffer.from skips what is not base64: check the text itself, so a typo or a cut-off value is told.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || key.length !== 32) {
    throw new Error(
      `${name} must be the base64 of 32 random bytes (make one with \`openssl rand -base64 32\`); ` +
        `the value given is ${/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? `${key.length} bytes` : 'not base64'}.`,
    );
  }
  return key;
}

export function rawDataKeySourceFrom(env: NodeJS.ProcessEnv, dataDir: string): RawDataKeySource {
  const previous = (env.EVALUATION_DATA_PREVIOUS_KEYS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text, i) => parseKey(`EVALUATION_DATA_PREVIOUS_KEYS (key ${i + 1})`, text));
  if (env.EVALUATION_DATA_KEY)
    return { kind: 'keys', current: parseKey('EVALUATION_DATA_KEY', env.EVALUATION_DATA_KEY), previous };
  // The same test as dbConfigFromEnv's: only a postgres:// address leaves the embedded database.
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL)) return { kind: 'none' };
  // Beside the PGlite folder (`.data/pglite` → `.data/evaluation-data.key`), not inside it: that folder is Postgres's own.
  return { kind: 'file', path: path.join(path.dirname(path.resolve(dataDir)), 'evaluation-data.key'), previous };
}

/**
 * The keyring the server seals and opens raw data with, or null without a key (see
 * RawDataKeySource). The key file is created with mode 0600 and `wx` (never overwriting a key
 * another process made a moment before); an existing file that group or others may read is
 * refused, since anyone who can read it can read every note.
 */
export async function loadRawDataKeyring(
  source: RawDataKeySource,
  warn: (message: string) => void = (m) => console.warn(m),
): Promise<RawDataKeyring | null> {
  if (source.kind === 'keys') return createKeyring(source.current, source.previous);
  if (source.kind === 'none') {
    warn(
      'EVALUATION_DATA_KEY is not set: evaluations’ raw data (notes, answers) cannot be read or written until it is. ' +
        'Set it to the base64 of 32 random bytes (`openssl rand -base64 32`), the same on every instance.',
    );
    return null;
  }
  return createKeyring(await readOrCreateKeyFile(source.path), source.previous);
}

async function readOrCreateKeyFile(file: string): Promise<Buffer> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.writeFile(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await fs.stat(file);
  // Windows has no such modes; elsewhere, group or other bits mean others on the machine may read every note.
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new Error(
      `The evaluation data key file ${file} may be read by others (mode ${(stat.mode & 0o777).toString(8)}). ` +
        `Make it readable by the server's user only: chmod 600 ${file}`,
    );
  }
  return parseKey(`The key file ${file}`, await fs.readFile(file, 'utf8'));
}
