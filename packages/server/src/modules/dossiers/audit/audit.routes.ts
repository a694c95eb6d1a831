/** The audit of dossier logs: verify the audit trail of one dossier or of all (system administrators). */
import { AuditVerifySchema, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { requireRole } from '../../../http/auth.ts';
import type { AppInstance } from '../../../http/server.ts';
import { verifyAuditChains } from './verify-audit-chains.ts';

export function auditRoutes(app: AppInstance): void {
  const { db, env, calendar, reference } = app.ctx;
  app.get(
    '/api/admin/audit/verify',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Verify the audit trail of one dossier (code) or of all: hash chains, signed checkpoints, rows, files',
        querystring: Type.Object(
          { code: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: AuditVerifySchema }),
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      const deps = { key: env.auditKey, calendar: await calendar.calendar(), reference };
      return verifyAuditChains(db, deps, request.query.code);
    },
  );
}
