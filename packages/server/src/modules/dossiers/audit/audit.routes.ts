/** The audit of dossier logs: verify the hash chain of one dossier or of all (system administrators). */
import { AuditVerifySchema, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { requireRole } from '../../../http/auth.ts';
import type { AppInstance } from '../../../http/server.ts';
import { verifyAuditChains } from './verify-audit-chains.ts';

export function auditRoutes(app: AppInstance): void {
  const { db } = app.ctx;
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
        response: withErrors({ 200: AuditVerifySchema }),
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      return verifyAuditChains(db, request.query.code);
    },
  );
}
