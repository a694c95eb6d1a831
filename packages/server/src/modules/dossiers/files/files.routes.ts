/**
 * A dossier's files: upload (raw body, Content-Type application/pdf, image/jpeg or image/png), list and
 * download, for staff who see the dossier; uploading is for the counter (scans) and the agency holding the
 * dossier (scans, the signed result).
 */
import { notFound } from '@motcua/core';
import { Type } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import { StringEnum } from '../../http/schema-helpers.ts';
import type { AppInstance } from '../../http/server.ts';
import { dossierCase } from '../reference/reference-cache.ts';
import { addDossierFile, FILE_KINDS, FILE_TYPES, listDossierFiles, MAX_FILE_BYTES } from './dossier-files.ts';
import { CodeParams } from './dossiers.schema.ts';
import { findVisibleDossier } from './visible-dossier.ts';

export function dossierFileRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  for (const type of FILE_TYPES) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_r, body, done) =>
      done(null, body),
    );
  }

  const visible = async (request: Parameters<typeof requireActor>[1], code: string) => {
    const actor = await requireActor(db, request);
    return { actor, ...(await findVisibleDossier(db, actor, code)) };
  };

  app.post(
    '/api/dossiers/:code/files',
    {
      preValidation: async (request) => void (await requireActor(db, request)),
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
      },
    },
    async (request, reply) => {
      const { actor, row, tree } = await visible(request, request.params.code);
      const { procedureCase } = await dossierCase(app.ctx.reference, row);
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const file = await db.transaction().execute((trx) =>
        addDossierFile(
          trx,
          actor,
          tree,
          row,
          procedureCase.components,
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
      return reply.status(201).send({ ...file, uploadedAt: file.uploadedAt.toISOString() });
    },
  );

  app.get(
    '/api/dossiers/:code/files',
    {
      schema: {
        tags: ['dossiers'],
        summary: "A dossier's files (without their content)",
        params: CodeParams,
      },
    },
    async (request) => {
      const { row } = await visible(request, request.params.code);
      return { items: await listDossierFiles(db, row.id) };
    },
  );

  app.get(
    '/api/dossiers/:code/files/:id',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Download one file of a dossier',
        params: Type.Object({ code: Type.String({ maxLength: 64 }), id: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const { row } = await visible(request, request.params.code);
      const file = await db
        .selectFrom('dossierFiles')
        .select(['fileName', 'contentType', 'content', 'sha256'])
        .where('dossierId', '=', row.id)
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!file) throw notFound('tệp', 'File');
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
