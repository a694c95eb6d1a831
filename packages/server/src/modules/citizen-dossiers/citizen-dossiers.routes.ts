/**
 * The citizen's own routes (issue 11, items 2 and 6), all behind a citizen session (401 without one; a staff
 * session is none): drafts of an online submission saved on the server after each step, their files, the
 * submission; "Hồ sơ của tôi" with its slips and electronic results; the supplement answered online and the
 * withdrawal. A draft or dossier of anyone else answers 404. Writes and uploads are rate-limited per account.
 */
import {
  Binary,
  CitizenDossierListSchema,
  CitizenDossierSchema,
  CitizenSubmittedSchema,
  CitizenUploadQuery,
  CitizenWithdrawSchema,
  DraftCreateSchema,
  DraftFileParams,
  DraftFileSchema,
  DraftListSchema,
  DraftParams,
  DraftSchema,
  DraftUpdateSchema,
  notFound,
  vietnamInstant,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { citizenLimits } from '../../http/citizen-limit.ts';
import { requireCitizen } from '../../http/citizen-session.ts';
import type { AppInstance } from '../../http/server.ts';
import { MAX_FILE_BYTES } from '../dossiers/files/dossier-files.ts';
import { sendStoredFile } from '../dossiers/files/files.routes.ts';
import { sendDossierSlip } from '../dossiers/slips/slips.routes.ts';
import { addSupplementFile, performCitizenAction } from './citizen-action.ts';
import {
  addDraftFile,
  type CitizenUpload,
  createDraft,
  removeDraftFile,
  updateDraft,
} from './draft-changes.ts';
import { type DraftRow, findOwnDraft, listDraftFiles, presentDraft } from './drafts.repo.ts';
import { listOwnDossiers, loadOwnDossier, presentOwnDossier, resultFiles } from './own-dossiers.ts';
import { submitDraft } from './submit-draft.ts';

const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });
const tags = ['citizen'];

/** A raw upload as the draft's and the supplement answer's file routes both receive it. */
const uploadOf = (request: {
  query: { componentId: string; name: string };
  headers: { 'content-type'?: string };
  body: unknown;
}): CitizenUpload => ({
  componentId: request.query.componentId,
  fileName: request.query.name,
  contentType: request.headers['content-type'] ?? '',
  content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
});

