// A real SMTP server (the smtp-server package) for tests and the benchmark:
// it keeps what it receives and answers as told.
import type { AddressInfo } from 'node:net';
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

export async function startTestSmtpServer(options: { keepRaw?: boolean } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const replies: ScriptedReply[] = [];
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
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: options.keepRaw === false ? '' : Buffer.concat(chunks).toString('utf8'),
        });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    replies,
    settings: (from = 'varsler@test.knutepunkt.no') => ({ host: '127.0.0.1', port, tls: 'none', from }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
