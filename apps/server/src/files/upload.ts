import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type RawDataKeyring, createContext, describeError, httpStatusOf } from '@knutepunkt/api';
import { readCookie, sessionCookieName } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import {
  ATTACHMENT_LIMITS,
  type Actor,
  type AttachmentProblem,
  type AttachmentType,
  type ErrorKind,
  type Locale,
  type MessageKey,
  type MessageParams,
  UserError,
  attachmentProblem,
  displayFileName,
  idField,
  isAttachmentType,
  isImageAttachment,
  notFound,
  unauthorized,
} from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';
import { uriEncode } from './sigv4.ts';
import { sniffType } from './sniff.ts';
import { type FileStorage, newStorageKey } from './storage.ts';

/**
 * What every attachment route shares (the practice bank's, ./routes.ts, and
 * the meeting minutes', ./minutes-routes.ts): reading a multipart form with a
 * bound, the checks of the file (type from its content, size, text
 * alternative) with their translated refusals, the error answers, and
 * serving a stored file with the right headers.
 */

export interface FileRoutesOptions {
  db: Db;
  storage: FileStorage;
  secureCookies: boolean;
  /** The evaluations' raw-data key (evaluations/data-key.ts), for routes whose procedures read raw data. */
  rawDataKeyring?: RawDataKeyring | null;
}

const MB = 1024 * 1024;
const LARGEST = Math.max(ATTACHMENT_LIMITS.imageBytes, ATTACHMENT_LIMITS.pdfBytes);
/** A request this much larger than the largest file is refused before it is read. */
export const REQUEST_CAP = LARGEST + MB;

export interface ErrorBody {
  error: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string> } };
}

/** The answer to a refused request, in the asker's language; the status is the error's own unless given. */
export function errorBody(locale: Locale, error: unknown, status: number): ErrorBody {
  const { message, fieldErrors } = describeError(locale, error);
  return { error: { message, data: { httpStatus: status, fieldErrors } } };
}

/** A refusal about one field of the form; the field shows the same message. */
const formError = (kind: ErrorKind, key: MessageKey, field: string, params?: MessageParams) =>
  new UserError(kind, key, { fieldErrors: { [field]: key }, ...(params ? { params } : {}) });

const TOO_LARGE_PARAMS = { image: ATTACHMENT_LIMITS.imageBytes / MB, pdf: ATTACHMENT_LIMITS.pdfBytes / MB };
export const tooLarge = () =>
  formError('payloadTooLarge', 'practice.attachments.error.tooLarge', 'file', TOO_LARGE_PARAMS);
export const noFile = () => formError('badRequest', 'practice.attachments.error.noFile', 'file');

const PROBLEMS: Record<AttachmentProblem, (type: AttachmentType | null) => UserError> = {
  empty: () => formError('badRequest', 'practice.attachments.error.empty', 'file'),
  unsupported: () => formError('unsupportedMediaType', 'practice.attachments.error.unsupported', 'file'),
  tooLarge: (type) =>
    type && isImageAttachment(type)
      ? formError('payloadTooLarge', 'practice.attachments.error.tooLarge.image', 'file', {
          max: ATTACHMENT_LIMITS.imageBytes / MB,
        })
      : formError('payloadTooLarge', 'practice.attachments.error.tooLarge.pdf', 'file', {
          max: ATTACHMENT_LIMITS.pdfBytes / MB,
        }),
  altTextRequired: () => formError('badRequest', 'practice.attachments.error.altTextRequired', 'altText'),
  altTextTooLong: () =>
    formError('badRequest', 'practice.attachments.error.altTextTooLong', 'altText', { max: ATTACHMENT_LIMITS.altText }),
};

/** `inline` with the stored (already cleaned) name, in ASCII for old clients and UTF-8 for the rest (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${uriEncode(fileName)}`;
}

export interface Upload {
  file: { bytes: Buffer; name: string } | null;
  altText: string;
}

/**
 * Read the form into memory, at most one byte past the largest allowed file
 * (busboy skips the rest), so a too-large file is told apart from one at
 * the limit and the whole request is still read before we answer.
 */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  const upload: Upload = { file: null, altText: '' };
  const parts = req.parts({
    limits: { fileSize: LARGEST + 1, files: 1, fields: 4, fieldSize: 4096, parts: 6, headerPairs: 100 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.fieldname === 'file') upload.file = { bytes: Buffer.concat(chunks), name: part.filename };
    } else if (part.fieldname === 'altText') {
      upload.altText = typeof part.value === 'string' ? part.value : '';
    }
  }
  return upload;
}

/** The checked file of an upload, or the refusal to send back. */
export function checkUpload(file: { bytes: Buffer }, altText: string): { type: AttachmentType } | { error: UserError } {
  const type = sniffType(file.bytes);
  const problem = attachmentProblem({ type, size: file.bytes.length, altText });
  if (problem || !type) return { error: PROBLEMS[problem ?? 'unsupported'](type) };
  return { type };
}

/** The file routes' own error answers (a body that is not a form, too many parts, our faults). */
export async function fileRouteErrorHandler(
  error: { statusCode?: number; code?: string; message: string; stack?: string },
  req: FastifyRequest,
  reply: FastifyReply,
) {
  const locale = requestLocale(req);
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    req.log.error({ err: { message: error.message, stack: error.stack } }, 'file route failed');
    // Not a UserError: described as our fault ('error.internal'), with no details.
    return reply.code(500).send(errorBody(locale, error, 500));
  }
  // Fastify's and the multipart parser's own refusals: a body that is not a form, too many parts.
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(400).send(errorBody(locale, noFile(), 400));
  if (status === 413 && error.code === 'FST_REQ_FILE_TOO_LARGE')
    return reply.code(413).send(errorBody(locale, tooLarge(), 413));
  return reply.code(status).send(errorBody(locale, new UserError('badRequest', 'error.badRequest'), status));
}

