/**
 * The slips as PDF: a dossier's forms (01 receipt, 02 supplement request, 03 refusal, 04 apology and new
 * date, 05 stop notice, 06 process control slip, and GN, the counter's own hand-over receipt of a result),
 * the counter's own 02/03 slips, and the tracking book (07).
 * Each reprint shows what was issued: the same register number, date and signer.
 */
import { Binary, StringEnum, trackingPath, withErrors } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { renderSlip, renderTrackingBookXlsx } from '../../../adapters/pdf/index.ts';
import { requireActor } from '../../../http/auth.ts';
import type { AppInstance } from '../../../http/server.ts';
import { loadVisibleDossier } from '../load-dossier.ts';
import { gatherApologyLetter } from './apology-letter.ts';
import { gatherControlSlip } from './control-slip.ts';
import { gatherCounterSlip } from './counter-slip.ts';
import { gatherHandOverReceipt } from './handover-receipt.ts';
import { gatherReceiptSlip } from './receipt-slip.ts';
import { gatherRefusalSlip } from './refusal-slip.ts';
import type { SlipSource } from './slip-context.ts';
import { gatherStopNotice } from './stop-notice.ts';
import { gatherSupplementRequest } from './supplement-request.ts';
import { gatherTrackingBook } from './tracking-book.ts';

const DOSSIER_FORMS = ['01', '02', '03', '04', '05', '06', 'GN'] as const;
export const slipGatherers = {
  '01': (s: SlipSource) => gatherReceiptSlip(s),
  '02': gatherSupplementRequest,
  '03': gatherRefusalSlip,
  '04': gatherApologyLetter,
  '05': gatherStopNotice,
  '06': (s: SlipSource) => gatherControlSlip(s),
  GN: (s: SlipSource) => gatherHandOverReceipt(s),
} as const;

const PDF = Binary('application/pdf', 'The slip, A5 (the tracking book A4 landscape)');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function slipRoutes(app: AppInstance): void {
  const { db, reference } = app.ctx;

  app.get(
    '/api/dossiers/:code/forms/:form',
    {
      schema: {
        tags: ['dossiers'],
        summary:
          "A dossier's slip as PDF (01–06, GN the hand-over receipt of a result handed over in person); " +
          '`seq` picks one of several issued (a second Form 02)',
        params: Type.Object({
          code: Type.String({ maxLength: 64 }),
          form: Type.String({ pattern: '^(0[1-6]|GN)\\.pdf$' }),
        }),
        querystring: Type.Object(
          { seq: Type.Optional(Type.Integer({ minimum: 1, description: 'The log entry that issued it' })) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: PDF }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const dossier = await loadVisibleDossier(db, reference, actor, request.params.code);
      const form = request.params.form.slice(0, 2) as DossierForm;
      return sendDossierSlip(app, request, reply, dossier, form, request.query.seq);
    },
  );

  app.get(
    '/api/counter-slips/:id/form.pdf',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Form 02 or 03 issued at the counter without receiving a dossier',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: withErrors({ 200: PDF }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const view = await gatherCounterSlip(db, actor, request.params.id, (procedureCode) =>
        app.ctx.publicUrl(request, `/thu-tuc/${encodeURIComponent(procedureCode)}`),
      );
      return reply.type('application/pdf').send(Buffer.from(await renderSlip(view)));
    },
  );

  app.get(
    '/api/tracking-book',
    {
      schema: {
        tags: ['dossiers'],
        summary: "A counter's tracking book (Form 07) for a period, as PDF or xlsx",
        querystring: Type.Object(
          {
            from: Type.String({ description: 'YYYY-MM-DD' }),
            to: Type.String({ description: 'YYYY-MM-DD' }),
            agency: Type.Optional(
              Type.String({ maxLength: 100, description: "The receiving counter; default: the officer's" }),
            ),
            field: Type.Optional(
              Type.String({
                maxLength: 500,
                description: 'A book kept per field (lĩnh vực): one field or several, comma-separated',
              }),
            ),
            format: Type.Unsafe<'pdf' | 'xlsx'>({ ...StringEnum(['pdf', 'xlsx'] as const), default: 'pdf' }),
          },
          { additionalProperties: false },
        ),
        response: withErrors({
          200: Type.Unsafe<Uint8Array>({
            description: 'PDF or xlsx',
            content: {
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
              [XLSX]: { schema: { type: 'string', format: 'binary' } },
            },
          }),
        }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const { format, ...query } = request.query;
      const view = await gatherTrackingBook(db, reference, actor, query, app.ctx.clock());
      const name = `so-theo-doi-${query.from}-${query.to}`;
      if (format === 'xlsx') {
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(Buffer.from(await renderTrackingBookXlsx(view)));
      }
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}.pdf"`)
        .send(Buffer.from(await renderSlip(view)));
    },
  );
}

type DossierForm = (typeof DOSSIER_FORMS)[number];

/** A dossier's slip as PDF, for staff and for its applicant: the QR opens its tracking page with the check code. */
export async function sendDossierSlip(
  app: AppInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  dossier: SlipSource['dossier'],
  form: DossierForm,
  seq: number | undefined,
) {
  const view = await slipGatherers[form](
    {
      db: app.ctx.db,
      dossier,
      agencies: await app.ctx.reference.agencies(),
      trackingUrl: app.ctx.publicUrl(request, trackingPath(dossier.row.code, dossier.state.checkCode)),
      now: app.ctx.clock(),
    },
    seq,
  );
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${dossier.row.code}-mau-${form}.pdf"`)
    .send(Buffer.from(await renderSlip(view)));
}
