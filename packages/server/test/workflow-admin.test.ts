/**
 * The workflow editor at a province's scale: finding procedures by name (ignoring diacritics) or code a page
 * at a time, with which already carry an edited workflow; and steps only for the roles that process dossiers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldVietnamese, STEP_ROLES } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/** A province's catalogue: the seed's procedures and 2,000 more, each with one case. */
const GENERATED = 2000;
const TOPICS = ['giấy phép xây dựng', 'đất đai', 'đăng ký kinh doanh', 'hộ tịch', 'chứng thực', 'môi trường'];
function provinceCatalogue() {
  const read = (name: string) => fs.readFileSync(path.join(SEED_DIR, 'catalogue', name), 'utf8').trimEnd();
  const sheets = {
    procedures: [read('procedures.csv')],
    cases: [read('cases.csv')],
    components: [read('components.csv')],
  };
  // A row in the sheet's own columns (those not given left empty).
  const add = (sheet: keyof typeof sheets, values: Record<string, string>) => {
    const columns = (sheets[sheet][0] as string).split('\n', 1)[0]!.split(',');
    sheets[sheet].push(columns.map((c) => values[c] ?? '').join(','));
  };
  for (let n = 1; n <= GENERATED; n++) {
    const code = `9.${String(n).padStart(6, '0')}`;
    const commune = n % 2 === 0;
    add('procedures', {
      code,
      name: `Thủ tục thử số ${n} về ${TOPICS[n % TOPICS.length]}`,
      name_en: `Test procedure ${n}`,
      field: 'Thử nghiệm',
      field_en: 'Test',
      level: commune ? 'commune' : 'province',
      agency_kind: commune ? 'ubnd-xa' : 'so-tu-phap',
      online_service: 'full',
      postal: 'yes',
    });
    add('cases', {
      procedure_code: code,
      case_code: 'default',
      name: 'Trường hợp chung',
      name_en: 'General',
      time_limit_value: String(1 + (n % 20)),
      time_limit_unit: 'working-days',
    });
    add('components', {
      procedure_code: code,
      case_code: 'default',
      component_id: 'to-khai',
      name: 'Tờ khai',
      name_en: 'Form',
      form: 'original',
      quantity: '1',
      required: 'yes',
    });
  }
  const text = (rows: string[]) => `${rows.join('\n')}\n`;
  return {
    procedures: text(sheets.procedures),
    cases: text(sheets.cases),
    components: text(sheets.components),
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/admin/catalogue/import-csv',
    payload: provinceCatalogue(),
    headers: { cookie: await t.as('admin') },
  });
  expect(imported.statusCode, imported.body).toBe(200);
}, 120_000);
afterAll(() => t.close());

const LIST = '/api/admin/workflows/procedures';
interface Item {
  code: string;
  name: string;
  level: string;
  agencyName: string;
  caseCount: number;
  editedCaseCount: number;
}
const list = async (query: string, who = 'admin') =>
  t.app.inject({ url: `${LIST}${query}`, headers: { cookie: await t.as(who) } });
const items = async (query: string) => (await list(query)).json().items as Item[];

