import {
  auditPaths,
  conferencePaths,
  evaluationPaths,
  meetingPaths,
  networkPaths,
  organisationPaths,
  outboxPaths,
  passwordResetPaths,
  peoplePaths,
  practicePaths,
  shellPaths,
  signInMethodsPaths,
} from '@knutepunkt/domain';
import type { ListenerName } from './config.ts';

/**
 * Which paths are the apps' pages, read from the modules' path tables (the
 * same patterns the apps' routers use), so the server answers a page path
 * with the app, and 404 for a path no route knows. A new module adds its
 * pages to its paths.ts and to the lists here.
 */

// The web table's server routes (feed, files, uploads) are not pages.
const { feed: _feed, attachment: _attachment, upload: _upload, ...practiceWebPages } = practicePaths.web;
// The meetings' calendar files, Atom feeds and the minutes' attachments are server routes
// (calendar/, feed/, files/minutes-routes.ts), not pages.
const {
  calendar: _calendar,
  networkCalendar: _networkCalendar,
  personalCalendar: _personalCalendar,
  atom: _atom,
  networkAtom: _networkAtom,
  minutesAttachment: _minutesAttachment,
  ...meetingWebPages
} = meetingPaths.web;
const { minutesUpload: _minutesUpload, ...meetingAdminPages } = meetingPaths.admin;
// The programme's exports, widget and images are server routes (apps/server/src/conference), not pages.
const {
  frabXml: _frabXml,
  frabJson: _frabJson,
  calendar: _conferenceCalendar,
  sessionCalendar: _sessionCalendar,
  widget: _widget,
  image: _image,
  ...conferenceWebPages
} = conferencePaths.web;
const { imageUpload: _imageUpload, ...conferenceAdminPages } = conferencePaths.admin;
// The signed agreement and the raw-data export are server routes (apps/server/src/evaluations), not pages.
const {
  agreementUpload: _agreementUpload,
  agreementFile: _agreementFile,
  rawExport: _rawExport,
  ...evaluationAdminPages
} = evaluationPaths.admin;

const PAGE_PATTERNS: Record<ListenerName, readonly string[]> = {
  web: [
    ...Object.values(shellPaths.web),
    ...Object.values(organisationPaths.web),
    ...Object.values(networkPaths.web),
    ...Object.values(practiceWebPages),
    ...Object.values(meetingWebPages),
    ...Object.values(conferenceWebPages),
    ...Object.values(evaluationPaths.web),
    ...Object.values(passwordResetPaths.web),
    ...Object.values(signInMethodsPaths.web),
  ],
  admin: [
    ...Object.values(shellPaths.admin),
    ...Object.values(organisationPaths.admin),
    ...Object.values(networkPaths.admin),
    ...Object.values(practicePaths.admin),
    ...Object.values(peoplePaths.admin),
    ...Object.values(auditPaths.admin),
    ...Object.values(outboxPaths.admin),
    ...Object.values(meetingAdminPages),
    ...Object.values(conferenceAdminPages),
    ...Object.values(evaluationAdminPages),
  ],
};

/**
 * Pages whose query string carries a secret (the reset link's token): the server renders and
 * caches them at the bare path, so no token is kept in the cache or written into the page (its
 * canonical address), and the browser reads the token from its own address (docs/adr/0015).
 */
const SECRET_QUERY_PAGES: readonly string[] = [passwordResetPaths.web.reset, evaluationPaths.web.questionnaire];

/** The address a page is rendered and cached at: the request's own, or the bare path for SECRET_QUERY_PAGES. */
export function renderedUrl(url: string): string {
  const end = url.indexOf('?');
  if (end === -1) return url;
  const path = url.slice(0, end);
  return SECRET_QUERY_PAGES.some((pattern) => matchesPattern(pattern, path)) ? path : url;
}

export function pagePatterns(name: ListenerName): readonly string[] {
  return PAGE_PATTERNS[name];
}

/** The segments of a path; a trailing slash does not count, as in the apps' router. */
function segments(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}

/**
 * Whether a path (no query string) matches a pattern: fixed segments match
 * themselves, a `:param` segment matches any one non-empty segment.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const want = segments(pattern);
  const got = segments(path);
  if (want.length !== got.length) return false;
  return want.every((segment, i) => (segment.startsWith(':') ? got[i] !== '' : segment === got[i]));
}

/** Whether a path (no query string) is one of the patterns' pages. */
export function isPagePath(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) => matchesPattern(pattern, path));
}

/**
 * Paths the server itself answers, or files: an unknown one among them is
 * a plain 404, never the app (a script or an API client has no use for a page).
 */
const SERVER_PREFIXES = [
  '/trpc',
  '/api/',
  '/health',
  '/vedlegg/',
  '/assets/',
  '/.vite/',
  practicePaths.web.feed,
  '/auth/',
];

export function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
}
