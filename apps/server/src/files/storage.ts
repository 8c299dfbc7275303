import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { FileStorageConfig } from '../config.ts';
import { EMPTY_PAYLOAD_SHA256, amzDate, sha256Hex, signV4, uriEncode } from './sigv4.ts';

/**
 * Where uploaded files live: a folder on local disk by default (UPLOAD_DIR,
 * default `<repo>/.data/uploads`), or an S3-compatible bucket (S3_ENDPOINT,
 * S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION) for a site
 * that runs several server instances. Keys are generated here, never taken
 * from a user's file name, so no name can reach outside the store.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when there is none under this key. */
  get(key: string): Promise<StoredFile | null>;
  /** Remove the file; removing one that is not there is fine. */
  delete(key: string): Promise<void>;
}

export interface StoredFile {
  body: Readable;
  size: number | null;
}

/** Keys: lowercase letters, digits and single slashes, e.g. `practice/3f…`. No dots, so no `..`. */
const KEY_PATTERN = /^[a-z0-9]+(?:\/[a-z0-9]+)*$/;

export function assertKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.length > 200) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

/** A fresh key for a new file: 128 random bits under a prefix. */
export function newStorageKey(prefix = 'practice'): string {
  return `${prefix}/${randomBytes(16).toString('hex')}`;
}

export class LocalDiskStorage implements FileStorage {
  readonly root: string;
  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file's path, checked to stay under the root whatever the key says. */
  private pathOf(key: string): string {
    assertKey(key);
    const full = path.resolve(this.root, ...key.split('/'));
    if (!full.startsWith(this.root + path.sep)) throw new Error(`storage key outside the store: ${key}`);
    return full;
  }

  // The type is not kept on disk: the database row has it, from the content.
  async put(key: string, bytes: Uint8Array, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    // Write beside it and rename, so a reader never sees half a file.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await fsp.writeFile(temporary, bytes, { mode: 0o600 });
    await fsp.rename(temporary, target);
  }

  async get(key: string): Promise<StoredFile | null> {
    const target = this.pathOf(key);
    try {
      const handle = await fsp.open(target, 'r');
      const { size } = await handle.stat();
      return { body: handle.createReadStream(), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }

  /** For tests and checks: does a file exist under the key? */
  exists(key: string): boolean {
    return fs.existsSync(this.pathOf(key));
  }
}

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** For tests: the fetch to use and the clock. */
  fetch?: typeof fetch;
  now?: () => Date;
}

/** An S3-compatible bucket, path-style (`<endpoint>/<bucket>/<key>`), signed with SigV4. */
export class S3Storage implements FileStorage {
  private readonly options: S3Options;
  constructor(options: S3Options) {
    this.options = options;
  }

  /** The signed request for an object, ready for fetch. */
  signedRequest(
    method: 'PUT' | 'GET' | 'DELETE',
    key: string,
    body?: Uint8Array,
    contentType?: string,
  ): { url: URL; init: RequestInit } {
    assertKey(key);
    const { endpoint, bucket, region, accessKeyId, secretAccessKey } = this.options;
    const url = new URL(`${endpoint}/${uriEncode(bucket)}/${key.split('/').map(uriEncode).join('/')}`);
    const payloadHash = body ? sha256Hex(body) : EMPTY_PAYLOAD_SHA256;
    const date = amzDate((this.options.now ?? (() => new Date()))());
    const headers: Record<string, string> = {
      'x-amz-content-sha256': payloadHash,
      'x-amz-date': date,
      ...(contentType ? { 'content-type': contentType } : {}),
    };
    const { authorization } = signV4({
      method,
      url,
      headers,
      payloadHash,
      region,
      service: 's3',
      accessKeyId,
      secretAccessKey,
      amzDate: date,
    });
    return {
      url,
      init: { method, headers: { ...headers, authorization }, ...(body ? { body } : {}) },
    };
  }

  private async send(
    method: 'PUT' | 'GET' | 'DELETE',
    key: string,
    body?: Uint8Array,
    contentType?: string,
  ): Promise<Response> {
    const { url, init } = this.signedRequest(method, key, body, contentType);
    // A time limit until the answer starts; a download may then take as long as the reader needs.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      return await (this.options.fetch ?? fetch)(url, { ...init, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, bytes, contentType);
    await res.body?.cancel();
    if (!res.ok) throw new Error(`S3 PUT ${key} failed with HTTP ${res.status}`);
  }

  async get(key: string): Promise<StoredFile | null> {
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new Error(`S3 GET ${key} failed with HTTP ${res.status}`);
    }
    const length = Number(res.headers.get('content-length'));
    return {
      body: Readable.fromWeb(res.body as WebReadableStream),
      size: Number.isFinite(length) && length > 0 ? length : null,
    };
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    await res.body?.cancel();
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key} failed with HTTP ${res.status}`);
  }
}

export function createStorage(config: FileStorageConfig): FileStorage {
  return config.kind === 's3' ? new S3Storage(config) : new LocalDiskStorage(config.root);
}
