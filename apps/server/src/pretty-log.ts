import { styleText } from 'node:util';

/** Fastify's start-up line, worded here so the pretty format can leave it to the start banner. */
const LISTENING = 'Server listening at';
export const listeningText = (address: string) => `${LISTENING} ${address}`;

type Style = Parameters<typeof styleText>[0];

/** One log entry as pino writes it (see loggerOptions for what may be in it). */
interface Entry {
  level: number;
  time: number;
  listener?: string;
  msg?: string;
  req?: { method?: string; path?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { message?: string; stack?: string };
  [field: string]: unknown;
}

const LEVELS: Record<number, [string, Style]> = {
  10: ['TRACE', 'gray'],
  20: ['DEBUG', 'gray'],
  30: ['INFO', 'cyan'],
  40: ['WARN', 'yellow'],
  50: ['ERROR', 'red'],
  60: ['FATAL', ['red', 'bold']],
};

/** Fields shown elsewhere on the line, or not worth a person's attention. */
const SHOWN_OR_SKIPPED = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'listener',
  'reqId',
  'msg',
  'req',
  'res',
  'responseTime',
  'err',
]);

function statusStyle(status: number): Style {
  if (status >= 500) return 'red';
  if (status >= 400) return 'yellow';
  if (status >= 300) return 'cyan';
  return 'green';
}

/**
 * One entry as a short line for a person at a terminal, e.g.
 * `14:03:07 web   GET    /trpc/organisations.list 200 24 ms`; null for
 * Fastify's "listening" line, which the start banner says better. Errors get
 * their stack below the line.
 */
export function formatEntry(entry: Entry, style: (format: Style, text: string) => string): string | null {
  if (entry.level === 30 && entry.msg?.startsWith(LISTENING)) return null;
  const head = `${style('dim', new Date(entry.time).toTimeString().slice(0, 8))} ${(entry.listener ?? '').padEnd(5)}`;
  const stack = entry.err ? `\n${style('dim', indent(entry.err.stack ?? entry.err.message ?? ''))}` : '';
  const status = entry.res?.statusCode;
  if (entry.req && status !== undefined && entry.responseTime !== undefined) {
    const ms = entry.responseTime < 10 ? entry.responseTime.toFixed(1) : String(Math.round(entry.responseTime));
    const method = (entry.req.method ?? '').padEnd(6);
    return `${head} ${method} ${entry.req.path ?? ''} ${style(statusStyle(status), String(status))} ${style('dim', `${ms} ms`)}${stack}`;
  }
  const [label, labelStyle] = LEVELS[entry.level] ?? [String(entry.level), 'none'];
  const fields = Object.entries(entry)
    .filter(([key]) => !SHOWN_OR_SKIPPED.has(key))
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('');
  const message = entry.msg ?? '';
  const detail = entry.err?.message && !entry.err.stack?.includes(entry.err.message) ? `: ${entry.err.message}` : '';
  return `${head} ${style(labelStyle, label.padEnd(6))} ${message}${detail}${style('dim', fields)}${stack}`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/**
 * A stream for pino that turns each JSON line into the short form above and
 * writes it to `destination`; colours only where the destination shows them
 * (a terminal, and NO_COLOR / FORCE_COLOR are respected). A line that is not
 * JSON (nothing of ours) is passed on as it came.
 */
export function createPrettyLogStream(destination: NodeJS.WritableStream): { write(line: string): boolean } {
  const style = (format: Style, text: string) => styleText(format, text, { stream: destination });
  return {
    write(line) {
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch {
        return destination.write(line);
      }
      const text = formatEntry(entry, style);
      return text === null ? true : destination.write(`${text}\n`);
    },
  };
}
