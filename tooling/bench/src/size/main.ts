// `pnpm size`: the JavaScript each public page loads before first paint, gzipped, read from
// the builds in apps/web/dist and apps/admin/dist (it builds nothing). `pnpm size --check`
// also fails when a page with a budget (the front page) is over it.
// `--web-dist=<dir>` and `--admin-dist=<dir>` measure other builds (say, of another branch).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltApp } from './first-load.ts';
import { PUBLIC_PAGES } from './pages.ts';
import { type MeasuredPage, formatReport, measurePages, overBudget } from './report.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface BuildDirs {
  web: string;
  admin: string;
}

export const DEFAULT_BUILD_DIRS: BuildDirs = {
  web: path.join(REPO_ROOT, 'apps/web/dist'),
  admin: path.join(REPO_ROOT, 'apps/admin/dist'),
};

/** The report for the builds in `dirs`; throws when a build is missing. */
export function sizeReport(
  dirs: BuildDirs = DEFAULT_BUILD_DIRS,
  pages: readonly MeasuredPage[] = PUBLIC_PAGES,
): { text: string; problems: string[] } {
  const rows = measurePages({ web: readBuiltApp(dirs.web), admin: readBuiltApp(dirs.admin) }, pages);
  return { text: formatReport(rows), problems: overBudget(rows) };
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const console_: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs `pnpm size` with these arguments; the exit code: 1 for a missing build or, with --check, a page over budget. */
export function main(argv: readonly string[], output: Output = console_): number {
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dirs = {
    web: path.resolve(option('web-dist') ?? DEFAULT_BUILD_DIRS.web),
    admin: path.resolve(option('admin-dist') ?? DEFAULT_BUILD_DIRS.admin),
  };
  let report: ReturnType<typeof sizeReport>;
  try {
    report = sizeReport(dirs);
  } catch (error) {
    output.err(`pnpm size: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  output.out("First-load JavaScript per public page (entry, module preloads, the route's chunks):");
  output.out('');
  output.out(report.text);
  if (!argv.includes('--check')) return 0;
  output.out('');
  if (report.problems.length === 0) {
    output.out('Size budget: every page is within its budget.');
    return 0;
  }
  for (const problem of report.problems) output.err(`Size budget exceeded: ${problem}.`);
  output.err('Load less before first paint: a lazy route, a dynamic import, or fewer dependencies.');
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
