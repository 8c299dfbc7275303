import type { FastifyInstance } from 'fastify';
import { addMinutesAttachment, checkMinutesUpload, minutesAttachmentToServe } from '@knutepunkt/api';
import { meetingPaths } from '@knutepunkt/domain';
import type { FileRoutesOptions } from './routes.ts';
import { fileRouteContext, handleUpload, pdfSandbox, registerUploadScope, serveAttachment } from './upload.ts';

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
  const { db } = opts;
  await registerUploadScope(app, (scope) => {
    scope.post<{ Params: { meetingId: string } }>(meetingPaths.admin.minutesUpload, (req, reply) => {
      const { meetingId } = req.params;
      return handleUpload('admin', opts, req, reply, {
        id: meetingId,
        check: (actor) => checkMinutesUpload(db, actor, meetingId),
        add: (actor, file) => addMinutesAttachment(db, actor, { meetingId, ...file }),
      });
    });
  });
}

export function registerMinutesFileRoute(app: FastifyInstance, opts: FileRoutesOptions): void {
  const { db, storage } = opts;
  app.get<{ Params: { attachmentId: string; fileName: string } }>(
    meetingPaths.web.minutesAttachment,
    { onSend: pdfSandbox },
    (req, reply) =>
      serveAttachment(
        storage,
        req,
        reply,
        async (id) =>
          minutesAttachmentToServe(db, id, async () => (await fileRouteContext('web', opts, req, reply)).actor),
        'minutes attachment missing from storage',
      ),
  );
}
