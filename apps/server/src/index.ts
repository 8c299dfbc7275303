export * from './server.ts';
export * from './config.ts';
// For the page renderer (apps/server/src/ssr) and the benchmark: the public response cache (docs/adr/0011).
export {
  createPublicCache,
  CACHE_HEADER,
  type ProducedResponse,
  type PublicCache,
  type ServeOptions,
} from './cache/public-cache.ts';
export { createContentVersion, type ContentVersion, type PublicContentVersion } from './cache/content-version.ts';
