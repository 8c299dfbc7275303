import type { FastifyInstance } from 'fastify';
import { authorizeResource, buildRawExport, describeError, evaluationRule, httpStatusOf } from '@knutepunkt/api';
import type { RawDataKeyring } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { UserError, evaluationAccess, evaluationPaths, idField, notFound, unauthorized } from '@knutepunkt/domain';
import { fileRouteContext } from '../files/upload.ts';
import type { FileStorage } from '../files/storage.ts';
import { zipFiles } from './zip.ts';

export interface RawExportRouteOptions {
  db: Db;
  storage: FileStorage;
  secureCookies: boolean;
  rawDataKeyring: RawDataKeyring | null;
}

/**
 * GET /api/evaluations/:evaluationId/raw-data.zip on the admin listener (docs/adr/0025): the
 * team's raw data as a zip for the lead (packages/api raw-export.ts says what is in it).
 *
 * Access: `manage` (the lead and admins; 404 for everyone else), and then `team` as well, so an
 * admin gets the raw data only during her «break the glass» (403 until then), like every other
 * raw read; the read is recorded under her grant. Never cached anywhere.
 */
export function registerRawExportRoute(app: FastifyInstance, opts: RawExportRouteOptions): void {
  app.get<{ Params: { evaluationId: string } }>(evaluationPaths.admin.rawExport, async (req, reply) => {
    const ctx = await fileRouteContext('admin', opts, req, reply);
    reply.header('cache-control', 'no-store').header('vary', 'Cookie');
    try {
      if (!ctx.actor || !ctx.user) throw unauthorized();
      const evaluationId = req.params.evaluationId;
      if (!idField.safeParse(evaluationId).success) throw notFound();
      const { evaluation } = await authorizeResource(evaluationRule('manage'), opts.db, ctx.actor, { evaluationId });
      if (evaluationAccess(ctx.actor, evaluation.access, 'team') !== 'allow')
        throw new UserError('forbidden', 'evaluations.rawExport.breakGlassFirst');
      const files = await buildRawExport(opts.db, opts.rawDataKeyring, evaluation, ctx.user, ctx.locale);
      return reply
        .header('content-type', 'application/zip')
        .header(
          'content-disposition',
          `attachment; filename="raadata-${evaluation.slug.replace(/[^a-z0-9-]/g, '')}.zip"`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(zipFiles(files));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const status = httpStatusOf(error.kind);
      const { message } = describeError(ctx.locale, error);
      return reply.code(status).send({ error: { message, data: { httpStatus: status } } });
    }
  });
}
