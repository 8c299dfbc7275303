import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server (apps/server) serves dist/ on its web listener and answers /trpc there.
// In development Vite serves the app and forwards /trpc to that server, so cookies and
// the CSRF header behave as in production (same origin from the browser's point of view).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP allows no inline scripts or styles; keep Vite from inlining small assets as data: URLs
    // into scripts that CSP would block (fonts must be files, img-src allows data: only for images).
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/trpc': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      // Attachments (upload and download) and the feed are plain HTTP routes of the server.
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/vedlegg': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/praksis.atom': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
