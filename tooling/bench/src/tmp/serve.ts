import path from 'node:path';
import { performance as perf0 } from 'node:perf_hooks';
import { openDb } from '@knutepunkt/db';
import { loadConfig, startServer, type ServerConfig } from '@knutepunkt/server';
import { addPracticeExamples } from '../practice-data.ts';
import { prepareStaticTarget } from '../static-dir.ts';
process.env.LOG_LEVEL = 'silent';
const handle = await openDb({ kind: 'pglite' });
const st = prepareStaticTarget();
const config: ServerConfig = {
  ...loadConfig({ PUBLIC_CACHE_MB: '0' }, ['--demo']),
  host: '127.0.0.1', ports: { web: 3399, admin: 0 }, listeners: ['web'],
  staticDirs: { web: st.dir, admin: st.dir }, files: { kind: 'local', root: path.join(st.dir, 'uploads') },
};
const pg: any = (handle as any).pglite;
const waits: number[] = []; let inflight = 0; let maxInflight = 0;
for (const name of ['query', 'exec']) {
  const orig = pg[name].bind(pg);
  pg[name] = async (...args: any[]) => { const t = performance.now(); inflight++; maxInflight = Math.max(maxInflight, inflight); try { return await orig(...args); } finally { inflight--; waits.push(performance.now() - t); } };
}
setInterval(() => { if (!waits.length) return; const s = [...waits].sort((a, b) => a - b); console.log(`pglite calls ${s.length} p50 ${s[Math.floor(s.length/2)]!.toFixed(0)} p99 ${s[Math.floor(s.length*0.99)]!.toFixed(0)} max ${s[s.length-1]!.toFixed(0)} maxInflight ${maxInflight}`); waits.length = 0; maxInflight = 0; }, 5000);
const server = await startServer(config, handle);
await addPracticeExamples(handle.db, 10000);
console.log('READY', server.listeners.web!.url);
import dc from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
type S = { n: number; lastFinish?: number; maxGap: number; opened: number; firstStart?: number };
const socks = new Map<object, S>();
dc.subscribe('net.server.socket', (m: any) => socks.set(m.socket, { n: 0, maxGap: 0, opened: performance.now() }));
dc.subscribe('http.server.request.start', (m: any) => {
  const s = socks.get(m.request.socket); if (!s) return; const now = performance.now(); s.n++;
  if (s.firstStart === undefined) s.firstStart = now - s.opened;
  if (s.lastFinish !== undefined) s.maxGap = Math.max(s.maxGap, now - s.lastFinish);
});
dc.subscribe('http.server.response.finish', (m: any) => { const s = socks.get(m.request.socket); if (s) s.lastFinish = performance.now(); });
setInterval(() => {
  if (socks.size === 0) return;
  const all = [...socks.values()];
  if (all.every((s) => s.n === 0)) return;
  const line = all.map((s) => `${s.n}/${Math.round(s.maxGap)}/${Math.round(s.firstStart ?? -1)}`).join(' ');
  console.log(`sockets ${all.length}: n/maxGap/firstStart ${line}`);
  socks.clear();
}, 7000);
import dc2 from 'node:diagnostics_channel';
const live = new Map<any, { last: number; n: number }>();
dc2.subscribe('net.server.socket', (m: any) => { live.set(m.socket, { last: performance.now(), n: 0 }); m.socket.on('close', () => live.delete(m.socket)); });
dc2.subscribe('http.server.response.finish', (m: any) => { const s = live.get(m.request.socket); if (s) { s.last = performance.now(); s.n++; } });
setInterval(() => {
  const now = performance.now();
  const active = [...live.values()].filter((s) => now - s.last < 300).length;
  if (active < 10) return;
  for (const [sock, s] of live) {
    if (now - s.last > 1500) console.log(`stuck ${Math.round(now - s.last)}ms n=${s.n} _paused=${sock._paused} isPaused=${sock.isPaused()} flowing=${sock.readableFlowing} reading=${sock._handle?.reading} parser=${!!sock.parser} httpMessage=${!!sock._httpMessage} writableLength=${sock.writableLength} needDrain=${sock._writableState?.needDrain} destroyed=${sock.destroyed}`);
  }
}, 1000);
