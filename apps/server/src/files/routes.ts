import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addAttachment, attachmentToServe, checkAttachmentUpload } from '@knutepunkt/api';
import { practicePaths } from '@knutepunkt/domain';
import {
  type FileRoutesOptions,
  fileRouteContext,
  handleUpload,
  pdfSandbox,
  registerUploadScope,
  serveAttachment,
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

export type { FileRoutesOptions } from './upload.ts';

export async function registerFileRoutes(app: FastifyInstance, opts: FileRoutesOptions): Promise<void> {
  const { db, storage } = opts;

  const contextFor = (req: FastifyRequest, reply: FastifyReply) => fileRouteContext('web', opts, req, reply);

  await registerUploadScope(app, (scope) => {
    scope.post<{ Params: { exampleId: string } }>(practicePaths.web.upload, (req, reply) => {
      const { exampleId } = req.params;
      return handleUpload('web', opts, req, reply, {
        id: exampleId,
        check: (actor) => checkAttachmentUpload(db, actor, exampleId),
        add: (actor, file) => addAttachment(db, actor, { exampleId, ...file }),
      });
    });

    scope.get<{ Params: { attachmentId: string; fileName: string } }>(
      practicePaths.web.attachment,
      { onSend: pdfSandbox },
      (req, reply) =>
        serveAttachment(
          storage,
          req,
          reply,
          async (id) => attachmentToServe(db, id, async () => (await contextFor(req, reply)).actor),
          'attachment file missing from storage',
        ),
    );
  });
}