describe('the workflow editor’s procedure list', () => {
  it('finds procedures by name without diacritics, or by code', async () => {
    const birth = await items('?q=khai%20sinh');
    expect(birth.map((p) => p.name)).toContain('Đăng ký khai sinh');
    // Names with the words come first; after them, procedures whose everyday words have them
    // ("sai tên trên giấy khai sinh" is a correction of civil status).
    const inName = birth.map((p) => foldVietnamese(p.name).includes('khai sinh'));
    expect(inName.indexOf(false) === -1 || inName.lastIndexOf(true) < inName.indexOf(false)).toBe(true);
    expect(inName.filter(Boolean).length).toBeGreaterThan(1);
    expect((await items('?q=dang%20ky%20ket%20hon')).map((p) => p.name)).toContain('Đăng ký kết hôn');
    expect(
      (await items('?q=%C4%90%C4%82NG%20K%C3%9D%20K%E1%BA%BET%20H%C3%94N')).map((p) => p.name),
    ).toContain('Đăng ký kết hôn');
    const byCode = await items('?q=1.001193');
    expect(byCode).toEqual([
      expect.objectContaining({
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        level: 'commune',
        agencyName: 'Ủy ban nhân dân cấp xã',
        editedCaseCount: 0,
      }),
    ]);
    expect(byCode[0]!.caseCount).toBeGreaterThan(0);
    expect((await list('?q=khong%20co%20thu%20tuc%20nao')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('pages through the whole catalogue, 20 at a time, each procedure once', async () => {
    const first = (await list('')).json();
    expect(first).toMatchObject({ page: 1, pageSize: 20 });
    expect(first.total).toBeGreaterThan(GENERATED);
    expect(first.items).toHaveLength(20);
    const pages = Math.ceil(first.total / 20);
    expect(pages).toBeGreaterThan(1);
    // A hundred per page to walk the 2,000 quickly; the editor asks for 20.
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(first.total / 100); page++) {
      seen.push(...(await items(`?page=${page}&pageSize=100`)).map((p) => p.code));
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    expect(await items(`?page=${pages + 1}`)).toEqual([]);
    // A search narrows, and pages the same way: every 6th generated procedure is about land.
    const land = (await list('?q=dat%20dai&page=2')).json();
    expect(land.total).toBeGreaterThanOrEqual(GENERATED / 6);
    expect(land.items).toHaveLength(20);
    for (const p of land.items as Item[]) expect(foldVietnamese(p.name)).toContain('dat dai');
  });

  it('counts a case as edited once an admin saves its workflow', async () => {
    const url = '/api/procedures/2.001234/cases/default/workflow';
    const { steps } = (await t.app.inject(url)).json();
    steps[2].name = 'Thẩm định hồ sơ';
    const saved = await t.app.inject({
      method: 'PUT',
      url,
      payload: { steps },
      headers: { cookie: await t.as('admin') },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await items('?q=2.001234'))[0]).toMatchObject({ code: '2.001234', editedCaseCount: 1 });
  });

  it('answers bad paging and unknown parameters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?page=0', 'page'],
      ['?page=abc', 'page'],
      ['?pageSize=1000', 'pageSize'],
      ['?pageSize=-1', 'pageSize'],
      [`?q=${'a'.repeat(201)}`, 'q'],
      ['?sort=name', 'sort'],
    ] as const) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
  });

  it('is for the system administrator only, as the workflow edit is', async () => {
    expect((await t.app.inject(LIST)).statusCode).toBe(401);
    for (const who of ['giamsat.tinh', 'lanhdao.tuphap', 'tiepnhan.xa']) {
      expect((await list('', who)).statusCode, who).toBe(403);
    }
  });
});

describe('the roles a step may be given', () => {
  const url = '/api/procedures/2.001234/cases/default/workflow';
  const put = async (steps: object[]) =>
    t.app.inject({ method: 'PUT', url, payload: { steps }, headers: { cookie: await t.as('admin') } });

  it('refuses a step for a role that does not process dossiers, naming steps[i].role alone', async () => {
    const { steps } = (await t.app.inject(url)).json();
    // The approval step (may send back) given to the supervisor or the administrator.
    for (const role of ['supervisor', 'system-admin', 'citizen', 'portal']) {
      const res = await put(steps.map((s: object, i: number) => (i === 3 ? { ...s, role } : s)));
      expect(res.statusCode, role).toBe(400);
      const fields = res.json().error.fields as { path: string; message: string }[];
      expect(fields.map((f) => f.path)).toEqual(['steps[3].role']);
      expect(fields[0]!.message).toContain('counter-officer, specialist, leader, clerical');
    }
    expect((await put(steps)).statusCode).toBe(200);
  });

  it('documents exactly core’s processing roles in OpenAPI', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const body =
      doc.paths['/api/procedures/{code}/cases/{caseCode}/workflow'].put.requestBody.content[
        'application/json'
      ].schema;
    expect(body.properties.steps.items.properties.role.enum).toEqual([...STEP_ROLES]);
    const listing = doc.paths[LIST].get;
    expect(listing.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['page', 'pageSize', 'q']);
  });
});
