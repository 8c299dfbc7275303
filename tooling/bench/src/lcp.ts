// Largest Contentful Paint of public pages on a slow phone: Chromium (through Playwright) with
// DevTools' "Slow 4G" network and a 4× slower CPU, a cold cache each time. Measured twice in
// one run: with the pages rendered on the server, and with the server sending only the app's
// shell (as before server rendering: the browser renders everything after the scripts and the
// data have arrived). Needs the web app's builds (`pnpm build`). Figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@knutepunkt/e2e/chromium';
import { createTestDb } from '@knutepunkt/db/testing';
import { type ServerConfig, loadConfig, startServer } from '@knutepunkt/server';

/** DevTools' "Slow 4G" preset: 562.5 ms latency, 1.6 Mbit/s down, 750 kbit/s up (90 % goodput). */
const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6 * 1e6 * 0.9) / 8, uploadThroughput: (0.75 * 1e6 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;
const RUNS = Number(process.env.BENCH_LCP_RUNS ?? 3);

export interface LcpRow {
  mode: string;
  page: string;
  /** Milliseconds, one per run. */
  lcp: number[];
}

async function measureLcp(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    // The last candidate before any input is the LCP.
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]!.startTime);
          }).observe({ type: 'largest-contentful-paint' as 'mark', buffered: true }); // Node's DOM types lack this entry type
        }),
    );
  } finally {
    await context.close();
  }
}

async function startDemo(webSsrDir: string) {
  const base = loadConfig({}, ['--demo']);
  const config: ServerConfig = {
    ...base,
    host: '127.0.0.1',
    ports: { web: 0, admin: 0 },
    listeners: ['web'],
    webSsrDir,
    files: { kind: 'local', root: fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-lcp-')) },
  };
  return startServer(config, await createTestDb());
}

/** LCP of the front page and an example page, with and without server rendering. */
export async function benchLcp(): Promise<LcpRow[]> {
  const base = loadConfig({}, []);
  if (!fs.existsSync(path.join(base.staticDirs.web, 'index.html')) || !fs.existsSync(base.webSsrDir))
    throw new Error('the web app is not built: run `pnpm build`');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: LcpRow[] = [];
  try {
    for (const [mode, ssrDir] of [
      ['server-rendered', base.webSsrDir],
      ['app shell only (before)', path.join(os.tmpdir(), 'knutepunkt-no-ssr')],
    ] as const) {
      const server = await startDemo(ssrDir);
      try {
        const web = server.listeners.web!.url;
        const example = await server.handle.db.practiceExample.findFirstOrThrow({
          where: { publishedVersionId: { not: null }, archivedAt: null },
          select: { slug: true },
          orderBy: { slug: 'asc' },
        });
        for (const page of ['/', `/praksis/${example.slug}`]) {
          const lcp: number[] = [];
          for (let run = 0; run < RUNS; run++) lcp.push(await measureLcp(browser, web + page));
          rows.push({ mode, page, lcp });
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function printLcpReport(rows: LcpRow[], out: (line?: string) => void): void {
  out(`Largest Contentful Paint, Chromium with "Slow 4G" and ${CPU_SLOWDOWN}× CPU slowdown, cold cache, ${RUNS} runs:`);
  for (const r of rows)
    out(
      `  ${r.mode.padEnd(24)} ${r.page.padEnd(48)} median ${median(r.lcp).toFixed(0).padStart(5)} ms  (${r.lcp.map((v) => v.toFixed(0)).join(', ')})`,
    );
}
