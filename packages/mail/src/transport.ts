import nodemailer from 'nodemailer';
import type { ComposedMail } from './compose.ts';

/**
 * How e-mail leaves: an SMTP server (SMTP_URL, or SMTP_HOST and friends; see
 * apps/server/src/mail-config.ts). `tls`: `tls` connects over TLS (port 465),
 * `starttls` insists on upgrading a plain connection (587), `none` sends in
 * the clear (a relay on the same machine or network only).
 */
export interface SmtpSettings {
  host: string;
  port: number;
  tls: 'tls' | 'starttls' | 'none';
  user?: string;
  password?: string;
  /** The sender's address; the display name is the site's name. */
  from: string;
}

export interface SendResult {
  messageId: string;
  /** The server's reply to the message ("250 OK: queued as …"). */
  response: string;
}

export interface Mailer {
  send(mail: ComposedMail): Promise<SendResult>;
  close(): void;
}

/** Why a try failed: `temporary` is tried again later, `permanent` is not. `reply` is the server's words. */
export interface SmtpFailure {
  kind: 'temporary' | 'permanent';
  reply: string;
}

const REPLY_MAX = 500;

/**
 * SMTP's own answer decides (RFC 5321): 5xx is permanent, 4xx temporary. No
 * answer at all (refused, timed out, the connection dropped) is temporary.
 * What is kept is the server's reply, or the network error's code: never the
 * message or the address it was for beyond what the server itself said.
 */
export function classifySmtpError(error: unknown): SmtpFailure {
  const e = error as { responseCode?: number; response?: string; code?: string };
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    const reply = (e.response ?? String(e.responseCode)).slice(0, REPLY_MAX);
    return { kind: e.responseCode >= 500 ? 'permanent' : 'temporary', reply };
  }
  return { kind: 'temporary', reply: e.code ?? 'no answer from the SMTP server' };
}

/** A pool of SMTP connections (reused between messages; at most 4 at a time). */
export function createMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 4,
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'tls',
    requireTLS: settings.tls === 'starttls',
    ignoreTLS: settings.tls === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      const info = await transport.sendMail(mail);
      return { messageId: info.messageId, response: info.response };
    },
    close: () => transport.close(),
  };
}
