/**
 * What a citizen needs to reach a counter (address, phone; the hours are office-hours.ts), entered by the
 * system administrator or the centre's own supervisor, and shown on every procedure page that the counter
 * takes ("Nơi nộp hồ sơ").
 */
import { administers, forbidden, isCounterUnit, notFound, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { requireRole, roleFirst } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import { currentAgencyContacts } from './counter-contacts.ts';

const Time = Type.String({ description: 'HH:MM' });
const CounterSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  address: Type.String(),
  phone: Type.String(),
  sessions: Type.Array(Type.Object({ start: Time, end: Time })),
  sameDayCutoff: Time,
  saturdayCounter: Type.Boolean(),
});
const ContactBody = Type.Object(
  {
    address: Type.String({ maxLength: 300, description: 'Street address, ward, province' }),
    // Vietnamese numbers as people write them: 0229 3871 234, (0229) 3.871.234, +84 229 3871234, 1900 1234.
    phone: Type.String({ maxLength: 30, pattern: '^$|^[+(]?[0-9][0-9 ().-]{5,28}[0-9]$' }),
  },
  { additionalProperties: false },
);

export function counterRoutes(app: AppInstance): void {
  const { db } = app.ctx;

  app.get(
    '/api/admin/counters',
    {
      onRequest: roleFirst(db, 'system-admin', 'supervisor'),
      schema: {
        tags: ['admin'],
        summary: 'The one-stop counters the caller administers, with their address, phone and office hours',
        response: withErrors({ 200: Type.Object({ items: Type.Array(CounterSchema) }) }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin', 'supervisor');
      const tree = await loadAgencyTree(db);
      const items = (await currentAgencyContacts(db))
        .filter((r) => isCounterUnit(r.kind) && administers(actor, tree, r.code))
        .map((r) => ({
          code: r.code,
          name: r.name,
          address: r.address,
          phone: r.phone,
          sessions: r.sessions,
          sameDayCutoff: r.sameDayCutoff,
          saturdayCounter: r.saturdayCounter,
        }));
      return { items };
    },
  );

  app.put(
    '/api/admin/agencies/:code/contact',
    {
      onRequest: roleFirst(db, 'system-admin', 'supervisor'),
      schema: {
        tags: ['admin'],
        summary: "Set a counter's address and phone (system administrator, or the centre's supervisor)",
        params: Type.Object({ code: Type.String({ maxLength: 100 }) }),
        body: ContactBody,
        response: withErrors({
          200: Type.Object({ agencyCode: Type.String(), address: Type.String(), phone: Type.String() }),
        }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin', 'supervisor');
      const agency = await db
        .selectFrom('agencies')
        .select(['code', 'kind'])
        .where('code', '=', request.params.code)
        .where('effectiveTo', 'is', null)
        .executeTakeFirst();
      if (!agency || !isCounterUnit(agency.kind)) {
        throw notFound(`nơi tiếp nhận "${request.params.code}"`, `Counter "${request.params.code}"`);
      }
      if (!administers(actor, await loadAgencyTree(db), agency.code)) throw forbidden();
      const address = request.body.address.trim().replace(/\s+/g, ' ');
      const phone = request.body.phone.trim();
      await db.updateTable('agencies').set({ address, phone }).where('code', '=', agency.code).execute();
      app.ctx.reference.invalidate();
      return { agencyCode: agency.code, address, phone };
    },
  );
}
