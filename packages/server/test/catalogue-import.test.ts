import fs from 'node:fs';
import path from 'node:path';
import { SHEET_COLUMNS } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../src/modules/catalogue/catalogue.routes.ts';
import { parseCsv, readCsvFolder, writeXlsx } from '../src/modules/catalogue/catalogue-file.ts';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { FIXTURE_CATALOGUE } from './test-db.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const csvTexts = (dir = FIXTURE_CATALOGUE) => ({
  procedures: fs.readFileSync(path.join(dir, 'procedures.csv'), 'utf8'),
  cases: fs.readFileSync(path.join(dir, 'cases.csv'), 'utf8'),
  components: fs.readFileSync(path.join(dir, 'components.csv'), 'utf8'),
});

const importCsv = (body: object, cookie = admin) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/catalogue/import-csv',
    payload: body,
    headers: { cookie },
  });

const countProcedures = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('procedures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('catalogue import', () => {
  it('imports the seed catalogue (CSV) through the API', async () => {
    const res = await importCsv({ fileName: 'seed', ...csvTexts(path.join(SEED_DIR, 'catalogue')) });
    expect(res.statusCode).toBe(200);
    expect(res.json().imported).toBeGreaterThanOrEqual(40);
    const search = await t.app.inject('/api/procedures?q=chung%20thuc%20ban%20sao');
    expect(search.json().items[0].name).toMatch(/^Chứng thực bản sao/);
  });

  it('rejects a file with row errors whole, naming sheet, row and column', async () => {
    const before = await countProcedures();
    const texts = csvTexts();
    const procedures = `${texts.procedures.trimEnd()}\n9.999991,Thủ tục mới hợp lệ,,Hộ tịch,,commune,ubnd-xa,full,yes,,,,,,,,,\n12345,Sai mã,,Hộ tịch,,commune,ubnd-xa,full,yes,,,,,,,,,\n`;
    const cases = `${texts.cases.trimEnd()}\n9.999991,default,Trường hợp chung,,5,working-days,,\n`;
    const components = `${texts.components.trimEnd()}\n9.999991,default,to-khai,Tờ khai,,scan,1,yes,,\n`;
    const res = await importCsv({ procedures, cases, components });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'procedures', row: 7, column: 'code' }),
        expect.objectContaining({ sheet: 'components', row: 16, column: 'form' }),
      ]),
    );
    // Nothing written: not even the valid new procedure.
    expect(await countProcedures()).toBe(before);
    expect((await t.app.inject('/api/procedures/9.999991')).statusCode).toBe(404);
  });

  it('imports an xlsx workbook', async () => {
    const sheets = readCsvFolder(FIXTURE_CATALOGUE);
    const changed = sheets.procedures.map((r) =>
      r.code === '2.000815' ? { ...r, name: 'Chứng thực bản sao (sửa)' } : r,
    );
    const xlsx = await writeXlsx({
      procedures: { columns: SHEET_COLUMNS.procedures, rows: changed },
      cases: { columns: SHEET_COLUMNS.cases, rows: sheets.cases },
      components: { columns: SHEET_COLUMNS.components, rows: sheets.components },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      payload: Buffer.from(xlsx),
      headers: { cookie: admin, 'content-type': XLSX_TYPE, 'x-file-name': 'danh-muc.xlsx' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 4 });
    expect((await t.app.inject('/api/procedures/2.000815')).json().name).toBe('Chứng thực bản sao (sửa)');
  });

  it('answers a broken workbook with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      payload: Buffer.from('not a zip'),
      headers: { cookie: admin, 'content-type': XLSX_TYPE },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('body');
  });

  it('is for system administrators only', async () => {
    expect((await importCsv(csvTexts(), '')).statusCode).toBe(401);
    expect((await importCsv(csvTexts(), await t.login('lanhdao.tuphap'))).statusCode).toBe(403);
  });

  it('parses CSV with quoted commas and a BOM', () => {
    const rows = parseCsv('\uFEFFcode,name\n1.000001,"Cấp, đổi giấy phép"\n');
    expect(rows).toEqual([{ code: '1.000001', name: 'Cấp, đổi giấy phép' }]);
  });
});
