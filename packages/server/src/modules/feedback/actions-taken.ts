/**
 * "Bạn nói, chúng tôi làm" (issue 12, item 5): staff record what their agency changed because of one or more
 * PAKN; the public page lists them per agency with the linked PAKN's titles, never a sender's data.
 */
import {
  type ActionsTaken,
  type ActionTakenBodyT,
  fieldError,
  forbidden,
  localDateTimeFromInstant,
  mayHandleFeedback,
  ownsFeedbackScope,
  scopeRoot,
  validationError,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import type { StaffUser } from '../auth/staff.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import type { Deps } from './feedback.ts';

export async function recordActionTaken(
  deps: Deps,
  actor: StaffUser,
  body: ActionTakenBodyT,
): Promise<string> {
  const tree = await loadAgencyTree(deps.db);
  if (body.agencyCode !== undefined && !tree.has(body.agencyCode)) {
    throw validationError([fieldError('agencyCode', 'Không có cơ quan này.', 'Unknown agency.')]);
  }
  const agencyCode = body.agencyCode ?? scopeRoot(tree, actor.agencyCode);
  if (!mayHandleFeedback(actor, tree, agencyCode)) throw forbidden();
  const today = localDateTimeFromInstant(deps.now.getTime()).date;
  if (body.takenOn > today) {
    throw validationError([
      fieldError('takenOn', 'Ngày thực hiện không thể ở tương lai.', 'takenOn cannot be in the future.'),
    ]);
  }
  const codes = [...new Set(body.codes)];
  const cases = await deps.db
    .selectFrom('feedbackCases')
    .select(['id', 'code', 'agencyCode'])
    .where('code', 'in', codes)
    .execute();
  const found = new Map(cases.map((c) => [c.code, c]));
  const errors = codes.flatMap((code, i) => {
    const c = found.get(code);
    return c && ownsFeedbackScope(actor, tree, c.agencyCode)
      ? []
      : [
          fieldError(
            `codes.${i}`,
            `Không có phản ánh ${code} của cơ quan bạn.`,
            `No feedback ${code} of your agency.`,
          ),
        ];
  });
  if (errors.length) throw validationError(errors);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('feedbackActionsTaken')
      .values({
        agencyCode,
        takenOn: body.takenOn,
        summary: body.summary.trim(),
        recordedBy: actor.id,
        createdAt: deps.recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('feedbackActionCases')
      .values(codes.map((code) => ({ actionId: Number(row.id), caseId: Number(found.get(code)?.id) })))
      .execute();
    return String(row.id);
  });
}

export async function actionsTaken(db: Db, query: { agency?: string }, id?: string): Promise<ActionsTaken> {
  let q = db
    .selectFrom('feedbackActionsTaken as t')
    .innerJoin('agencies as a', 'a.code', 't.agencyCode')
    .select(['t.id', 't.agencyCode', 'a.name', 't.takenOn', 't.summary']);
  if (query.agency) q = q.where('t.agencyCode', '=', query.agency);
  if (id) q = q.where('t.id', '=', Number(id));
  const rows = await q.orderBy('t.takenOn', 'desc').orderBy('t.id', 'desc').limit(200).execute();
  const links = rows.length
    ? await db
        .selectFrom('feedbackActionCases as l')
        .innerJoin('feedbackCases as c', 'c.id', 'l.caseId')
        .select(['l.actionId', 'c.code', 'c.kind', 'c.title'])
        .where(
          'l.actionId',
          'in',
          rows.map((r) => Number(r.id)),
        )
        .orderBy('c.id')
        .execute()
    : [];
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      agency: { code: r.agencyCode, name: r.name },
      takenOn: r.takenOn,
      summary: r.summary,
      feedback: links
        .filter((l) => Number(l.actionId) === Number(r.id))
        .map((l) => ({ code: l.code, kind: l.kind as 'regulation', title: l.title })),
    })),
  };
}
