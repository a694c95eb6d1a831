/** A dossier through its life at the commune: the steps and the chain, waits and the apology, scope, public lookup, Forms 05 and 07. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFolder } from '../src/modules/catalogue/catalogue-file.ts';
import { importCatalogueSheets } from '../src/modules/catalogue/import-catalogue-file.ts';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';

// A fixed clock: Monday 3 March 2025, 09:00 in Vietnam. Tests move it forward.
let clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
const as = (username: string) => t.as(username);

beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
  // The real demo catalogue (the template holds a small fixture).
  await importCatalogueSheets(t.database.db, readCsvFolder(path.join(SEED_DIR, 'catalogue')), {
    importedBy: 'test',
    fileName: 'seed',
  });
});
afterAll(() => t.close());

interface Component {
  id: string;
  required: boolean;
  quantity: number;
}
const requiredOf = async (procedure: string, caseCode: string) => {
  const p = (await t.app.inject(`/api/procedures/${procedure}`)).json();
  const c = p.cases.find((x: { code: string }) => x.code === caseCode);
  return (c.components as Component[])
    .filter((k) => k.required)
    .map((k) => ({ id: k.id, quantity: k.quantity }));
};

const applicant = {
  fullName: 'Nguyễn Văn An',
  idNumber: '037090001234',
  phone: '0912345678',
  email: 'an@example.vn',
};

const applicantIdentity = { fullName: applicant.fullName, idNumber: applicant.idNumber };

async function intake(username: string, body: object, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: body,
    headers: { cookie: await as(username), ...headers },
  });
}

const act = (username: string, code: string, action: string, extra: object = {}) =>
  t.act(username, code, action, extra);

describe('a dossier through its life', () => {
  it('goes from reception to the returned result, each step by the right person, with a valid chain', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const components = await requiredOf('1.001193', 'dung-han');
    const { code } = (
      await intake('tiepnhan.xa', {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();

    // The specialist may not transfer (a counter action): 403; approving now is not in the table: 409.
    expect((await act('chuyenvien.xa', code, 'transfer')).statusCode).toBe(403);
    const early = await act('lanhdao.xa', code, 'approve');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('INVALID_TRANSITION');
    // What the leader may do now: only extend the date (Form 04); processing starts after the transfer.
    expect(early.json().error.allowedActions).toEqual(['apologize-extend']);

    expect((await act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);
    expect(
      (await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.tuphap' } })).statusCode,
    ).toBe(400);
    expect(
      (await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } })).statusCode,
    ).toBe(200);
    expect((await act('chuyenvien.xa', code, 'appraise', { reason: 'Hồ sơ hợp lệ' })).statusCode).toBe(200);
    expect((await act('chuyenvien.xa', code, 'submit-for-approval')).statusCode).toBe(200);
    expect((await act('lanhdao.xa', code, 'approve')).statusCode).toBe(200);
    // The last step of the workflow is the clerical office's: the leader may not issue in its place.
    expect((await act('lanhdao.xa', code, 'issue-result', { data: { number: '15/TLKS' } })).statusCode).toBe(
      403,
    );
    const issued = await act('vanthu.xa', code, 'issue-result', {
      data: { number: '15/TLKS', signer: 'Đỗ Quang Hải' },
    });
    expect(issued.statusCode).toBe(200);
    // One visit per step of the default workflow, each handed over by the next one's actor, all on time.
    expect(
      issued
        .json()
        .steps.map((s: { key: string; result: string; endedBy: string }) => [s.key, s.endedBy, s.result]),
    ).toEqual([
      ['tiep-nhan', 'Phạm Thu Trang', 'on-time'],
      ['phan-cong', 'Đỗ Quang Hải', 'on-time'],
      ['tham-dinh', 'Hoàng Văn Nam', 'on-time'],
      ['phe-duyet', 'Đỗ Quang Hải', 'on-time'],
      ['ban-hanh', 'Trịnh Thị Yến', 'on-time'],
    ]);
    expect(issued.json()).toMatchObject({ statusKey: 'finished', resultCodes: [`${code}-KQ1`] });
    const returned = await act('tiepnhan.xa', code, 'return-result', {
      data: { method: 'counter', collector: { ...applicantIdentity, relation: 'self' } },
    });
    expect(returned.statusCode).toBe(200);
    const detail = returned.json();
    expect(detail).toMatchObject({ status: 10, statusKey: 'returned', statusLabel: 'Đã trả kết quả' });
    expect(detail.log.map((e: { action: string }) => e.action)).toEqual([
      'receive',
      'transfer',
      'assign',
      'appraise',
      'submit-for-approval',
      'approve',
      'issue-result',
      'return-result',
    ]);
    for (const [i, e] of detail.log.entries()) if (i > 0) expect(e.prevHash).toBe(detail.log[i - 1].hash);

    const admin = await as('admin');
    const verified = (
      await t.app.inject({ url: `/api/admin/audit/verify?code=${code}`, headers: { cookie: admin } })
    ).json();
    expect(verified).toMatchObject({ checked: 1, ok: true, broken: [] });

    const control = await t.app.inject({
      url: `/api/dossiers/${code}/forms/06.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(control.statusCode).toBe(200);
  });

  it('waits for the applicant, moves the due date by the paused days, and demands an apology once overdue', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const components = await requiredOf('2.000986', 'default');
    const { code, dueDate } = (
      await intake('tiepnhan.xa', {
        procedureCode: '2.000986',
        caseCode: 'default',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();
    expect(dueDate).toBe('2025-03-31'); // 20 working days after Monday 3 March 2025
    await act('tiepnhan.xa', code, 'transfer');
    await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    const asked = await act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Thiếu giấy chứng sinh bản chính',
      data: { missing: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp không rõ' }] },
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().statusKey).toBe('supplement-requested');
    clock = new Date('2025-03-10T09:00:00+07:00'); // a week later (5 working days)
    const resumed = await act('tiepnhan.xa', code, 'supplement');
    expect(resumed.json()).toMatchObject({
      statusKey: 'processing',
      pausedWorkingDays: 5,
      dueDate: '2025-04-08',
    });

    // A second request on the dossier is the leader's, with an override and a reason.
    const again = { reason: 'Thiếu tờ khai', data: { missing: [{ name: 'Tờ khai' }] } };
    expect((await act('chuyenvien.xa', code, 'request-supplement', again)).statusCode).toBe(403);
    expect((await act('lanhdao.xa', code, 'request-supplement', again)).statusCode).toBe(409);

    clock = new Date('2025-04-09T09:00:00+07:00'); // the day after the due date
    const late = await act('chuyenvien.xa', code, 'submit-for-approval');
    expect(late.statusCode).toBe(409);
    // The allowed actions are the caller's own: past the due date a specialist may do nothing until the
    // leader apologises (the leader's list, below, holds the apology and nothing else).
    expect(late.json().error).toMatchObject({ rule: 'overdue', allowedActions: [] });
    const view = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as('lanhdao.xa') } })
    ).json();
    expect(view).toMatchObject({ isOverdue: true, requiresApology: true });
    expect(view.allowedActions.map((a: { action: string }) => a.action)).toEqual(['apologize-extend']);
    const sorry = await act('lanhdao.xa', code, 'apologize-extend', {
      reason: 'Chờ xác minh của Công an',
      data: { newDueDate: '2025-04-15' },
    });
    expect(sorry.statusCode).toBe(200);
    expect(sorry.json()).toMatchObject({ dueDate: '2025-04-15', requiresApology: false });
    const apology = await t.app.inject({
      url: `/api/dossiers/${code}/forms/04.pdf`,
      headers: { cookie: await as('lanhdao.xa') },
    });
    expect(apology.statusCode).toBe(200);
    expect((await act('chuyenvien.xa', code, 'submit-for-approval')).statusCode).toBe(200);
  });
});

describe('scope and public lookup', () => {
  it('hides a dossier from another commune and shows citizens its status without personal data', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const components = await requiredOf('1.001193', 'dung-han');
    const { code } = (
      await intake('tiepnhan.xa', {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();
    const other = await t.app.inject({
      url: `/api/dossiers/${code}`,
      headers: { cookie: await as('tiepnhan.xa2') },
    });
    expect(other.statusCode).toBe(404);
    expect((await act('tiepnhan.xa2', code, 'transfer')).statusCode).toBe(404);
    const queue = (
      await t.app.inject({ url: '/api/dossiers?queue=all', headers: { cookie: await as('tiepnhan.xa2') } })
    ).json();
    expect(queue.items.map((i: { code: string }) => i.code)).not.toContain(code);
    const mine = (
      await t.app.inject({
        url: `/api/dossiers?q=${encodeURIComponent('nguyen van an')}`,
        headers: { cookie: await as('chuyenvien.xa') },
      })
    ).json();
    expect(mine.items.map((i: { code: string }) => i.code)).toContain(code);

    const { checkCode } = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    const pub = await t.app.inject(`/api/public/dossiers/${code}?check=${checkCode}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      code,
      status: 2,
      statusKey: 'received',
      procedureName: 'Đăng ký khai sinh',
      details: 'shown',
      dueDate: '2025-03-03',
    });
    expect(pub.body).not.toContain('Nguyễn Văn An');
    expect(pub.body).not.toContain(applicant.idNumber);
    expect(pub.body).not.toContain(applicant.phone);
    expect((await t.app.inject('/api/public/dossiers/KHONG-CO')).statusCode).toBe(404);
  });

  it('names the first broken link when a log entry is edited behind the system', async () => {
    const components = await requiredOf('1.001193', 'dung-han');
    const { code } = (
      await intake('tiepnhan.xa', {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();
    await act('tiepnhan.xa', code, 'transfer');
    const dossier = await t.database.db
      .selectFrom('dossiers')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('dossierActions')
      .set({ reason: 'sửa lén' })
      .where('dossierId', '=', dossier.id)
      .where('seq', '=', 1)
      .execute();
    const res = (
      await t.app.inject({
        url: `/api/admin/audit/verify?code=${code}`,
        headers: { cookie: await as('admin') },
      })
    ).json();
    expect(res).toMatchObject({ checked: 1, ok: false, broken: [{ code, seq: 1, reason: 'hash-mismatch' }] });
  });
});

describe('stop notice and tracking book', () => {
  it('prints the stop notice (Form 05) and the counter tracking book (Form 07) as PDF and xlsx', async () => {
    clock = new Date('2025-03-05T10:00:00+07:00');
    const components = await requiredOf('1.001193', 'dung-han');
    const { code } = (
      await intake('tiepnhan.xa', {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();
    await act('tiepnhan.xa', code, 'transfer');
    const cookie = await as('lanhdao.xa');
    expect(
      (await t.app.inject({ url: `/api/dossiers/${code}/forms/05.pdf`, headers: { cookie } })).statusCode,
    ).toBe(404);
    expect(
      (await act('tiepnhan.xa', code, 'stop', { reason: 'Người nộp có đơn đề nghị dừng giải quyết hồ sơ' }))
        .statusCode,
    ).toBe(200);
    const notice = await t.app.inject({ url: `/api/dossiers/${code}/forms/05.pdf`, headers: { cookie } });
    expect(notice.statusCode).toBe(200);
    expect(notice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const counter = await as('tiepnhan.xa');
    const pdf = await t.app.inject({
      url: '/api/tracking-book?from=2025-03-01&to=2025-03-31',
      headers: { cookie: counter },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const xlsx = await t.app.inject({
      url: '/api/tracking-book?from=2025-03-05&to=2025-03-05&format=xlsx',
      headers: { cookie: counter },
    });
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(book.worksheets[0]?.getSheetValues());
    expect(text).toContain(code);
    expect(text).toContain('Dừng xử lý');

    const other = await t.app.inject({
      url: `/api/tracking-book?from=2025-03-01&to=2025-03-31&agency=${encodeURIComponent((await t.app.inject({ url: '/api/auth/me', headers: { cookie: counter } })).json().user.agency.code)}`,
      headers: { cookie: await as('tiepnhan.xa2') },
    });
    expect(other.statusCode).toBe(403);
    const bad = await t.app.inject({
      url: '/api/tracking-book?from=2025-03-31&to=2025-03-01',
      headers: { cookie: counter },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('to');
  });
});
