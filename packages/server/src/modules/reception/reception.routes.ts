/** Staff routes of citizen reception, dialogues and contacts (issue 12, item 4): /api/reception/… */
import {
  AgencyContactsSchema,
  AgencyParams,
  CommitmentsBody,
  ContactsBody,
  DialogueBody,
  DialogueListSchema,
  DialogueParams,
  DialogueSchema,
  RangeQuery,
  ReceptionAgencyListSchema,
  ReceptionRecordBody,
  ReceptionRecordSchema,
  ScheduleBody,
  StaffReceptionSchema,
  vietnamInstant,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import {
  createDialogue,
  type Deps,
  overview,
  receptionLog,
  recordReception,
  setCommitments,
  setContacts,
  setSchedule,
  staffAgencies,
  staffDialogues,
  updateDialogue,
} from './reception.ts';

const LogSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Type.String(),
      actor: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
      action: Type.String(),
      hash: Type.String(),
    }),
  ),
  brokenAt: Type.Union([Type.Integer(), Type.Null()]),
});

export function receptionRoutes(app: AppInstance): void {
  const { db, calendar } = app.ctx;
  const deps = async (): Promise<Deps> => ({
    db,
    cal: await calendar.calendar(),
    now: app.ctx.clock(),
    recordedAt: vietnamInstant(app.ctx.serverClock().getTime()),
  });
  // Authenticate before validating: an anonymous caller learns nothing about the body.
  const preValidation = async (request: Parameters<typeof requireActor>[1]) =>
    void (await requireActor(db, request));
  const privately = { 'cache-control': 'private, no-store' };
  const tags = ['reception'];

  app.get(
    '/api/reception/agencies',
    {
      preValidation,
      schema: {
        tags,
        summary: 'The agencies with a reception duty the officer sees, and what they may do there',
        response: withErrors({ 200: ReceptionAgencyListSchema }),
      },
    },
    async (request) => staffAgencies(await deps(), await requireActor(db, request)),
  );

  app.get(
    '/api/reception/agencies/:agency',
    {
      preValidation,
      schema: {
        tags,
        summary:
          "An agency's reception calendar: schedule, sessions, registrations, records and the weeks or months short of the head's minimum",
        params: AgencyParams,
        querystring: RangeQuery,
        response: withErrors({ 200: StaffReceptionSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return overview(await deps(), await requireActor(db, request), request.params.agency, request.query);
    },
  );

  app.put(
    '/api/reception/agencies/:agency/schedule',
    {
      preValidation,
      schema: {
        tags,
        summary: "Replaces an agency's published reception schedule (its leader or an administrator)",
        params: AgencyParams,
        body: ScheduleBody,
        response: withErrors({ 200: StaffReceptionSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return setSchedule(await deps(), await requireActor(db, request), request.params.agency, request.body);
    },
  );

  app.post(
    '/api/reception/agencies/:agency/records',
    {
      preValidation,
      schema: {
        tags,
        summary:
          'Records a reception: who came, who received, what was raised and how it was handled (a complaint opens its case)',
        params: AgencyParams,
        body: ReceptionRecordBody,
        response: withErrors({ 201: ReceptionRecordSchema }),
      },
    },
    async (request, reply) => {
      const record = await recordReception(
        await deps(),
        await requireActor(db, request),
        request.params.agency,
        request.body,
      );
      reply.headers(privately);
      return reply.status(201).send(record);
    },
  );

  app.get(
    '/api/reception/agencies/:agency/log',
    {
      preValidation,
      schema: {
        tags,
        summary: "The agency's hash-chained reception log and its first broken link, if any",
        params: AgencyParams,
        response: withErrors({ 200: LogSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return receptionLog(await deps(), await requireActor(db, request), request.params.agency);
    },
  );

  app.get(
    '/api/reception/agencies/:agency/dialogues',
    {
      preValidation,
      schema: {
        tags,
        summary: "An agency's dialogues with the questions sent, minutes and commitments",
        params: AgencyParams,
        response: withErrors({ 200: DialogueListSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return staffDialogues(await deps(), await requireActor(db, request), request.params.agency);
    },
  );

  app.post(
    '/api/reception/agencies/:agency/dialogues',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Schedules a dialogue (date, leader, topic, place)',
        params: AgencyParams,
        body: DialogueBody,
        response: withErrors({ 201: DialogueSchema }),
      },
    },
    async (request, reply) => {
      const d = await createDialogue(
        await deps(),
        await requireActor(db, request),
        request.params.agency,
        request.body,
      );
      return reply.status(201).send(d);
    },
  );

  app.put(
    '/api/reception/dialogues/:id',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Edits a dialogue, its minutes and whether they are published',
        params: DialogueParams,
        body: DialogueBody,
        response: withErrors({ 200: DialogueSchema }),
      },
    },
    async (request) =>
      updateDialogue(await deps(), await requireActor(db, request), request.params.id, request.body),
  );

  app.put(
    '/api/reception/dialogues/:id/commitments',
    {
      preValidation,
      schema: {
        tags,
        summary:
          "Replaces a dialogue's commitments, each with who does it, its due date, state and done date",
        params: DialogueParams,
        body: CommitmentsBody,
        response: withErrors({ 200: DialogueSchema }),
      },
    },
    async (request) =>
      setCommitments(await deps(), await requireActor(db, request), request.params.id, request.body),
  );

  app.put(
    '/api/reception/agencies/:agency/contacts',
    {
      preValidation,
      schema: {
        tags,
        summary: "Sets an agency's published hotline and leaders' phone numbers",
        params: AgencyParams,
        body: ContactsBody,
        response: withErrors({ 200: AgencyContactsSchema }),
      },
    },
    async (request) =>
      setContacts(await deps(), await requireActor(db, request), request.params.agency, request.body),
  );
}
