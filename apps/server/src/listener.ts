import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { FLOW_COOKIE, type RawDataKeyring, adminRouter, createContext, webRouter } from '@knutepunkt/api';
import { readCookie, sessionCookieName } from '@knutepunkt/auth';
import type { Db, DbHandle } from '@knutepunkt/db';
import { createContentVersion } from './cache/content-version.ts';
import { createPublicCache } from './cache/public-cache.ts';
import { registerPublicReads } from './cache/trpc-public-reads.ts';
import type { FileStorageConfig, ListenerName } from './config.ts';
import { registerPracticeFeed } from './feed/practice.ts';
import { registerMeetingFeeds } from './feed/meetings.ts';
import { registerMeetingCalendars } from './calendar/meetings.ts';
import { registerPersonalCalendar } from './calendar/personal.ts';
import { registerConferenceExports } from './conference/exports.ts';
import { registerFileRoutes } from './files/routes.ts';
import { registerMinutesFileRoute, registerMinutesUploadRoute } from './files/minutes-routes.ts';
import { registerConferenceImageRoute, registerConferenceImageUploadRoute } from './conference/image-routes.ts';
import type { OidcProviderConfig } from './oidc/config.ts';
import { registerOidcRoutes } from './oidc/routes.ts';
import { createStorage } from './files/storage.ts';
import { registerRawExportRoute } from './evaluations/export-route.ts';
import { RequestLogController, loggerOptions } from './logger.ts';
import { isPagePath, pagePatterns } from './page-paths.ts';
import { registerRobotsTxt, registerSitemap } from './seo.ts';
import { registerCsrfCheck, registerSecurityHeaders, requestLocale } from './security.ts';
import { registerSpa } from './spa.ts';
import { isOneClickUnsubscribe, registerUnsubscribe } from './notifications/unsubscribe.ts';
import { createPageResponder } from './ssr/page-responder.ts';
import { loadPageRenderer } from './ssr/renderer.ts';

export interface ListenerOptions {
  name: ListenerName;
  db: Db;
  /** The embedded database behind db, when it is PGlite (read directly for the content version). */
  pglite?: DbHandle['pglite'];
  /** Calls to the embedded instance that may have changed data: the content version is read again only after one. */
  pgliteChanges?: DbHandle['pgliteChanges'];
  staticDir: string;
  /** The web app's server-rendering build (web listener only). */
  ssrDir?: string;
  secureCookies: boolean;
  trustProxy: boolean;
  /** Uploaded files (UPLOAD_DIR or S3_*, see config.ts); served by the web listener. */
  files: FileStorageConfig;
  /** PUBLIC_URL, for the feed's absolute links. */
  publicUrl: string | null;
  /** Both sites' addresses, for links in notification e-mails (default: the local ones). */
  urls?: { web: string; admin: string };
  /** Serve the build's source maps (SERVE_SOURCE_MAPS=true); off unless set. */
  serveSourceMaps?: boolean;
  /** Where the logs go (stdout unless a test listens in). */
  logStream?: NodeJS.WritableStream;
  /** The public response cache's memory (PUBLIC_CACHE_MB; default 64 MB, 0: off). */
  publicCacheBytes?: number;
  /** SITE_SECRET, the key of the unsubscribe links; unset: the database's own (docs/adr/0017). */
  siteSecret?: string | null;
  /** OpenID Connect providers for signing in on the web listener (docs/adr/0016; none: e-mail and password only). */
  oidcProviders?: OidcProviderConfig[];
  /** The evaluations' raw-data key (evaluations/data-key.ts); null: raw-data procedures answer 503. */
  rawDataKeyring?: RawDataKeyring | null;
}

/**
 * One listener: the web listener serves apps/web and webRouter, the admin
 * listener apps/admin and adminRouter. Each has only its own router, so an
 * admin procedure cannot be reached through the public listener at all.
 */
