import http from 'node:http';
import { performance } from 'node:perf_hooks';
let id = 0;
async function round(n: number) {
  let go!: () => void; const ready = new Promise<void>((r) => (go = r)); setTimeout(() => go(), process.env.PREWARM ? 3000 : 0);
  const lat: number[] = []; const slow: string[] = []; let end = performance.now() + 5000; void ready.then(() => { end = performance.now() + 5000; });
  await Promise.all(Array.from({ length: 50 }, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let k = 0;
    if (process.env.PREWARM) await new Promise<void>((resolve, reject) => { http.get({ host: '127.0.0.1', port: 3399, agent, path: '/robots.txt' }, (res) => { res.resume(); res.on('end', () => resolve()); }).on('error', reject); });
    await ready;
    while (performance.now() < end) {
      const t = performance.now();
      await new Promise<void>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: 3399, agent, path: `/trpc/practice.search?input=${encodeURIComponent(JSON.stringify({ q: 'bedringsprosessen', ...(process.env.PS ? { pageSize: Number(process.env.PS) } : {}) }))}&uncached=${++id}` }, (res) => { res.resume(); res.on('end', () => resolve()); }).on('error', reject);
      });
      const took = performance.now() - t; lat.push(took); if (took > 2000) slow.push(`req#${k} ${Math.round(took)}ms`); k++;
    }
    agent.destroy();
  }));
  lat.sort((a, b) => a - b);
  const p = (q: number) => lat[Math.min(lat.length - 1, Math.ceil(q * lat.length) - 1)]!.toFixed(0);
  console.log(slow.join(', '));
  console.log(`http.Agent round ${n}: ${(lat.length / 5).toFixed(0)}/s p50 ${p(0.5)} p90 ${p(0.9)} p99 ${p(0.99)} max ${p(1)}`);
}
for (const n of [1, 2, 3, 4]) await round(n);
