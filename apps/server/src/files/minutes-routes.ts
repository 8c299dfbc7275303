import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addMinutesAttachment, checkMinutesUpload, httpStatusOf, minutesAttachmentToServe } from '@knutepunkt/api';
import { UserError, displayFileName, idField, meetingPaths, notFound, unauthorized } from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';
import type { FileRoutesOptions } from './routes.ts';
import { newStorageKey } from './storage.ts';
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

/**
 * The meeting minutes' attachments (docs/adr/0020), with the practice bank's
 * checks and headers (./upload.ts):
 * - POST /api/meetings/:meetingId/minutes/attachments on the admin listener:
 *   multipart `file` + `altText`, for the meeting's coordinators (admin
 *   session, CSRF header).
 * - GET /referat-vedlegg/:attachmentId/:fileName on the web listener: the file,
 *   for those who may read the minutes (404 for everyone else).
 */

export async function registerMinutesUploadRoute(app: FastifyInstance, opts: FileRoutesOptions): Promise<void> {
  const { db, storage } = opts;
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: false });
    scope.setErrorHandler(fileRouteErrorHandler);
    scope.post<{ Params: { meetingId: string } }>(meetingPaths.admin.minutesUpload, async (req, reply) => {
      const ctx = await fileRouteContext('admin', opts, req, reply);
      const fail = (error: UserError) =>
        reply.code(httpStatusOf(error.kind)).send(errorBody(ctx.locale, error, httpStatusOf(error.kind)));
      try {
        const { meetingId } = req.params;
        if (!idField.safeParse(meetingId).success) return await fail(notFound());
        if (!ctx.actor) return await fail(unauthorized());
        await checkMinutesUpload(db, ctx.actor, meetingId);
        if (Number(req.headers['content-length'] ?? 0) > REQUEST_CAP) return await fail(tooLarge());
        if (!req.isMultipart()) return await fail(noFile());
        const { file, altText } = await readUpload(req);
        if (!file) return await fail(noFile());
        const checked = checkUpload(file, altText);
        if ('error' in checked) return await fail(checked.error);
        const storageKey = newStorageKey();
        try {
          await storage.put(storageKey, file.bytes, checked.type);
        } catch (error) {
          req.log.error({ err: { message: (error as Error).message } }, 'storing an upload failed');
          return await fail(new UserError('serviceUnavailable', 'practice.attachments.error.storage'));
        }
        try {
          const attachment = await addMinutesAttachment(db, ctx.actor, {
            meetingId,
            fileName: displayFileName(file.name, checked.type),
            mimeType: checked.type,
            size: file.bytes.length,
            storageKey,
            altText: altText.trim(),
          });
          return await reply.code(200).send({ attachment });
        } catch (error) {
          await storage.delete(storageKey).catch(() => undefined);
          throw error;
        }
      } catch (error) {
        if (error instanceof UserError) return fail(error);
        throw error;
      }
    });
  });
}

export function registerMinutesFileRoute(app: FastifyInstance, opts: FileRoutesOptions): void {
  const { db, storage } = opts;
  app.get<{ Params: { attachmentId: string; fileName: string } }>(
    meetingPaths.web.minutesAttachment,
    { onSend: pdfSandbox },
    async (req: FastifyRequest<{ Params: { attachmentId: string; fileName: string } }>, reply: FastifyReply) => {
      const { attachmentId } = req.params;
      const found = idField.safeParse(attachmentId).success
        ? await minutesAttachmentToServe(
            db,
            attachmentId,
            async () => (await fileRouteContext('web', opts, req, reply)).actor,
          )
        : null;
      const stored = found ? await storage.get(found.storageKey) : null;
      if (!found || !stored) {
        if (found) req.log.warn({ attachmentId }, 'minutes attachment missing from storage');
        return reply
          .code(404)
          .header('cache-control', 'no-store')
          .send(errorBody(requestLocale(req), notFound(), 404));
      }
      return sendStoredFile(reply, found, stored);
    },
  );
}
