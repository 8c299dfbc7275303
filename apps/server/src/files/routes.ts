import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addAttachment,
  attachmentToServe,
  checkAttachmentUpload,
  createContext,
  describeError,
  httpStatusOf,
} from '@knutepunkt/api';
import { readCookie, sessionCookieName } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import {
  ATTACHMENT_LIMITS,
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
  practicePaths,
  unauthorized,
} from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';
import { uriEncode } from './sigv4.ts';
import { sniffType } from './sniff.ts';
import { type FileStorage, newStorageKey } from './storage.ts';

/**
 * Attachments over plain HTTP on the web listener (multipart uploads do not
 * fit tRPC):
 * - POST /api/practice/:exampleId/attachments: multipart with `file` and
 *   `altText` (required for images). Needs the web session, the CSRF header
 *   (the listener's onRequest hook) and the edit right on the example.
 * - GET /vedlegg/:attachmentId/:fileName: the file, for everyone when its
 *   example is published, else for its editors and reviewers only (404).
 * Rights and rows are @knutepunkt/api's; the bytes are the FileStorage's.
 * Errors are JSON `{ error: { message, data } }`, translated, like tRPC's:
 * each refusal is a UserError, given its status and words by the same
 * helpers as the tRPC error formatter (httpStatusOf, describeError).
 */

export interface FileRoutesOptions {
  db: Db;
  storage: FileStorage;
  secureCookies: boolean;
}

const MB = 1024 * 1024;
const LARGEST = Math.max(ATTACHMENT_LIMITS.imageBytes, ATTACHMENT_LIMITS.pdfBytes);
/** A request this much larger than the largest file is refused before it is read. */
const REQUEST_CAP = LARGEST + MB;

interface ErrorBody {
  error: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string> } };
}

/** The answer to a refused request, in the asker's language; the status is the error's own unless given. */
function errorBody(locale: Locale, error: unknown, status: number): ErrorBody {
  const { message, fieldErrors } = describeError(locale, error);
  return { error: { message, data: { httpStatus: status, fieldErrors } } };
}

/** A refusal about one field of the form; the field shows the same message. */
const formError = (kind: ErrorKind, key: MessageKey, field: string, params?: MessageParams) =>
  new UserError(kind, key, { fieldErrors: { [field]: key }, ...(params ? { params } : {}) });

const TOO_LARGE_PARAMS = { image: ATTACHMENT_LIMITS.imageBytes / MB, pdf: ATTACHMENT_LIMITS.pdfBytes / MB };
const tooLarge = () => formError('payloadTooLarge', 'files.error.tooLarge', 'file', TOO_LARGE_PARAMS);
const noFile = () => formError('badRequest', 'files.error.noFile', 'file');

const PROBLEMS: Record<AttachmentProblem, (type: AttachmentType | null) => UserError> = {
  empty: () => formError('badRequest', 'files.error.empty', 'file'),
  unsupported: () => formError('unsupportedMediaType', 'files.error.unsupported', 'file'),
  tooLarge: (type) =>
    type && isImageAttachment(type)
      ? formError('payloadTooLarge', 'files.error.tooLarge.image', 'file', { max: ATTACHMENT_LIMITS.imageBytes / MB })
      : formError('payloadTooLarge', 'files.error.tooLarge.pdf', 'file', { max: ATTACHMENT_LIMITS.pdfBytes / MB }),
  altTextRequired: () => formError('badRequest', 'files.error.altTextRequired', 'altText'),
  altTextTooLong: () =>
    formError('badRequest', 'files.error.altTextTooLong', 'altText', { max: ATTACHMENT_LIMITS.altText }),
};

/** `inline` with the stored (already cleaned) name, in ASCII for old clients and UTF-8 for the rest (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${uriEncode(fileName)}`;
}

interface Upload {
  file: { bytes: Buffer; name: string } | null;
  altText: string;
}

/**
 * Read the form into memory, at most one byte past the largest allowed file
 * (busboy skips the rest), so a too-large file is told apart from one at
 * the limit and the whole request is still read before we answer.
 */
