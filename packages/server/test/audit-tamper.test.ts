/**
 * The audit trail catches tampering done behind the system, in SQL (issue 9, item 5): each tamper below is
 * done on its own dossier after a signed checkpoint, and the verifier must name it; a clean database reports
 * nothing. docs/security.md#audit-trail keeps this table.
 */
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCheckpoint } from '../src/modules/dossiers/audit/audit-checkpoint.ts';
import { chainEntry, loadLog } from '../src/modules/dossiers/dossier.repo.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const KEY = 'audit-key-for-tests-only-9f3b2c7d1e6a4b8c';
const clock = new Date('2025-03-03T09:00:00+07:00');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const OTHER_PDF = Buffer.from('%PDF-1.4\n% a different result, swapped in behind the system\n%%EOF\n');

let t: TestApp;
const db = () => t.database.db;

async function finishedDossier(): Promise<string> {
  const { code } = await t.receive('tiepnhan.xa', '1.001193', 'dung-han', {
    fullName: 'Mai Văn Tùng',
    idNumber: '037090007777',
    phone: '0988777666',
  });
  const ok = async (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);
  await ok(await t.act('tiepnhan.xa', code, 'transfer'));
  await ok(await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } }));
  await ok(await t.act('chuyenvien.xa', code, 'submit-for-approval'));
  await ok(await t.act('lanhdao.xa', code, 'approve'));
  const file = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/files?kind=result&name=ket-qua.pdf`,
    payload: PDF,
    headers: { cookie: await t.as('vanthu.xa'), 'content-type': 'application/pdf' },
  });
  expect(file.statusCode, file.body).toBe(201);
  await ok(
    await t.act('vanthu.xa', code, 'issue-result', {
      data: { number: '12/2025', resultFileId: file.json().id },
    }),
  );
  return code;
}

async function verify(code?: string) {
  const res = await t.app.inject({
    url: `/api/admin/audit/verify${code ? `?code=${code}` : ''}`,
    headers: { cookie: await t.as('admin') },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    ok: boolean;
    broken: { code: string; seq: number; reason: string }[];
    checkpoints: { checked: number; broken: { seq: number; reason: string }[] };
  };
}

const idOf = async (code: string) =>
  (await db().selectFrom('dossiers').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

/** Tamper name → the SQL done on its dossier → a reason the verifier must give for it. */
const TAMPERS: [string, (code: string, id: string) => Promise<void>, string][] = [
  [
    'edit an entry',
    async (_code, id) => {
      await sql`UPDATE dossier_actions SET reason = 'sửa lén' WHERE dossier_id = ${id} AND seq = 2`.execute(
        db(),
      );
    },
    'hash-mismatch',
  ],
  [
    'delete an entry in the middle',
    async (_code, id) => {
      await sql`DELETE FROM dossier_actions WHERE dossier_id = ${id} AND seq = 3`.execute(db());
    },
    'sequence-gap',
  ],
  [
    'truncate the tail',
    async (_code, id) => {
      await sql`DELETE FROM dossier_actions WHERE dossier_id = ${id}
        AND seq = (SELECT max(seq) FROM dossier_actions WHERE dossier_id = ${id})`.execute(db());
    },
    'tail-truncated',
  ],
  [
    'delete a whole log',
    async (_code, id) => {
      await sql`DELETE FROM dossier_actions WHERE dossier_id = ${id}`.execute(db());
    },
    'empty-log',
  ],
  [
    'delete the dossier with its log',
    async (_code, id) => {
      await sql`DELETE FROM dossier_files WHERE dossier_id = ${id}`.execute(db());
      await sql`DELETE FROM dossier_actions WHERE dossier_id = ${id}`.execute(db());
      await sql`DELETE FROM dossiers WHERE id = ${id}`.execute(db());
    },
    'missing',
  ],
  [
    'rewrite history with recomputed hashes',
    async (_code, id) => {
      // Who received it, changed, and every hash after it recomputed: the chain itself holds again.
      let prevHash: string | null = null;
      for (const entry of await loadLog(db(), id)) {
        const actor = entry.seq === 1 ? { ...entry.actor, name: 'Người khác' } : entry.actor;
        const rewritten = chainEntry(id, { ...entry, actor }, entry.recordedAt, prevHash);
        await sql`UPDATE dossier_actions SET actor = ${JSON.stringify(actor)}::jsonb, hash = ${rewritten.hash},
          prev_hash = ${prevHash} WHERE dossier_id = ${id} AND seq = ${entry.seq}`.execute(db());
        prevHash = rewritten.hash;
      }
    },
    'rewritten',
  ],
  [
    "edit the dossier row's status",
    async (_code, id) => {
      await sql`UPDATE dossiers SET status = 'processing', status_code = 4 WHERE id = ${id}`.execute(db());
    },
    'row-mismatch',
  ],
  [
    "edit the dossier row's due date",
    async (_code, id) => {
      await sql`UPDATE dossiers SET due_date = due_date + 30 WHERE id = ${id}`.execute(db());
    },
    'row-mismatch',
  ],
  [
    "edit the dossier row's check code (item 10: the public lookup compares with the row)",
    async (_code, id) => {
      await sql`UPDATE dossiers SET check_code = 'ZZZZZZ' WHERE id = ${id}`.execute(db());
    },
    'row-mismatch',
  ],
  [
    "swap a file's bytes",
    async (_code, id) => {
      await sql`UPDATE dossier_files SET content = ${OTHER_PDF} WHERE dossier_id = ${id}`.execute(db());
    },
    'file-mismatch',
  ],
  [
    "swap a file's bytes and its recorded digest",
    async (_code, id) => {
      await sql`UPDATE dossier_files SET content = ${OTHER_PDF}, sha256 = encode(sha256(${OTHER_PDF}::bytea), 'hex')
        WHERE dossier_id = ${id}`.execute(db());
    },
    'file-mismatch',
  ],
];

const codes = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp({ clock: () => clock, env: { MOTCUA_AUDIT_KEY: KEY } });
  for (const [name] of TAMPERS) codes.set(name, await finishedDossier());
  await writeCheckpoint(db(), KEY, new Date());
}, 120_000);
afterAll(() => t.close());

describe('audit trail tamper detection', () => {
  it('reports nothing on a clean database', async () => {
    const result = await verify();
    expect(result.broken).toEqual([]);
    expect(result.checkpoints).toMatchObject({ checked: 1, broken: [] });
    expect(result.ok).toBe(true);
  });

  it.each(TAMPERS)('detects: %s', async (name, tamper, reason) => {
    const code = codes.get(name)!;
    expect((await verify(code)).ok).toBe(true);
    await tamper(code, await idOf(code).catch(() => ''));
    const result = await verify(code);
    expect(result.ok).toBe(false);
    expect(result.broken.map((b) => b.code)).toEqual(expect.arrayContaining([code]));
    expect(result.broken.map((b) => b.reason)).toContain(reason);
  });

  it('names each tampered dossier and no other', async () => {
    const result = await verify();
    expect(new Set(result.broken.map((b) => b.code))).toEqual(new Set(codes.values()));
  });

  it('detects a forged checkpoint HMAC', async () => {
    // The checkpoint rewritten to forget the deleted dossier, signed with a key that is not the server's.
    const row = await sql<{ seq: number; heads: { code: string }[]; createdAt: Date }>`
      SELECT seq, heads, created_at FROM audit_checkpoints ORDER BY seq LIMIT 1`.execute(db());
    const checkpoint = row.rows[0]!;
    const heads = checkpoint.heads.filter((h) => h.code !== codes.get('delete the dossier with its log'));
    const forged = createHmac('sha256', 'a-guessed-key').update(JSON.stringify(heads)).digest('hex');
    await sql`UPDATE audit_checkpoints SET heads = ${JSON.stringify(heads)}::jsonb, hmac = ${forged}
      WHERE seq = ${checkpoint.seq}`.execute(db());
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.checkpoints.broken).toEqual([{ seq: checkpoint.seq, reason: 'signature' }]);
  });

  it('detects a checkpoint deleted from between two others', async () => {
    await sql`DELETE FROM audit_checkpoints`.execute(db());
    const first = await writeCheckpoint(db(), KEY, new Date());
    const second = await writeCheckpoint(db(), KEY, new Date());
    await writeCheckpoint(db(), KEY, new Date());
    expect((await verify()).checkpoints.broken).toEqual([]);
    await sql`DELETE FROM audit_checkpoints WHERE seq = ${second.seq}`.execute(db());
    expect((await verify()).checkpoints.broken).toEqual([{ seq: first.seq + 2, reason: 'missing-before' }]);
  });
});
