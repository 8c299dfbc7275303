import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../config.ts';
import { sha256Hex, signV4 } from './sigv4.ts';
import { LocalDiskStorage, S3Storage, createStorage, newStorageKey } from './storage.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-storage-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('local disk storage', () => {
  const storage = new LocalDiskStorage(root);

  test('stores, reads back and removes a file under a generated key', async () => {
    const key = newStorageKey();
    expect(key).toMatch(/^practice\/[0-9a-f]{32}$/);
    await storage.put(key, Buffer.from('hei'), 'application/pdf');
    expect(fs.existsSync(path.join(root, 'practice', key.split('/')[1]!))).toBe(true);
    const file = await storage.get(key);
    expect(file?.size).toBe(3);
    expect(await text(file!.body)).toBe('hei');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key); // again: nothing to do, no error
  });

  test('keys that could reach outside the folder are refused, whatever the operation', async () => {
    for (const key of [
      '../escape',
      'practice/../../escape',
      '/etc/passwd',
      'a\\b',
      'a//b',
      'Practice/x',
      'a/b.png',
      '',
    ]) {
      await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(/storage key/);
      await expect(storage.get(key)).rejects.toThrow(/storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/storage key/);
    }
    expect(fs.readdirSync(path.dirname(root)).includes('escape')).toBe(false);
  });
});

describe('S3-compatible storage', () => {
  const calls: Array<{ url: string; method: string; headers: Record<string, string>; body: Buffer | null }> = [];
  const answers: number[] = [];
  const fakeFetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const headers = init?.headers as Record<string, string>;
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers,
      body: init?.body ? Buffer.from(init.body as Uint8Array) : null,
    });
    const status = answers.shift() ?? 200;
    return new Response(status === 200 && init?.method === 'GET' ? 'innhold' : null, { status });
  }) as typeof fetch;
  const options = {
    endpoint: 'https://s3.example.no',
    bucket: 'knutepunkt-vedlegg',
    region: 'eu-north-1',
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    fetch: fakeFetch,
    now: () => new Date('2026-11-24T10:00:00Z'),
  };
  const storage = new S3Storage(options);

  test('PUT: path-style address, the body hashed and signed', async () => {
    await storage.put('practice/abc123', Buffer.from('%PDF-1.7'), 'application/pdf');
    const call = calls.at(-1)!;
    expect(call.method).toBe('PUT');
    expect(call.url).toBe('https://s3.example.no/knutepunkt-vedlegg/practice/abc123');
    expect(call.headers['x-amz-content-sha256']).toBe(sha256Hex('%PDF-1.7'));
    expect(call.headers['x-amz-date']).toBe('20261124T100000Z');
    expect(call.headers['content-type']).toBe('application/pdf');
    // The same signature as signing the request by hand.
    const expected = signV4({
      method: 'PUT',
      url: new URL(call.url),
      payloadHash: sha256Hex('%PDF-1.7'),
      region: 'eu-north-1',
      service: 's3',
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      amzDate: '20261124T100000Z',
      headers: {
        'x-amz-content-sha256': sha256Hex('%PDF-1.7'),
        'x-amz-date': '20261124T100000Z',
        'content-type': 'application/pdf',
      },
    });
    expect(call.headers.authorization).toBe(expected.authorization);
    expect(call.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261124\/eu-north-1\/s3\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(call.body?.toString()).toBe('%PDF-1.7');
  });

  test('GET streams the object; 404 is "no file"; DELETE of a missing object is fine; other failures throw', async () => {
    const file = await storage.get('practice/abc123');
    expect(await text(file!.body)).toBe('innhold');
    answers.push(404);
    expect(await storage.get('practice/missing')).toBeNull();
    answers.push(404);
    await storage.delete('practice/missing');
    expect(calls.at(-1)?.method).toBe('DELETE');
    answers.push(403);
    await expect(storage.put('practice/x', Buffer.from('x'), 'image/png')).rejects.toThrow(/HTTP 403/);
    await expect(storage.get('../other-bucket/x')).rejects.toThrow(/storage key/);
  });
});

describe('choosing the storage from the environment', () => {
  test('local disk by default, UPLOAD_DIR to move it', () => {
    expect(loadConfig({}, []).files).toMatchObject({
      kind: 'local',
      root: expect.stringMatching(/\.data[/\\]uploads$/),
    });
    expect(loadConfig({ UPLOAD_DIR: root }, []).files).toEqual({ kind: 'local', root });
    expect(createStorage({ kind: 'local', root })).toBeInstanceOf(LocalDiskStorage);
  });

  test('S3 when all four S3 variables are set; half a configuration is an error, not a silent fallback', () => {
    const env = {
      S3_ENDPOINT: 'https://s3.example.no/',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(env, []).files).toEqual({
      kind: 's3',
      endpoint: 'https://s3.example.no',
      bucket: 'b',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
    });
    expect(loadConfig({ ...env, S3_REGION: 'eu-north-1' }, []).files).toMatchObject({ region: 'eu-north-1' });
    expect(createStorage(loadConfig(env, []).files)).toBeInstanceOf(S3Storage);
    expect(() => loadConfig({ S3_ENDPOINT: 'https://s3.example.no', S3_BUCKET: 'b' }, [])).toThrow(
      /missing: S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ ...env, S3_ENDPOINT: 's3.example.no' }, [])).toThrow(/S3_ENDPOINT/);
  });
});
