/**
 * The public lookup benchmark's baseline (bench/public-lookup.ts): a bare Fastify route doing one select of
 * a dossier by its unique code on the same PostgreSQL, nothing else (no hooks, no rate limit, no schema).
 *
 *   DATABASE_URL=… PORT=… node_modules/.bin/node bench/bare-lookup-server.ts
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
app.get<{ Params: { code: string } }>('/bare/:code', async (request, reply) => {
  const { rows } = await pool.query('SELECT code, status, due_date FROM dossiers WHERE code = $1', [
    request.params.code,
  ]);
  if (rows.length === 0) return reply.code(404).send({ error: 'not found' });
  return rows[0];
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
