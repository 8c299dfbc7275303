// The README's two commands: `npm start` (node tooling/scripts/run.mjs start) and `npm test`
// (… test). Each makes sure Node 24 runs the rest (fetching it from the npm registry on a
// machine with an older Node, see node24.mjs), then runs pnpm 12 through npx, so a newcomer
// needs nothing but Node and npm.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { node24BinDir } from './node24.mjs';

const PNPM = 'pnpm@12.21.0';
const STEPS = {
  // Installs quietly, builds, starts on the embedded database with demo data.
  start: [
    ['install', '--loglevel', 'warn'],
    ['run', '--silent', 'demo'],
  ],
  // Installs, then lint, type checks, all tests, the builds, the size budget and end-to-end.
  test: [['install'], ['run', 'check']],
};

const steps = STEPS[process.argv[2]];
if (!steps) {
  console.error(`usage: node tooling/scripts/run.mjs ${Object.keys(STEPS).join('|')}`);
  process.exit(2);
}
const binDir = node24BinDir();
const env = binDir ? { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` } : process.env;
for (const args of steps) {
  const result = spawnSync('npx', ['-y', PNPM, ...args], { stdio: 'inherit', env });
  // Ctrl+C reaches pnpm and the server too (one process group); they stop, and so does this.
  if (result.status !== 0) process.exit(result.status ?? 1);
}
