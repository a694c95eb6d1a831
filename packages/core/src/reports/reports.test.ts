import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, AgencyTree } from '../access/roles.ts';
import { canHandleReports, canSeeReportStats } from './access.ts';
import {
  decideReportAction,
  deriveReportState,
  nextReportStatus,
  publicReportStatus,
  REPORT_ACTIONS,
  REPORT_ALLOWED_ACTIONS,
  REPORT_STATUSES,
  type ReportAction,
  type ReportEntry,
} from './handling.ts';
import {
  normalizeReceipt,
  RECEIPT_ALPHABET,
  RECEIPT_BITS,
  RECEIPT_LENGTH,
  receiptFromIndices,
} from './receipt.ts';
import { vietnamDateOf } from './received-on.ts';

const indices = fc.array(fc.integer({ min: 0, max: RECEIPT_ALPHABET.length - 1 }), {
  minLength: RECEIPT_LENGTH,
  maxLength: RECEIPT_LENGTH,
});

describe('receipt codes', () => {
  it('are four groups of four unambiguous symbols, with at least 64 bits of entropy', () => {
    expect(RECEIPT_ALPHABET).toHaveLength(31);
    for (const c of '01OIL') expect(RECEIPT_ALPHABET).not.toContain(c);
    expect(RECEIPT_BITS).toBeGreaterThan(79);
    expect(receiptFromIndices(Array(16).fill(0))).toBe('2222-2222-2222-2222');
    fc.assert(
      fc.property(indices, (i) => {
        expect(receiptFromIndices(i)).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
      }),
    );
  });

  it('read back whatever the case, spaces and hyphens', () => {
    fc.assert(
      fc.property(indices, fc.boolean(), (i, lower) => {
        const receipt = receiptFromIndices(i);
        const typed = receipt.replaceAll('-', ' ');
        expect(normalizeReceipt(lower ? typed.toLowerCase() : typed)).toBe(receipt);
        expect(normalizeReceipt(` ${receipt.replaceAll('-', '')} `)).toBe(receipt);
      }),
    );
  });

  it('refuse what is not one: wrong length, a confusable symbol', () => {
    expect(normalizeReceipt('')).toBeNull();
    expect(normalizeReceipt('2222-2222-2222-222')).toBeNull();
    expect(normalizeReceipt('2222-2222-2222-22222')).toBeNull();
    expect(normalizeReceipt('2222-2222-2222-222O')).toBeNull();
    expect(normalizeReceipt('2222-2222-2222-2220')).toBeNull();
    expect(normalizeReceipt('2222-2222-2222-222I')).toBeNull();
    expect(normalizeReceipt("2222-2222-2222-22'; DROP")).toBeNull();
  });

  it('are built only from valid indices', () => {
    expect(() => receiptFromIndices([1, 2, 3])).toThrow(RangeError);
    expect(() => receiptFromIndices([...Array(15).fill(0), 31])).toThrow(RangeError);
    expect(() => receiptFromIndices([...Array(15).fill(0), 1.5])).toThrow(RangeError);
  });
});

describe('handling a report', () => {
  it('names every status in the table of allowed actions, each action somewhere', () => {
    expect(Object.keys(REPORT_ALLOWED_ACTIONS).sort()).toEqual([...REPORT_STATUSES].sort());
    for (const action of REPORT_ACTIONS) {
      expect(
        REPORT_STATUSES.some((s) => REPORT_ALLOWED_ACTIONS[s].includes(action)),
        action,
      ).toBe(true);
    }
    expect(REPORT_ALLOWED_ACTIONS).toMatchInlineSnapshot(`
      {
        "closed": [
          "answer",
        ],
        "not-substantiated": [
          "close",
          "answer",
          "note",
        ],
        "received": [
          "start-verification",
          "verify",
          "reject",
          "transfer",
          "close",
          "answer",
          "note",
        ],
        "transferred": [
          "close",
          "answer",
          "note",
        ],
        "verified": [
          "transfer",
          "close",
          "answer",
          "note",
        ],
        "verifying": [
          "verify",
          "reject",
          "transfer",
          "close",
          "answer",
          "note",
        ],
      }
    `);
  });

  it('reduces a log to its status, its last finding and its latest public answer', () => {
    const log: ReportEntry[] = [
      { action: 'receive', on: '2026-12-01' },
      { action: 'start-verification', on: '2026-12-02' },
      { action: 'answer', text: 'Đã tiếp nhận, đang xác minh.', on: '2026-12-02' },
      { action: 'verify', on: '2026-12-10' },
      { action: 'transfer', on: '2026-12-11' },
      { action: 'answer', text: 'Đã chuyển xử lý kỷ luật.', on: '2026-12-11' },
      { action: 'close', on: '2026-12-12' },
    ];
    expect(deriveReportState(log)).toEqual({
      status: 'closed',
      outcome: 'transferred',
      answer: { text: 'Đã chuyển xử lý kỷ luật.', on: '2026-12-11' },
    });
    expect(deriveReportState(log.slice(0, 1))).toEqual({
      status: 'received',
      outcome: 'pending',
      answer: null,
    });
  });

  it('refuses a broken log', () => {
    expect(() => deriveReportState([])).toThrow();
    expect(() => deriveReportState([{ action: 'verify', on: '2026-12-01' }])).toThrow();
    expect(() =>
      deriveReportState([
        { action: 'receive', on: '2026-12-01' },
        { action: 'close', on: '2026-12-01' },
        { action: 'verify', on: '2026-12-02' },
      ]),
    ).toThrow(/not allowed/);
  });

  it('keeps its rules under any sequence of attempted actions (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REPORT_ACTIONS), { maxLength: 30 }), (attempts) => {
        const log: ReportEntry[] = [{ action: 'receive', on: '2026-12-01' }];
        let status: (typeof REPORT_STATUSES)[number] = 'received';
        for (const action of attempts as ReportAction[]) {
          const next = nextReportStatus(status, action);
          if (next === null) {
            expect(REPORT_ALLOWED_ACTIONS[status]).not.toContain(action);
            continue;
          }
          // Closed is final; an answer or a note never moves the status.
          if (status === 'closed') expect(next).toBe('closed');
          if (action === 'answer' || action === 'note') expect(next).toBe(status);
          log.push({ action, on: '2026-12-02', ...(action === 'answer' ? { text: 'Trả lời' } : {}) });
          status = next;
        }
        const state = deriveReportState(log);
        expect(state.status).toBe(status);
        expect(REPORT_STATUSES).toContain(state.status);
        // A finding is recorded only through verify, reject or transfer.
        const findings = log.filter((e) => ['verify', 'reject', 'transfer'].includes(e.action));
        if (findings.length === 0) expect(state.outcome).toBe('pending');
        expect(state.answer === null).toBe(!log.some((e) => e.action === 'answer'));
      }),
    );
  });

  it('shows the public three statuses only', () => {
    expect(REPORT_STATUSES.map(publicReportStatus)).toEqual([
      'received',
      'in-progress',
      'in-progress',
      'in-progress',
      'in-progress',
      'closed',
    ]);
  });
});

