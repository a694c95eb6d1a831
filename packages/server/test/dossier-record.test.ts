/**
 * The record decides for itself: what was decided at a moment is read back from the log, whatever the
 * catalogue says later; the log holds what core decided, never what a client sent; each entry carries the
 * server's own time of writing, under the hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { FIXTURE_CATALOGUE } from './test-db.ts';

// Business time: Monday 3 March 2025, 09:00 in Vietnam. The server's own time is later and moves apart.
let clock = new Date('2025-03-03T09:00:00+07:00');
let serverNow = new Date('2025-03-05T10:00:00+07:00');
let t: TestApp;
const as = (username: string) => t.as(username);
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock, serverClock: () => serverNow });
});
afterAll(() => t.close());

const applicant = { fullName: 'Trần Thị Mai', idNumber: '037190004321', phone: '0987654321' };
const lateRegistration = {
  procedureCode: '1.001193',
  caseCode: 'qua-han',
  channel: 'counter',
  applicant,
  components: [{ id: 'to-khai', quantity: 1 }],
};
const intake = async (body: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: body,
    headers: { cookie: await as('tiepnhan.xa') },
  });
const detail = async (code: string, username = 'tiepnhan.xa') =>
  (await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as(username) } })).json();
const form01 = async (code: string) =>
  t.app.inject({ url: `/api/dossiers/${code}/forms/01.pdf`, headers: { cookie: await as('tiepnhan.xa') } });
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURE_CATALOGUE, file), 'utf8');
type Texts = { procedures: string; cases: string; components: string };
const importCatalogue = async (edit: (texts: Texts) => Texts) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/catalogue/import-csv',
    payload: edit({
      procedures: fixture('procedures.csv'),
      cases: fixture('cases.csv'),
      components: fixture('components.csv'),
    }),
    headers: { cookie: await as('admin') },
  });

describe('decisions recorded in the log', () => {
  // Every test here starts from the fixture catalogue, whatever the one before did to it.
  afterEach(async () => {
    expect((await importCatalogue((x) => x)).statusCode).toBe(200);
  });

  it('reads the same after a catalogue import that changes the time limit and drops the case', async () => {
    const received = await intake(lateRegistration);
    expect(received.statusCode, received.body).toBe(201);
    const { code } = received.json();
    expect(received.json().dueDate).toBe('2025-03-06'); // 3 working days
    expect((await t.act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);
    const before = await detail(code);
    const receiptBefore = await form01(code);

    // The province re-imports: the late case is dropped, the on-time case takes 10 days, the name changes.
    const imported = await importCatalogue((x) => ({
      procedures: x.procedures.replace('1.001193,Đăng ký khai sinh,', '1.001193,Đăng ký khai sinh (đã sửa),'),
      cases: x.cases
        .split('\n')
        .filter((line) => !line.startsWith('1.001193,qua-han'))
        .join('\n')
        .replace(
          '1.001193,dung-han,Đăng ký khai sinh đúng hạn,On-time registration,1,',
          '1.001193,dung-han,Đăng ký khai sinh đúng hạn,On-time registration,10,',
        ),
      components: x.components
        .split('\n')
        .filter((line) => !line.startsWith('1.001193,qua-han'))
        .join('\n'),
    }));
    expect(imported.statusCode, imported.body).toBe(200);

    const after = await detail(code);
    expect(after.code).toBe(code);
    for (const field of [
      'procedure',
      'case',
      'components',
      'dueDate',
      'originalDueDate',
      'steps',
      'workflow',
      'log',
    ]) {
      expect(after[field], field).toEqual(before[field]);
    }
    expect(after).toMatchObject({
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      case: { code: 'qua-han', name: 'Đăng ký khai sinh quá hạn' },
      dueDate: '2025-03-06',
    });
    const receiptAfter = await form01(code);
    expect(receiptAfter.statusCode).toBe(200);
    const text = pdfText(receiptAfter.rawPayload);
    if (text !== undefined) {
      expect(text).toBe(pdfText(receiptBefore.rawPayload));
      expect(text).toContain('Đăng ký khai sinh – Đăng ký khai sinh quá hạn');
      expect(text).toContain('03 ngày làm việc');
      expect(text).toContain('ngày 06 tháng 3 năm 2025');
    }
    // The dossier goes on, under the rules it was received under.
    const assigned = await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json().dueDate).toBe('2025-03-06');

    // The retired case is no longer offered; listed again, it comes back.
    const published = (await t.app.inject('/api/procedures/1.001193')).json();
    expect(published.cases.map((c: { code: string }) => c.code)).toEqual(['dung-han']);
    const refused = await intake(lateRegistration);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('caseCode');
    expect((await importCatalogue((x) => x)).statusCode).toBe(200);
    const back = (await t.app.inject('/api/procedures/1.001193')).json();
    expect(back.cases.map((c: { code: string }) => c.code)).toEqual(['dung-han', 'qua-han']);
  });

  it('records the subject, the office hours and the due dates at reception', async () => {
    const { code } = (await intake(lateRegistration)).json();
    const [receive] = (await detail(code)).log;
    expect(receive.data).toMatchObject({
      channel: 'counter',
      subject: {
        procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
        case: {
          code: 'qua-han',
          timeLimit: { value: 3, unit: 'working-days' },
          fees: [{ name: 'Lệ phí', amount: 8000 }],
        },
      },
      office: {
        sameDayCutoff: 900,
        sessions: [
          { start: 450, end: 690 },
          { start: 810, end: 1050 },
        ],
      },
      dueDate: '2025-03-06',
      step: { index: 0, key: 'tiep-nhan', dueAt: '2025-03-03T17:30:00+07:00' },
    });
    expect(receive.data.subject.checklist).toEqual([
      expect.objectContaining({ id: 'to-khai', name: 'Tờ khai đăng ký khai sinh', given: 1, required: true }),
      expect.objectContaining({ id: 'giay-to-chung-minh', given: 0, required: false }),
    ]);
  });
});

describe('the log holds what core decided', () => {
  const finishable = async () => {
    const { code } = (await intake(lateRegistration)).json();
    await t.act('tiepnhan.xa', code, 'transfer');
    await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    await t.act('chuyenvien.xa', code, 'submit-for-approval');
    await t.act('lanhdao.xa', code, 'approve');
    return code;
  };
  const logLength = async (code: string) => (await detail(code)).log.length;

  it('refuses result codes chosen by the caller, writing nothing, and numbers the result itself', async () => {
    const code = await finishable();
    const length = await logLength(code);
    for (const data of [
      { number: '1/2025', resultCodes: ['X-KQ9'] },
      { number: '1/2025', resultCode: `${code}-KQ7` },
    ]) {
      const res = await t.act('vanthu.xa', code, 'issue-result', { data });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
        `data.${Object.keys(data)[1]}`,
      ]);
    }
    expect(await logLength(code)).toBe(length);
    const issued = await t.act('vanthu.xa', code, 'issue-result', {
      data: { number: '1/2025', signer: 'Đỗ Quang Hải' },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().log.at(-1).data).toEqual({
      resultCode: `${code}-KQ1`,
      number: '1/2025',
      signer: 'Đỗ Quang Hải',
    });
    expect(issued.json().resultCodes).toEqual([`${code}-KQ1`]);
  });

  it('refuses unknown actions, unknown fields and a result code without a result name, naming each', async () => {
    const code = await finishable();
    const cases: [object, string][] = [
      [{ action: 'delete' }, 'action'],
      [{ action: 'issue-result', data: { number: '1' }, agencyCode: 'x' }, 'agencyCode'],
      [{ action: 'forward', data: { resultCode: `${code}-KQ1` } }, 'data.resultCode'],
      [{ action: 'issue-result', data: { number: '1', resultFileId: 'not-a-uuid' } }, 'data.resultFileId'],
      [
        { action: 'apologize-extend', reason: 'x', data: { newDueDate: '2025-03-10', signer: 'Giám đốc' } },
        'data.signer',
      ],
    ];
    for (const [payload, field] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${code}/actions`,
        payload,
        headers: { cookie: await as('vanthu.xa') },
      });
      expect(res.statusCode, `${JSON.stringify(payload)} ${res.body}`).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
  });
});

describe('the server’s time in the log', () => {
  it('records when the server wrote each entry beside a back-dated reception, under the hash', async () => {
    serverNow = new Date('2025-03-05T10:00:00+07:00');
    const { code } = (await intake({ ...lateRegistration, receivedAt: '2025-03-03T08:00:00+07:00' })).json();
    serverNow = new Date('2025-03-05T10:05:00+07:00');
    await t.act('tiepnhan.xa', code, 'transfer');
    const { log } = await detail(code);
    expect(log.map((e: { at: string; recordedAt: string }) => [e.at, e.recordedAt])).toEqual([
      ['2025-03-03T08:00:00+07:00', '2025-03-05T10:00:00+07:00'],
      ['2025-03-03T09:00:00+07:00', '2025-03-05T10:05:00+07:00'],
    ]);
    const verify = async () =>
      (
        await t.app.inject({
          url: `/api/admin/audit/verify?code=${code}`,
          headers: { cookie: await as('admin') },
        })
      ).json();
    expect((await verify()).ok).toBe(true);
    // Rewriting when an entry was written, behind the system, breaks the chain at that entry.
    await sql`UPDATE dossier_actions SET recorded_at = recorded_at - interval '2 days'
      WHERE seq = 1 AND dossier_id = (SELECT id FROM dossiers WHERE code = ${code})`.execute(t.database.db);
    expect(await verify()).toMatchObject({ ok: false, broken: [{ code, seq: 1, reason: 'hash-mismatch' }] });
  });
});

describe('one definition of overdue and due soon', () => {
  it('fills the queues from the marks core wrote, as the dossier itself says', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const { code } = (await intake(lateRegistration)).json(); // due Thursday 6 March
    await t.act('tiepnhan.xa', code, 'transfer');
    const queues = async () => {
      const inQueue = async (queue: string) =>
        (
          await t.app.inject({
            url: `/api/dossiers?queue=${queue}&q=${code}`,
            headers: { cookie: await as('lanhdao.xa') },
          })
        ).json().items.length === 1;
      const d = await detail(code, 'lanhdao.xa');
      return {
        dueSoon: await inQueue('due-soon'),
        overdue: await inQueue('overdue'),
        view: [d.dueSoon, d.isOverdue],
      };
    };
    const on = async (day: string) => {
      clock = new Date(`${day}T09:00:00+07:00`);
      const q = await queues();
      expect(q.view, day).toEqual([q.dueSoon, q.overdue]);
      return [q.dueSoon, q.overdue];
    };
    expect(await on('2025-03-04')).toEqual([false, false]);
    expect(await on('2025-03-05')).toEqual([true, false]);
    expect(await on('2025-03-06')).toEqual([true, false]);
    expect(await on('2025-03-07')).toEqual([false, true]);
    // The queue reads the column written from core's answer, not a rule of its own.
    await t.database.db
      .updateTable('dossiers')
      .set({ overdueFrom: '2025-03-31' })
      .where('code', '=', code)
      .execute();
    expect((await queues()).overdue).toBe(false);
  });
});
