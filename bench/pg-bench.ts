/** What the PostgreSQL benchmarks share: the server's admin URL, a database's URL on it, SQL as admin, medians. */
import pg from 'pg';

export const ADMIN_URL = process.env.MOTCUA_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const dbUrl = (name: string): string => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
};

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql);
  await c.end();
}
