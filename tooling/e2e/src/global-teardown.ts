import fs from 'node:fs';
import { mailDir, runDataDir } from './env.ts';

/**
 * Remove this run's PGlite folder and its received e-mail, so data dirs do not pile up in the temp
 * folder. Playwright stops the server right after this; PGlite's files are
 * only written while requests run, and none do any more.
 */
export default async function globalTeardown(): Promise<void> {
  fs.rmSync(runDataDir().dir, { recursive: true, force: true });
  fs.rmSync(mailDir(), { recursive: true, force: true });
}
