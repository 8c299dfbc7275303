import { type BuiltApp, type Size, firstLoadFiles, sizeOf } from './first-load.ts';

/** A page whose first load is measured. */
export interface MeasuredPage {
  app: 'web' | 'admin';
  name: string;
  /** Its address pattern, for the reader (the path tables in @knutepunkt/domain). */
  path: string;
  /** The modules its lazy route imports (Vite manifest keys); none for a page in the entry. */
  routeModules: readonly string[];
  /** The groups of strings its lazy route loads (`lazyPage(…, { messages })` in apps/web). */
  messages?: readonly string[];
  /** Most this page may weigh, gzipped, in bytes; exceeding it fails `--check`. */
  budget?: number;
}

export interface PageSize extends MeasuredPage {
  size: Size;
}

/** Sizes are in kB of 1000 bytes, as Vite's own build output prints them. */
export const KB = 1000;

export function measurePages(apps: Record<MeasuredPage['app'], BuiltApp>, pages: readonly MeasuredPage[]): PageSize[] {
  const cache = new Map<string, { raw: number; gzip: number }>();
  return pages.map((page) => {
    const app = apps[page.app];
    return { ...page, size: sizeOf(app, firstLoadFiles(app, page.routeModules, undefined, page.messages), cache) };
  });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** The table printed by `pnpm size`: one row per page, then what all pages share. */
export function formatReport(rows: readonly PageSize[]): string {
  const header = ['app', 'page', 'path', 'files', 'JS', 'JS gzipped', 'budget'];
  const cells = rows.map((r) => [
    r.app,
    r.name,
    r.path,
    String(r.size.files.length),
    kb(r.size.raw),
    kb(r.size.gzip),
    r.budget === undefined ? '' : kb(r.budget),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i < 3 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ');
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)];
  for (const app of new Set(rows.map((r) => r.app))) {
    const ofApp = rows.filter((r) => r.app === app);
    const gzip = ofApp.map((r) => r.size.gzip);
    lines.push(
      `${app}: first load ${kb(Math.min(...gzip))} to ${kb(Math.max(...gzip))} gzipped over ${ofApp.length} page(s)`,
    );
  }
  return lines.join('\n');
}

/** Each page over its budget, as a sentence saying by how much; empty when all fit. */
export function overBudget(rows: readonly PageSize[]): string[] {
  return rows
    .filter((r) => r.budget !== undefined && r.size.gzip > r.budget)
    .map(
      (r) =>
        `${r.name} (${r.path}) loads ${kb(r.size.gzip)} of JavaScript gzipped before first paint, ` +
        `${kb(r.size.gzip - r.budget!)} over its budget of ${kb(r.budget!)}`,
    );
}