/** After the listener's own security headers: a PDF viewer gets a sandbox of its own. */
export async function pdfSandbox(_req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (reply.getHeader('content-type') === 'application/pdf') reply.header('content-security-policy', 'sandbox');
  return payload;
}

/** A stored file with its type, name and caching: public ones for a day, others private to the asker. */
export function sendStoredFile(
  reply: FastifyReply,
  found: { fileName: string; mimeType: string; isPublic: boolean },
  stored: { body: unknown; size: number | null },
) {
  const type = isAttachmentType(found.mimeType) ? found.mimeType : 'application/octet-stream';
  reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(found.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', found.isPublic ? 'public, max-age=86400' : 'private');
  if (!found.isPublic) reply.header('vary', 'Cookie');
  if (stored.size !== null) reply.header('content-length', stored.size);
  return reply.send(stored.body);
}

/** The API's context for a file route: the listener's own session cookie, the storage to remove files from. */
export function fileRouteContext(
  app: 'web' | 'admin',
  opts: FileRoutesOptions,
  req: FastifyRequest,
  reply: FastifyReply,
) {
  return createContext({
    db: opts.db,
    app,
    sessionToken: readCookie(req.headers.cookie, sessionCookieName(app)),
    requestedLocale: requestLocale(req),
    acceptLanguage: req.headers['accept-language'] ?? null,
    address: req.ip,
    setCookie: (value: string) => void reply.header('set-cookie', value),
    secureCookies: opts.secureCookies,
    files: opts.storage,
    rawDataKeyring: opts.rawDataKeyring ?? null,
  });
}

/**
 * Upload routes in a scope of their own: the multipart parser and these error answers apply to
 * them only. A file over the limit is cut short and flagged, not thrown: readUpload tells the
 * user which limit.
 */
export async function registerUploadScope(app: FastifyInstance, routes: (scope: FastifyInstance) => void) {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: false });
    scope.setErrorHandler(fileRouteErrorHandler);
    routes(scope);
  });
}

/** An upload's file as stored, for the route's row. */
export interface StoredUpload {
  fileName: string;
  mimeType: AttachmentType;
  size: number;
  storageKey: string;
  altText: string;
}

/**
 * An upload route's steps (the listener's session, CSRF checked by its hook): the id in the
 * address, a session, the rights, the size, the form, the file's checks, storing it and
 * adding its row. Every refusal is a translated UserError with its status.
 */
export async function handleUpload(
  app: 'web' | 'admin',
  opts: FileRoutesOptions,
  req: FastifyRequest,
  reply: FastifyReply,
  target: {
    /** The id in the address; not an id is 404. */
    id: string;
    /** Throws a UserError unless the actor may add here. */
    check: (actor: Actor) => Promise<unknown>;
    /** Adds the row for the stored file; a refusal removes the file again. */
    add: (actor: Actor, file: StoredUpload) => Promise<unknown>;
  },
) {
  const ctx = await fileRouteContext(app, opts, req, reply);
  const fail = (error: UserError) =>
    reply.code(httpStatusOf(error.kind)).send(errorBody(ctx.locale, error, httpStatusOf(error.kind)));
  try {
    if (!idField.safeParse(target.id).success) return await fail(notFound());
    if (!ctx.actor) return await fail(unauthorized());
    // Rights first, so nobody without them gets to send us megabytes.
    await target.check(ctx.actor);
    if (Number(req.headers['content-length'] ?? 0) > REQUEST_CAP) return await fail(tooLarge());
    if (!req.isMultipart()) return await fail(noFile());

    const { file, altText } = await readUpload(req);
    if (!file) return await fail(noFile());
    const checked = checkUpload(file, altText);
    if ('error' in checked) return await fail(checked.error);
    const { type } = checked;

    const storageKey = newStorageKey();
    try {
      await opts.storage.put(storageKey, file.bytes, type);
    } catch (error) {
      req.log.error({ err: { message: (error as Error).message } }, 'storing an upload failed');
      return await fail(new UserError('serviceUnavailable', 'practice.attachments.error.storage'));
    }
    try {
      const attachment = await target.add(ctx.actor, {
        fileName: displayFileName(file.name, type),
        mimeType: type,
        size: file.bytes.length,
        storageKey,
        altText: altText.trim(),
      });
      return await reply.code(200).send({ attachment });
    } catch (error) {
      // No row, no file: remove what was stored for a row that was refused (say, the 21st).
      await opts.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    if (error instanceof UserError) return fail(error);
    throw error;
  }
}

/**
 * A download route's answer: the file whose id is in the address, if `lookup` finds it for the
 * asker, else 404 (also when its bytes are gone from storage, which is logged as `missing`).
 */
export async function serveAttachment(
  storage: FileStorage,
  req: FastifyRequest<{ Params: { attachmentId: string } }>,
  reply: FastifyReply,
  lookup: (
    attachmentId: string,
  ) => Promise<{ storageKey: string; fileName: string; mimeType: string; isPublic: boolean } | null>,
  missing: string,
) {
  const { attachmentId } = req.params;
  // The name in the address is for people and downloads; only the id finds the file.
  const found = idField.safeParse(attachmentId).success ? await lookup(attachmentId) : null;
  const stored = found ? await storage.get(found.storageKey) : null;
  if (!found || !stored) {
    if (found) req.log.warn({ attachmentId }, missing);
    return reply
      .code(404)
      .header('cache-control', 'no-store')
      .send(errorBody(requestLocale(req), notFound(), 404));
  }
  return sendStoredFile(reply, found, stored);
}
