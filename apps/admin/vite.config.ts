import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The admin SPA. In development Vite serves it on 5174 and hands /trpc to the
// server's admin listener; in production apps/server serves dist/ itself.
export default defineConfig({
  plugins: [react()],
  // One bundle of about 250 kB gzipped: an internal tool used by a few hundred
  // staff, where one cached download beats a waterfall of route chunks.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
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
  },
});
