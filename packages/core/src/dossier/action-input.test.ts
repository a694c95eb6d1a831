import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../testing.ts';
import { ACTION_DATA, actionInputErrors, parseActionInput, STAFF_ACTION_TYPES } from './action-input.ts';

const paths = (body: unknown) => actionInputErrors(body).map((e) => e.path);

describe('typed action input', () => {
  it('has one data schema for every staff action, and refuses what it does not list', () => {
    expect(Object.keys(ACTION_DATA).sort()).toEqual([...STAFF_ACTION_TYPES].sort());
    expect(
      Object.fromEntries(Object.entries(ACTION_DATA).map(([a, s]) => [a, Object.keys(s.properties)])),
    ).toMatchSnapshot();
  });

  it('names an unknown action', () => {
    expect(paths({ action: 'delete' })).toEqual(['action']);
    expect(paths({ action: 'submit-online' })).toEqual(['action']);
    expect(paths({})).toEqual(['action']);
    expect(paths(null)).toEqual(['action']);
  });

  it('refuses a result code chosen by the caller: the decider numbers results', () => {
    expect(paths({ action: 'issue-result', data: { number: '1', resultCodes: ['X-KQ9'] } })).toEqual([
      'data.resultCodes',
    ]);
    expect(paths({ action: 'issue-result', data: { number: '1', resultCode: 'X-KQ9' } })).toEqual([
      'data.resultCode',
    ]);
    expect(paths({ action: 'forward', data: { resultCode: 'X-KQ1' } })).toEqual(['data.resultCode']);
  });

  it('refuses extra fields anywhere, naming each', () => {
    expect(paths({ action: 'transfer', data: { toAgencyCode: 'x' } })).toEqual(['data.toAgencyCode']);
    expect(paths({ action: 'transfer', agencyCode: 'x' })).toEqual(['agencyCode']);
    expect(
      paths({ action: 'request-supplement', reason: 'r', data: { missing: [{ name: 'a', extra: 1 }] } }),
    ).toEqual(['data.missing[0].extra']);
  });

  it('names missing and mistyped fields', () => {
    expect(paths({ action: 'issue-result' })).toEqual(['data']);
    expect(paths({ action: 'issue-result', data: {} })).toEqual(['data.number']);
    expect(paths({ action: 'issue-result', data: { number: '   ' } })).toEqual(['data.number']);
    expect(paths({ action: 'request-payment', data: { amount: 'much' } })).toEqual(['data.amount']);
    expect(paths({ action: 'apologize-extend', reason: 'r', data: { newDueDate: '15/07/2025' } })).toEqual([
      'data.newDueDate',
    ]);
    expect(paths({ action: 'schedule-return', data: { appointmentAt: '2025-07-04 14:00' } })).toEqual([
      'data.appointmentAt',
    ]);
    expect(paths({ action: 'request-supplement', reason: 'r', data: { missing: [] } })).toEqual([
      'data.missing',
    ]);
  });

  it('needs a reason where it is printed or explains a refusal, stop or rework', () => {
    for (const action of ['refuse', 'stop', 'withdraw', 'return-for-rework'] as const) {
      expect(paths({ action })).toEqual(['reason']);
      expect(paths({ action, reason: '  ' })).toEqual(['reason']);
      expect(paths({ action, reason: 'Lý do' })).toEqual([]);
    }
    expect(paths({ action: 'transfer' })).toEqual([]);
  });

  it('asks for what the chosen fields need together', () => {
    expect(
      paths({
        action: 'schedule-return',
        data: { appointmentAt: '2025-07-04T14:00:00+07:00', place: 'home' },
      }),
    ).toEqual(['data.address']);
    expect(paths({ action: 'return-result', data: { method: 'post' } })).toEqual(['data.waybill']);
    expect(paths({ action: 'return-result', data: { method: 'online' } })).toEqual([]);
    expect(paths({ action: 'record-payment', data: { method: 'transfer' } })).toEqual(['data.reference']);
    expect(paths({ action: 'record-payment' })).toEqual([]);
    expect(
      paths({ action: 'request-supplement', reason: 'r', data: { missing: [{ reason: 'x' }] } }),
    ).toEqual(['data.missing[0].name']);
  });

  it('returns the input typed, with text trimmed, and words its errors in both languages', () => {
    expect(parseActionInput({ action: 'assign', reason: '  ', data: { assignee: ' cv ' } })).toEqual({
      action: 'assign',
      data: { assignee: 'cv' },
    });
    expect(parseActionInput({ action: 'transfer' })).toEqual({ action: 'transfer', data: {} });
    const e = thrown(() => parseActionInput({ action: 'issue-result', data: { number: 1 } }));
    expect(e.fields).toEqual([
      { path: 'data.number', message: 'Phải là kiểu chuỗi ký tự.', messageEn: 'Must be of type string.' },
    ]);
  });

  describe('who collected a result handed over in person', () => {
    const self = { fullName: 'Nguyễn Văn A', idNumber: '037190001111', relation: 'self' };
    const returning = (data: object) => ({ action: 'return-result', data });

    it('is required at the counter (the default) and at home, naming each field in both languages', () => {
      for (const data of [{}, { method: 'counter' }, { method: 'home' }]) {
        expect(paths(returning(data))).toEqual([
          'data.collector.fullName',
          'data.collector.idNumber',
          'data.collector.relation',
        ]);
      }
      const [name] = actionInputErrors(returning({}));
      expect(name).toMatchObject({
        message: 'Cần họ tên người nhận kết quả.',
        messageEn: "The collector's name is required.",
      });
      expect(paths(returning({ collector: self }))).toEqual([]);
      expect(paths(returning({ method: 'home', collector: self }))).toEqual([]);
    });

    it('checks the personal ID by the citizen ID rule, and the relation against the list', () => {
      const id = actionInputErrors(returning({ collector: { ...self, idNumber: '12345' } }));
      expect(id).toEqual([
        {
          path: 'data.collector.idNumber',
          message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
          messageEn: 'The personal ID number must be exactly 12 digits.',
        },
      ]);
      expect(paths(returning({ collector: { ...self, idNumber: '999190001111' } }))).toEqual([
        'data.collector.idNumber',
      ]);
      expect(paths(returning({ collector: { ...self, relation: 'neighbour' } }))).toEqual([
        'data.collector.relation',
      ]);
      expect(paths(returning({ collector: { ...self, fullName: '   ' } }))).toEqual([
        'data.collector.fullName',
      ]);
      expect(paths(returning({ collector: { fullName: 'A', idNumber: '037190001111' } }))).toEqual([
        'data.collector.relation',
      ]);
    });

    it('asks an authorised collector for the authorisation paper', () => {
      const authorised = { ...self, fullName: 'Trần Thị Bình', relation: 'authorised' };
      expect(paths(returning({ collector: authorised }))).toEqual(['data.collector.authorisationNote']);
      expect(
        paths(returning({ collector: { ...authorised, authorisationNote: 'Giấy ủy quyền số 5/2026' } })),
      ).toEqual([]);
      expect(paths(returning({ collector: { ...self, relation: 'family' } }))).toEqual([]);
    });

    it('is not recorded for a result sent by post or online', () => {
      expect(paths(returning({ method: 'post', waybill: 'EP1VN', collector: self }))).toEqual([
        'data.collector',
      ]);
      expect(paths(returning({ method: 'online', collector: self }))).toEqual(['data.collector']);
    });

    it('accepts every valid personal ID with spaces, and stores it without them', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999_999 }), fc.boolean(), (n, spaced) => {
          const digits = `001095${String(n).padStart(6, '0')}`;
          const typed = spaced ? digits.replace(/(\d{3})(?=\d)/g, '$1 ') : digits;
          const input = parseActionInput(returning({ collector: { ...self, idNumber: typed } }));
          return input.action === 'return-result' && input.data.collector?.idNumber === digits;
        }),
      );
    });
  });
});
