import type { Db } from '@knutepunkt/db';
import { type Actor, type Locale, isLocale, localeFromAcceptLanguage } from '@knutepunkt/domain';
import { type CookieApp, type SessionUser, validateSessionToken } from '@knutepunkt/auth';
import type { RawDataKeyring } from './routers/evaluations/cipher.ts';

/** What every procedure knows about the request. Built per request by the server (or a test). */
export interface Context {
  db: Db;
  /** Which listener the request came through: the public web app or the admin app. */
  app: CookieApp;
  /** The signed-in person, or null. */
  user: SessionUser | null;
  sessionId: string | null;
  actor: Actor | null;
  /** The language for messages: the user's choice, else the app's, else the browser's. */
  locale: Locale;
  /** The client's network address, for throttling only (never logged or stored in clear). */
  address: string;
  /** Set a cookie on the response (session cookies). */
  setCookie: (value: string) => void;
  secureCookies: boolean;
  /** The sites' public addresses, for links in notification e-mails. */
  urls: SiteUrls;
  /** Removes uploaded files (attachments) from storage; the server passes its storage, API tests may not. */
  files: FileRemover | null;
  /** Sign-in through providers (docs/adr/0016): the token in the kp_oidc cookie, and the configured providers. */
  signInFlowToken: string | null;
  signInProviders: Array<{ id: string; name: string }>;
  /** The key(s) evaluation raw data is sealed with (docs/adr/0025); null when the server has none. */
  rawDataKeyring: RawDataKeyring | null;
}

export interface FileRemover {
  delete(storageKey: string): Promise<void>;
}

export interface SiteUrls {
  web: string;
  admin: string;
}
export const DEFAULT_SITE_URLS: SiteUrls = { web: 'http://127.0.0.1:3000', admin: 'http://127.0.0.1:3001' };

export interface RequestInfo {
  db: Db;
  app: CookieApp;
  sessionToken: string | null;
  /** The interface language the client asks for (header x-locale or the kp_locale cookie). */
  requestedLocale?: string | null;
  acceptLanguage?: string | null;
  address: string;
  setCookie: (value: string) => void;
  secureCookies: boolean;
  urls?: SiteUrls;
  files?: FileRemover;
  signInFlowToken?: string | null;
  signInProviders?: Array<{ id: string; name: string }>;
  rawDataKeyring?: RawDataKeyring | null;
}

/** Load the role facts the domain's decisions need: approved memberships and coordinated networks. */
export async function loadActor(db: Db, user: { id: string; isAdmin: boolean }): Promise<Actor> {
  const [memberships, coordinatorOf] = await Promise.all([
    db.membership.findMany({
      where: { userId: user.id, status: 'APPROVED' },
      select: { organisationId: true, role: true },
    }),
    db.networkCoordinator.findMany({ where: { userId: user.id }, select: { networkId: true } }),
  ]);
  return {
    userId: user.id,
    isAdmin: user.isAdmin,
    memberships,
    coordinatorOf: coordinatorOf.map((c) => c.networkId),
  };
}

export async function createContext(info: RequestInfo): Promise<Context> {
  const session = info.sessionToken ? await validateSessionToken(info.db, info.sessionToken, info.app) : null;
  const user = session?.user ?? null;
  const actor = user ? await loadActor(info.db, user) : null;
  const locale: Locale =
    user?.locale ??
    (isLocale(info.requestedLocale) ? info.requestedLocale : localeFromAcceptLanguage(info.acceptLanguage));
  return {
    db: info.db,
    app: info.app,
    user,
    sessionId: session?.sessionId ?? null,
    actor,
    locale,
    address: info.address,
    setCookie: info.setCookie,
    secureCookies: info.secureCookies,
    urls: info.urls ?? DEFAULT_SITE_URLS,
    files: info.files ?? null,
    signInFlowToken: info.signInFlowToken ?? null,
    signInProviders: info.signInProviders ?? [],
    rawDataKeyring: info.rawDataKeyring ?? null,
  };
}
