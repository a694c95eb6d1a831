/**
 * Dossier routes. Each reads like a checklist: authenticate, validate (schema), load, authorise on the
 * object (role + agency scope), run the use case in a transaction, present.
 */
import {
  addWorkingDays,
  buildApologyLetter,
  buildControlSlip,
  buildReceiptSlip,
  buildRefusalSlip,
  buildStopNotice,
  buildSupplementRequest,
  type ComponentForm,
  DomainError,
  deriveState,
  fieldError,
  foldVietnamese,
  hasRole,
  instantFromLocalDateTime,
  isInScope,
  localDateTimeFromInstant,
  notFound,
  type StatusKey,
  type StepVisit,
  statusByKey,
  stepResult,
} from '@motcua/core';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { renderSlip } from '../../adapters/pdf/index.ts';
import { isPortalCall, loadAgencyTree, requireActor, requireRole, type StaffUser } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { dossierCase } from '../reference/reference-cache.ts';
import { nextSlipNumber } from './dossier-code.repo.ts';
import { canUpload, FILE_KINDS, listDossierFiles, uploadOpen } from './dossier-files.ts';
import { type DossierRow, deriveContext, loadLog, progressOf } from './dossiers.repo.ts';
import { ActionBody, CodeParams, IntakeBody, QueueQuery, RefusalBody } from './dossiers.schema.ts';
import { runIdempotent } from './idempotency.ts';
import { performAction } from './perform-action.ts';
import { presentDossier } from './present-dossier.ts';
import { checkApplicant, receiveDossier, submitOnline } from './receive-dossier.ts';
import { issuingBody, slipContext } from './slip-context.ts';
import { verifyAuditChains } from './verify-audit-chains.ts';
import { findVisibleDossier } from './visible-dossier.ts';

const OPEN_CODES = [2, 4, 5, 6];

/** The kinds of file this officer may attach now (the console shows the upload only then). */
const uploadKinds = (actor: StaffUser, tree: Parameters<typeof canUpload>[1], row: DossierRow) =>
  FILE_KINDS.filter((kind) => uploadOpen(kind, row.statusCode) && canUpload(actor, tree, row, kind));

/** The day an open dossier is judged on: today, or the day its wait for the applicant began. */
const judgedOn = (pausedAt: Date | null, today: string): string =>
  pausedAt === null ? today : localDateTimeFromInstant(pausedAt.toISOString()).date;

