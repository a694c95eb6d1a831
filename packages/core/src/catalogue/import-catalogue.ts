/**
 * Turns the rows of a province's catalogue file (three sheets: procedures, cases, components — CSV files or
 * xlsx sheets, parsed by the server) into procedures. All-or-nothing: any row error rejects the whole file,
 * so a catalogue is never half imported. Errors name the sheet, the 1-based row (header = row 1) and column.
 */

import { isPlainDate } from '../calendar/plain-date.ts';
import { type RuleChange, ruleChangeErrors } from '../law/in-force.ts';
import {
  AGENCY_KINDS,
  acceptsChannel,
  COMPONENT_FORMS,
  type DossierComponent,
  FEE_STATUSES,
  type Fee,
  LEVELS,
  type LimitExtension,
  ONLINE_SERVICES,
  PROCEDURE_CODE_PATTERN,
  type Procedure,
  type ProcedureCase,
  SUBMISSION_CHANNELS,
  TIME_LIMIT_UNITS,
  type TimeLimit,
} from './procedure.ts';

export type SheetName = 'procedures' | 'cases' | 'components';
export type Row = Readonly<Record<string, string | undefined>>;
export interface CatalogueSheets {
  procedures: readonly Row[];
  cases: readonly Row[];
  components: readonly Row[];
}

export interface ImportRowError {
  sheet: SheetName;
  row: number;
  column: string;
  message: string;
  messageEn: string;
}

export type ImportResult = { ok: true; procedures: Procedure[] } | { ok: false; errors: ImportRowError[] };

export const SHEET_COLUMNS: Record<SheetName, readonly string[]> = {
  procedures: [
    'code',
    'name',
    'name_en',
    'field',
    'field_en',
    'level',
    'agency_kind',
    'online_service',
    'postal',
    'result',
    'result_en',
    'subjects',
    'requirements',
    'steps',
    'submission',
    'legal_basis',
    'synonyms',
    'source',
    'notes',
    'payment_stops_clock',
    'payment_stops_clock_basis',
  ],
  cases: [
    'procedure_code',
    'case_code',
    'name',
    'name_en',
    'time_limit_value',
    'time_limit_unit',
    'fees',
    'fee_note',
    'fee_status',
    'time_limit_counter',
    'time_limit_online',
    'time_limit_postal',
    'extensions',
    'agreed_extension',
    'time_limit_changes',
  ],
  components: [
    'procedure_code',
    'case_code',
    'component_id',
    'name',
    'name_en',
    'form',
    'quantity',
    'required',
    'template',
    'template_url',
    'note',
  ],
};

const REQUIRED_COLUMNS: Record<SheetName, readonly string[]> = {
  procedures: ['code', 'name', 'field', 'level', 'agency_kind', 'online_service'],
  cases: ['procedure_code', 'case_code', 'name', 'time_limit_value', 'time_limit_unit'],
  components: ['procedure_code', 'case_code', 'component_id', 'name', 'form', 'quantity', 'required'],
};

/** The optional per-channel limit columns of the cases sheet, in the case's own unit. */
const CHANNEL_LIMIT_COLUMN = {
  counter: 'time_limit_counter',
  online: 'time_limit_online',
  postal: 'time_limit_postal',
} as const;
const CHANNEL_NAME = { counter: 'trực tiếp', online: 'trực tuyến', postal: 'bưu chính' } as const;
const MAX_EXTENSION_DAYS = 60;

const LIST_SEPARATOR = /\s*\|\s*/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_TIME_LIMIT: Record<string, number> = {
  'working-days': 365,
  'working-hours': 400,
  'same-day': 0,
  'calendar-days': 730,
};

/** Splits a multi-value cell ("a | b | c"); empty cells give an empty list. */
export function splitList(cell: string | undefined): string[] {
  const text = (cell ?? '').trim();
  return text === '' ? [] : text.split(LIST_SEPARATOR).filter((part) => part !== '');
}

