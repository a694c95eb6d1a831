/**
 * Intake routes: counter or postal intake (received with Form 01, or answered with the supplement request,
 * Form 02); online submission by the national portal (status 1); a refusal at the counter (Form 03).
 */
import {
  CounterSlipDetailSchema,
  CounterSlipListQuery,
  CounterSlipListSchema,
  fieldError,
  type HeldOutcome,
  HeldOutcomeSchema,
  IntakeBodySchema,
  type ReceivedOutcome,
  ReceivedOutcomeSchema,
  RefusalBodySchema,
  RefusalOutcomeSchema,
  type SubmittedOutcome,
  SubmittedOutcomeSchema,
  type SupplementOutcome,
  SupplementOutcomeSchema,
  statusByKey,
  validationError,
  vietnamInstant,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { isPortalCall, requireActor, requireRole } from '../../../http/auth.ts';
import { intakeLimit } from '../../../http/intake-limit.ts';
import type { AppInstance } from '../../../http/server.ts';
import { formUrl } from '../present-dossier.ts';
import { counterSlipUrl, getCounterSlip, listCounterSlips } from './counter-slips-of-day.ts';
import { runIdempotent } from './idempotency.ts';
import { receiveAtCounter } from './receive-at-counter.ts';
import { refuseAtCounter } from './refuse-at-counter.ts';
import { submitOnline } from './submit-online.ts';

export function intakeRoutes(app: AppInstance): void {
  const { db, reference, calendar } = app.ctx;
  const clock = () => ({ now: app.ctx.clock(), recordedAt: vietnamInstant(app.ctx.serverClock().getTime()) });
  const limited = intakeLimit(app);

  app.post(
    '/api/dossiers',
    {
      // The portal authenticates with its bearer token, staff with their session, before the body is read;
      // then that credential's intakes this minute are counted.
      onRequest: limited({ portal: true }),
      schema: {
        tags: ['dossiers'],
        summary:
          'Counter or postal intake (received with Form 01, or answered with the supplement request, Form 02); ' +
          'online submission by the national public service portal (bearer token; status 1, for the counter to receive); ' +
          "a counter reception dated to an earlier day is held for a leader's approval (202, /api/held-intakes)",
        body: IntakeBodySchema,
        response: withErrors({
          200: SupplementOutcomeSchema,
          201: Type.Union([ReceivedOutcomeSchema, SubmittedOutcomeSchema]),
          202: HeldOutcomeSchema,
        }),
      },
    },
    async (request, reply) => {
      const portal = isPortalCall(request, app.ctx.env.portalToken);
      const actor = portal ? undefined : await requireRole(db, request, 'counter-officer');
      if (portal !== (request.body.channel === 'online')) {
        throw validationError([
          portal
            ? fieldError(
                'channel',
                'Cổng Dịch vụ công chỉ gửi hồ sơ trực tuyến (channel "online").',
                'The portal submits online dossiers only (channel "online").',
              )
            : fieldError(
                'channel',
                'Hồ sơ trực tuyến do người dân nộp qua Cổng Dịch vụ công, không nhập tại quầy.',
                'Online dossiers come from citizens through the portal, not from the counter.',
              ),
        ]);
      }
      const deps = { reference, calendar: await calendar.calendar() };
      const key = request.headers['idempotency-key'];
      const answer = await runIdempotent<
        ReceivedOutcome | SubmittedOutcome | SupplementOutcome | HeldOutcome
      >(
        db,
        {
          owner: actor?.id ?? 'portal',
          key: typeof key === 'string' ? key : undefined,
          request: request.body,
        },
        async (trx) => {
          if (!actor) {
            const submitted = await submitOnline(trx, deps, request.body, clock());
            const status = statusByKey('new');
            return {
              status: 201,
              body: {
                ...submitted,
                status: status.code,
                statusKey: 'new' as const,
                statusLabel: status.label,
              },
            };
          }
          const result = await receiveAtCounter(trx, deps, actor, request.body, clock());
          // Dated to an earlier day: not received, held for a leader (held-intakes.routes.ts).
          if (result.outcome === 'held') return { status: 202, body: result };
          if (result.outcome === 'supplement-requested') {
            return {
              status: 200,
              body: { ...result, forms: { supplement: counterSlipUrl(result.slip.id) } },
            };
          }
          const status = statusByKey('received');
          return {
            status: 201,
            body: {
              ...result,
              status: status.code,
              statusKey: 'received' as const,
              statusLabel: status.label,
              forms: { receipt: formUrl(result.code, '01') },
            },
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
      onRequest: limited({ portal: false }),
      schema: {
        tags: ['dossiers'],
        summary: 'Refusal to receive a dossier at the counter (Form 03)',
        body: RefusalBodySchema,
        response: withErrors({ 201: RefusalOutcomeSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireRole(db, request, 'counter-officer');
      const slip = await refuseAtCounter(db, reference, actor, request.body, app.ctx.clock());
      return reply
        .status(201)
        .send({ outcome: 'refused' as const, slip, forms: { refusal: counterSlipUrl(slip.id) } });
    },
  );

  app.get(
    '/api/counter-slips',
    {
      schema: {
        tags: ['dossiers'],
        summary:
          "The supplement requests (Form 02) and refusals (Form 03) a counter issued on a day, newest first: the officer's counter by default",
        querystring: CounterSlipListQuery,
        response: withErrors({ 200: CounterSlipListSchema }),
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      return listCounterSlips(db, reference, actor, request.query);
    },
  );

  app.get(
    '/api/counter-slips/:id',
    {
      schema: {
        tags: ['dossiers'],
        summary:
          'One counter slip, with the applicant and the components given then (to take the dossier in again)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: withErrors({ 200: CounterSlipDetailSchema }),
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      return getCounterSlip(db, actor, request.params.id);
    },
  );
}