async function readUpload(req: FastifyRequest): Promise<Upload> {
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

export async function registerFileRoutes(app: FastifyInstance, opts: FileRoutesOptions): Promise<void> {
  const { db, storage } = opts;

  const contextFor = (req: FastifyRequest, reply: FastifyReply) =>
    createContext({
      db,
      app: 'web',
      sessionToken: readCookie(req.headers.cookie, sessionCookieName('web')),
      requestedLocale: requestLocale(req),
      acceptLanguage: req.headers['accept-language'] ?? null,
      address: req.ip,
      setCookie: (value: string) => void reply.header('set-cookie', value),
      secureCookies: opts.secureCookies,
      files: storage,
    });

  // Its own scope: the multipart parser and these error answers apply to these routes only.
  await app.register(async (scope) => {
    // A file over the limit is cut short and flagged, not thrown: readUpload tells the user which limit.
    await scope.register(fastifyMultipart, { throwFileSizeLimit: false });

    scope.setErrorHandler(
      async (error: { statusCode?: number; code?: string; message: string; stack?: string }, req, reply) => {
        const locale = requestLocale(req);
        const status = error.statusCode ?? 500;
        if (status >= 500) {
          req.log.error({ err: { message: error.message, stack: error.stack } }, 'file route failed');
          // Not a UserError: described as our fault ('error.internal'), with no details.
          return reply.code(500).send(errorBody(locale, error, 500));
        }
        // Fastify's and the multipart parser's own refusals: a body that is not a form, too many parts.
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
          return reply.code(400).send(errorBody(locale, noFile(), 400));
        if (status === 413 && error.code === 'FST_REQ_FILE_TOO_LARGE')
          return reply.code(413).send(errorBody(locale, tooLarge(), 413));
        return reply.code(status).send(errorBody(locale, new UserError('badRequest', 'error.badRequest'), status));
      },
    );

    scope.post<{ Params: { exampleId: string } }>(practicePaths.web.upload, async (req, reply) => {
      const ctx = await contextFor(req, reply);
      const fail = (error: UserError) =>
        reply.code(httpStatusOf(error.kind)).send(errorBody(ctx.locale, error, httpStatusOf(error.kind)));
      try {
        const { exampleId } = req.params;
        if (!idField.safeParse(exampleId).success) return await fail(notFound());
        if (!ctx.actor) return await fail(unauthorized());
        // Rights first, so nobody without them gets to send us megabytes.
        await checkAttachmentUpload(db, ctx.actor, exampleId);
        if (Number(req.headers['content-length'] ?? 0) > REQUEST_CAP) return await fail(tooLarge());
        if (!req.isMultipart()) return await fail(noFile());

        const { file, altText } = await readUpload(req);
        if (!file) return await fail(noFile());
        const type = sniffType(file.bytes);
        const problem = attachmentProblem({ type, size: file.bytes.length, altText });
        if (problem || !type) return await fail(PROBLEMS[problem ?? 'unsupported'](type));

        const storageKey = newStorageKey();
        try {
          await storage.put(storageKey, file.bytes, type);
        } catch (error) {
          req.log.error({ err: { message: (error as Error).message } }, 'storing an upload failed');
          return await fail(new UserError('serviceUnavailable', 'files.error.storage'));
        }
        try {
          const attachment = await addAttachment(db, ctx.actor, {
            exampleId,
            fileName: displayFileName(file.name, type),
            mimeType: type,
            size: file.bytes.length,
            storageKey,
            altText: altText.trim(),
          });
          return await reply.code(200).send({ attachment });
        } catch (error) {
          // No row, no file: remove what was stored for a row that was refused (say, the 21st).
          await storage.delete(storageKey).catch(() => undefined);
          throw error;
        }
      } catch (error) {
        if (error instanceof UserError) return fail(error);
        throw error;
      }
    });

    scope.get<{ Params: { attachmentId: string; fileName: string } }>(
      practicePaths.web.attachment,
      {
        // After the listener's own security headers: a PDF viewer gets a sandbox of its own.
        onSend: async (_req, reply, payload) => {
          if (reply.getHeader('content-type') === 'application/pdf') reply.header('content-security-policy', 'sandbox');
          return payload;
        },
      },
      async (req, reply) => {
        const locale = requestLocale(req);
        const { attachmentId } = req.params;
        // The name in the address is for people and downloads; only the id finds the file.
        const found = idField.safeParse(attachmentId).success
          ? await attachmentToServe(db, attachmentId, async () => (await contextFor(req, reply)).actor)
          : null;
        const stored = found ? await storage.get(found.storageKey) : null;
        if (!found || !stored) {
          if (found) req.log.warn({ attachmentId }, 'attachment file missing from storage');
          return reply
            .code(404)
            .header('cache-control', 'no-store')
            .send(errorBody(locale, notFound(), 404));
        }
        const type = isAttachmentType(found.mimeType) ? found.mimeType : 'application/octet-stream';
        reply
          .header('content-type', type)
          .header('content-disposition', contentDisposition(found.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', found.isPublic ? 'public, max-age=86400' : 'private');
        if (!found.isPublic) reply.header('vary', 'Cookie');
        if (stored.size !== null) reply.header('content-length', stored.size);
        return reply.send(stored.body);
      },
    );
  });
}
