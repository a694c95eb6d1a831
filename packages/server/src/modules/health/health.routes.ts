import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppInstance } from '../../http/server.ts';
import { VERSION } from '../../version.ts';

export function healthRoutes(app: AppInstance): void {
  app.get(
    '/api/health',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')]),
            version: Type.String(),
          }),
        },
      },
    },
    async () => {
      await sql`SELECT 1`.execute(app.ctx.db);
      return { status: 'ok' as const, database: app.ctx.databaseKind, version: VERSION };
    },
  );

  app.get(
    '/api/site',
    {
      schema: {
        tags: ['health'],
        summary: 'Name of the province and its centre, for page headers',
        response: {
          200: Type.Object({
            provinceName: Type.String(),
            provinceNameEn: Type.String(),
            centreName: Type.String(),
            centreNameEn: Type.String(),
            hotline: Type.String(),
          }),
        },
      },
    },
    async () => {
      const province = await app.ctx.db
        .selectFrom('adminUnits')
        .select(['name', 'nameEn'])
        .where('kind', '=', 'province')
        .where('effectiveTo', 'is', null)
        .orderBy('code')
        .executeTakeFirst();
      const centre = await app.ctx.db
        .selectFrom('agencies')
        .select(['name', 'nameEn', 'phone'])
        .where('kind', '=', 'service-centre')
        .where('effectiveTo', 'is', null)
        .orderBy('code')
        .executeTakeFirst();
      return {
        provinceName: province?.name ?? '',
        provinceNameEn: province?.nameEn ?? '',
        centreName: centre?.name ?? '',
        centreNameEn: centre?.nameEn ?? '',
        hotline: centre?.phone ?? '',
      };
    },
  );
}
