import fs from 'node:fs';
import path from 'node:path';
import { ENVELOPE_TO_HEADER, parseMail } from '@knutepunkt/mail/testing';
import { mailDir } from './env.ts';

/** One e-mail as the test SMTP server received it, read as a mail client would. */
export interface ReceivedEmail {
  /** The envelope recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header names in lower case, each with its (first) value as written. */
  headers: Record<string, string>;
  /** The .eml file's name: `<received at, ms>-<sequence>.eml`. */
  file: string;
  receivedAt: Date;
}

export interface WaitForEmailOptions {
  /** Only e-mail received at or after this time (ms or Date): what the test itself caused. */
  since?: number | Date;
  /** Only e-mail whose subject matches. */
  subject?: string | RegExp;
  /** How long to wait; the default is under the test's expect timeout plus delivery. */
  timeoutMs?: number;
}

/** Files in the folder, oldest first (the names sort by arrival). */
function mailFiles(): string[] {
  try {
    return fs
      .readdirSync(mailDir())
      .filter((name) => name.endsWith('.eml') && !name.startsWith('.'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const parsed = new Map<string, ReceivedEmail>();

async function read(file: string): Promise<ReceivedEmail> {
  const known = parsed.get(file);
  if (known) return known;
  const mail = await parseMail(fs.readFileSync(path.join(mailDir(), file)));
  const headers: Record<string, string> = {};
  for (const { key, line } of mail.headerLines) {
    if (!(key in headers)) headers[key] = line.slice(line.indexOf(':') + 1).trim();
  }
  const email: ReceivedEmail = {
    to: (headers[ENVELOPE_TO_HEADER.toLowerCase()] ?? '').split(',').map((a) => a.trim().toLowerCase()),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    headers,
    file,
    receivedAt: new Date(Number(file.split('-')[0])),
  };
  parsed.set(file, email);
  return email;
}

/**
 * The newest e-mail to `address` that the test SMTP server has received (src/global-setup.ts),
 * waiting for it to arrive: the server sends from a background job, usually within a second.
 * Polls the folder every 100 ms up to the deadline, then fails with what did arrive.
 */
export async function waitForEmail(address: string, options: WaitForEmailOptions = {}): Promise<ReceivedEmail> {
  const to = address.toLowerCase();
  const since = options.since === undefined ? 0 : Number(options.since);
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const matches = (email: ReceivedEmail) =>
    email.to.includes(to) &&
    email.receivedAt.getTime() >= since &&
    (options.subject === undefined ||
      (typeof options.subject === 'string' ? email.subject === options.subject : options.subject.test(email.subject)));
  for (;;) {
    const files = mailFiles();
    for (const file of files.toReversed()) {
      // Older than asked for: so is everything before it.
      if (Number(file.split('-')[0]) < since) break;
      const email = await read(file);
      if (matches(email)) return email;
    }
    if (Date.now() > deadline) {
      const seen = await Promise.all(files.slice(-10).map(read));
      throw new Error(
        `No e-mail to ${address}${options.subject ? ` with subject ${String(options.subject)}` : ''} arrived in ` +
          `${mailDir()} within ${options.timeoutMs ?? 20_000} ms. The newest there: ` +
          (seen.map((e) => `${e.to.join(',')}: ${e.subject}`).join('; ') || 'none'),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first address in a text that starts with `prefix` (an e-mail's link), without trailing punctuation. */
export function linkIn(text: string, prefix: string): string | null {
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:!?)»”]+$/, '');
    if (url.startsWith(prefix)) return url;
  }
  return null;
}
