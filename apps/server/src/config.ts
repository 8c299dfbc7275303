import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SmtpSettings } from '@knutepunkt/mail';
import { jobsFrom, mailFrom } from './mail-config.ts';
import { type OidcProviderConfig, oidcProvidersFrom } from './oidc/config.ts';
import { type RawDataKeySource, rawDataKeySourceFrom } from './evaluations/data-key.ts';

/** The repository root, from this file's place in apps/server/src. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type ListenerName = 'web' | 'admin';

/**
 * Where uploaded files (attachments) are kept. Environment:
 * - UPLOAD_DIR: a folder on local disk (default `<repo>/.data/uploads`);
 * - S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (and
 *   S3_REGION, default us-east-1): S3-compatible object storage instead,
 *   addressed path-style (`<endpoint>/<bucket>/<key>`), so MinIO, Ceph and
 *   the Norwegian clouds' stores work as well as AWS. All four or none.
 */
export type FileStorageConfig =
  | { kind: 'local'; root: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export interface ServerConfig {
  host: string;
  ports: Record<ListenerName, number>;
  /** Which listeners this process runs: both by default, or one for split deployments. */
  listeners: ListenerName[];
  /** Folder of PGlite's data when DATABASE_URL is not set. */
  dataDir: string;
  /** Where each SPA's build is served from. */
  staticDirs: Record<ListenerName, string>;
  /** The web app's server-rendering build (WEB_SSR_DIR); pages are sent as a bare shell when it is missing. */
  webSsrDir: string;
  /** Cookies get Secure when the site is served over https (behind a proxy that terminates TLS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a reverse proxy for the client address (throttling). */
  trustProxy: boolean;
  demo: boolean;
  /** Uploaded files: local disk or S3-compatible storage (see FileStorageConfig). */
  files: FileStorageConfig;
  /** The web site's public address (PUBLIC_URL), for absolute links such as the Atom feed's; else the request's own host. */
  publicUrl: string | null;
  /** The admin app's address (ADMIN_URL), for links in notifications; else built from HOST and ADMIN_PORT. */
  adminUrl: string | null;
  /** Serve the builds' source maps (SERVE_SOURCE_MAPS=true); never by default. */
  serveSourceMaps: boolean;
  /** Where the logs go; stdout when unset. */
  logStream?: NodeJS.WritableStream;
  /** Memory for the public response cache per listener (PUBLIC_CACHE_MB, default 64); 0 turns it off. */
  publicCacheBytes: number;
  /** The SMTP server notifications are sent through (SMTP_URL or SMTP_HOST…, MAIL_FROM); null: none is sent. */
  mail: SmtpSettings | null;
  /** Run job workers and schedules in this process (JOBS, default on; docs/adr/0014). */
  jobs: boolean;
  /** SITE_SECRET: the key of the one-click unsubscribe links; unset, one is made and kept in the database (ADR 17). */
  siteSecret: string | null;
  /** OpenID Connect providers for signing in (OIDC_PROVIDERS and OIDC_<ID>_*, see oidc/config.ts); none by default. */
  oidcProviders: OidcProviderConfig[];
  /** The evaluations' raw-data key (EVALUATION_DATA_KEY, EVALUATION_DATA_PREVIOUS_KEYS, or the embedded key file; evaluations/data-key.ts). */
  evaluationDataKey: RawDataKeySource;
}

function publicCacheBytesFrom(value: string | undefined): number {
  const mb = Number(value ?? 64);
  if (!Number.isFinite(mb) || mb < 0)
    throw new Error(`PUBLIC_CACHE_MB must be a number of megabytes, 0 or more (got "${value}")`);
  return Math.floor(mb * 1024 * 1024);
}

function listenersFrom(value: string | undefined): ListenerName[] {
  const names = (value ?? 'web,admin')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const valid = names.filter((n): n is ListenerName => n === 'web' || n === 'admin');
  if (valid.length === 0 || valid.length !== names.length) {
    throw new Error(`LISTENERS must be "web", "admin" or "web,admin" (got "${value}")`);
  }
  return valid;
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

function filesFrom(env: NodeJS.ProcessEnv): FileStorageConfig {
  const missing = S3_VARIABLES.filter((name) => !env[name]);
  if (missing.length === S3_VARIABLES.length)
    return { kind: 'local', root: path.resolve(env.UPLOAD_DIR ?? path.join(REPO_ROOT, '.data', 'uploads')) };
  // Half a configuration would silently put files on local disk, where a scaled-out site loses them.
  if (missing.length > 0)
    throw new Error(`S3 storage needs ${S3_VARIABLES.join(', ')}; missing: ${missing.join(', ')}`);
  const endpoint = env.S3_ENDPOINT!.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(endpoint))
    throw new Error(`S3_ENDPOINT must start with http:// or https:// (got "${endpoint}")`);
  return {
    kind: 's3',
    endpoint,
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
  };
}

function siteSecretFrom(value: string | undefined): string | null {
  if (!value) return null;
  if (value.length < 32)
    throw new Error('SITE_SECRET must be at least 32 characters (for example `openssl rand -base64 32`)');
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv, argv: string[]): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    ports: { web: Number(env.WEB_PORT ?? 3000), admin: Number(env.ADMIN_PORT ?? 3001) },
    listeners: listenersFrom(env.LISTENERS),
    dataDir: env.PGLITE_DATA_DIR ?? path.join(REPO_ROOT, '.data', 'pglite'),
    staticDirs: {
      web: env.WEB_STATIC_DIR ?? path.join(REPO_ROOT, 'apps/web/dist'),
      admin: env.ADMIN_STATIC_DIR ?? path.join(REPO_ROOT, 'apps/admin/dist'),
    },
    webSsrDir: env.WEB_SSR_DIR ?? path.join(REPO_ROOT, 'apps/web/dist-ssr'),
    secureCookies: env.SECURE_COOKIES === 'true' || (env.PUBLIC_URL ?? '').startsWith('https://'),
    trustProxy: env.TRUST_PROXY === 'true',
    demo: argv.includes('--demo'),
    files: filesFrom(env),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    adminUrl: env.ADMIN_URL ? env.ADMIN_URL.replace(/\/+$/, '') : null,
    serveSourceMaps: env.SERVE_SOURCE_MAPS === 'true',
    publicCacheBytes: publicCacheBytesFrom(env.PUBLIC_CACHE_MB),
    mail: mailFrom(env),
    jobs: jobsFrom(env.JOBS),
    siteSecret: siteSecretFrom(env.SITE_SECRET),
    oidcProviders: oidcProvidersFrom(env),
    evaluationDataKey: rawDataKeySourceFrom(env, env.PGLITE_DATA_DIR ?? path.join(REPO_ROOT, '.data', 'pglite')),
  };
}

/** A listener's own address on this machine (0.0.0.0 is not something to visit). */
export function localUrl(host: string, port: number): string {
  return `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
}

/** The two sites' addresses as people reach them, for links in e-mails. */
export function siteUrls(config: ServerConfig): { web: string; admin: string } {
  return {
    web: config.publicUrl ?? localUrl(config.host, config.ports.web),
    admin: config.adminUrl ?? localUrl(config.host, config.ports.admin),
  };
}
