/** The province's current agencies (public: their names are on every slip), for pickers such as a consultation's. */
import { AgencyListSchema, withErrors } from '@motcua/core';
import type { AppInstance } from '../../http/server.ts';

export function referenceRoutes(app: AppInstance): void {
  app.get(
    '/api/agencies',
    {
      schema: {
        tags: ['catalogue'],
        summary: "The province's current agencies: code, name, kind and parent",
        response: withErrors({ 200: AgencyListSchema }),
      },
    },
    async () => {
      const agencies = await app.ctx.reference.agencies();
      return {
        items: [...agencies.values()]
          .filter((a) => a.isCurrent)
          .map((a) => ({
            code: a.code,
            name: a.name,
            nameEn: a.nameEn,
            kind: a.kind,
            parentCode: a.parentCode,
          })),
      };
    },
  );
}
