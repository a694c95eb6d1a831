/** The signed-in officer's notices (issue 11, item 4): the console's bell lists them and marks them read. */
import { NoticeListSchema, NoticeParams, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { listNotices, markNoticeRead } from './notices.repo.ts';

export function noticeRoutes(app: AppInstance): void {
  const { db } = app.ctx;

  app.get(
    '/api/notices',
    {
      schema: {
        tags: ['notices'],
        summary: 'The signed-in officer’s deadline warnings, newest first (50), and how many are unread',
        response: withErrors({ 200: NoticeListSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      reply.header('cache-control', 'private, no-store');
      return listNotices(db, actor.id);
    },
  );

  app.post(
    '/api/notices/:id/read',
    {
      schema: {
        tags: ['notices'],
        summary: 'Marks one of the officer’s own notices read (another officer’s: 404)',
        params: NoticeParams,
        response: withErrors({ 204: Type.Null({ description: 'Marked read' }) }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      await markNoticeRead(db, actor.id, request.params.id, app.ctx.serverClock());
      return reply.status(204).send(null);
    },
  );
}
