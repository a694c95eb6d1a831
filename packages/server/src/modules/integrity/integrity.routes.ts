/**
 * The integrity flags of a period (issue 13, item 6): each with the dossiers behind it, for the provincial
 * inspectorate and the centre's supervisor. The rules are core's (indices/integrity.ts); this reads the
 * period's dossiers, their logs and ratings, and asks them.
 */
import {
  accountsForManyApplicants,
  type DossierFlag,
  deriveState,
  dossierFlags,
  FLAG_KINDS,
  FLAG_LABELS,
  fieldError,
  forbidden,
  mayAuditFigures,
  ratingBursts,
  StringEnum,
  validationError,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { loadLogs } from '../dossiers/dossier.repo.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';

/** A period is at most a quarter, and at most this many dossiers are examined (the answer says so). */
const MAX_DAYS = 92;
const MAX_DOSSIERS = 5000;
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const Text = Type.Object({ vi: Type.String(), en: Type.String() });
const FlagsSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  examined: Type.Integer(),
  truncated: Type.Boolean(),
  dossiers: Type.Array(
    Type.Object({ kind: StringEnum(FLAG_KINDS), label: Text, code: Type.String(), evidence: Text }),
  ),
  accounts: Type.Array(
    Type.Object({ account: Type.String(), applicants: Type.Integer(), codes: Type.Array(Type.String()) }),
  ),
  ratingBursts: Type.Array(
    Type.Object({
      source: Type.String(),
      from: Type.String(),
      to: Type.String(),
      codes: Type.Array(Type.String()),
    }),
  ),
});

/** An ID number shown only by its last four digits: enough to tell accounts apart, not to identify them. */
const masked = (id: string) => `••••${id.slice(-4)}`;

export function integrityRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  app.get(
    '/api/integrity/flags',
    {
      schema: {
        tags: ['integrity'],
        summary:
          'Integrity flags of dossiers received in a period (at most 92 days), with the dossiers behind each',
        querystring: Type.Object(
          { from: Type.String({ pattern: DATE }), to: Type.String({ pattern: DATE }) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: FlagsSchema }),
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      if (!mayAuditFigures(actor, await loadAgencyTree(db))) throw forbidden();
      const { from, to } = request.query;
      const start = Date.parse(`${from}T00:00:00+07:00`);
      const end = Date.parse(`${to}T00:00:00+07:00`) + 86_400_000;
      if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > MAX_DAYS * 86_400_000) {
        throw validationError([
          fieldError(
            'to',
            `Khoảng thời gian từ 1 đến ${MAX_DAYS} ngày.`,
            `A period of 1 to ${MAX_DAYS} days.`,
          ),
        ]);
      }
      const rows = await db
        .selectFrom('dossiers')
        .select(['id', 'code', 'applicant'])
        .where('receivedAt', '>=', new Date(start))
        .where('receivedAt', '<', new Date(end))
        .orderBy('receivedAt')
        .limit(MAX_DOSSIERS + 1)
        .execute();
      const examined = rows.slice(0, MAX_DOSSIERS);
      const logs = await loadLogs(
        db,
        examined.map((r) => r.id),
      );
      const dossiers: {
        kind: DossierFlag['kind'];
        label: { vi: string; en: string };
        code: string;
        evidence: { vi: string; en: string };
      }[] = [];
      const submissions: { account: string; applicant: string; code: string }[] = [];
      for (const r of examined) {
        const log = logs.get(r.id) ?? [];
        if (log.length === 0) continue;
        for (const f of dossierFlags(deriveState(log), log)) {
          dossiers.push({ kind: f.kind, label: FLAG_LABELS[f.kind], code: r.code, evidence: f.evidence });
        }
        const first = log[0];
        if (first?.action === 'submit-online' && first.data.account) {
          submissions.push({
            account: first.data.account.idNumber,
            applicant: r.applicant.idNumber ?? r.applicant.fullName,
            code: r.code,
          });
        }
      }
      const ratings = await db
        .selectFrom('dossierRatings')
        .innerJoin('dossiers', 'dossiers.id', 'dossierRatings.dossierId')
        .select([
          'dossiers.code',
          'dossierRatings.ratedAt',
          'dossierRatings.kioskId',
          'dossierRatings.enteredBy',
        ])
        .where('dossierRatings.ratedAt', '>=', new Date(start))
        .where('dossierRatings.ratedAt', '<', new Date(end))
        .execute();
      const sources = ratings.flatMap((x) => {
        const source = x.kioskId ? `kiosk:${x.kioskId}` : x.enteredBy ? `staff:${x.enteredBy}` : null;
        return source ? [{ source, at: x.ratedAt.toISOString(), code: x.code }] : [];
      });
      return {
        from,
        to,
        examined: examined.length,
        truncated: rows.length > MAX_DOSSIERS,
        dossiers,
        accounts: accountsForManyApplicants(submissions).map((a) => ({ ...a, account: masked(a.account) })),
        ratingBursts: ratingBursts(sources),
      };
    },
  );
}
