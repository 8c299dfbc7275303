import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in apps/server/src. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type ListenerName = 'web' | 'admin';

export interface ServerConfig {
  host: string;
  ports: Record<ListenerName, number>;
  /** Which listeners this process runs: both by default, or one for split deployments. */
  listeners: ListenerName[];
  /** Folder of PGlite's data when DATABASE_URL is not set. */
  dataDir: string;
  /** Where each SPA's build is served from. */
  staticDirs: Record<ListenerName, string>;
  /** Cookies get Secure when the site is served over https (behind a proxy that terminates TLS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a reverse proxy for the client address (throttling). */
  trustProxy: boolean;
  demo: boolean;
  /** Where the JSON logs go; stdout when unset. */
  logStream?: NodeJS.WritableStream;
}

function listenersFrom(value: string | undefined): ListenerName[] {
  const names = (value ?? 'web,admin').split(',').map((s) => s.trim()).filter(Boolean);
  const valid = names.filter((n): n is ListenerName => n === 'web' || n === 'admin');
  if (valid.length === 0 || valid.length !== names.length) {
    throw new Error(`LISTENERS must be "web", "admin" or "web,admin" (got "${value}")`);
  }
  return valid;
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
    secureCookies: env.SECURE_COOKIES === 'true' || (env.PUBLIC_URL ?? '').startsWith('https://'),
    trustProxy: env.TRUST_PROXY === 'true',
    demo: argv.includes('--demo'),
  };
}
