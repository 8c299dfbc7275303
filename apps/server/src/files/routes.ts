import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addAttachment, attachmentToServe, checkAttachmentUpload, httpStatusOf } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { UserError, displayFileName, idField, notFound, practicePaths, unauthorized } from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';
import { type FileStorage, newStorageKey } from './storage.ts';
import {
  REQUEST_CAP,
  checkUpload,
  errorBody,
  fileRouteContext,
  fileRouteErrorHandler,
  noFile,
  pdfSandbox,
  readUpload,
  sendStoredFile,
  tooLarge,
} from './upload.ts';

export { contentDisposition } from './upload.ts';

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

export async function registerFileRoutes(app: FastifyInstance, opts: FileRoutesOptions): Promise<void> {
  const { db, storage } = opts;

  const contextFor = (req: FastifyRequest, reply: FastifyReply) => fileRouteContext('web', opts, req, reply);

  // Its own scope: the multipart parser and these error answers apply to these routes only.
  await app.register(async (scope) => {
    // A file over the limit is cut short and flagged, not thrown: readUpload tells the user which limit.
    await scope.register(fastifyMultipart, { throwFileSizeLimit: false });

    scope.setErrorHandler(fileRouteErrorHandler);

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
        const checked = checkUpload(file, altText);
        if ('error' in checked) return await fail(checked.error);
        const { type } = checked;

        const storageKey = newStorageKey();
        try {
          await storage.put(storageKey, file.bytes, type);
        } catch (error) {
          req.log.error({ err: { message: (error as Error).message } }, 'storing an upload failed');
          return await fail(new UserError('serviceUnavailable', 'practice.attachments.error.storage'));
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
      { onSend: pdfSandbox },
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
        return sendStoredFile(reply, found, stored);
      },
    );
  });
}
