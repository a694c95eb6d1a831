/**
 * The integrity flags (issue 13, item 6): a dossier whose clock was stopped twice for supplements, and a burst
 * of paper ratings typed in by one officer, are flagged with their dossiers; only the inspectorate and the
 * supervisor open them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let now = new Date('2026-03-02T08:00:00+07:00');
beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
});
afterAll(async () => t.close());

const ok = (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);
const applicant = (i: number) => ({
  fullName: `Người nộp ${i}`,
  idNumber: `03719000${String(1000 + i)}`,
  phone: '0912000111',
});

async function assigned(i: number): Promise<string> {
  const { code } = await t.receive('tiepnhan.xa', '1.001193', 'dung-han', applicant(i));
  ok(await t.act('tiepnhan.xa', code, 'transfer'));
  ok(await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } }));
  return code;
}

async function finished(i: number): Promise<string> {
  const code = await assigned(i);
  ok(await t.act('chuyenvien.xa', code, 'submit-for-approval'));
  ok(await t.act('lanhdao.xa', code, 'approve'));
  ok(await t.act('vanthu.xa', code, 'issue-result', { data: { number: `${i}/2026` } }));
  return code;
}

const flags = async (username: string, query = 'from=2026-03-01&to=2026-03-31') =>
  t.app.inject({ url: `/api/integrity/flags?${query}`, headers: { cookie: await t.as(username) } });

describe('integrity flags', () => {
  it('names the dossier whose clock was stopped twice and the officer’s burst of paper ratings', async () => {
    const stopped = await assigned(1);
    ok(
      await t.act('chuyenvien.xa', stopped, 'request-supplement', {
        reason: 'Thiếu giấy',
        data: { missing: [{ name: 'Giấy chứng sinh' }] },
      }),
    );
    ok(await t.act('tiepnhan.xa', stopped, 'supplement'));
    // A second request is a breach only a leader may confirm.
    ok(
      await t.act('lanhdao.xa', stopped, 'request-supplement', {
        reason: 'Thiếu tờ khai',
        data: { missing: [{ name: 'Tờ khai' }], override: true },
      }),
    );
    const codes: string[] = [];
    for (let i = 2; i <= 6; i++) codes.push(await finished(i));
    for (const code of codes) {
      now = new Date(now.getTime() + 60_000);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${code}/rating`,
        payload: { satisfaction: 'very-satisfied' },
        headers: { cookie: await t.as('tiepnhan.xa') },
      });
      expect(res.statusCode, res.body).toBe(201);
    }

    const res = await flags('giamsat.tinh');
    ok(res);
    const body = res.json();
    expect(body.examined).toBe(6);
    expect(body.dossiers).toContainEqual(
      expect.objectContaining({ kind: 'clock-stopped-repeatedly', code: stopped }),
    );
    expect(body.dossiers.filter((d: { code: string }) => codes.includes(d.code))).toEqual([]);
    expect(body.ratingBursts).toHaveLength(1);
    expect(body.ratingBursts[0].codes).toEqual(codes);
    ok(await flags('thanhtra.tinh'));
  });

  it('is for the inspectorate and the supervisor only, over a period of at most a quarter', async () => {
    expect((await flags('chuyenvien.xa')).statusCode).toBe(403);
    expect((await flags('admin')).statusCode).toBe(403);
    const long = await flags('giamsat.tinh', 'from=2026-01-01&to=2026-06-30');
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields[0].path).toBe('to');
    expect((await flags('giamsat.tinh', 'from=2026-03-31&to=2026-03-01')).statusCode).toBe(400);
    expect((await flags('giamsat.tinh', 'from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
  });
});
