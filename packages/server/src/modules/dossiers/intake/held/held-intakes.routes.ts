/**
 * Held (back-dated) intakes, for the leaders: the pending list, approval (received at the claimed time) and
 * rejection. Roles first (a counter officer is refused before the body is read: 403), then scope (another
 * agency's held intake answers 404).
 */
import {
  BACKDATE_APPROVERS,
  fieldError,
  HeldApprovedSchema,
  HeldIntakeListSchema,
  HeldIntakeParams,
  HeldIntakeViewSchema,
  HeldRejectBodySchema,
  validationError,
  vietnamInstant,
  withErrors,
} from '@motcua/core';
import { requireRole, roleFirst } from '../../../../http/auth.ts';
import type { AppInstance } from '../../../../http/server.ts';
import { formUrl } from '../../present-dossier.ts';
import { approveHeldIntake, rejectHeldIntake } from './decide-held-intake.ts';
import { heldView, listPendingHeld } from './held-intakes.repo.ts';

export function heldIntakeRoutes(app: AppInstance): void {
  const { db, reference, calendar } = app.ctx;
  const clock = () => ({ now: app.ctx.clock(), recordedAt: vietnamInstant(app.ctx.serverClock().getTime()) });
  const approvers = roleFirst(db, ...BACKDATE_APPROVERS);

  app.get(
    '/api/held-intakes',
    {
      onRequest: approvers,
      schema: {
        tags: ['dossiers'],
        summary: "Back-dated counter intakes waiting for a leader's approval, in the caller's scope",
        response: withErrors({ 200: HeldIntakeListSchema }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, ...BACKDATE_APPROVERS);
      const [rows, cal] = await Promise.all([listPendingHeld(db, actor), calendar.calendar()]);
      const now = app.ctx.clock();
      return { items: rows.map((r) => heldView(r, cal, now)) };
    },
  );

  app.post(
    '/api/held-intakes/:id/approve',
    {
      onRequest: approvers,
      schema: {
        tags: ['dossiers'],
        summary:
          'Approve a held intake: it is received at the claimed time (Form 01); a second decision is 409',
        params: HeldIntakeParams,
        response: withErrors({ 200: HeldApprovedSchema }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, ...BACKDATE_APPROVERS);
      const deps = { reference, calendar: await calendar.calendar() };
      const result = await approveHeldIntake(db, deps, actor, request.params.id, clock());
      return {
        outcome: 'received' as const,
        heldId: request.params.id,
        code: result.code,
        receivedAt: result.receivedAt,
        dueDate: result.dueDate,
        ...(result.dueAt ? { dueAt: result.dueAt } : {}),
        forms: { receipt: formUrl(result.code, '01') },
      };
    },
  );

  app.post(
    '/api/held-intakes/:id/reject',
    {
      onRequest: approvers,
      schema: {
        tags: ['dossiers'],
        summary: 'Reject a held intake with a reason: nothing is received; a second decision is 409',
        params: HeldIntakeParams,
        body: HeldRejectBodySchema,
        response: withErrors({ 200: HeldIntakeViewSchema }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, ...BACKDATE_APPROVERS);
      if (request.body.reason.trim() === '') {
        throw validationError([fieldError('reason', 'Nêu lý do từ chối.', 'Give the reason.')]);
      }
      const cal = await calendar.calendar();
      return rejectHeldIntake(db, cal, actor, request.params.id, request.body.reason, clock());
    },
  );
}
