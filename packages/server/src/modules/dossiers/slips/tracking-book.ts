/**
 * The tracking book (Form 07, Sổ theo dõi hồ sơ) of a counter for a period, as A4 PDF or xlsx: every dossier
 * it received, with its reception, due, transfer, finish and return times taken from the log.
 */
import {
  buildTrackingBook,
  DomainError,
  fieldError,
  hasRole,
  instantFromLocalDateTime,
  isInScope,
  localDateTimeFromInstant,
  parsePlainDate,
  type StatusKey,
  statusByKey,
} from '@motcua/core';
import { Type } from 'typebox';
import { renderSlip, renderTrackingBookXlsx } from '../../adapters/pdf/index.ts';
import { forbidden, loadAgencyTree, requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { issuingBody } from './slip-context.ts';

const MAX_ROWS = 5000;

export function trackingBookRoutes(app: AppInstance): void {
  const { db } = app.ctx;
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
            format: Type.Unsafe<'pdf' | 'xlsx'>({ type: 'string', enum: ['pdf', 'xlsx'], default: 'pdf' }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const from = parsePlainDate(request.query.from);
      const to = parsePlainDate(request.query.to);
      const fields = [
        ...(from
          ? []
          : [fieldError('from', 'Ngày không hợp lệ (YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).')]),
        ...(to
          ? []
          : [fieldError('to', 'Ngày không hợp lệ (YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).')]),
        ...(from && to && to < from
          ? [fieldError('to', 'Phải sau ngày bắt đầu.', 'Must not be before `from`.')]
          : []),
      ];
      if (fields.length > 0 || !from || !to) {
        throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'The request is not valid.', {
          fields,
        });
      }
      const agencyCode = request.query.agency ?? actor.agencyCode;
      const agencies = await app.ctx.reference.agencies();
      const agency = agencies.get(agencyCode);
      if (!agency)
        throw new DomainError('NOT_FOUND', 'Không có cơ quan này.', 'No such agency.', {
          fields: [fieldError('agency', 'Không tồn tại.', 'Unknown.')],
        });
      if (
        !hasRole(actor, 'system-admin', 'supervisor') &&
        !isInScope(actor, await loadAgencyTree(db), agencyCode)
      ) {
        throw forbidden();
      }
      const start = instantFromLocalDateTime({ date: from, minutes: 0 });
      const end = instantFromLocalDateTime({ date: to, minutes: 24 * 60 - 1 });
      const rows = await db
        .selectFrom('dossiers as d')
        .innerJoin('procedures as p', 'p.code', 'd.procedureCode')
        .select([
          'd.id',
          'd.code',
          'p.name as procedureName',
          'd.applicant',
          'd.receivedAt',
          'd.dueDate',
          'd.status',
        ])
        .where('d.receivingAgencyCode', '=', agencyCode)
        .where('d.receivedAt', '>=', new Date(start))
        .where('d.receivedAt', '<=', new Date(end))
        .orderBy('d.receivedAt')
        .limit(MAX_ROWS)
        .execute();
      const events = rows.length
        ? await db
            .selectFrom('dossierActions')
            .select(['dossierId', 'action', 'at'])
            .where(
              'dossierId',
              'in',
              rows.map((r) => r.id),
            )
            .where('action', 'in', ['transfer', 'issue-result', 'return-result'])
            .orderBy('seq')
            .execute()
        : [];
      const at = (id: string, action: string) => {
        const e = events.find((x) => x.dossierId === id && x.action === action);
        return e ? { [action]: e.at.toISOString() } : {};
      };
      const issuedAt = instantFromLocalDateTime(localDateTimeFromInstant(app.ctx.clock().getTime()));
      const view = buildTrackingBook(
        { issuingBody: await issuingBody(db, agencyCode), issuedAt },
        {
          period: { from, to },
          agencyName: agency.name,
          rows: rows.map((r, i) => {
            const times = {
              ...at(r.id, 'transfer'),
              ...at(r.id, 'issue-result'),
              ...at(r.id, 'return-result'),
            };
            return {
              no: i + 1,
              code: r.code,
              procedureName: r.procedureName,
              applicant: r.applicant.fullName,
              phone: r.applicant.phone,
              receivedAt: r.receivedAt?.toISOString() ?? '',
              dueDate: r.dueDate ?? '',
              ...(times.transfer ? { transferredAt: times.transfer } : {}),
              ...(times['issue-result'] ? { finishedAt: times['issue-result'] } : {}),
              ...(times['return-result'] ? { returnedAt: times['return-result'] } : {}),
              status: statusByKey(r.status as StatusKey).label,
            };
          }),
        },
      );
      const name = `so-theo-doi-${from}-${to}`;
      if (request.query.format === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
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