describe('who sees reports', () => {
  const tree: AgencyTree = new Map([
    ['p.ubnd', { parentCode: null, kind: 'ubnd-tinh' }],
    ['p.thanh-tra', { parentCode: 'p.ubnd', kind: 'thanh-tra-tinh' }],
    ['p.hcc', { parentCode: 'p.ubnd', kind: 'service-centre' }],
  ]);
  const actor = (roles: Actor['roles'], agencyCode: string): Actor => ({
    id: '1',
    username: 'u',
    roles,
    agencyCode,
  });

  it('lets only the inspectorate’s inspectors handle them; the supervisor also sees the statistics', () => {
    expect(canHandleReports(actor(['inspector'], 'p.thanh-tra'), tree)).toBe(true);
    expect(canHandleReports(actor(['inspector'], 'p.hcc'), tree)).toBe(false);
    expect(canHandleReports(actor(['system-admin'], 'p.hcc'), tree)).toBe(false);
    expect(canHandleReports(actor(['supervisor'], 'p.hcc'), tree)).toBe(false);
    expect(canHandleReports(actor(['leader'], 'p.thanh-tra'), tree)).toBe(false);
    expect(canSeeReportStats(actor(['supervisor'], 'p.hcc'), tree)).toBe(true);
    expect(canSeeReportStats(actor(['inspector'], 'p.thanh-tra'), tree)).toBe(true);
    expect(canSeeReportStats(actor(['system-admin'], 'p.hcc'), tree)).toBe(false);
  });
});

describe('the date of receipt', () => {
  it('is the Vietnamese date of the instant, whatever the machine’s zone', () => {
    expect(vietnamDateOf(new Date('2026-12-03T16:59:59Z'))).toBe('2026-12-03');
    expect(vietnamDateOf(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
  });
});

describe('deciding a handling step', () => {
  const known = (code: string) => code === 'p.ubnd';
  it('records the next status with its trimmed text and agency', () => {
    expect(decideReportAction('received', { action: 'answer', text: '  Đã nhận. ' }, known)).toEqual({
      status: 'received',
      text: 'Đã nhận.',
      agencyCode: null,
    });
    expect(decideReportAction('verified', { action: 'transfer', agencyCode: 'p.ubnd' }, known)).toEqual({
      status: 'transferred',
      text: null,
      agencyCode: 'p.ubnd',
    });
  });
  it('refuses a step not allowed now, with the allowed ones', () => {
    try {
      decideReportAction('closed', { action: 'verify' }, known);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_TRANSITION', details: { allowedActions: ['answer'] } });
    }
  });
  it('names the field at fault', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { fields?: { path: string }[] }).fields?.map((f) => f.path);
      }
    };
    expect(fieldOf(() => decideReportAction('received', { action: 'answer', text: '   ' }, known))).toEqual([
      'text',
    ]);
    expect(fieldOf(() => decideReportAction('received', { action: 'note' }, known))).toEqual(['text']);
    expect(fieldOf(() => decideReportAction('received', { action: 'transfer' }, known))).toEqual([
      'agencyCode',
    ]);
    expect(
      fieldOf(() => decideReportAction('received', { action: 'transfer', agencyCode: 'nowhere' }, known)),
    ).toEqual(['agencyCode']);
    expect(
      fieldOf(() => decideReportAction('received', { action: 'verify', agencyCode: 'p.ubnd' }, known)),
    ).toEqual(['agencyCode']);
  });
});
