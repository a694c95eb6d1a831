/**
 * Boot: open the database (embedded PGlite or PostgreSQL), apply migrations, load demo data when asked,
 * refuse unsafe production setups, and build the HTTP server.
 */
import { type DatabaseHandle, openDatabase } from './adapters/db/database.ts';
import { migrate } from './adapters/db/migrate.ts';
import { ConfigError, type Env } from './env.ts';
import { type AppInstance, buildServer } from './http/server.ts';
import { CalendarService } from './modules/calendar/calendar.service.ts';
import { seedDemoIfChanged } from './seed/demo-seed.ts';

export interface Started {
  app: AppInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startApp(env: Env, options: { logger?: boolean } = {}): Promise<Started> {
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    await migrate(database.pool);
    if (env.seed === 'demo') await seedDemoIfChanged(database.db);
    if (env.isProduction) await refuseDemoAccounts(database);
    const app = await buildServer({
      env,
      db: database.db,
      pool: database.pool,
      databaseKind: database.kind,
      calendar: new CalendarService(database.db),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    return {
      app,
      database,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function refuseDemoAccounts(database: DatabaseHandle): Promise<void> {
  const demo = await database.db
    .selectFrom('staffAccounts')
    .select('username')
    .where('isDemo', '=', true)
    .where('disabledAt', 'is', null)
    .execute();
  if (demo.length > 0) {
    throw new ConfigError(
      `Production mode refuses demo accounts (${demo.map((d) => d.username).join(', ')}): ` +
        'disable them or use a database without demo data.',
    );
  }
}