export function importCatalogue(sheets: CatalogueSheets): ImportResult {
  const errors: ImportRowError[] = [];
  const fail = (sheet: SheetName, row: number, column: string, message: string, messageEn: string) =>
    errors.push({ sheet, row, column, message, messageEn });
  const text = (r: Row, c: string) => (r[c] ?? '').trim();

  for (const sheet of ['procedures', 'cases', 'components'] as const) {
    const first = sheets[sheet][0];
    if (first === undefined) {
      fail(sheet, 1, '', `Trang "${sheet}" không có dòng dữ liệu nào.`, `Sheet "${sheet}" has no data rows.`);
      continue;
    }
    for (const column of REQUIRED_COLUMNS[sheet]) {
      if (!(column in first)) {
        fail(sheet, 1, column, `Thiếu cột "${column}".`, `Missing column "${column}".`);
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const required = (sheet: SheetName, row: number, r: Row, column: string): string => {
    const value = text(r, column);
    if (value === '') fail(sheet, row, column, 'Không được để trống.', 'Must not be empty.');
    return value;
  };
  const oneOf = <T extends string>(
    sheet: SheetName,
    row: number,
    r: Row,
    column: string,
    allowed: readonly T[],
  ): T => {
    const value = text(r, column);
    if (!(allowed as readonly string[]).includes(value)) {
      fail(
        sheet,
        row,
        column,
        `Giá trị "${value}" không hợp lệ; chỉ nhận: ${allowed.join(', ')}.`,
        `Invalid value "${value}"; expected one of: ${allowed.join(', ')}.`,
      );
    }
    return value as T;
  };
  const yesNo = (sheet: SheetName, row: number, r: Row, column: string, fallback: boolean): boolean => {
    const value = text(r, column).toLowerCase();
    if (value === '') return fallback;
    if (value === 'yes' || value === 'có') return true;
    if (value === 'no' || value === 'không') return false;
    fail(sheet, row, column, `"${value}" phải là yes hoặc no.`, `"${value}" must be yes or no.`);
    return fallback;
  };
  const integer = (sheet: SheetName, row: number, r: Row, column: string, min: number, max: number) => {
    const value = text(r, column);
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      fail(
        sheet,
        row,
        column,
        `"${value}" phải là số nguyên từ ${min} đến ${max}.`,
        `"${value}" must be a whole number from ${min} to ${max}.`,
      );
      return null;
    }
    return n;
  };

  /** A form template's address: https only (a public page links to it), at most 2,000 characters. */
  const templateUrl = (row: number, r: Row): string => {
    const value = text(r, 'template_url');
    if (value === '') return '';
    if (!isHttpsUrl(value) || value.length > 2000) {
      fail(
        'components',
        row,
        'template_url',
        `"${value.slice(0, 80)}" không phải địa chỉ https hợp lệ.`,
        `"${value.slice(0, 80)}" is not a valid https address.`,
      );
      return '';
    }
    return value;
  };

  const paymentRule = (row: number, r: Row) => {
    const stops = yesNo('procedures', row, r, 'payment_stops_clock', false);
    const basis = text(r, 'payment_stops_clock_basis');
    if (stops && basis === '') {
      fail(
        'procedures',
        row,
        'payment_stops_clock_basis',
        'Ghi văn bản pháp luật quy định không tính thời gian chờ nộp phí, nghĩa vụ tài chính.',
        'Name the law that leaves the payment wait out of the time limit.',
      );
    }
    return { paymentStopsClock: stops, paymentStopsClockBasis: basis };
  };

  /** The per-channel limits of a case row: only for channels the procedure takes, never for same-day. */
  const channelLimits = (row: number, r: Row, unit: TimeLimit['unit'], procedure: Procedure | undefined) => {
    const limits: Partial<Record<(typeof SUBMISSION_CHANNELS)[number], TimeLimit>> = {};
    for (const channel of SUBMISSION_CHANNELS) {
      const column = CHANNEL_LIMIT_COLUMN[channel];
      if (text(r, column) === '') continue;
      if (unit === 'same-day') {
        fail(
          'cases',
          row,
          column,
          'Thủ tục giải quyết trong ngày không có thời hạn riêng theo hình thức nộp.',
          'A same-day case has no per-channel limit.',
        );
        continue;
      }
      if (procedure && !acceptsChannel(procedure, channel)) {
        fail(
          'cases',
          row,
          column,
          `Thủ tục không nhận hồ sơ ${CHANNEL_NAME[channel]}; bỏ trống cột này.`,
          `The procedure does not take ${channel} dossiers; leave this column empty.`,
        );
        continue;
      }
      const value = integer('cases', row, r, column, 1, MAX_TIME_LIMIT[unit] ?? 0);
      if (value !== null) limits[channel] = { value, unit };
    }
    return limits;
  };

  const procedures = new Map<string, Procedure>();
  sheets.procedures.forEach((r, index) => {
    const row = index + 2;
    const code = required('procedures', row, r, 'code');
    if (code !== '' && !PROCEDURE_CODE_PATTERN.test(code)) {
      fail(
        'procedures',
        row,
        'code',
        `Mã thủ tục "${code}" sai định dạng d.dddddd.`,
        `Procedure code "${code}" is not in the d.dddddd format.`,
      );
    }
    if (procedures.has(code)) {
      fail(
        'procedures',
        row,
        'code',
        `Mã thủ tục "${code}" bị trùng.`,
        `Duplicate procedure code "${code}".`,
      );
    }
    procedures.set(code, {
      code,
      name: required('procedures', row, r, 'name'),
      nameEn: text(r, 'name_en'),
      field: required('procedures', row, r, 'field'),
      fieldEn: text(r, 'field_en'),
      level: oneOf('procedures', row, r, 'level', LEVELS),
      agencyKind: oneOf('procedures', row, r, 'agency_kind', AGENCY_KINDS),
      onlineService: oneOf('procedures', row, r, 'online_service', ONLINE_SERVICES),
      postal: yesNo('procedures', row, r, 'postal', false),
      result: text(r, 'result'),
      resultEn: text(r, 'result_en'),
      subjects: text(r, 'subjects'),
      requirements: text(r, 'requirements'),
      steps: splitList(r.steps),
      submission: splitList(r.submission),
      legalBasis: splitList(r.legal_basis),
      synonyms: splitList(r.synonyms),
      source: text(r, 'source'),
      notes: text(r, 'notes'),
      ...paymentRule(row, r),
      cases: [],
    });
  });

  const cases = new Map<string, ProcedureCase>();
  sheets.cases.forEach((r, index) => {
    const row = index + 2;
    const procedureCode = required('cases', row, r, 'procedure_code');
    const code = required('cases', row, r, 'case_code');
    const procedure = procedures.get(procedureCode);
    if (procedureCode !== '' && procedure === undefined) {
      fail(
        'cases',
        row,
        'procedure_code',
        `Không có thủ tục mã "${procedureCode}" trong trang procedures.`,
        `No procedure "${procedureCode}" in the procedures sheet.`,
      );
    }
    if (code !== '' && !SLUG.test(code)) {
      fail(
        'cases',
        row,
        'case_code',
        `Mã trường hợp "${code}" chỉ gồm chữ thường, số và dấu gạch ngang.`,
        `Case code "${code}" may hold only lower-case letters, digits and hyphens.`,
      );
    }
    const key = `${procedureCode}/${code}`;
    if (cases.has(key)) {
      fail('cases', row, 'case_code', `Trường hợp "${code}" bị trùng.`, `Duplicate case "${code}".`);
    }
    const unit = oneOf('cases', row, r, 'time_limit_unit', TIME_LIMIT_UNITS);
    const value = integer('cases', row, r, 'time_limit_value', 0, MAX_TIME_LIMIT[unit] ?? 0);
    if (unit !== 'same-day' && value === 0) {
      fail(
        'cases',
        row,
        'time_limit_value',
        'Thời hạn phải lớn hơn 0 (dùng same-day cho thủ tục giải quyết trong ngày).',
        'The time limit must be above 0 (use same-day for procedures settled within the day).',
      );
    }
    const procedureCase: ProcedureCase = {
      code,
      name: required('cases', row, r, 'name'),
      nameEn: text(r, 'name_en'),
      timeLimit: { value: value ?? 0, unit },
      channelLimits: channelLimits(row, r, unit, procedure),
      limitChanges: parseLimitChanges(row, r.time_limit_changes, fail),
      extensions: parseExtensions(row, r.extensions, fail),
      agreedExtension: yesNo('cases', row, r, 'agreed_extension', false),
      feeStatus: text(r, 'fee_status') === '' ? 'set' : oneOf('cases', row, r, 'fee_status', FEE_STATUSES),
      fees: parseFees('cases', row, r.fees, fail),
      feeNote: text(r, 'fee_note'),
      components: [],
    };
    cases.set(key, procedureCase);
    procedure?.cases.push(procedureCase);
  });

  sheets.components.forEach((r, index) => {
    const row = index + 2;
    const procedureCode = required('components', row, r, 'procedure_code');
    const caseCode = required('components', row, r, 'case_code');
    const id = required('components', row, r, 'component_id');
    const procedureCase = cases.get(`${procedureCode}/${caseCode}`);
    if (procedureCode !== '' && caseCode !== '' && procedureCase === undefined) {
      fail(
        'components',
        row,
        'case_code',
        `Không có trường hợp "${caseCode}" của thủ tục "${procedureCode}".`,
        `No case "${caseCode}" of procedure "${procedureCode}".`,
      );
    }
    if (id !== '' && !SLUG.test(id)) {
      fail(
        'components',
        row,
        'component_id',
        `Mã thành phần "${id}" chỉ gồm chữ thường, số và dấu gạch ngang.`,
        `Component id "${id}" may hold only lower-case letters, digits and hyphens.`,
      );
    }
    if (procedureCase?.components.some((c) => c.id === id)) {
      fail('components', row, 'component_id', `Thành phần "${id}" bị trùng.`, `Duplicate component "${id}".`);
    }
    const component: DossierComponent = {
      id,
      name: required('components', row, r, 'name'),
      nameEn: text(r, 'name_en'),
      form: oneOf('components', row, r, 'form', COMPONENT_FORMS),
      quantity: integer('components', row, r, 'quantity', 1, 100) ?? 1,
      required: yesNo('components', row, r, 'required', true),
      template: text(r, 'template'),
      templateUrl: templateUrl(row, r),
      note: text(r, 'note'),
    };
    procedureCase?.components.push(component);
  });

  for (const procedure of procedures.values()) {
    if (procedure.cases.length === 0) {
      const row = sheets.procedures.findIndex((r) => text(r, 'code') === procedure.code) + 2;
      fail(
        'procedures',
        row,
        'code',
        `Thủ tục "${procedure.code}" chưa có trường hợp nào trong trang cases.`,
        `Procedure "${procedure.code}" has no case in the cases sheet.`,
      );
    }
  }
  for (const [key, procedureCase] of cases) {
    if (procedureCase.components.length === 0) {
      const row = sheets.cases.findIndex(
        (r) => `${text(r, 'procedure_code')}/${text(r, 'case_code')}` === key,
      );
      fail(
        'cases',
        row + 2,
        'case_code',
        `Trường hợp "${key}" chưa có thành phần hồ sơ nào.`,
        `Case "${key}" has no dossier component.`,
      );
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, procedures: [...procedures.values()] };
}

/** Fees cell: "Lệ phí=8000 | Phí chứng thực=2000"; amounts are whole đồng, dots/commas as thousands marks. */
function parseFees(
  sheet: SheetName,
  row: number,
  cell: string | undefined,
  fail: (sheet: SheetName, row: number, column: string, message: string, messageEn: string) => void,
): Fee[] {
  return splitList(cell).map((entry) => {
    const at = entry.lastIndexOf('=');
    const name = entry.slice(0, at).trim();
    const amountText = entry.slice(at + 1).replace(/[.,\s]/g, '');
    if (at <= 0 || name === '' || !/^\d{1,12}$/.test(amountText)) {
      fail(
        sheet,
        row,
        'fees',
        `Phí "${entry}" phải có dạng "Tên phí=số tiền".`,
        `Fee "${entry}" must look like "Fee name=amount".`,
      );
      return { name: entry, amount: 0 };
    }
    return { name, amount: Number(amountText) };
  });
}

/**
 * Extensions cell: "code=working days=Tên điều kiện=English name | …" (the English name may be left out),
 * e.g. "xa-xa-50km=5=Xã cách trụ sở Công an, BHXH từ 50 km trở lên".
 */
/**
 * 'time_limit_changes': "2027-01-01=15 working-days=Nghị định số …" entries separated by '|', each a limit a
 * later law sets from its effective date (docs/catalogue-format.md).
 */
function parseLimitChanges(
  row: number,
  cell: string | undefined,
  fail: (sheet: SheetName, row: number, column: string, message: string, messageEn: string) => void,
): RuleChange<TimeLimit>[] {
  const changes = splitList(cell).flatMap((entry): RuleChange<TimeLimit>[] => {
    const [date = '', limit = '', basis = ''] = entry.split('=').map((part) => part.trim());
    const [valueText = '', unit = ''] = limit.split(/\s+/);
    const value = Number(valueText);
    const bad = (vi: string, en: string) => {
      fail(
        'cases',
        row,
        'time_limit_changes',
        `Thay đổi thời hạn "${entry}": ${vi}`,
        `Limit change "${entry}": ${en}`,
      );
      return [];
    };
    if (!isPlainDate(date))
      return bad('ngày hiệu lực không hợp lệ (YYYY-MM-DD).', 'not a valid effective date (YYYY-MM-DD).');
    if (!(TIME_LIMIT_UNITS as readonly string[]).includes(unit))
      return bad(
        `đơn vị phải là một trong ${TIME_LIMIT_UNITS.join(', ')}.`,
        `the unit must be one of ${TIME_LIMIT_UNITS.join(', ')}.`,
      );
    const max = MAX_TIME_LIMIT[unit] ?? 0;
    if (!/^\d+$/.test(valueText) || value > max || (unit !== 'same-day' && value === 0))
      return bad(`thời hạn phải từ 1 đến ${max}.`, `the limit must be 1 to ${max}.`);
    if (basis === '')
      return bad(
        'thiếu văn bản quy định (dạng "ngày=số đơn vị=Văn bản").',
        'no legal basis ("date=value unit=Text").',
      );
    return [{ effectiveFrom: date, value: { value, unit: unit as TimeLimit['unit'] }, basis }];
  });
  for (const e of ruleChangeErrors(changes, 'time_limit_changes')) {
    fail('cases', row, 'time_limit_changes', e.message, e.messageEn);
  }
  return changes;
}

function parseExtensions(
  row: number,
  cell: string | undefined,
  fail: (sheet: SheetName, row: number, column: string, message: string, messageEn: string) => void,
): LimitExtension[] {
  const seen = new Set<string>();
  return splitList(cell).flatMap((entry) => {
    const [code = '', daysText = '', name = '', nameEn = ''] = entry.split('=').map((part) => part.trim());
    const workingDays = Number(daysText);
    const bad = (vi: string, en: string) => {
      fail('cases', row, 'extensions', `Điều kiện gia hạn "${entry}": ${vi}`, `Extension "${entry}": ${en}`);
      return [];
    };
    if (!SLUG.test(code))
      return bad(
        'mã chỉ gồm chữ thường, số và dấu gạch ngang.',
        'the code may hold only lower-case letters, digits and hyphens.',
      );
    if (!/^\d+$/.test(daysText) || workingDays < 1 || workingDays > MAX_EXTENSION_DAYS) {
      return bad(
        `số ngày làm việc phải từ 1 đến ${MAX_EXTENSION_DAYS} (dạng "mã=số ngày=Tên").`,
        `the working days must be 1 to ${MAX_EXTENSION_DAYS} ("code=days=Name").`,
      );
    }
    if (name === '') return bad('thiếu tên điều kiện.', 'the condition has no name.');
    if (seen.has(code)) return bad('mã bị trùng.', 'the code is listed twice.');
    seen.add(code);
    return [{ code, name, nameEn, workingDays }];
  });
}

/** https, a host name, then a path without spaces, quotes or angle brackets (core has no URL parser). */
const HTTPS_URL =
  /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?(?:[/?#][^\s"'<>]*)?$/;

function isHttpsUrl(value: string): boolean {
  return HTTPS_URL.test(value);
}
