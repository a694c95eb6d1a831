import type { LogEntryView } from '@motcua/core';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { entryDetails, recordedLater } from './log-details';

// The keys and their parameters stand for the words: the test is about what is shown, not how it reads.
const t = ((key: string, params?: Record<string, unknown>) =>
  params ? `${key}${JSON.stringify(params)}` : key) as unknown as TFunction;
const ctx = {
  t,
  lang: 'vi' as const,
  agencyName: (code: string) => (code === 'CA-HL' ? 'Công an phường Hoa Lư' : code),
};

const entry = (action: string, data: Record<string, unknown>): LogEntryView =>
  ({
    seq: 1,
    at: '2026-03-12T07:05:00Z',
    recordedAt: '2026-03-12T07:05:00Z',
    actor: { name: 'A', role: 'leader' },
    action,
    actionLabel: action,
    data,
    hash: 'h',
    prevHash: null,
  }) as LogEntryView;

const shown = (action: string, data: Record<string, unknown>) =>
  Object.fromEntries(entryDetails(entry(action, data), ctx).map((d) => [d.label, d.value]));

describe('entryDetails', () => {
  it('shows the due date of a reception and hides what only the system needs', () => {
    const details = shown('receive', {
      channel: 'postal',
      subject: { procedure: {} },
      office: { open: '07:30' },
      dueDate: '2026-03-19',
      step: { index: 0, key: 'tiep-nhan', dueAt: '2026-03-12T10:00:00Z' },
    });
    expect(details).toEqual({ 'dossier.channel': 'dossier.channelPostal', 'intake.dueAt': '19/03/2026' });
  });

  it('shows who approved a back-dated reception and the server times of entry and approval', () => {
    const details = shown('receive', {
      channel: 'counter',
      dueDate: '2026-03-19',
      backdated: {
        heldId: 'h',
        heldAt: '2026-03-13T10:00:00+07:00',
        approvedBy: { id: 'a', name: 'Lê Văn Long' },
        approvedAt: '2026-03-13T14:00:00+07:00',
      },
    });
    expect(details['timeline.backdated']).toContain('Lê Văn Long');
    expect(details['timeline.backdated']).toContain('14:00');
  });

  it('shows an apology as the old and new dates, its slip and who signed', () => {
    const details = shown('apologize-extend', {
      previousDueDate: '2026-03-12',
      newDueDate: '2026-03-16',
      slip: { form: '04', number: '1/XLHS', agencyCode: 'X' },
      signer: { name: 'Nguyễn Văn An', title: 'CHỦ TỊCH' },
    });
    expect(details).toEqual({
      'timeline.dueChange': '12/03/2026 → 16/03/2026',
      'timeline.slip': 'timeline.slipValue{"form":"04","number":"1/XLHS"}',
      'dossierPage.signer': 'Nguyễn Văn An (CHỦ TỊCH)',
    });
  });

  it('names the assignee, the agency forwarded to and the result with its file digest', () => {
    expect(shown('assign', { assignee: 'chuyenvien.xa', assigneeName: 'Hoàng Văn Nam', step: {} })).toEqual({
      'timeline.assignee': 'Hoàng Văn Nam (chuyenvien.xa)',
    });
    expect(
      shown('forward', {
        toAgencyCode: 'CA-HL',
        resultCode: 'X-KQ1',
        resultFile: { id: 'f', name: 'kq.pdf', sha256: '0123456789abcdef' },
      }),
    ).toEqual({
      'timeline.toAgency': 'Công an phường Hoa Lư',
      'dossier.resultCodes': 'X-KQ1',
      'files.resultFile': 'kq.pdf (SHA-256 0123456789ab…)',
    });
  });

  it('shows the working days waited and the new due date when a wait ends', () => {
    expect(shown('supplement', { resumed: { waitedWorkingDays: 3, dueDate: '2026-03-25' } })).toEqual({
      'timeline.waited': 'timeline.waitedValue{"count":3}',
      'timeline.newDue': '25/03/2026',
    });
    expect(shown('supplement', {})).toEqual({});
  });

  it('shows the payment, the missing items, the return and its waybill', () => {
    expect(shown('record-payment', { method: 'transfer', amount: 50000, reference: 'FT123' })).toEqual({
      'dossierPage.paymentMethod': 'dossierPage.payTransfer',
      'timeline.amount': '50.000 đ',
      'dossierPage.reference': 'FT123',
    });
    expect(
      shown('request-supplement', {
        missing: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp' }, { name: 'Tờ khai' }],
        slip: { form: '02', number: '2/HDHS' },
      }),
    ).toEqual({
      'dossierPage.missingLegend': 'Giấy chứng sinh: Bản chụp; Tờ khai',
      'timeline.slip': 'timeline.slipValue{"form":"02","number":"2/HDHS"}',
    });
    expect(shown('return-result', { method: 'post', waybill: 'EP1VN' })).toEqual({
      'dossierPage.returnMethod': 'dossierPage.returnPost',
      'intake.waybill': 'EP1VN',
    });
    expect(
      shown('return-result', {
        method: 'counter',
        collector: {
          fullName: 'Trần Văn Bình',
          idNumber: '037190004444',
          relation: 'authorised',
          authorisationNote: 'Giấy ủy quyền ngày 03/3/2025',
        },
      }),
    ).toEqual({
      'dossierPage.returnMethod': 'dossierPage.returnCounter',
      'dossierPage.collector': 'Trần Văn Bình (dossierPage.collectorRelations.authorised)',
      'dossierPage.collectorId': '037190004444',
      'dossierPage.collectorNote': 'Giấy ủy quyền ngày 03/3/2025',
    });
    expect(shown('approve', { step: { key: 'x' } })).toEqual({});
  });
});

describe('recordedLater', () => {
  it('tells a back-dated entry from one written as it happened', () => {
    expect(recordedLater({ at: '2026-03-05T07:00:00Z', recordedAt: '2026-03-12T07:00:00Z' })).toBe(true);
    expect(recordedLater({ at: '2026-03-12T07:00:00Z', recordedAt: '2026-03-12T07:00:02Z' })).toBe(false);
    expect(recordedLater({ at: '2026-03-12T07:00:00Z', recordedAt: null })).toBe(false);
  });
});
