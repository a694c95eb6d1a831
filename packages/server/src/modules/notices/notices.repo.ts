/** An officer's own in-app notices (deadline warnings, jobs/deadline-warnings.ts): theirs only. */
import { type NoticeList, notFound } from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';

const LIST_LIMIT = 50;

export async function listNotices(db: Db, staffId: string): Promise<NoticeList> {
  const rows = await db
    .selectFrom('staffNotices as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossierId')
    .select(['n.id', 'n.kind', 'n.dueDate', 'n.createdAt', 'n.readAt', 'd.code', 'd.procedureName'])
    .where('n.staffId', '=', staffId)
    .orderBy('n.id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  const { unread } = await db
    .selectFrom('staffNotices')
    .select((eb) => eb.fn.countAll<number>().as('unread'))
    .where('staffId', '=', staffId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind as NoticeList['items'][number]['kind'],
      dossierCode: r.code,
      procedureName: r.procedureName,
      dueDate: r.dueDate,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    unread: Number(unread),
  };
}

/** Marks one of the officer's notices read (another's, or none: 404, so an id reveals nothing). */
export async function markNoticeRead(db: Db, staffId: string, id: number, now: Date): Promise<void> {
  const found = await db
    .updateTable('staffNotices')
    .set({ readAt: now })
    .where('id', '=', id)
    .where('staffId', '=', staffId)
    .where('readAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (found) return;
  const mine = await db
    .selectFrom('staffNotices')
    .select('id')
    .where('id', '=', id)
    .where('staffId', '=', staffId)
    .executeTakeFirst();
  if (!mine) throw notFound(`thông báo ${id}`, `Notice ${id}`);
}
