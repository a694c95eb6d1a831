/**
 * Administrators manage integrators' Open311 API keys (issue 12, item 6): list (never the key), create (the
 * key shown once, stored as its SHA-256), revoke. /api/admin/open311-keys…
 */
import { fieldError, notFound, validationError } from '@motcua/core';
import { Type } from 'typebox';
import { requireRole, roleFirst } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import { newOpen311Key, open311KeyHash } from './open311.ts';

const KeySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  agencyCode: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
const CreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    agencyCode: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9.-]+$' })),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object(
  { id: Type.String({ pattern: '^[1-9][0-9]{0,15}$' }) },
  { additionalProperties: false },
);

export function open311KeyRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  const onRequest = roleFirst(db, 'system-admin');
  const tags = ['admin'];
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

  app.get(
    '/api/admin/open311-keys',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The Open311 integrators’ API keys (never the key itself)',
        response: { 200: Type.Object({ items: Type.Array(KeySchema) }) },
      },
    },
    async (request, reply) => {
      await requireRole(db, request, 'system-admin');
      reply.header('cache-control', 'private, no-store');
      const rows = await db.selectFrom('open311Keys').selectAll().orderBy('id', 'desc').execute();
      return {
        items: rows.map((r) => ({
          id: String(r.id),
          name: r.name,
          agencyCode: r.agencyCode,
          createdAt: new Date(r.createdAt).toISOString(),
          revokedAt: iso(r.revokedAt),
        })),
      };
    },
  );

  app.post(
    '/api/admin/open311-keys',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Creates an Open311 API key for an integrator; the key is in this answer only',
        body: CreateBody,
        response: { 201: Type.Object({ ...KeySchema.properties, key: Type.String() }) },
      },
    },
    async (request, reply) => {
      const actor = await requireRole(db, request, 'system-admin');
      const { name, agencyCode } = request.body;
      if (agencyCode && !(await loadAgencyTree(db)).has(agencyCode)) {
        throw validationError([fieldError('agencyCode', 'Không có cơ quan này.', 'Unknown agency.')]);
      }
      const key = newOpen311Key();
      const now = new Date(app.ctx.serverClock().getTime()).toISOString();
      const row = await db
        .insertInto('open311Keys')
        .values({
          name: name.trim(),
          keyHash: open311KeyHash(key),
          agencyCode: agencyCode ?? null,
          createdBy: actor.id,
          createdAt: now,
        })
        .returning(['id', 'createdAt'])
        .executeTakeFirstOrThrow();
      reply.header('cache-control', 'private, no-store');
      return reply.status(201).send({
        id: String(row.id),
        name: name.trim(),
        agencyCode: agencyCode ?? null,
        createdAt: new Date(row.createdAt).toISOString(),
        revokedAt: null,
        key,
      });
    },
  );

  app.delete(
    '/api/admin/open311-keys/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Revokes an Open311 API key (its requests stay)',
        params: IdParams,
        response: { 200: KeySchema },
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      const row = await db
        .updateTable('open311Keys')
        .set({ revokedAt: new Date(app.ctx.serverClock().getTime()).toISOString() })
        .where('id', '=', Number(request.params.id))
        .where('revokedAt', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw notFound('khoá Open311', 'Open311 key');
      return {
        id: String(row.id),
        name: row.name,
        agencyCode: row.agencyCode,
        createdAt: new Date(row.createdAt).toISOString(),
        revokedAt: iso(row.revokedAt),
      };
    },
  );
}
