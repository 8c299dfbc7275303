import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createPrettyLogStream, formatEntry, listeningText } from './pretty-log.ts';

const plain = (_format: unknown, text: string) => text;
const time = new Date(2026, 10, 29, 14, 3, 7).getTime();

describe('a log entry as a line for people', () => {
  test('a request: time, listener, method, path, status, milliseconds', () => {
    const entry = {
      level: 30,
      time,
      listener: 'web',
      reqId: 'req-7',
      req: { method: 'GET', path: '/trpc/organisations.list' },
      res: { statusCode: 200 },
      responseTime: 24.2,
      msg: 'request completed',
    };
    expect(formatEntry(entry, plain)).toBe('14:03:07 web   GET    /trpc/organisations.list 200 24 ms');
    expect(formatEntry({ ...entry, listener: 'admin', responseTime: 3.14 }, plain)).toBe(
      '14:03:07 admin GET    /trpc/organisations.list 200 3.1 ms',
    );
  });

  test('an error: its level, message, fields and stack', () => {
    const entry = {
      level: 50,
      time,
      listener: 'web',
      path: 'practice.submit',
      err: { message: 'boom', stack: 'Error: boom\n    at submit (practice.ts:1:1)' },
      msg: 'procedure failed',
    };
    expect(formatEntry(entry, plain)).toBe(
      '14:03:07 web   ERROR  procedure failed path=practice.submit\n    Error: boom\n        at submit (practice.ts:1:1)',
    );
  });

  test('a warning with a value that is not a string', () => {
    expect(formatEntry({ level: 40, time, listener: 'web', attachmentId: 12, msg: 'file missing' }, plain)).toBe(
      '14:03:07 web   WARN   file missing attachmentId=12',
    );
  });

  test('Fastify\'s "listening" line is left out: the start banner says it', () => {
    expect(formatEntry({ level: 30, time, msg: listeningText('http://127.0.0.1:3000') }, plain)).toBeNull();
  });
});

test('the stream writes lines without colour where they are not shown in a terminal', () => {
  const written: string[] = [];
  const destination = new Writable({ write: (chunk, _e, done) => done(void written.push(String(chunk))) });
  const stream = createPrettyLogStream(destination);
  stream.write(`${JSON.stringify({ level: 40, time, listener: 'admin', msg: 'careful' })}\n`);
  stream.write('not json\n');
  expect(written).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d admin WARN {3}careful\n$/), 'not json\n']);
});
