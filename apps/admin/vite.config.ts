import react from '@vitejs/plugin-react';
import { adminMessages } from '@knutepunkt/domain/i18n/admin';
import { messagesPlugin } from '@knutepunkt/vite-messages';
import { defineConfig } from 'vitest/config';

// The admin SPA. In development Vite serves it on 5174 and hands /trpc to the
// server's admin listener; in production apps/server serves dist/ itself.
export default defineConfig({
  // The admin strings, one language per chunk (tooling/vite-messages, docs/adr/0009).
  plugins: [react(), messagesPlugin(adminMessages)],
  // Mostly one bundle (the practice review pages load on demand): an internal tool used by a few
  // hundred staff, where one cached download beats a waterfall of route chunks.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps by default: served, they hand the whole source to anyone. SOURCE_MAPS=true
    // writes them for an error tracker, without the comment that points browsers to them; the
    // server still refuses to serve *.map unless SERVE_SOURCE_MAPS=true.
    sourcemap: process.env.SOURCE_MAPS === 'true' ? 'hidden' : false,
    chunkSizeWarningLimit: 1000,
    // dist/.vite/manifest.json, read by `pnpm size` (the server never serves it).
    manifest: true,
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/trpc': { target: 'http://127.0.0.1:3001', changeOrigin: false } },
  },
  preview: { port: 5174 },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A whole app renders per test; on a busy two-core CI machine 5 s is not always enough.
    testTimeout: 30_000,
  },
});
