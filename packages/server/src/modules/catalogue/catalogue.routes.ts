/** Public catalogue (search, one procedure, its QR code) and the admin import of a province's catalogue. */
import { DomainError, fieldError, processingFigures } from '@motcua/core';
import QRCode from 'qrcode';
import { Type } from 'typebox';
import { requireRole, roleFirst } from '../../http/auth.ts';
import { beforeBody, CATALOGUE_BODY_LIMIT } from '../../http/body-limits.ts';
import type { AppInstance } from '../../http/server.ts';
import { agencyNamesByKind, findProcedure, listFields, searchProcedures } from './catalogue.repo.ts';
import {
  CodeParamsSchema,
  CsvImportSchema,
  ProcedureSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from './catalogue.schema.ts';
import { readXlsx, sheetsFromCsvTexts } from './catalogue-file.ts';
import { importCatalogueSheets } from './import-catalogue-file.ts';
import { findReceivingCounters } from './where-to-submit.ts';
import { ArchiveBoundsError, MAX_ARCHIVE_ENTRIES, MAX_INFLATED_BYTES } from './zip-bounds.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const unknownProcedure = (code: string) =>
  new DomainError('NOT_FOUND', `Không tìm thấy thủ tục mã "${code}".`, `No procedure with code "${code}".`, {
    fields: [fieldError('code', 'Mã thủ tục không tồn tại.', 'Unknown procedure code.')],
  });

export function catalogueRoutes(app: AppInstance): void {
  const { db } = app.ctx;

  app.get(
    '/api/procedures',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Search the procedure catalogue',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema },
      },
    },
    async (request) => searchProcedures(db, request.query),
  );

  app.get(
    '/api/procedure-fields',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Fields (lĩnh vực) with their procedure counts',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ field: Type.String(), fieldEn: Type.String(), count: Type.Integer() }),
            ),
          }),
        },
      },
    },
    async () => ({ items: (await listFields(db)).map((f) => ({ ...f, fieldEn: f.fieldEn ?? '' })) }),
  );

  app.get(
    '/api/procedures/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One procedure with its cases, components, fees and time limits',
        params: CodeParamsSchema,
        response: { 200: ProcedureSchema },
      },
    },
    async (request) => {
      const procedure = await findProcedure(db, request.params.code);
      if (!procedure) throw unknownProcedure(request.params.code);
      const agencyNames = await agencyNamesByKind(db);
      return {
        ...procedure,
        agencyName: agencyNames.get(procedure.agencyKind) ?? '',
        publicUrl: app.ctx.publicUrl(request, `/thu-tuc/${encodeURIComponent(procedure.code)}`),
        counters: await findReceivingCounters(db, procedure),
        cases: procedure.cases.map((c) => ({
          ...c,
          ...processingFigures(c.timeLimit),
          channelLimits: c.channelLimits ?? {},
          limitChanges: c.limitChanges ?? [],
          extensions: c.extensions ?? [],
          agreedExtension: c.agreedExtension ?? false,
          feeStatus: c.feeStatus ?? 'set',
        })),
      };
    },
  );

  app.get(
    '/api/procedures/:code/qr.svg',
    {
      schema: {
        tags: ['catalogue'],
        summary: "QR code (SVG) linking to the procedure's public page",
        params: CodeParamsSchema,
      },
    },
    async (request, reply) => {
      const exists = await db
        .selectFrom('procedures')
        .select('code')
        .where('code', '=', request.params.code)
        .executeTakeFirst();
      if (!exists) throw unknownProcedure(request.params.code);
      const url = app.ctx.publicUrl(request, `/thu-tuc/${encodeURIComponent(exists.code)}`);
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      // A code built from the request's Host (no MOTCUA_PUBLIC_URL) is that client's alone: never shared caches.
      if (app.ctx.env.publicBaseUrl === undefined)
        reply.header('cache-control', 'private, max-age=3600').header('vary', 'Host');
      else reply.header('cache-control', 'public, max-age=3600');
      return reply.type('image/svg+xml').send(svg);
    },
  );

  const unreadable = (error: unknown) => {
    const message = (error as Error).message;
    if (error instanceof ArchiveBoundsError) {
      const mb = MAX_INFLATED_BYTES / 1024 / 1024;
      return new DomainError(
        'VALIDATION_FAILED',
        `Tệp xlsx bị từ chối trước khi giải nén: quá ${MAX_ARCHIVE_ENTRIES.toLocaleString('vi-VN')} mục hoặc quá ${mb} MB khi giải nén (${message}).`,
        `The xlsx file is refused before inflating it: more than ${MAX_ARCHIVE_ENTRIES} entries or ${mb} MB inflated (${message}).`,
        { fields: [fieldError('body', 'Tệp nén vượt giới hạn.', 'The archive exceeds the bounds.')] },
      );
    }
    return new DomainError(
      'VALIDATION_FAILED',
      `Không đọc được tệp danh mục: ${message}`,
      `Cannot read the catalogue file: ${message}`,
      { fields: [fieldError('body', 'Tệp không đọc được.', 'Unreadable file.')] },
    );
  };

  // The imports take a province's catalogue: a large body, read only for a system administrator.
  const administratorFirst = {
    onRequest: beforeBody(roleFirst(db, 'system-admin')),
    bodyLimit: CATALOGUE_BODY_LIMIT,
  };

  app.post(
    '/api/admin/catalogue/import',
    {
      ...administratorFirst,
      schema: {
        tags: ['admin'],
        summary: `Import a catalogue workbook (body: ${XLSX_TYPE}, sheets procedures, cases, components). All or nothing.`,
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin');
      if (!Buffer.isBuffer(request.body)) {
        throw new DomainError('VALIDATION_FAILED', 'Cần gửi tệp xlsx.', 'Send an xlsx file.', {
          fields: [
            fieldError('body', `Content-Type phải là ${XLSX_TYPE}.`, `Content-Type must be ${XLSX_TYPE}.`),
          ],
        });
      }
      const sheets = await readXlsx(request.body).catch((error: unknown) => {
        throw unreadable(error);
      });
      const fileName = String(request.headers['x-file-name'] ?? 'catalogue.xlsx').slice(0, 200);
      const result = await importCatalogueSheets(db, sheets, { importedBy: actor.username, fileName });
      app.ctx.reference.invalidate();
      return result;
    },
  );

  app.post(
    '/api/admin/catalogue/import-csv',
    {
      ...administratorFirst,
      schema: {
        tags: ['admin'],
        summary:
          'Import a catalogue from the texts of procedures.csv, cases.csv and components.csv. All or nothing.',
        body: CsvImportSchema,
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin');
      let sheets: ReturnType<typeof sheetsFromCsvTexts>;
      try {
        sheets = sheetsFromCsvTexts(request.body);
      } catch (error) {
        throw unreadable(error);
      }
      const fileName = request.body.fileName ?? 'catalogue.csv';
      const result = await importCatalogueSheets(db, sheets, { importedBy: actor.username, fileName });
      app.ctx.reference.invalidate();
      return result;
    },
  );
}
