// A real SMTP server (the smtp-server package) for tests and the benchmark:
// it keeps what it receives and answers as told.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Read a received message as a mail client would (mailparser). */
export { simpleParser as parseMail } from 'mailparser';
import type { SmtpSettings } from './transport.ts';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** Answer the next messages with this SMTP reply instead of accepting them. */
export interface ScriptedReply {
  code: number;
  message: string;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  /** Replies for the next messages, used up in order; then messages are accepted. */
  replies: ScriptedReply[];
  settings(from?: string): SmtpSettings;
  close(): Promise<void>;
}

export interface TestSmtpServerOptions {
  /** False: keep only the envelope (the benchmark). */
  keepRaw?: boolean;
  /** A port to listen on; 0 (the default) lets the system pick one. */
  port?: number;
  /**
   * Also write every accepted message to this folder (made if missing) as
   * `<received at, ms>-<sequence>.eml`, before the server answers 250, so other processes
   * (the end-to-end tests) can read it. The name sorts by arrival; a file appears whole.
   */
  dir?: string;
}

/** The envelope recipients, one a line, written before a message's headers in the `dir` files. */
export const ENVELOPE_TO_HEADER = 'X-Test-Envelope-To';

export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const replies: ScriptedReply[] = [];
  const { dir } = options;
  if (dir) await fs.mkdir(dir, { recursive: true });
  let sequence = 0;
  /** Written under a temporary name and renamed, so a reader never sees half a file. */
  const writeToDir = async (to: string[], raw: Buffer) => {
    if (!dir) return;
    const name = `${Date.now()}-${String(++sequence).padStart(6, '0')}.eml`;
    const envelope = Buffer.from(`${ENVELOPE_TO_HEADER}: ${to.join(', ')}\r\n`, 'utf8');
    await fs.writeFile(path.join(dir, `.${name}.part`), Buffer.concat([envelope, raw]));
    await fs.rename(path.join(dir, `.${name}.part`), path.join(dir, name));
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const reply = replies.shift();
        if (reply) {
          const error = Object.assign(new Error(reply.message), { responseCode: reply.code });
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to,
          raw: options.keepRaw === false ? '' : raw.toString('utf8'),
        });
        writeToDir(to, raw).then(
          () => callback(null),
          (error: Error) => callback(Object.assign(error, { responseCode: 451 })),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    replies,
    settings: (from = 'varsler@test.knutepunkt.no') => ({ host: '127.0.0.1', port, tls: 'none', from }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
