/** Staff routes of complaints and denunciations (issue 12, item 2): /api/complaints/… */
import {
  AcceptCaseBody,
  AssignCaseBody,
  type CaseAction,
  CaseAssigneesSchema,
  CaseCodeParams,
  CaseIdentitySchema,
  CaseListSchema,
  CaseViewSchema,
  ExtendCaseBody,
  IdentityAccessLogSchema,
  ListCasesQuery,
  ReceiveCaseBody,
  RefuseCaseBody,
  SettleCaseBody,
  TransferCaseBody,
  vietnamInstant,
  WithdrawCaseBody,
  withErrors,
} from '@motcua/core';
import type { TSchema } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { act, assignees, type Deps, identity, identityLog, list, receive, view } from './complaints.ts';

export function complaintRoutes(app: AppInstance): void {
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

  app.get(
    '/api/complaints',
    {
      preValidation,
      schema: {
        tags: ['complaints'],
        summary:
          'The complaint and denunciation register of the agencies in scope, soonest due first (no party)',
        querystring: ListCasesQuery,
        response: withErrors({ 200: CaseListSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      reply.headers(privately);
      return list(await deps(), actor, request.query);
    },
  );

  app.post(
    '/api/complaints',
    {
      preValidation,
      schema: {
        tags: ['complaints'],
        summary: 'Receives a complaint or denunciation (in person, by letter, transferred); its clocks start',
        body: ReceiveCaseBody,
        response: withErrors({ 201: CaseViewSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const d = await deps();
      const code = await receive(d, actor, request.body);
      reply.headers(privately);
      return reply.status(201).send(await view(d, actor, code));
    },
  );

  app.get(
    '/api/complaints/:code',
    {
      preValidation,
      schema: {
        tags: ['complaints'],
        summary: 'One case with its clocks, timeline and the actions the caller may take now',
        params: CaseCodeParams,
        response: withErrors({ 200: CaseViewSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      reply.headers(privately);
      return view(await deps(), actor, request.params.code);
    },
  );

  app.get(
    '/api/complaints/:code/assignees',
    {
      preValidation,
      schema: {
        tags: ['complaints'],
        summary: 'The officers a case may be assigned to',
        params: CaseCodeParams,
        response: withErrors({ 200: CaseAssigneesSchema }),
      },
    },
    async (request) => assignees(await deps(), await requireActor(db, request), request.params.code),
  );

  app.get(
    '/api/complaints/:code/identity',
    {
      preValidation,
      schema: {
        tags: ['complaints'],
        summary: "The party's identity: a denouncer's only to the handler and their leader, each read logged",
        params: CaseCodeParams,
        response: withErrors({ 200: CaseIdentitySchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      reply.headers(privately);
      return identity(await deps(), actor, request.params.code);
    },
  );

  app.get(
    '/api/complaints/:code/identity-access',
    {
      preValidation,
      schema: {
        tags: ['complaints'],
        summary: "Who read a denouncer's identity and when (the owning agency's leaders and inspectors)",
        params: CaseCodeParams,
        response: withErrors({ 200: IdentityAccessLogSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      reply.headers(privately);
      return identityLog(await deps(), actor, request.params.code);
    },
  );

  const ACTIONS: [CaseAction, TSchema, string][] = [
    ['accept', AcceptCaseBody, 'Accepts the case (thụ lý): its settlement clock starts from today'],
    ['refuse', RefuseCaseBody, 'Refuses to accept the case, with the reason'],
    ['assign', AssignCaseBody, 'Assigns the case to an officer of the owning agency'],
    [
      'extend',
      ExtendCaseBody,
      'Extends a denunciation’s settlement (once if complex, twice if very complex)',
    ],
    ['transfer', TransferCaseBody, 'Transfers the case to the competent agency'],
    ['settle', SettleCaseBody, 'Records the settlement decision (or the conclusion on a denunciation)'],
    ['withdraw', WithdrawCaseBody, 'Records that the complainant or denouncer withdrew it'],
  ];
  for (const [action, body, summary] of ACTIONS) {
    app.post(
      `/api/complaints/:code/${action}`,
      {
        preValidation,
        schema: {
          tags: ['complaints'],
          summary,
          params: CaseCodeParams,
          body,
          response: withErrors({ 200: CaseViewSchema }),
        },
      },
      async (request, reply) => {
        const actor = await requireActor(db, request);
        const d = await deps();
        const { code } = request.params as { code: string };
        await act(d, actor, code, action, (request.body ?? {}) as Record<string, unknown>);
        reply.headers(privately);
        return view(d, actor, code);
      },
    );
  }
}
