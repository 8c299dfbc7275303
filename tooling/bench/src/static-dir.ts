import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface StaticTarget {
  /** Folder to serve as the web listener's staticDirs.web. */
  dir: string;
  /** The file the benchmark fetches, as a URL path. */
  urlPath: string;
  /** What the file is, for the output. */
  description: string;
  cleanup(): void;
}

/**
 * A temporary folder with index.html and a ~50 KB script, served the way
 * apps/web/dist is. Not the real build: the benchmark must not depend on a
 * build having run, and the build's main bundle (~800 KB, uncompressed)
 * would measure loopback bandwidth rather than the server's cost per request.
 */
export function prepareStaticTarget(): StaticTarget {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-bench-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="nb"><head><script type="module" src="/assets/app.js"></script></head><body></body></html>\n',
  );
  // Varied, minified-looking text rather than one repeated byte, in case anything on the way compresses.
  const lines = Array.from({ length: 1360 }, (_, i) => `export const v${i}=(a,b)=>a*${i}+b^${(i * 7919) % 1000};`);
  const script = lines.join('\n');
  fs.writeFileSync(path.join(dir, 'assets/app.js'), script);
  return {
    dir,
    urlPath: '/assets/app.js',
    description: `/assets/app.js, ${(Buffer.byteLength(script) / 1024).toFixed(1)} KB, from a generated folder (not apps/web/dist)`,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
