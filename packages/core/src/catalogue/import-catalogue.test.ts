import { describe, expect, it } from 'vitest';
import { type CatalogueSheets, importCatalogue, splitList } from './import-catalogue.ts';

const procedure = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  name_en: 'Birth registration',
  field: 'Hộ tịch',
  level: 'commune',
  agency_kind: 'ubnd-xa',
  online_service: 'full',
  postal: 'yes',
  legal_basis: 'Luật Hộ tịch 2014 | Nghị định 123/2015/NĐ-CP',
};
const caseRow = {
  procedure_code: '1.001193',
  case_code: 'default',
  name: 'Trường hợp chung',
  time_limit_value: '3',
  time_limit_unit: 'working-days',
  fees: 'Lệ phí=8.000 | Phí bản sao=3000',
};
const component = {
  procedure_code: '1.001193',
  case_code: 'default',
  component_id: 'to-khai',
  name: 'Tờ khai',
  form: 'original',
  quantity: '1',
  required: 'yes',
};
const sheets = (over: Partial<Record<keyof CatalogueSheets, object[]>> = {}): CatalogueSheets => ({
  procedures: (over.procedures ?? [procedure]) as CatalogueSheets['procedures'],
  cases: (over.cases ?? [caseRow]) as CatalogueSheets['cases'],
  components: (over.components ?? [component]) as CatalogueSheets['components'],
});

describe('importCatalogue', () => {
  it('builds procedures with cases, fees and components', () => {
    const result = importCatalogue(sheets());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [p] = result.procedures;
    expect(p).toMatchObject({
      code: '1.001193',
      postal: true,
      legalBasis: ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'],
      cases: [
        {
          code: 'default',
          timeLimit: { value: 3, unit: 'working-days' },
          fees: [
            { name: 'Lệ phí', amount: 8000 },
            { name: 'Phí bản sao', amount: 3000 },
          ],
          components: [{ id: 'to-khai', form: 'original', quantity: 1, required: true }],
        },
      ],
    });
  });

  it.each([
    ['procedures', { ...procedure, code: '1001193' }, 'procedures', 2, 'code'],
    ['procedures', { ...procedure, level: 'district' }, 'procedures', 2, 'level'],
    ['procedures', { ...procedure, online_service: 'level-4' }, 'procedures', 2, 'online_service'],
    ['procedures', { ...procedure, postal: 'maybe' }, 'procedures', 2, 'postal'],
    ['cases', { ...caseRow, time_limit_value: '-1' }, 'cases', 2, 'time_limit_value'],
    ['cases', { ...caseRow, time_limit_value: '0' }, 'cases', 2, 'time_limit_value'],
    ['cases', { ...caseRow, time_limit_unit: 'weeks' }, 'cases', 2, 'time_limit_unit'],
    ['cases', { ...caseRow, fees: 'Lệ phí: tám nghìn' }, 'cases', 2, 'fees'],
    ['cases', { ...caseRow, procedure_code: '9.999999' }, 'cases', 2, 'procedure_code'],
    ['components', { ...component, form: 'scan' }, 'components', 2, 'form'],
    ['components', { ...component, quantity: '0' }, 'components', 2, 'quantity'],
    ['components', { ...component, case_code: 'khac' }, 'components', 2, 'case_code'],
  ] as const)(
    'rejects a bad %s row, naming sheet, row and column',
    (sheet, row, errSheet, errRow, column) => {
      const result = importCatalogue(sheets({ [sheet]: [row] }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toContainEqual(
        expect.objectContaining({ sheet: errSheet, row: errRow, column, message: expect.any(String) }),
      );
    },
  );

  it('rejects duplicates and orphans', () => {
    const result = importCatalogue(
      sheets({ procedures: [procedure, procedure], components: [component, component] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.sheet}:${e.row}:${e.column}`)).toEqual(
      expect.arrayContaining(['procedures:3:code', 'components:3:component_id']),
    );
  });

  it('rejects a case without components and a procedure without cases', () => {
    const other = { ...procedure, code: '1.000001' };
    const result = importCatalogue(sheets({ procedures: [procedure, other], components: [] }));
    expect(result.ok).toBe(false);
  });

  it('rejects a sheet without a required column', () => {
    const { form: _form, ...noForm } = component;
    const result = importCatalogue(sheets({ components: [noForm] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ sheet: 'components', row: 1, column: 'form' });
  });

  it('accepts same-day procedures with a zero time limit', () => {
    const result = importCatalogue(
      sheets({ cases: [{ ...caseRow, time_limit_value: '0', time_limit_unit: 'same-day' }] }),
    );
    expect(result.ok).toBe(true);
  });

  it('splits list cells', () => {
    expect(splitList(' a | b |c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
  });
});
