import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  checkConferenceEdition,
  checkConferenceImageUpload,
  conferenceImageKey,
  conferenceImageStorage,
  conferenceImageToServe,
  httpStatusOf,
  isConferenceImageType,
  setConferenceImage,
} from '@knutepunkt/api';
import {
  ATTACHMENT_LIMITS,
  UserError,
  conferencePaths,
  idField,
  imageUploadFields,
  notFound,
  unauthorized,
} from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';
import type { FileRoutesOptions } from '../files/upload.ts';
import { errorBody, fileRouteContext, noFile, registerUploadScope, tooLarge } from '../files/upload.ts';
import { sniffType } from '../files/sniff.ts';
import { newStorageKey } from '../files/storage.ts';

/**
 * Speakers' photos and partners' logos (docs/adr/0023), with the practice bank's upload
 * checks (../files/upload.ts):
 * - POST conferencePaths.admin.imageUpload on the admin listener: multipart `target`
 *   ('speaker' | 'partner'), `id` (the speaker's id or the partner's organisation id), `alt`
 *   (required, ≤ 300) and `file` (JPEG, PNG or WebP by its content, at most the image limit),
 *   for the edition's coordinators (admin session, CSRF header). Answers `{ key }`.
 * - GET conferencePaths.web.image on the web listener: the image, only when an edition with a
 *   published release shows it (else 404). A key is new for every upload, so it is cached for good.
 */

interface ImageForm {
  fields: Record<'target' | 'id' | 'alt', string>;
  file: Buffer | null;
}

/** The form into memory, at most one byte past the image limit (so "too large" is told apart). */
async function readImageForm(req: FastifyRequest): Promise<ImageForm> {
  const form: ImageForm = { fields: { target: '', id: '', alt: '' }, file: null };
  const parts = req.parts({
    limits: { fileSize: ATTACHMENT_LIMITS.imageBytes + 1, files: 1, fields: 6, fieldSize: 4096, parts: 8 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.fieldname === 'file') form.file = Buffer.concat(chunks);
    } else if (part.fieldname in form.fields && typeof part.value === 'string') {
      form.fields[part.fieldname as keyof ImageForm['fields']] = part.value;
    }
  }
  return form;
}

const REQUEST_CAP = ATTACHMENT_LIMITS.imageBytes + 1024 * 1024;
const fileError = (
  kind: 'badRequest' | 'unsupportedMediaType' | 'payloadTooLarge',
  key: 'practice.attachments.error.empty' | 'conference.admin.error.imageType',
) => new UserError(kind, key, { fieldErrors: { file: key } });

async function handleImageUpload(
  opts: FileRoutesOptions,
  req: FastifyRequest<{ Params: { editionId: string } }>,
  reply: FastifyReply,
) {
  const ctx = await fileRouteContext('admin', opts, req, reply);
  const fail = (error: UserError) =>
    reply.code(httpStatusOf(error.kind)).send(errorBody(ctx.locale, error, httpStatusOf(error.kind)));
  const { editionId } = req.params;
  try {
    if (!idField.safeParse(editionId).success) return await fail(notFound());
    if (!ctx.actor) return await fail(unauthorized());
    // Rights first, so nobody without them gets to send us megabytes.
    await checkConferenceEdition(opts.db, ctx.actor, editionId);
    if (Number(req.headers['content-length'] ?? 0) > REQUEST_CAP) return await fail(tooLarge());
    if (!req.isMultipart()) return await fail(noFile());

    const form = await readImageForm(req);
    const fields = imageUploadFields.safeParse(form.fields);
    if (!fields.success) return await fail(new UserError('badRequest', 'error.badRequest', { cause: fields.error }));
    const { target, id, alt } = fields.data;
    if (!form.file) return await fail(noFile());
    if (form.file.length === 0) return await fail(fileError('badRequest', 'practice.attachments.error.empty'));
    const type = sniffType(form.file);
    if (!type || !isConferenceImageType(type))
      return await fail(fileError('unsupportedMediaType', 'conference.admin.error.imageType'));
    if (form.file.length > ATTACHMENT_LIMITS.imageBytes) return await fail(tooLarge());
    await checkConferenceImageUpload(opts.db, ctx.actor, editionId, target, id);

    const key = conferenceImageKey(newStorageKey('x').slice(2), type);
    const { storageKey } = conferenceImageStorage(key)!;
    try {
      await opts.storage.put(storageKey, form.file, type);
    } catch (error) {
      req.log.error({ err: { message: (error as Error).message } }, 'storing a conference image failed');
      return await fail(new UserError('serviceUnavailable', 'practice.attachments.error.storage'));
    }
    try {
      return await reply
        .code(200)
        .send(await setConferenceImage(opts.db, ctx.actor, { editionId, target, id, key, mimeType: type, alt }));
    } catch (error) {
      // No row, no file.
      await opts.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    if (error instanceof UserError) return fail(error);
    throw error;
  }
}

export async function registerConferenceImageUploadRoute(app: FastifyInstance, opts: FileRoutesOptions) {
  await registerUploadScope(app, (scope) => {
    scope.post<{ Params: { editionId: string } }>(conferencePaths.admin.imageUpload, (req, reply) =>
      handleImageUpload(opts, req, reply),
    );
  });
}

export function registerConferenceImageRoute(app: FastifyInstance, opts: FileRoutesOptions): void {
  const { db, storage } = opts;
  app.get<{ Params: { imageKey: string } }>(conferencePaths.web.image, async (req, reply) => {
    const found = await conferenceImageToServe(db, req.params.imageKey);
    const stored = found ? await storage.get(found.storageKey) : null;
    if (!found || !stored) {
      if (found) req.log.warn({ imageKey: req.params.imageKey }, 'conference image missing from storage');
      return reply
        .code(404)
        .header('cache-control', 'no-store')
        .send(errorBody(requestLocale(req), notFound(), 404));
    }
    reply
      .header('content-type', found.mimeType)
      .header('x-content-type-options', 'nosniff')
      // The key is new for every upload: the bytes behind it never change.
      .header('cache-control', 'public, max-age=31536000, immutable');
    if (stored.size !== null) reply.header('content-length', stored.size);
    return reply.send(stored.body);
  });
}
