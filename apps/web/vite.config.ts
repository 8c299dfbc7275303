import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { webMessages } from '@knutepunkt/domain/i18n/web';
import { messagesPlugin } from '@knutepunkt/vite-messages';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { webMessageGroups } from './src/message-groups.ts';

/**
 * Designsystemet's Field (behind every text field, checkbox, radio and select) and Details import
 * its whole web layer; give them src/designsystemet-layer.ts, the parts the web app uses, instead.
 * Other components' imports are left alone: they still get the whole layer.
 */
function designsystemetWebLayer(): Plugin {
  const usedLayer = fileURLToPath(new URL('./src/designsystemet-layer.ts', import.meta.url));
  const needsUsedParts =
    /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]components[\\/](field|details)[\\/]/;
  return {
    name: 'knutepunkt:designsystemet-web-layer',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@digdir/designsystemet-web' && importer && needsUsedParts.test(importer)) return usedLayer;
      return null;
    },
  };
}

/** The web app as an installable PWA (docs/adr/0024): registered by main.tsx, so no script is injected. */
const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  injectManifest: {
    // The shell, the app's code and styles and the fonts; not the source maps nor Vite's manifest.
    globPatterns: ['index.html', 'assets/**/*.{js,css,woff2}', '*.{svg,png}'],
    globIgnores: ['**/*.map', '.vite/**'],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
  manifest: {
    name: 'Knutepunkt',
    short_name: 'Knutepunkt',
    description: 'Recovery-nettverk, praksis, møter og konferanseprogrammet – også uten nett.',
    lang: 'nb',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0062ba',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
};

// The server (apps/server) serves dist/ on its web listener and answers /trpc there.
// In development Vite serves the app and forwards /trpc to that server, so cookies and
// the CSRF header behave as in production (same origin from the browser's point of view).
// `--ssr` builds the server renderer into dist-ssr/ (see package.json), apart from dist/, which is public.
export default defineConfig(({ isSsrBuild, mode }) => ({
  // The web strings, one language per chunk, the big modules' apart (tooling/vite-messages, docs/adr/0009).
  plugins: [
    react(),
    designsystemetWebLayer(),
    messagesPlugin(webMessages, webMessageGroups),
    // The installable app and its service worker (src/sw.ts, docs/adr/0024); not in the server bundle.
    isSsrBuild ? null : VitePWA(pwaOptions),
  ],
  // The server bundle holds all it needs (the server loads it from a path; nothing to install beside it).
  ssr: { noExternal: true },
  // React's development build (checks, warnings) renders pages several times slower; the server
  // bundle is built for production, whatever NODE_ENV the server runs with.
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify(mode) } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP allows no inline scripts or styles; keep Vite from inlining small assets as data: URLs
    // into scripts that CSP would block (fonts must be files, img-src allows data: only for images).
    assetsInlineLimit: 0,
    // As in apps/admin: SOURCE_MAPS=true writes source maps for an error tracker, unlinked and not served.
    sourcemap: process.env.SOURCE_MAPS === 'true' ? 'hidden' : false,
    // dist/.vite/manifest.json: which chunks each lazy route needs, read by `pnpm size` (the server never serves it).
    manifest: !isSsrBuild,
    // The public folder (favicon) is served from dist/ only.
    copyPublicDir: !isSsrBuild,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package has no `sideEffects` field, so every component in it counted
        // as needed and all of them (with Combobox, floating-ui and a virtual list) landed in the first
        // download. Its modules only define components; the web layer they import
        // (`@digdir/designsystemet-web`, custom elements and polyfills) keeps its side effects.
        // tRPC's client packages lack the field too (their unused links, such as WebSockets, stayed in).
        moduleSideEffects: [
          { test: /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]/, sideEffects: false },
          { test: /[\\/]@trpc[\\/](client|tanstack-react-query)[\\/]dist[\\/]/, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          groups: [
            {
              // React, the router and the data layer in one file of their own: they change far less
              // often than the app, so a returning visitor keeps them cached across our releases.
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|@trpc[\\/](client|server|tanstack-react-query))[\\/]/,
            },
          ],
        },
      },
    },
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
}));