export function dossierRoutes(app: AppInstance): void {
  const { db, calendar } = app.ctx;
  const now = () => app.ctx.clock();

  // Staff routes authenticate before validating the body: an anonymous caller learns nothing about it.
  const staffOnly = {
    preValidation: async (request: Parameters<typeof requireActor>[1]) =>
      void (await requireActor(db, request)),
  };

  const detail = async (actor: StaffUser, code: string) => {
    const { row, tree } = await findVisibleDossier(db, actor, code);
    const log = await loadLog(db, row.id);
    const ctx = await deriveContext(app.ctx.reference, await calendar.calendar(), row);
    const view = await presentDossier(
      app.ctx.reference,
      row,
      log,
      deriveState(log, ctx),
      ctx,
      actor,
      tree,
      now(),
    );
    return { ...view, files: await listDossierFiles(db, row.id), canUpload: uploadKinds(actor, tree, row) };
  };

  app.post(
    '/api/dossiers',
    {
      // The portal authenticates with its bearer token, staff with their session, before the body is read.
      preValidation: async (request) => {
        if (!isPortalCall(request, app.ctx.env.portalToken)) await requireActor(db, request);
      },
      schema: {
        tags: ['dossiers'],
        summary:
          'Counter or postal intake (received with Form 01, or answered with the supplement request, Form 02); ' +
          'online submission by the national public service portal (bearer token; status 1, for the counter to receive)',
        body: IntakeBody,
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const workingCalendar = await calendar.calendar();
      const portal = isPortalCall(request, app.ctx.env.portalToken);
      const actor = portal ? undefined : await requireRole(db, request, 'counter-officer');
      if (portal !== (request.body.channel === 'online')) {
        throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'The request is not valid.', {
          fields: [
            fieldError(
              'channel',
              portal
                ? 'Cổng Dịch vụ công chỉ gửi hồ sơ trực tuyến (channel "online").'
                : 'Hồ sơ trực tuyến do người dân nộp qua Cổng Dịch vụ công, không nhập tại quầy.',
              portal
                ? 'The portal submits online dossiers only (channel "online").'
                : 'Online dossiers come from citizens through the portal, not from the counter.',
            ),
          ],
        });
      }
      const answer = await runIdempotent<Record<string, unknown>>(
        db,
        {
          owner: actor?.id ?? 'portal',
          key: typeof key === 'string' ? key : undefined,
          request: request.body,
        },
        async (trx) => {
          if (!actor) {
            const result = await submitOnline(trx, app.ctx.reference, workingCalendar, request.body, now());
            return { status: 201, body: { ...result } };
          }
          const result = await receiveDossier(
            trx,
            app.ctx.reference,
            workingCalendar,
            actor,
            request.body,
            now(),
          );
          if (result.outcome === 'received') {
            return {
              status: 201,
              body: {
                ...result,
                forms: { receipt: `/api/dossiers/${encodeURIComponent(result.code)}/forms/01.pdf` },
              },
            };
          }
          return {
            status: 200,
            body: { ...result, forms: { supplement: `/api/counter-slips/${result.slip.id}/form.pdf` } },
          };
        },
      );
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(answer.status).send(answer.body);
    },
  );

  app.post(
    '/api/counter-slips/refusals',
    {
      ...staffOnly,
      schema: {
        tags: ['dossiers'],
        summary: 'Refusal to receive a dossier at the counter (Form 03)',
        body: RefusalBody,
      },
    },
    async (request, reply) => {
      const actor = await requireRole(db, request, 'counter-officer');
      const applicant = checkApplicant(request.body.applicant);
      const procedure = await db
        .selectFrom('procedures')
        .select('code')
        .where('code', '=', request.body.procedureCode)
        .executeTakeFirst();
      if (!procedure) {
        throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'The request is not valid.', {
          fields: [
            { path: 'procedureCode', message: 'Không có thủ tục này.', messageEn: 'No such procedure.' },
          ],
        });
      }
      const issuedAt = instantFromLocalDateTime(localDateTimeFromInstant(now().getTime()));
      const year = Number(issuedAt.slice(0, 4));
      const slip = await db.transaction().execute(async (trx) => {
        const number = `${await nextSlipNumber(trx, actor.agencyCode, year, '03')}/TCHS`;
        return trx
          .insertInto('counterSlips')
          .values({
            number,
            year,
            form: '03',
            agencyCode: actor.agencyCode,
            procedureCode: procedure.code,
            caseCode: request.body.caseCode ?? 'default',
            applicant: JSON.stringify(applicant),
            content: JSON.stringify({ reason: request.body.reason }),
            officer: JSON.stringify({ id: actor.id, name: actor.fullName }),
            issuedAt,
          })
          .returning(['id', 'number'])
          .executeTakeFirstOrThrow();
      });
      return reply
        .status(201)
        .send({ outcome: 'refused', slip, forms: { refusal: `/api/counter-slips/${slip.id}/form.pdf` } });
    },
  );

  app.get(
    '/api/counter-slips/:id/form.pdf',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Form 02 or 03 issued at the counter',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const slip = await db
        .selectFrom('counterSlips')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      const tree = await loadAgencyTree(db);
      if (!slip || !isInScope(actor, tree, slip.agencyCode)) {
        throw notFound('phiếu', 'Slip');
      }
      const procedure = await db
        .selectFrom('procedures')
        .select(['code', 'name'])
        .where('code', '=', slip.procedureCode)
        .executeTakeFirstOrThrow();
      const body = await issuingBody(db, slip.agencyCode);
      const officer = slip.officer as { name: string };
      const ctx = {
        issuingBody: body,
        officer: { fullName: officer.name },
        issuedAt: slip.issuedAt.toISOString(),
        dossier: {
          code: '',
          receivedAt: slip.issuedAt.toISOString(),
          channel: 'counter' as const,
          applicant: slip.applicant,
          procedure,
          caseName: '',
          timeLimitText: '',
          components: [],
          sets: 1,
          fees: [],
          resultDelivery: '',
          trackingUrl: app.ctx.publicUrl(request, `/thu-tuc/${encodeURIComponent(procedure.code)}`),
        },
      };
      const content = slip.content as { missing?: never[]; reason?: string };
      const view =
        slip.form === '02'
          ? buildSupplementRequest(ctx, {
              number: slip.number,
              missing: content.missing ?? [],
              contact: { officer: officer.name, phone: body.phone ?? '' },
            })
          : buildRefusalSlip(ctx, { reason: content.reason ?? '', number: slip.number });
      return reply.type('application/pdf').send(Buffer.from(await renderSlip(view)));
    },
  );

  app.get(
    '/api/dossiers',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Work queues of the signed-in officer, within their scope',
        querystring: QueueQuery,
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      const tree = await loadAgencyTree(db);
      const all = hasRole(actor, 'system-admin', 'supervisor');
      const scope = [...tree.keys()].filter((code) => isInScope(actor, tree, code));
      const { queue, q, page, pageSize } = request.query;
      const today = localDateTimeFromInstant(now().getTime()).date;
      const soon = addWorkingDays(await calendar.calendar(), today, 1);
      let query = db.selectFrom('dossiers as d').innerJoin('procedures as p', 'p.code', 'd.procedureCode');
      if (!all) {
        query = query.where(sql<boolean>`d.participating_agency_codes && ${scope}::text[]`);
      }
      if (queue === 'to-receive') query = query.where('d.statusCode', '=', 1);
      // "To process" is what sits at the officer's own agency now (the counter's until it transfers).
      if (queue === 'processing') {
        query = query.where('d.statusCode', 'in', [2, 4]);
        if (!all) query = query.where('d.currentAgencyCode', 'in', scope);
      }
      if (queue === 'waiting') query = query.where('d.statusCode', 'in', [5, 6]);
      if (queue === 'finished') query = query.where('d.statusCode', '=', 9);
      // A dossier waiting for the applicant is judged by the day the wait began (its clock is stopped).
      if (queue === 'overdue')
        query = query
          .where('d.statusCode', 'in', OPEN_CODES)
          .where(
            sql<boolean>`coalesce((d.paused_at AT TIME ZONE 'UTC' + interval '7 hours')::date, ${today}::date) > d.due_date`,
          );
      if (queue === 'due-soon') {
        query = query
          .where('d.statusCode', 'in', [2, 4])
          .where('d.dueDate', '>=', today)
          .where('d.dueDate', '<=', soon);
      }
      if (q?.trim()) {
        const text = q.trim();
        query = query.where((eb) =>
          eb.or([
            eb('d.code', '=', text),
            eb('d.applicantIdNumber', '=', text.replace(/\s+/g, '')),
            sql<boolean>`d.applicant_name_folded LIKE ${`%${foldVietnamese(text)}%`}`,
          ]),
        );
      }
      const { total } = await query
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .select([
          'd.code',
          'd.procedureCode',
          'p.name as procedureName',
          'd.applicant',
          'd.status',
          'd.receivedAt',
          'd.dueDate',
          'd.statusCode',
          'd.pausedAt',
          'd.currentAgencyCode',
          'd.homeService',
        ])
        .orderBy('d.dueDate', 'asc')
        .orderBy('d.code')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => {
          const status = statusByKey(r.status as StatusKey);
          const open = OPEN_CODES.includes(r.statusCode);
          return {
            code: r.code,
            procedureCode: r.procedureCode,
            procedureName: r.procedureName,
            applicantName: r.applicant.fullName,
            statusKey: status.key,
            statusCode: status.code,
            statusLabel: status.label,
            receivedAt: r.receivedAt?.toISOString() ?? null,
            dueDate: r.dueDate,
            currentAgencyCode: r.currentAgencyCode,
            homeService: r.homeService !== null,
            isOverdue: open && r.dueDate !== null && judgedOn(r.pausedAt, today) > r.dueDate,
            dueSoon:
              open && r.pausedAt === null && r.dueDate !== null && r.dueDate >= today && r.dueDate <= soon,
          };
        }),
        total: Number(total),
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/api/dossiers/:code',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'A dossier with its timeline (hash-chained log) and allowed actions',
        params: CodeParams,
      },
    },
    async (request) => detail(await requireActor(db, request), request.params.code),
  );

  app.post(
    '/api/dossiers/:code/actions',
    {
      ...staffOnly,
      schema: {
        tags: ['dossiers'],
        summary: 'Perform an action allowed by the transition table',
        params: CodeParams,
        body: ActionBody,
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      const workingCalendar = await calendar.calendar();
      await db
        .transaction()
        .execute((trx) =>
          performAction(
            trx,
            app.ctx.reference,
            workingCalendar,
            actor,
            request.params.code,
            request.body,
            now(),
          ),
        );
      return detail(actor, request.params.code);
    },
  );

  app.get(
    '/api/dossiers/:code/forms/:form',
    {
      schema: {
        tags: ['dossiers'],
        summary:
          'A slip as PDF: 01 receipt, 04 apology and new date, 05 stop notice, 06 process control slip',
        params: Type.Object({
          code: Type.String({ maxLength: 64 }),
          form: Type.String({ pattern: '^0[1-7]\\.pdf$' }),
        }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const { row } = await findVisibleDossier(db, actor, request.params.code);
      const log = await loadLog(db, row.id);
      const issuedAt = instantFromLocalDateTime(localDateTimeFromInstant(now().getTime()));
      const receiver = log.find((e) => e.action === 'receive')?.actor.name ?? actor.fullName;
      const ctx = await slipContext(
        db,
        app.ctx.reference,
        row,
        { fullName: receiver },
        app.ctx.publicUrl(request, `/tra-cuu/${encodeURIComponent(row.code)}`),
        issuedAt,
      );
      const dossierCtx = await deriveContext(app.ctx.reference, await calendar.calendar(), row);
      const agencies = await app.ctx.reference.agencies();
      const view = formView(
        request.params.form.slice(0, 2),
        ctx,
        row,
        log,
        progressOf(log, dossierCtx).visits,
        (code) => agencies.get(code)?.name ?? code,
        issuedAt,
        (await dossierCase(app.ctx.reference, row)).procedureCase.components,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${row.code}-mau-${request.params.form}"`)
        .send(Buffer.from(await renderSlip(view)));
    },
  );

  app.get(
    '/api/public/dossiers/:code',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Public status of a dossier (QR target); no personal data',
        params: CodeParams,
      },
    },
    async (request) => {
      const row = await db
        .selectFrom('dossiers as d')
        .innerJoin('procedures as p', 'p.code', 'd.procedureCode')
        .innerJoin('agencies as a', 'a.code', 'd.competentAgencyCode')
        .leftJoin('agencies as c', 'c.code', 'd.currentAgencyCode')
        .leftJoin('workflowVersions as w', 'w.id', 'd.workflowId')
        .select([
          'd.code',
          'd.status',
          'd.receivedAt',
          'd.dueDate',
          'w.steps as workflow',
          'd.currentStepKey',
          'p.name as procedureName',
          'a.name as agencyName',
          'c.name as currentAgencyName',
        ])
        .where('d.code', '=', request.params.code)
        .executeTakeFirst();
      if (!row) {
        throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ với mã này.', 'No dossier with this code.', {
          fields: [{ path: 'code', message: 'Mã hồ sơ không tồn tại.', messageEn: 'Unknown dossier code.' }],
        });
      }
      const status = statusByKey(row.status as StatusKey);
      return {
        code: row.code,
        status: status.code,
        statusKey: status.key,
        statusLabel: status.publicLabel,
        statusLabelEn: status.publicLabelEn,
        procedureName: row.procedureName,
        agencyName: row.agencyName,
        receivedAt: row.receivedAt?.toISOString() ?? null,
        dueDate: row.dueDate,
        // Where it is now (an inter-agency dossier moves between agencies); steps carry no personal data.
        currentStep:
          row.currentStepKey && row.currentAgencyName
            ? {
                name: row.workflow?.find((s) => s.key === row.currentStepKey)?.name ?? '',
                agencyName: row.currentAgencyName,
              }
            : null,
      };
    },
  );

  app.get(
    '/api/admin/audit/verify',
    {
      schema: {
        tags: ['admin'],
        summary: "Verify the hash chain of one dossier's log (code) or of all; names the first broken link",
        querystring: Type.Object(
          { code: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      return verifyAuditChains(db, request.query.code);
    },
  );
}

function formView(
  form: string,
  ctx: Awaited<ReturnType<typeof slipContext>>,
  row: DossierRow,
  log: Awaited<ReturnType<typeof loadLog>>,
  visits: StepVisit[],
  agencyName: (code: string) => string,
  issuedAt: string,
  checklist: readonly { id: string; name: string; form: string; quantity: number }[],
) {
  if (form === '01') return buildReceiptSlip(ctx);
  if (form === '06') {
    return buildControlSlip(ctx, {
      rows: visits.map((v, i) => ({
        step: v.name,
        agencyName: agencyName(v.agencyCode),
        handedOverAt: v.startedAt,
        giver: v.givenBy,
        receiver: visits[i - 1]?.handedTo ?? v.endedBy ?? '',
        dueAt: v.dueAt,
        result: stepResult(v, issuedAt),
        ...(v.note ? { note: v.note } : {}),
      })),
    });
  }
  if (form === '02') {
    const request = [...log].reverse().find((e) => e.action === 'request-supplement');
    if (!request)
      throw notFound('phiếu yêu cầu bổ sung (hồ sơ chưa có yêu cầu)', 'Supplement request (none)');
    const given = Array.isArray(request.data?.missing)
      ? (request.data.missing as Record<string, unknown>[])
      : [];
    const missing = given.map((m) => {
      const component = checklist.find((c) => c.id === m.id);
      return {
        name: String(m.name ?? component?.name ?? ''),
        reason: String(m.reason ?? ''),
        ...(component ? { form: component.form as ComponentForm, quantity: component.quantity } : {}),
      };
    });
    return buildSupplementRequest(
      { ...ctx, officer: { fullName: request.actor.name } },
      {
        number: String(request.seq),
        missing:
          missing.length > 0 ? missing : [{ name: request.reason ?? '', reason: request.reason ?? '' }],
        contact: { officer: request.actor.name, phone: ctx.issuingBody.phone ?? '' },
      },
    );
  }
  if (form === '03') {
    const refusal = [...log].reverse().find((e) => e.action === 'refuse');
    if (!refusal) throw notFound('phiếu từ chối (hồ sơ không bị từ chối)', 'Refusal slip (not refused)');
    return buildRefusalSlip(
      { ...ctx, officer: { fullName: refusal.actor.name } },
      {
        reason: refusal.reason ?? '',
        number: String(refusal.seq),
      },
    );
  }
  if (form === '05') {
    const stop = [...log].reverse().find((e) => e.action === 'stop');
    if (!stop)
      throw notFound(
        'thông báo dừng (hồ sơ chưa dừng giải quyết)',
        'Stop notice (the dossier was not stopped)',
      );
    return buildStopNotice(ctx, {
      reason: stop.reason ?? '',
      legalGround:
        typeof stop.data?.legalGround === 'string' ? stop.data.legalGround : 'Nghị định số 118/2025/NĐ-CP',
      number: String(stop.seq),
      signerName: stop.actor.name,
    });
  }
  if (form === '04') {
    const extension = [...log].reverse().find((e) => e.action === 'apologize-extend');
    if (!extension) throw notFound('văn bản xin lỗi (hồ sơ chưa gia hạn)', 'Apology (no extension yet)');
    const leader = extension.actor.name;
    const before = log.filter((e) => e.seq < extension.seq);
    const original = before.find((e) => e.action === 'receive');
    return buildApologyLetter(ctx, {
      number: String(extension.seq),
      addressee: ctx.dossier.applicant.fullName,
      originalDueDate: String(original ? (row.dueDate ?? '') : ''),
      newDueDate: String(extension.data?.newDueDate ?? ''),
      reason: extension.reason ?? '',
      signerTitle: 'CHỦ TỊCH',
      signerName: leader,
      recipients: ['Như trên', 'Bộ phận Một cửa', 'Lưu: VT'],
    });
  }
  throw notFound(`mẫu ${form}`, `Form ${form}`);
}
