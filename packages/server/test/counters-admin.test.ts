/**
 * A counter's address and phone (issue 10, item 4: where to submit), entered by the system administrator
 * or the centre's supervisor, and shown on the procedure pages the counter takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PROVINCE_CENTRE = 'ninh-binh.ttpvhcc';
const COMMUNE_COUNTER = 'ninh-binh.phuong-hoa-lu.ttpvhcc';
const put = async (who: string, code: string, payload: object) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/admin/agencies/${code}/contact`,
    headers: { cookie: await t.as(who) },
    payload,
  });
const counters = async (who: string) =>
  (await t.app.inject({ url: '/api/admin/counters', headers: { cookie: await t.as(who) } })).json().items as {
    code: string;
    address: string;
    phone: string;
    sessions: unknown[];
  }[];

describe("a counter's address and phone", () => {
  it('lists the counters each administers: every one for the administrator, their own for a supervisor', async () => {
    const all = (await counters('admin')).map((c) => c.code);
    expect(all).toContain(PROVINCE_CENTRE);
    expect(all).toContain(COMMUNE_COUNTER);
    expect((await counters('giamsat.tinh')).map((c) => c.code)).toEqual([PROVINCE_CENTRE]);
  });

  it('is set by the supervisor for their centre and shown on the procedures it takes', async () => {
    const res = await put('giamsat.tinh', PROVINCE_CENTRE, {
      address: '  Số 2 đường   Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình ',
      phone: '0229 3871 234',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      agencyCode: PROVINCE_CENTRE,
      address: 'Số 2 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình',
      phone: '0229 3871 234',
    });
    const procedure = (await t.app.inject('/api/procedures/2.001234')).json();
    expect(procedure.counters).toEqual([
      expect.objectContaining({
        code: PROVINCE_CENTRE,
        address: 'Số 2 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình',
        phone: '0229 3871 234',
      }),
    ]);
  });

  it("refuses another centre's supervisor, other roles, a bad phone and what is not a counter", async () => {
    expect((await put('giamsat.tinh', COMMUNE_COUNTER, { address: 'x', phone: '' })).statusCode).toBe(403);
    expect((await put('tiepnhan.tinh', PROVINCE_CENTRE, { address: 'x', phone: '' })).statusCode).toBe(403);
    const bad = await put('admin', COMMUNE_COUNTER, { address: 'x', phone: 'gọi tôi' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('phone');
    expect((await put('admin', 'ninh-binh.so-tu-phap', { address: 'x', phone: '' })).statusCode).toBe(404);
    expect((await put('admin', 'khong-co', { address: 'x', phone: '' })).statusCode).toBe(404);
    const untouched = (await counters('admin')).find((c) => c.code === COMMUNE_COUNTER);
    expect(untouched).toMatchObject({ address: '', phone: '' });
  });
});
