// Node 24 LTS for the README's two commands and for CI, on machines that come with an older
// Node (ENVIRONMENT.md: Node 20). The npm registry holds Node itself: the package
// node-linux-<arch> contains the real bin/node, with no install script and no download from
// anywhere else. Plain JavaScript, so it runs on any Node. See docs/adr/0007.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REQUIRED_MAJOR = 24;

const tooOld = () => Number(process.versions.node.split('.')[0]) < REQUIRED_MAJOR;

function explain() {
  return (
    `Knutepunkt needs Node ${REQUIRED_MAJOR} LTS or newer; this is Node ${process.versions.node}.\n` +
    `Install Node ${REQUIRED_MAJOR} (nodejs.org, or your system's packages), then run the command again.`
  );
}

/**
 * The folder holding a Node 24 `node` to put first on PATH, fetched once into
 * ~/.cache/knutepunkt/node24 (or KNUTEPUNKT_NODE_DIR); null when the running Node is new
 * enough. Where no such package exists (not Linux x64/arm64) it stops with a plain message.
 * `log` gets the one line said before fetching.
 */
export function node24BinDir(log = console.log) {
  if (!tooOld()) return null;
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
    console.error(explain());
    process.exit(1);
  }
  const dir =
    process.env.KNUTEPUNKT_NODE_DIR || path.join(os.homedir(), '.cache', 'knutepunkt', `node${REQUIRED_MAJOR}`);
  const pkg = `node-linux-${process.arch}`;
  const binDir = path.join(dir, 'node_modules', pkg, 'bin');
  if (!fs.existsSync(path.join(binDir, 'node'))) {
    log(
      `This is Node ${process.versions.node}; fetching Node ${REQUIRED_MAJOR} from the npm registry into ${dir} (once)…`,
    );
    const args = [
      'install',
      '--prefix',
      dir,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${pkg}@${REQUIRED_MAJOR}`,
    ];
    // npm's own output goes to stderr, so `--print-bin-dir` prints nothing but the folder.
    const result = spawnSync('npm', args, { stdio: ['ignore', 2, 2] });
    if (result.status !== 0 || !fs.existsSync(path.join(binDir, 'node'))) {
      console.error(explain());
      process.exit(1);
    }
  }
  return binDir;
}

// `node tooling/scripts/node24.mjs --print-bin-dir` (used by .ci/run): the folder, or nothing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print-bin-dir')) {
    const binDir = node24BinDir((line) => console.error(line));
    if (binDir) console.log(binDir);
  }
}
