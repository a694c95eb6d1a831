import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../calendar/plain-date.ts';
import { type CatalogueSheets, importCatalogue, splitList } from './import-catalogue.ts';
import { limitForChannel } from './procedure.ts';

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
  it('reads the everyday words of a procedure and the address of a form template', () => {
    const result = importCatalogue(
      sheets({
        procedures: [{ ...procedure, synonyms: 'làm giấy khai sinh | khai sinh cho con' }],
        components: [{ ...component, template_url: 'https://thutuc.example.gov.vn/mau/to-khai-ks.docx' }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [p] = result.procedures;
    expect(p?.synonyms).toEqual(['làm giấy khai sinh', 'khai sinh cho con']);
    expect(p?.cases[0]?.components[0]?.templateUrl).toBe('https://thutuc.example.gov.vn/mau/to-khai-ks.docx');
  });

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
    [
      'components',
      { ...component, template_url: 'http://example.gov.vn/to-khai.docx' },
      'components',
      2,
      'template_url',
    ],
    ['components', { ...component, template_url: 'javascript:alert(1)' }, 'components', 2, 'template_url'],
    ['components', { ...component, template_url: 'https://a b.vn/x' }, 'components', 2, 'template_url'],
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

  it('reads whether a payment wait stops the clock, with the law that says so (default: it does not)', () => {
    const land = {
      ...procedure,
      payment_stops_clock: 'yes',
      payment_stops_clock_basis: 'Nghị định 101/2024/NĐ-CP',
    };
    const result = importCatalogue(sheets({ procedures: [land] }));
    expect(result.ok && result.procedures[0]).toMatchObject({
      paymentStopsClock: true,
      paymentStopsClockBasis: 'Nghị định 101/2024/NĐ-CP',
    });
    const plain = importCatalogue(sheets());
    expect(plain.ok && plain.procedures[0]).toMatchObject({
      paymentStopsClock: false,
      paymentStopsClockBasis: '',
    });
    const noBasis = importCatalogue(sheets({ procedures: [{ ...land, payment_stops_clock_basis: '' }] }));
    expect(noBasis.ok).toBe(false);
    if (noBasis.ok) return;
    expect(noBasis.errors).toContainEqual(
      expect.objectContaining({ sheet: 'procedures', row: 2, column: 'payment_stops_clock_basis' }),
    );
  });

  it('reads limits per channel, extension conditions, an agreed later date and the fee status', () => {
    const result = importCatalogue(
      sheets({
        cases: [
          {
            ...caseRow,
            time_limit_value: '27',
            time_limit_online: '17',
            time_limit_postal: '20',
            extensions:
              'xa-kho-khan=10=Xã miền núi, hải đảo, vùng sâu, vùng xa=Mountain, island or remote commune | bo-sung=2=Xã phải hoàn thiện hồ sơ',
            agreed_extension: 'yes',
            fee_status: 'provincial-to-set',
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.procedures[0]?.cases[0]).toMatchObject({
      timeLimit: { value: 27, unit: 'working-days' },
      channelLimits: {
        online: { value: 17, unit: 'working-days' },
        postal: { value: 20, unit: 'working-days' },
      },
      extensions: [
        {
          code: 'xa-kho-khan',
          workingDays: 10,
          name: 'Xã miền núi, hải đảo, vùng sâu, vùng xa',
          nameEn: 'Mountain, island or remote commune',
        },
        { code: 'bo-sung', workingDays: 2, name: 'Xã phải hoàn thiện hồ sơ', nameEn: '' },
      ],
      agreedExtension: true,
      feeStatus: 'provincial-to-set',
    });
    const plain = importCatalogue(sheets());
    expect(plain.ok && plain.procedures[0]?.cases[0]).toMatchObject({
      channelLimits: {},
      extensions: [],
      agreedExtension: false,
      feeStatus: 'set',
    });
  });

  it('reads the limits later laws set from their effective dates, and picks the one in force on a day', () => {
    const result = importCatalogue(
      sheets({
        cases: [
          {
            ...caseRow,
            time_limit_value: '20',
            time_limit_online: '17',
            time_limit_changes:
              '2026-07-01=15 working-days=Luật số 136/2025/QH15 | 2027-01-01=10 working-days=Luật B',
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.procedures[0]?.cases[0];
    expect(c?.limitChanges).toEqual([
      {
        effectiveFrom: '2026-07-01',
        value: { value: 15, unit: 'working-days' },
        basis: 'Luật số 136/2025/QH15',
      },
      { effectiveFrom: '2027-01-01', value: { value: 10, unit: 'working-days' }, basis: 'Luật B' },
    ]);
    if (!c) return;
    const day = (d: string) => d as PlainDate;
    expect(limitForChannel(c, 'online', day('2026-06-30'))).toEqual({ value: 17, unit: 'working-days' });
    expect(limitForChannel(c, 'online', day('2026-07-01'))).toEqual({ value: 15, unit: 'working-days' });
    expect(limitForChannel(c, 'counter', day('2027-03-01'))).toEqual({ value: 10, unit: 'working-days' });
  });

  it.each([
    ['no law', '2026-07-01=15 working-days'],
    ['a date that is not one', '2026-02-30=15 working-days=Luật'],
    ['an unknown unit', '2026-07-01=15 weeks=Luật'],
    ['dates out of order', '2027-01-01=10 working-days=Luật B | 2026-07-01=15 working-days=Luật A'],
  ])('refuses a limit change with %s, naming the column', (_, cell) => {
    const result = importCatalogue(sheets({ cases: [{ ...caseRow, time_limit_changes: cell }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ sheet: 'cases', row: 2, column: 'time_limit_changes' }),
    );
  });

  it.each([
    [
      'a postal limit where the procedure takes no post',
      { ...procedure, postal: 'no' },
      { time_limit_postal: '20' },
      'time_limit_postal',
    ],
    [
      'an online limit where there is no online service',
      { ...procedure, online_service: 'none' },
      { time_limit_online: '17' },
      'time_limit_online',
    ],
    [
      'a channel limit on a same-day case',
      procedure,
      { time_limit_unit: 'same-day', time_limit_value: '0', time_limit_counter: '1' },
      'time_limit_counter',
    ],
    ['a channel limit that is not a number', procedure, { time_limit_online: 'mười' }, 'time_limit_online'],
    ['an extension without its working days', procedure, { extensions: 'xa-xa=Xã xa' }, 'extensions'],
    ['an extension of zero days', procedure, { extensions: 'xa-xa=0=Xã xa' }, 'extensions'],
    ['an extension with a bad code', procedure, { extensions: 'Xã Xa=5=Xã xa' }, 'extensions'],
    ['a repeated extension code', procedure, { extensions: 'xa-xa=5=Xã xa | xa-xa=2=Lần nữa' }, 'extensions'],
    ['an unknown fee status', procedure, { fee_status: 'unknown' }, 'fee_status'],
    ['a bad agreed_extension', procedure, { agreed_extension: 'maybe' }, 'agreed_extension'],
  ] as const)('rejects %s, naming the column', (_what, procedureRow, caseOver, column) => {
    const result = importCatalogue(
      sheets({ procedures: [procedureRow], cases: [{ ...caseRow, ...caseOver }] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ sheet: 'cases', row: 2, column }));
  });
});
