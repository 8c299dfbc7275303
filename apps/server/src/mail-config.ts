import type { SmtpSettings } from '@knutepunkt/mail';

const TLS_MODES = ['starttls', 'tls', 'none'] as const;
const SMTP_VARIABLES = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_TLS'] as const;
// An address as a person would write one: something@somewhere.tld, no spaces or angle brackets.
const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

function tlsFrom(value: string): SmtpSettings['tls'] {
  if ((TLS_MODES as readonly string[]).includes(value)) return value as SmtpSettings['tls'];
  throw new Error(`SMTP_TLS must be starttls, tls or none (got "${value}")`);
}

function portFrom(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name} must be a port number from 1 to 65535 (got "${value}")`);
  return port;
}

/** `smtp://user:password@host:587` (STARTTLS unless ?tls=none) or `smtps://…:465` (TLS). */
function fromUrl(value: string): Omit<SmtpSettings, 'from'> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//")`);
  if (!url.hostname) throw new Error('SMTP_URL has no host name');
  const secure = url.protocol === 'smtps:';
  const tls = secure ? 'tls' : tlsFrom(url.searchParams.get('tls') ?? 'starttls');
  return {
    host: url.hostname,
    port: url.port ? portFrom(url.port, 'The port in SMTP_URL') : secure ? 465 : 587,
    tls,
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

function fromParts(env: NodeJS.ProcessEnv): Omit<SmtpSettings, 'from'> {
  const tls = tlsFrom(env.SMTP_TLS ?? 'starttls');
  if (env.SMTP_PASSWORD && !env.SMTP_USER) throw new Error('SMTP_PASSWORD is set but SMTP_USER is not');
  return {
    host: env.SMTP_HOST!,
    port: env.SMTP_PORT ? portFrom(env.SMTP_PORT, 'SMTP_PORT') : tls === 'tls' ? 465 : tls === 'none' ? 25 : 587,
    tls,
    ...(env.SMTP_USER ? { user: env.SMTP_USER } : {}),
    ...(env.SMTP_PASSWORD ? { password: env.SMTP_PASSWORD } : {}),
  };
}

/**
 * The SMTP server notifications leave through: SMTP_URL, or SMTP_HOST with
 * SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_TLS; MAIL_FROM is the sender's
 * address (the display name is the site's name). None of them: null, and
 * nothing is sent (the outbox keeps the messages). Half a configuration is an
 * error at start, not a silent "no e-mail".
 */
export function mailFrom(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const parts = SMTP_VARIABLES.filter((name) => env[name]);
  if (!env.SMTP_URL && parts.length === 0) {
    if (env.MAIL_FROM) throw new Error('MAIL_FROM is set but no SMTP server is: set SMTP_URL or SMTP_HOST');
    return null;
  }
  if (env.SMTP_URL && parts.length > 0) throw new Error(`Set SMTP_URL or ${parts.join(', ')}, not both`);
  if (!env.SMTP_URL && !env.SMTP_HOST) throw new Error(`${parts.join(', ')} set without SMTP_HOST`);
  const from = env.MAIL_FROM?.trim();
  if (!from)
    throw new Error('MAIL_FROM (the sender’s address, such as varsler@knutepunkt.no) is needed to send e-mail');
  if (!ADDRESS.test(from))
    throw new Error(`MAIL_FROM must be an e-mail address such as varsler@knutepunkt.no (got "${from}")`);
  return { ...(env.SMTP_URL ? fromUrl(env.SMTP_URL) : fromParts(env)), from };
}

/** JOBS=off: this process runs no job workers or schedules (it still queues jobs). Default on. */
export function jobsFrom(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`JOBS must be on or off (got "${value}")`);
}