export function citizenDossierRoutes(app: AppInstance): void {
  const { db, reference, calendar } = app.ctx;
  const limited = citizenLimits(app);
  const clock = () => ({ now: app.ctx.clock(), recordedAt: vietnamInstant(app.ctx.serverClock().getTime()) });
  const citizenOf = (request: Parameters<typeof requireCitizen>[1]) => requireCitizen(db, request);

  const present = async (citizen: Awaited<ReturnType<typeof citizenOf>>, rows: DraftRow[]) => {
    const files = await listDraftFiles(
      db,
      rows.map((r) => r.id),
    );
    return Promise.all(
      rows.map(async (row) => {
        const procedure = await reference.procedure(row.procedureCode, db);
        return presentDraft(row, files, citizen, procedure?.name ?? row.procedureCode);
      }),
    );
  };
  const sendDraft = async (
    reply: { header(name: string, value: string): unknown },
    citizen: Awaited<ReturnType<typeof citizenOf>>,
    row: DraftRow,
  ) => {
    reply.header('etag', `"${row.version}"`);
    return (await present(citizen, [row]))[0]!;
  };

  app.get(
    '/api/citizen/drafts',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary: "The citizen's drafts in progress, newest first",
        response: withErrors({ 200: DraftListSchema }),
      },
    },
    async (request) => {
      const citizen = await citizenOf(request);
      const rows = await db
        .selectFrom('citizenDrafts')
        .selectAll()
        .where('idNumber', '=', citizen.idNumber)
        .where('submittedCode', 'is', null)
        .orderBy('updatedAt', 'desc')
        .execute();
      return { items: await present(citizen, rows) };
    },
  );

  app.post(
    '/api/citizen/drafts',
    {
      onRequest: limited('writes'),
      schema: {
        tags,
        summary:
          'Start an online submission of a procedure offered online (the applicant prefilled from the identity)',
        body: DraftCreateSchema,
        response: withErrors({ 201: DraftSchema }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const row = await createDraft(db, reference, citizen, request.body, app.ctx.clock());
      return reply.status(201).send(await sendDraft(reply, citizen, row));
    },
  );

  app.get(
    '/api/citizen/drafts/:id',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary: 'One of the citizen’s drafts (ETag: its version)',
        params: DraftParams,
        response: withErrors({ 200: DraftSchema }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      return sendDraft(reply, citizen, await findOwnDraft(db, citizen, request.params.id));
    },
  );

  app.put(
    '/api/citizen/drafts/:id',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary:
          'Save a step of the draft; `version` must be the stored one (409 when another device saved since)',
        params: DraftParams,
        body: DraftUpdateSchema,
        response: withErrors({ 200: DraftSchema }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const row = await db
        .transaction()
        .execute((trx) =>
          updateDraft(trx, reference, citizen, request.params.id, request.body, app.ctx.clock()),
        );
      return sendDraft(reply, citizen, row);
    },
  );

  app.delete(
    '/api/citizen/drafts/:id',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary: 'Abandon a draft (with its files)',
        params: DraftParams,
        response: withErrors({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const row = await findOwnDraft(db, citizen, request.params.id);
      await db.deleteFrom('citizenDrafts').where('id', '=', row.id).execute();
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/citizen/drafts/:id/files',
    {
      onRequest: limited('uploads'),
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary:
          'Attach a file to a component of the draft (raw PDF, JPEG or PNG body, at most 10 MB; several per component)',
        params: DraftParams,
        querystring: CitizenUploadQuery,
        response: withErrors({ 201: DraftFileSchema }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const file = await db
        .transaction()
        .execute((trx) =>
          addDraftFile(trx, reference, citizen, request.params.id, uploadOf(request), app.ctx.clock()),
        );
      const { draftId: _, ...rest } = file;
      return reply.status(201).send({ ...rest, uploadedAt: file.uploadedAt.toISOString() });
    },
  );

  app.delete(
    '/api/citizen/drafts/:id/files/:fileId',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary: 'Remove a file from the draft',
        params: DraftFileParams,
        response: withErrors({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      await db
        .transaction()
        .execute((trx) =>
          removeDraftFile(trx, citizen, request.params.id, request.params.fileId, app.ctx.clock()),
        );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/citizen/drafts/:id/submit',
    {
      onRequest: limited('writes'),
      schema: {
        tags,
        summary:
          'Submit the draft: a dossier in status 1 in the chosen counter’s queue, its files the dossier’s scans. ' +
          'A repeated submission answers with the same dossier (header idempotent-replayed)',
        params: DraftParams,
        response: withErrors({ 201: CitizenSubmittedSchema }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const deps = { reference, calendar: await calendar.calendar() };
      const { answer, replayed } = await submitDraft(db, deps, citizen, request.params.id, clock());
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(answer);
    },
  );

  app.get(
    '/api/citizen/dossiers',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary:
          'The citizen’s dossiers: submitted from their account, or naming them as applicant; newest first',
        response: withErrors({ 200: CitizenDossierListSchema }),
      },
    },
    async (request) => ({ items: await listOwnDossiers(db, await citizenOf(request)) }),
  );

  app.get(
    '/api/citizen/dossiers/:code',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary:
          'One of the citizen’s dossiers: status, due date, slips, results, what a supplement request asks',
        params: CodeParams,
        response: withErrors({ 200: CitizenDossierSchema }),
      },
    },
    async (request) => {
      const citizen = await citizenOf(request);
      const d = await loadOwnDossier(db, reference, citizen, request.params.code);
      return presentOwnDossier(db, reference, citizen, d);
    },
  );

  app.get(
    '/api/citizen/dossiers/:code/forms/:form',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary: 'A slip issued to the applicant, as PDF (01 receipt, 02 supplement request, 03, 04, 05, GN)',
        params: Type.Object({
          code: Type.String({ maxLength: 64 }),
          form: Type.String({ pattern: '^(0[1-5]|GN)\\.pdf$' }),
        }),
        querystring: Type.Object(
          { seq: Type.Optional(Type.Integer({ minimum: 1 })) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: Binary('application/pdf', 'The slip, A5') }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const d = await loadOwnDossier(db, reference, citizen, request.params.code);
      const form = request.params.form.slice(0, 2) as Parameters<typeof sendDossierSlip>[4];
      return sendDossierSlip(app, request, reply, d, form, request.query.seq);
    },
  );

  app.get(
    '/api/citizen/dossiers/:code/results/:resultCode',
    {
      onRequest: limited(),
      schema: {
        tags,
        summary: 'Download an electronic result of the dossier (its code -KQn), as signed',
        params: Type.Object({
          code: Type.String({ maxLength: 64 }),
          resultCode: Type.String({ maxLength: 80 }),
        }),
        response: withErrors({ 200: Binary('application/octet-stream', 'The signed result file') }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const d = await loadOwnDossier(db, reference, citizen, request.params.code);
      const result = resultFiles(d.log).find((r) => r.code === request.params.resultCode);
      const file =
        result &&
        (await db
          .selectFrom('dossierFiles')
          .select(['fileName', 'contentType', 'content', 'sha256', 'activeContent'])
          .where('dossierId', '=', d.row.id)
          .where('id', '=', result.file.id)
          .executeTakeFirst());
      if (!file) throw notFound('kết quả', 'Result');
      return sendStoredFile(reply, file);
    },
  );

  app.post(
    '/api/citizen/dossiers/:code/files',
    {
      onRequest: limited('uploads'),
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary:
          'Add a file answering the supplement request now waiting (raw PDF, JPEG or PNG body, at most 10 MB)',
        params: CodeParams,
        querystring: CitizenUploadQuery,
        response: withErrors({
          201: Type.Object({
            id: Type.String(),
            componentId: Type.String(),
            fileName: Type.String(),
            uploadedAt: Type.String(),
          }),
        }),
      },
    },
    async (request, reply) => {
      const citizen = await citizenOf(request);
      const file = await db
        .transaction()
        .execute((trx) =>
          addSupplementFile(trx, reference, citizen, request.params.code, uploadOf(request), app.ctx.clock()),
        );
      return reply.status(201).send({
        id: file.id,
        componentId: file.componentId ?? request.query.componentId,
        fileName: file.fileName,
        uploadedAt: file.uploadedAt.toISOString(),
      });
    },
  );

  const act = async (
    request: Parameters<typeof citizenOf>[0],
    code: string,
    input: { action: 'supplement' | 'withdraw'; reason?: string },
  ) => {
    const citizen = await citizenOf(request);
    const deps = { reference, calendar: await calendar.calendar() };
    const d = await db
      .transaction()
      .execute((trx) => performCitizenAction(trx, deps, citizen, code, input, clock()));
    return presentOwnDossier(db, reference, citizen, d);
  };

  app.post(
    '/api/citizen/dossiers/:code/supplement',
    {
      onRequest: limited('writes'),
      schema: {
        tags,
        summary: 'Send the supplement (the files added since the request): same dossier, the clock resumes',
        params: CodeParams,
        response: withErrors({ 200: CitizenDossierSchema }),
      },
    },
    (request) => act(request, request.params.code, { action: 'supplement' }),
  );

  app.post(
    '/api/citizen/dossiers/:code/withdraw',
    {
      onRequest: limited('writes'),
      schema: {
        tags,
        summary: 'Withdraw the dossier (with the reason)',
        params: CodeParams,
        body: CitizenWithdrawSchema,
        response: withErrors({ 200: CitizenDossierSchema }),
      },
    },
    (request) => act(request, request.params.code, { action: 'withdraw', reason: request.body.reason }),
  );
}
