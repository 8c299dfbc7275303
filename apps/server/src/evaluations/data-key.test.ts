import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { openRaw, rawDataKeyId, sealRaw } from '@knutepunkt/api';
import { loadConfig } from '../config.ts';
import { loadRawDataKeyring, rawDataKeySourceFrom } from './data-key.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-data-key-'));
const quiet = () => undefined;

describe('the evaluations’ raw-data key (docs/adr/0025)', () => {
  test.skipIf(process.platform === 'win32')(
    'the embedded default creates a key file with mode 0600 and reuses it',
    async () => {
      const dir = tempDir();
      const source = rawDataKeySourceFrom({}, path.join(dir, 'pglite'));
      expect(source).toEqual({ kind: 'file', path: path.join(dir, 'evaluation-data.key'), previous: [] });
      const first = await loadRawDataKeyring(source, quiet);
      const file = path.join(dir, 'evaluation-data.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
      // A second start reads the same key: what the first sealed, the second opens.
      const sealed = sealRaw(first!, 'notat');
      const second = await loadRawDataKeyring(source, quiet);
      expect(second!.current.id).toBe(first!.current.id);
      expect(openRaw(second!, sealed)).toBe('notat');
    },
  );

  test.skipIf(process.platform === 'win32')('a key file others may read is refused with a sentence', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'evaluation-data.key');
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    await expect(loadRawDataKeyring(rawDataKeySourceFrom({}, path.join(dir, 'pglite')), quiet)).rejects.toThrow(
      /may be read by others \(mode 644\).*chmod 600/,
    );
  });

  test('EVALUATION_DATA_KEY is used, with the previous keys for opening old values', async () => {
    const key = randomBytes(32);
    const old = randomBytes(32);
    const env = {
      EVALUATION_DATA_KEY: key.toString('base64'),
      EVALUATION_DATA_PREVIOUS_KEYS: ` ${old.toString('base64')} ,`,
    };
    const keyring = await loadRawDataKeyring(loadConfig(env, []).evaluationDataKey, quiet);
    expect(keyring!.current.id).toBe(rawDataKeyId(key));
    expect([...keyring!.byId.keys()].sort()).toEqual([rawDataKeyId(key), rawDataKeyId(old)].sort());
    // No key file is made when the key is given.
    const dir = tempDir();
    expect(rawDataKeySourceFrom(env, path.join(dir, 'pglite')).kind).toBe('keys');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a bad key stops the start with a clear sentence', () => {
    expect(() => loadConfig({ EVALUATION_DATA_KEY: randomBytes(16).toString('base64') }, [])).toThrow(
      /EVALUATION_DATA_KEY must be the base64 of 32 random bytes.*16 bytes/,
    );
    expect(() => loadConfig({ EVALUATION_DATA_KEY: 'not a key!' }, [])).toThrow(/not base64/);
    expect(() =>
      loadConfig({ EVALUATION_DATA_KEY: randomBytes(32).toString('base64'), EVALUATION_DATA_PREVIOUS_KEYS: 'abc' }, []),
    ).toThrow(/EVALUATION_DATA_PREVIOUS_KEYS \(key 1\)/);
  });

  test('on PostgreSQL without a key the server starts keyless, and says so', async () => {
    const warnings: string[] = [];
    const source = rawDataKeySourceFrom({ DATABASE_URL: 'postgres://db.example/knutepunkt' }, tempDir());
    expect(await loadRawDataKeyring(source, (m) => warnings.push(m))).toBeNull();
    expect(warnings.join()).toMatch(/EVALUATION_DATA_KEY is not set/);
  });
});
