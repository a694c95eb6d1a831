/** Counter intake: codes and due dates, the supplement request instead of an incomplete reception, bad input, idempotency. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFolder } from '../src/modules/catalogue/catalogue-file.ts';
import { importCatalogueSheets } from '../src/modules/catalogue/import-catalogue-file.ts';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { pdfText } from './pdf-text.ts';
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

async function intake(username: string, body: object, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: body,
    headers: { cookie: await as(username), ...headers },
  });
}

describe('counter intake', () => {
  it('receives a complete birth registration with code, due date, receipt and a hash-chained log', async () => {
    const components = await requiredOf('1.001193', 'dung-han');
    const res = await intake('tiepnhan.xa', {
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant,
      components,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      outcome: 'received',
      status: 2,
      statusKey: 'received',
      statusLabel: 'Được tiếp nhận',
    });
    expect(body.code).toMatch(/^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-250303-\d{4}$/);
    // Same-day procedure received at 09:00 on a working day: due that day.
    expect(body.dueDate).toBe('2025-03-03');
    expect(body.receivedAt).toBe('2025-03-03T09:00:00+07:00');

    const detail = (
      await t.app.inject({ url: `/api/dossiers/${body.code}`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    expect(detail.log).toHaveLength(1);
    expect(detail.log[0]).toMatchObject({
      seq: 1,
      action: 'receive',
      prevHash: null,
      actor: { name: 'Phạm Thu Trang' },
    });
    expect(detail.log[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.allowedActions.map((a: { action: string }) => a.action)).toContain('transfer');

    const pdf = await t.app.inject({
      url: `/api/dossiers/${body.code}/forms/01.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives consecutive codes and a later due date after the 15:00 cut-off', async () => {
    const components = await requiredOf('1.001193', 'dung-han');
    clock = new Date('2025-03-03T15:30:00+07:00');
    const a = (
      await intake('tiepnhan.xa', {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();
    const b = (
      await intake('tiepnhan.xa', {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components,
      })
    ).json();
    expect(a.dueDate).toBe('2025-03-04');
    expect(Number(b.code.slice(-4))).toBe(Number(a.code.slice(-4)) + 1);
    clock = new Date('2025-03-03T09:00:00+07:00');
  });

  it('answers an incomplete dossier with the supplement request (Form 02) and receives nothing', async () => {
    const before = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await intake('tiepnhan.xa', {
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant,
      components: [{ id: 'to-khai', quantity: 1 }],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.outcome).toBe('supplement-requested');
    expect(body.slip.number).toMatch(/^\d+\/2025\/HDHS$/);
    expect(body.slip.missing.map((m: { id: string }) => m.id)).toContain('giay-to-tuy-than');
    const after = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const pdf = await t.app.inject({
      url: body.forms.supplement,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it.each([
    [{ procedureCode: '9.999999' }, 'procedureCode'],
    [{ caseCode: 'khong-co' }, 'caseCode'],
    [{ applicant: { ...applicant, idNumber: '12345' } }, 'applicant.idNumber'],
    [{ applicant: { ...applicant, phone: '123' } }, 'applicant.phone'],
    [{ components: [{ id: 'giay-khong-thuoc', quantity: 1 }] }, 'components[0].id'],
    [{ receivedAt: '2030-01-01T08:00:00+07:00' }, 'receivedAt'],
    [{ channel: 'postal' }, 'postalWaybill'],
    [{ channel: 'fax' }, 'channel'],
    [
      { representative: { fullName: 'Nguyễn Văn Bình', idNumber: '123', relation: 'Cha' } },
      'representative.idNumber',
    ],
  ])('refuses %j naming %s, writing nothing', async (change, field) => {
    const components = await requiredOf('1.001193', 'dung-han');
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('dossierActions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const res = await intake('tiepnhan.xa', {
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant,
      components,
      ...change,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('is for counter officers only', async () => {
    const res = await intake('chuyenvien.xa', {
      procedureCode: '1.001193',
      channel: 'counter',
      applicant,
      components: [],
    });
    expect(res.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/dossiers', payload: {} });
    expect(anonymous.statusCode).toBe(401);
  });

  it('honours Idempotency-Key: same body → same dossier, another body → 422', async () => {
    const components = await requiredOf('1.001193', 'dung-han');
    const body = {
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant,
      components,
    };
    const first = await intake('tiepnhan.xa', body, { 'idempotency-key': 'k-123' });
    const again = await intake('tiepnhan.xa', body, { 'idempotency-key': 'k-123' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().code).toBe(first.json().code);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await intake(
      'tiepnhan.xa',
      { ...body, applicant: { ...applicant, fullName: 'Trần Thị Bình' } },
      { 'idempotency-key': 'k-123' },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_MISMATCH');
  });
});

describe('the person who submits for the applicant', () => {
  it('keeps their full details as Form 01 prints them, and names a bad phone', async () => {
    clock = new Date('2025-03-04T09:00:00+07:00');
    const components = await requiredOf('1.001193', 'dung-han');
    const representative = {
      fullName: 'Lê Văn Hùng',
      idNumber: '001089004321',
      relation: 'Người được ủy quyền',
      address: 'Thôn Đông, phường Hoa Lư, tỉnh Ninh Bình',
      phone: '0912 345 678',
      email: 'hung@example.vn',
      authorization: 'Giấy ủy quyền số 12/2025 ngày 01/3/2025',
    };
    const body = {
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant,
      components,
    };
    const bad = await intake('tiepnhan.xa', { ...body, representative: { ...representative, phone: '12' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('representative.phone');
    const res = await intake('tiepnhan.xa', { ...body, representative });
    expect(res.statusCode, res.body).toBe(201);
    const { code } = res.json();
    const view = await t.app.inject({
      url: `/api/dossiers/${code}`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(view.json().representative).toEqual({ ...representative, phone: '0912345678' });
    const receipt = await t.app.inject({
      url: `/api/dossiers/${code}/forms/01.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    const text = pdfText(receipt.rawPayload);
    if (text === undefined) return;
    expect(text).toContain('Thôn Đông, phường Hoa Lư');
    expect(text).toContain('0912345678');
    expect(text).toContain('Giấy ủy quyền số 12/2025 ngày 01/3/2025');
  });
});
