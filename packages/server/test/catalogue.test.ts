import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/procedures', () => {
  it('finds "Đăng ký khai sinh" without diacritics or case', async () => {
    for (const q of ['dang ky khai sinh', 'DANG KY KHAI SINH', 'Đăng ký khai sinh', 'khai sinh']) {
      const res = await get(`/api/procedures?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items[0]).toMatchObject({
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        level: 'commune',
        onlineService: 'full',
        processingDays: 1,
      });
    }
  });

  it('finds a procedure by its code', async () => {
    const res = await get('/api/procedures?q=2.000815');
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual(['2.000815']);
  });

  it('offers "did you mean" for a near miss, with the procedures matching some of its words', async () => {
    const res = await get(`/api/procedures?q=${encodeURIComponent('dang ky khai sinhh')}`);
    const body = res.json();
    expect(body.suggestion).toBe('Đăng ký khai sinh');
    expect(body.broadMatch).toBe(true);
    expect(body.total).toBeGreaterThan(0);
  });

  it('gives no suggestion for unrelated words', async () => {
    const body = (await get('/api/procedures?q=xyzzyq')).json();
    expect(body).toMatchObject({ total: 0, items: [] });
    expect(body.suggestion).toBeUndefined();
  });

  it('filters by field, level and online level', async () => {
    const byLevel = (await get('/api/procedures?level=province')).json();
    expect(byLevel.items.every((i: { level: string }) => i.level === 'province')).toBe(true);
    expect(byLevel.total).toBe(1);
    const byField = (await get(`/api/procedures?field=${encodeURIComponent('Chứng thực')}`)).json();
    expect(byField.items.map((i: { code: string }) => i.code)).toEqual(['2.000815']);
    const byOnline = (await get('/api/procedures?online=none')).json();
    expect(byOnline.items.map((i: { code: string }) => i.code)).toEqual(['2.000815']);
  });

  it('paginates with a total', async () => {
    const page1 = (await get('/api/procedures?pageSize=2&page=1')).json();
    const page2 = (await get('/api/procedures?pageSize=2&page=2')).json();
    expect(page1.total).toBe(4);
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(2);
    const codes = [...page1.items, ...page2.items].map((i: { code: string }) => i.code);
    expect(new Set(codes).size).toBe(4);
  });

  it.each([
    ['pageSize=1000', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['level=district', 'level'],
    ['online=maybe', 'online'],
  ])('refuses %s naming the field', async (query, field) => {
    const res = await get(`/api/procedures?${query}`);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBeTruthy();
    expect(error.messageEn).toBeTruthy();
    expect(error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });

  it('lists fields with counts', async () => {
    const res = (await get('/api/procedure-fields')).json();
    expect(res.items).toContainEqual({ field: 'Hộ tịch', fieldEn: 'Civil status', count: 2 });
  });
});

describe('GET /api/procedures/{code}', () => {
  it('returns cases, components, fees and time limits', async () => {
    const res = await get('/api/procedures/1.001193');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      level: 'commune',
      agencyName: 'Ủy ban nhân dân cấp xã',
      postal: true,
      legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định số 123/2015/NĐ-CP'],
      steps: ['Nộp hồ sơ', 'Kiểm tra hồ sơ', 'Trả kết quả'],
    });
    expect(p.publicUrl).toMatch(/\/thu-tuc\/1\.001193$/);
    expect(p.cases.map((c: { code: string }) => c.code)).toEqual(['dung-han', 'qua-han']);
    expect(p.cases[1]).toMatchObject({ processingDays: 3, fees: [{ name: 'Lệ phí', amount: 8000 }] });
    expect(p.cases[0].components[0]).toEqual({
      id: 'to-khai',
      name: 'Tờ khai đăng ký khai sinh',
      nameEn: 'Birth registration form',
      form: 'original',
      quantity: 1,
      required: true,
      template: 'Mẫu TP/HT-2020-KS.1',
      templateUrl: '',
      note: '',
    });
  });

  it('says where to hand the dossier in: the counters that route it, with their hours', async () => {
    const commune = (await get('/api/procedures/1.001193')).json();
    const names = commune.counters.map((c: { name: string }) => c.name);
    expect(names).toContain('Trung tâm Phục vụ hành chính công phường Hoa Lư');
    expect(names).not.toContain('Trung tâm Phục vụ hành chính công tỉnh Ninh Bình');
    expect(commune.counters[0]).toMatchObject({
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:30' },
      ],
      saturdayCounter: false,
    });
    const province = (await get('/api/procedures/2.001234')).json();
    expect(province.counters.map((c: { name: string }) => c.name)).toEqual([
      'Trung tâm Phục vụ hành chính công tỉnh Ninh Bình',
    ]);
  });

  it('reports a same-day procedure as 0 working days', async () => {
    const p = (await get('/api/procedures/2.000815')).json();
    expect(p.cases[0]).toMatchObject({ timeLimit: { value: 0, unit: 'same-day' }, processingDays: 0 });
  });

  it('answers an unknown code with 404 naming the field', async () => {
    const res = await get('/api/procedures/9.999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'code' }] });
  });
});

describe('GET /api/procedures/{code}/qr.svg', () => {
  it('returns an SVG QR code', async () => {
    const res = await get('/api/procedures/1.001193/qr.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body).toMatch(/^<svg/);
    expect(res.body).toContain('<path');
  });

  it('is not kept by shared caches when its link follows the request’s Host header', async () => {
    // Without MOTCUA_PUBLIC_URL the link is the address the client used: a proxy must not hand one
    // client's (or a forged Host's) code to another.
    const res = await t.app.inject({
      url: '/api/procedures/1.001193/qr.svg',
      headers: { host: 'evil.example' },
    });
    expect(res.headers['cache-control']).toMatch(/^private\b/);
    expect(res.headers.vary).toMatch(/host/i);
    const other = await createTestApp({ env: { MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn' } });
    try {
      const fixed = await other.app.inject({
        url: '/api/procedures/1.001193/qr.svg',
        headers: { host: 'evil.example' },
      });
      expect(fixed.headers['cache-control']).toMatch(/^public\b/);
    } finally {
      await other.close();
    }
  });

  it('points at the public page given by MOTCUA_PUBLIC_URL', async () => {
    const other = await createTestApp({ env: { MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn' } });
    try {
      const p = (await other.app.inject('/api/procedures/1.001193')).json();
      expect(p.publicUrl).toBe('https://motcua.ninhbinh.gov.vn/thu-tuc/1.001193');
    } finally {
      await other.close();
    }
  });

  it('404s for an unknown procedure', async () => {
    expect((await get('/api/procedures/9.999999/qr.svg')).statusCode).toBe(404);
  });
});

describe('agencies', () => {
  it('lists the current agencies of the province with their kind and parent, to anyone', async () => {
    const res = await t.app.inject('/api/agencies');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; kind: string; parentCode: string | null }[];
    expect(items).toContainEqual(
      expect.objectContaining({
        code: 'ninh-binh.phuong-hoa-lu.cong-an',
        kind: 'cong-an-xa',
        parentCode: 'ninh-binh.cong-an',
      }),
    );
    expect(items.some((a) => a.code.startsWith('pre2025-'))).toBe(false);
  });
});
