import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addAgreementFile, agreementFileToServe, checkAgreementUpload, httpStatusOf } from '@knutepunkt/api';
import { UserError, evaluationPaths, idField, notFound, unauthorized } from '@knutepunkt/domain';
import type { FileRoutesOptions } from '../files/upload.ts';
import {
  errorBody,
  fileRouteContext,
  handleUpload,
  pdfSandbox,
  registerUploadScope,
  serveAttachment,
} from '../files/upload.ts';

/**
 * An evaluation's signed agreement (docs/adr/0025), on the admin listener only, with the
 * practice bank's checks and storage (../files/upload.ts):
 * - POST evaluationPaths.admin.agreementUpload: multipart `file` (a PDF or an image, by its
 *   content) and `altText` (required for an image), for the lead and admins (admin session,
 *   CSRF header), while the phase allows planning.
 * - GET evaluationPaths.admin.agreementFile: the file, for the lead and admins only (404 for
 *   everyone else), always as a download (`Content-Disposition: attachment`), never cached.
 */

export async function registerAgreementUploadRoute(app: FastifyInstance, opts: FileRoutesOptions): Promise<void> {
  const { db } = opts;
  await registerUploadScope(app, (scope) => {
    scope.post<{ Params: { evaluationId: string } }>(evaluationPaths.admin.agreementUpload, (req, reply) => {
      const { evaluationId } = req.params;
      return handleUpload('admin', opts, req, reply, {
        id: evaluationId,
        check: (actor) => checkAgreementUpload(db, actor, evaluationId),
        add: (actor, { altText: _altText, ...file }) => addAgreementFile(db, actor, { evaluationId, ...file }),
      });
    });
  });
}

/** A download, whatever its type: the browser saves it rather than showing it in the admin app's origin. */
async function asDownload(_req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const disposition = reply.getHeader('content-disposition');
  if (typeof disposition === 'string')
    reply.header('content-disposition', disposition.replace(/^inline/, 'attachment'));
  return payload;
}

export function registerAgreementFileRoute(app: FastifyInstance, opts: FileRoutesOptions): void {
  const { db, storage } = opts;
  app.get<{ Params: { evaluationId: string; attachmentId: string } }>(
    evaluationPaths.admin.agreementFile,
    { onSend: [pdfSandbox, asDownload] },
    async (req, reply) => {
      const ctx = await fileRouteContext('admin', opts, req, reply);
      const fail = (error: UserError) =>
        reply
          .code(httpStatusOf(error.kind))
          .header('cache-control', 'no-store')
          .send(errorBody(ctx.locale, error, httpStatusOf(error.kind)));
      const { evaluationId } = req.params;
      if (!idField.safeParse(evaluationId).success) return fail(notFound());
      const actor = ctx.actor;
      if (!actor) return fail(unauthorized());
      // Decided first, so a refusal keeps its own status (a 404 also for an id that names nothing).
      let found: Awaited<ReturnType<typeof agreementFileToServe>> = null;
      try {
        if (idField.safeParse(req.params.attachmentId).success)
          found = await agreementFileToServe(db, actor, evaluationId, req.params.attachmentId);
      } catch (error) {
        if (error instanceof UserError) return fail(error);
        throw error;
      }
      return serveAttachment(storage, req, reply, async () => found, 'evaluation agreement file missing from storage');
    },
  );
}