export async function buildListener(opts: ListenerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.name, opts.logStream),
    logController: new RequestLogController(),
    trustProxy: opts.trustProxy,
    bodyLimit: 1024 * 1024,
    // tRPC batches GET inputs into the URL; bound it so junk gets a 4xx.
    routerOptions: { maxParamLength: 2000 },
  });
  // People use this on phones over conference Wi-Fi: compress pages, scripts and answers.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  registerSecurityHeaders(app);
  // The one-click unsubscribe's POST comes from mail clients, without our header: its token is its proof.
  const isPage = (path: string) => isPagePath(pagePatterns(opts.name), path);
  registerCsrfCheck(
    app,
    opts.name === 'web'
      ? { exempt: (req) => isOneClickUnsubscribe(req, opts.db, opts.siteSecret ?? null), isPage }
      : { isPage },
  );

  app.get('/health', async () => {
    await opts.db.$queryRaw`SELECT 1`;
    return { status: 'ok', listener: opts.name };
  });

  const rawDataKeyring = opts.rawDataKeyring ?? null;
  const storage = opts.name === 'web' ? createStorage(opts.files) : null;
  if (storage) {
    await registerFileRoutes(app, { db: opts.db, storage, secureCookies: opts.secureCookies, rawDataKeyring });
    registerMinutesFileRoute(app, { db: opts.db, storage, secureCookies: opts.secureCookies, rawDataKeyring });
    registerConferenceImageRoute(app, { db: opts.db, storage, secureCookies: opts.secureCookies, rawDataKeyring });
    registerPracticeFeed(app, { db: opts.db, publicUrl: opts.publicUrl });
    registerMeetingCalendars(app, { db: opts.db, publicUrl: opts.publicUrl });
    registerPersonalCalendar(app, { db: opts.db, publicUrl: opts.publicUrl });
    registerMeetingFeeds(app, { db: opts.db, publicUrl: opts.publicUrl });
    await registerUnsubscribe(app, { db: opts.db, secret: opts.siteSecret ?? null, staticDir: opts.staticDir });
  }
  // The coordinators upload the minutes' attachments in the admin app (docs/adr/0020); the same storage serves them on the web.
  const adminStorage = opts.name === 'admin' ? createStorage(opts.files) : null;
  if (adminStorage)
    await registerMinutesUploadRoute(app, {
      db: opts.db,
      storage: adminStorage,
      secureCookies: opts.secureCookies,
      rawDataKeyring,
    });
  // Speakers' photos and partners' logos (docs/adr/0023), served on the web from the same storage.
  if (adminStorage)
    await registerConferenceImageUploadRoute(app, {
      db: opts.db,
      storage: adminStorage,
      secureCookies: opts.secureCookies,
      rawDataKeyring,
    });
  // The lead's download of the team's raw data (docs/adr/0025), on the admin listener only.
  if (adminStorage)
    registerRawExportRoute(app, {
      db: opts.db,
      storage: adminStorage,
      secureCookies: opts.secureCookies,
      rawDataKeyring,
    });
  const oidcProviders = opts.name === 'web' ? (opts.oidcProviders ?? []) : [];
  if (oidcProviders.length > 0)
    registerOidcRoutes(app, {
      db: opts.db,
      providers: oidcProviders,
      webUrl: opts.urls?.web ?? opts.publicUrl ?? '',
      ...(opts.urls ? { adminUrl: opts.urls.admin } : {}),
      secureCookies: opts.secureCookies,
    });

  const router = opts.name === 'admin' ? adminRouter : webRouter;
  const context = (req: FastifyRequest, setCookie: (value: string) => void) =>
    createContext({
      db: opts.db,
      app: opts.name,
      sessionToken: readCookie(req.headers.cookie, sessionCookieName(opts.name)),
      requestedLocale: requestLocale(req),
      acceptLanguage: req.headers['accept-language'] ?? null,
      address: req.ip,
      setCookie,
      secureCookies: opts.secureCookies,
      urls: opts.urls,
      ...(storage ? { files: storage } : adminStorage ? { files: adminStorage } : {}),
      signInFlowToken: opts.name === 'web' ? readCookie(req.headers.cookie, FLOW_COOKIE) : null,
      signInProviders: oidcProviders.map(({ id, name }) => ({ id, name })),
      rawDataKeyring,
    });
  const onError = ({ error, path }: { error: { code: string; message: string; stack?: string }; path?: string }) => {
    // Only our own faults are logged in full; user errors are expected. No inputs, no user data.
    if (error.code === 'INTERNAL_SERVER_ERROR')
      app.log.error({ path, err: { message: error.message, stack: error.stack } }, 'procedure failed');
  };
  // One public response cache per listener, for the public reads and pages (docs/adr/0011); the web listener's only.
  const contentVersion =
    opts.name === 'web'
      ? createContentVersion({ db: opts.db, pglite: opts.pglite, pgliteChanges: opts.pgliteChanges })
      : null;
  const cache = contentVersion
    ? createPublicCache({ version: contentVersion, maxBytes: opts.publicCacheBytes ?? 64 * 1024 * 1024 })
    : null;
  if (cache) registerPublicReads(app, { cache, router, context, onError });
  // The conference's exports and widget keep their own answers per release, told of new ones by the same version.
  if (contentVersion)
    registerConferenceExports(app, { db: opts.db, version: contentVersion, publicUrl: opts.publicUrl });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router,
      createContext: ({ req, res }: { req: FastifyRequest; res: FastifyReply }) =>
        context(req, (value) => void res.header('set-cookie', value)),
      onError,
    },
  });

  registerRobotsTxt(app, { name: opts.name, publicUrl: opts.publicUrl });
  if (opts.name === 'web') registerSitemap(app, { db: opts.db, publicUrl: opts.publicUrl });
  const renderer = opts.ssrDir ? await loadPageRenderer(opts.ssrDir) : null;
  await registerSpa(app, opts.staticDir, {
    serveSourceMaps: opts.serveSourceMaps ?? false,
    pagePatterns: pagePatterns(opts.name),
    pages: renderer
      ? (indexHtml) =>
          createPageResponder({
            renderer,
            indexHtml,
            db: opts.db,
            publicUrl: opts.publicUrl,
            urls: opts.urls,
            cache,
            signInProviders: oidcProviders.map(({ id, name }) => ({ id, name })),
            rawDataKeyring,
          })
      : null,
  });
  return app;
}
