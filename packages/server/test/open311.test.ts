/**
 * Open311 GeoReport v2 over PAKN (issue 12, item 6): the services, a request created with an integrator's key
 * (form-encoded, as the spec sends it) and read back by id, by token and in the list with the spec's
 * filters; the spec's errors `[{"code", "description"}]`; and no malformed or empty id ever answers 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let key = '';
beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-03-02T09:00:00+07:00') });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/open311-keys',
    headers: { cookie: await t.as('admin') },
    payload: { name: 'Ứng dụng Ninh Bình Smart' },
  });
  expect(res.statusCode, res.body).toBe(201);
  key = res.json().key;
});
afterAll(() => t.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST' as const,
  url: '/open311/v2/requests.json',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});
const isSpecError = (body: unknown, code: number) => {
  expect(body).toEqual([{ code, description: expect.any(String) }]);
};

describe('Open311 GeoReport v2', () => {
  it('lists the services (one per PAKN kind) and their definitions', async () => {
    const list = (await t.app.inject('/open311/v2/services.json')).json();
    expect(list.map((s: { service_code: string }) => s.service_code)).toEqual([
      'regulation',
      'conduct',
      'other',
    ]);
    expect(list[0]).toEqual({
      service_code: 'regulation',
      service_name: expect.any(String),
      description: expect.any(String),
      metadata: false,
      type: 'batch',
      keywords: expect.any(String),
      group: 'Phản ánh, kiến nghị',
    });
    expect((await t.app.inject('/open311/v2/services/conduct.json')).json()).toEqual({
      service_code: 'conduct',
      attributes: [],
    });
    const missing = await t.app.inject('/open311/v2/services/khong-co.json');
    expect(missing.statusCode).toBe(404);
    isSpecError(missing.json(), 404);
  });

  let id = '';
  let token = '';
  it('creates a request with a valid key, form-encoded; refuses a missing or wrong key', async () => {
    const fields = {
      service_code: 'regulation',
      lat: '20.2506',
      long: '105.9745',
      description: 'Đề nghị niêm yết lệ phí tại bộ phận một cửa phường.',
      first_name: 'Lan',
      last_name: 'Nguyễn',
      email: 'lan@example.vn',
    };
    const none = await t.app.inject(form(fields));
    expect(none.statusCode).toBe(400);
    isSpecError(none.json(), 400);
    const wrong = await t.app.inject(form({ ...fields, api_key: 'not-a-key' }));
    expect(wrong.statusCode).toBe(403);
    isSpecError(wrong.json(), 403);
    const noPlace = await t.app.inject(form({ ...fields, api_key: key, lat: '', long: '' }));
    expect(noPlace.statusCode).toBe(400);
    const ok = await t.app.inject(form({ ...fields, api_key: key }));
    expect(ok.statusCode, ok.body).toBe(201);
    const [created] = ok.json();
    expect(created).toMatchObject({ service_request_id: expect.stringMatching(/^PA-2026-\d{6}$/) });
    ({ service_request_id: id, token } = created);
  });

  it('reads the request by id and token, and lists it with the filters; never the contact', async () => {
    const one = await t.app.inject(`/open311/v2/requests/${id}.json`);
    expect(one.statusCode, one.body).toBe(200);
    const [r] = one.json();
    expect(r).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'regulation',
      lat: 20.2506,
      long: 105.9745,
      expected_datetime: '2026-03-23T17:00:00+07:00',
      requested_datetime: expect.stringMatching(/^2026-03-02T09:00:00(\.000)?\+07:00$/),
    });
    expect(one.body).not.toContain('lan@example.vn');
    expect(one.body).not.toContain('Nguyễn');
    expect((await t.app.inject(`/open311/v2/tokens/${token}.json`)).json()).toEqual([
      { service_request_id: id, token },
    ]);
    const open = (
      await t.app.inject('/open311/v2/requests.json?status=open&service_code=regulation,other')
    ).json();
    expect(open.map((x: { service_request_id: string }) => x.service_request_id)).toContain(id);
    const closed = (await t.app.inject('/open311/v2/requests.json?status=closed')).json();
    expect(closed).toEqual([]);
    const ranged = await t.app.inject(
      '/open311/v2/requests.json?start_date=2026-03-01T00:00:00%2B07:00&end_date=2026-03-03T00:00:00%2B07:00',
    );
    expect(ranged.json()).toHaveLength(1);
    const byIds = (
      await t.app.inject(`/open311/v2/requests.json?service_request_id=${id},PA-2026-999999`)
    ).json();
    expect(byIds).toHaveLength(1);
  });

  it('answers empty or malformed ids and filters with a 4xx in the spec format, never 500', async () => {
    for (const url of [
      '/open311/v2/requests/.json',
      '/open311/v2/requests/%20.json',
      '/open311/v2/requests/%00.json',
      '/open311/v2/requests/%ED%A0%80.json',
      '/open311/v2/requests/PA-2026-1.xml',
      '/open311/v2/requests/PA-2026-999999.json',
      '/open311/v2/requests/',
      '/open311/v2/tokens/.json',
      '/open311/v2/tokens/abc.json',
      '/open311/v2/tokens/%E0%A4%A.json',
      '/open311/v2/services/.json',
      '/open311/v2/requests.json?status=pending',
      '/open311/v2/requests.json?service_code=khong-co',
      '/open311/v2/requests.json?start_date=2026-02-30',
      '/open311/v2/requests.json?start_date=yesterday',
      '/open311/v2/requests.json?start_date=2026-01-01&end_date=2026-12-31',
      '/open311/v2/requests.json?service_request_id=%27%3B--',
      '/open311/v2/khong-co.json',
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
      const body = res.json();
      expect(
        Array.isArray(body) && body.length === 1 && typeof body[0].code === 'number',
        `${url}: ${res.body}`,
      ).toBe(true);
    }
    for (const payload of [
      'api_key=',
      `api_key=${key}&service_code=`,
      `api_key=${key}&service_code=other&lat=x&long=1`,
      '%%%',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
      expect(res.statusCode, `${payload}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    const json = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/json' },
      payload: '{"api_key": "x", "description": "\\u0000"}',
    });
    expect(json.statusCode, json.body).toBeLessThan(500);
  });

  it('lets only the administrator manage keys; a revoked key is refused', async () => {
    const listed = await t.app.inject({
      url: '/api/admin/open311-keys',
      headers: { cookie: await t.as('admin') },
    });
    expect(listed.json().items[0]).toMatchObject({ name: 'Ứng dụng Ninh Bình Smart', revokedAt: null });
    expect(listed.body).not.toContain(key);
    const officer = await t.app.inject({
      url: '/api/admin/open311-keys',
      headers: { cookie: await t.as('lanhdao.xa') },
    });
    expect(officer.statusCode).toBe(403);
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/open311-keys/${listed.json().items[0].id}`,
      headers: { cookie: await t.as('admin') },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const refused = await t.app.inject(
      form({ api_key: key, service_code: 'other', address_string: 'Hoa Lư', description: 'Thử' }),
    );
    expect(refused.statusCode).toBe(403);
  });
});
