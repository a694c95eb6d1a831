/**
 * A dossier's files: upload (raw body, Content-Type application/pdf, image/jpeg or image/png), list and
 * download, for staff who see the dossier; uploading is for the counter (scans) and the agency holding the
 * dossier (scans, the signed result).
 */
import {
  type ActivePdfName,
  Binary,
  contentDisposition,
  DossierFileListSchema,
  DossierFileSchema,
  FILE_KINDS,
  notFound,
  StringEnum,
  withErrors,
} from '@motcua/core';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { requireActor } from '../../../http/auth.ts';
import { beforeBody } from '../../../http/body-limits.ts';
import type { AppInstance } from '../../../http/server.ts';
import { CodeParams } from '../dossier.params.ts';
import { loadVisibleDossier } from '../load-dossier.ts';
import { addDossierFile, FILE_TYPES, listDossierFiles, MAX_FILE_BYTES } from './dossier-files.ts';

export function fileRoutes(app: AppInstance): void {
  const { db, reference } = app.ctx;
  // Parsed on any route, within the route's body limit: MAX_FILE_BYTES on the upload alone.
  for (const type of FILE_TYPES) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (_r, body, done) => done(null, body));
  }

  const visible = async (request: Parameters<typeof requireActor>[1], code: string) => {
    const actor = await requireActor(db, request);
    return { actor, dossier: await loadVisibleDossier(db, reference, actor, code) };
  };

  app.post(
    '/api/dossiers/:code/files',
    {
      // Who calls is known before 10 MB are read: an anonymous upload is refused at its headers.
      onRequest: beforeBody((request) => requireActor(db, request)),
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags: ['dossiers'],
        summary:
          'Attach a scan of a component or the signed result (raw PDF, JPEG or PNG body, at most 10 MB)',
        params: CodeParams,
        querystring: Type.Object(
          {
            kind: StringEnum(FILE_KINDS),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            componentId: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 201: DossierFileSchema }),
      },
    },
    async (request, reply) => {
      const { actor, dossier } = await visible(request, request.params.code);
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const file = await db.transaction().execute((trx) =>
        addDossierFile(
          trx,
          actor,
          dossier,
          {
            kind: request.query.kind,
            componentId: request.query.componentId,
            fileName: request.query.name,
            contentType: request.headers['content-type'] ?? '',
            content,
          },
          app.ctx.clock(),
        ),
      );
      return reply
        .status(201)
        .send({ ...file, uploadedBy: actor.fullName, uploadedAt: file.uploadedAt.toISOString() });
    },
  );

  app.get(
    '/api/dossiers/:code/files',
    {
      schema: {
        tags: ['dossiers'],
        summary: "A dossier's files (without their content)",
        params: CodeParams,
        response: withErrors({ 200: DossierFileListSchema }),
      },
    },
    async (request) => {
      const { dossier } = await visible(request, request.params.code);
      return { items: await listDossierFiles(db, dossier.row.id) };
    },
  );

  app.get(
    '/api/dossiers/:code/files/:id',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Download one file of a dossier',
        params: Type.Object({ code: Type.String({ maxLength: 64 }), id: Type.String({ format: 'uuid' }) }),
        response: withErrors({
          200: Binary(
            'application/octet-stream',
            'The file as uploaded (PDF, JPEG or PNG): shown inline, or a download (attachment) for a PDF with active content',
          ),
        }),
      },
    },
    async (request, reply) => {
      const { row } = (await visible(request, request.params.code)).dossier;
      const file = await db
        .selectFrom('dossierFiles')
        .select(['fileName', 'contentType', 'content', 'sha256', 'activeContent'])
        .where('dossierId', '=', row.id)
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!file) throw notFound('tệp', 'File');
      return sendStoredFile(reply, file);
    },
  );
}

/**
 * A stored file as downloaded (a staff scan or result, a citizen's result): inline only for what a browser
 * shows without running it (core's isInlineFile); never sniffed; never cached.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; content: Buffer; sha256: string; activeContent: string[] },
) {
  return reply
    .type(file.contentType)
    .header(
      'content-disposition',
      contentDisposition(file.fileName, file.contentType, file.activeContent as ActivePdfName[]),
    )
    .header('x-content-type-options', 'nosniff')
    .header('x-content-sha256', file.sha256)
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
