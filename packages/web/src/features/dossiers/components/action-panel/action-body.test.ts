import { actionInputErrors, type DossierView } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import {
  type ActionFormValues,
  actionBody,
  defaultValues,
  otherCollector,
  shownName,
  staffActions,
} from './action-body';

const applicant = { fullName: 'Nguyễn Văn An', idNumber: '037090001234', phone: '0912345678' };
const dossier: Pick<DossierView, 'homeService' | 'returnAppointment' | 'files' | 'channel' | 'applicant'> = {
  applicant,
  channel: 'counter',
  homeService: null,
  returnAppointment: null,
  files: [],
};

const values = (
  action: Parameters<typeof defaultValues>[0],
  data: Partial<ActionFormValues['data']> = {},
) => {
  const v = defaultValues(action, dossier, 'Nguyễn Văn An');
  return (reason = ''): ActionFormValues => ({ reason, data: { ...v.data, ...data } });
};

const paths = (body: unknown) => actionInputErrors(body).map((e) => e.path);

describe('actionBody', () => {
  it('sends the assignee, trimmed, and nothing else', () => {
    const body = actionBody('assign', values('assign', { assignee: ' chuyenvien.xa ' })());
    expect(body).toEqual({ action: 'assign', data: { assignee: 'chuyenvien.xa' } });
    expect(actionInputErrors(body)).toEqual([]);
  });

  it('leaves blank text out, so core says a required field is missing', () => {
    expect(paths(actionBody('assign', values('assign')()))).toEqual(['data.assignee']);
    expect(paths(actionBody('issue-result', values('issue-result', { signer: '' })()))).toEqual([
      'data.number',
    ]);
    expect(paths(actionBody('apologize-extend', values('apologize-extend')()))).toEqual(['data.newDueDate']);
  });

  it('needs the reason where core requires it, and sends no data for actions without any', () => {
    expect(paths(actionBody('withdraw', values('withdraw')()))).toEqual(['reason']);
    const body = actionBody('withdraw', values('withdraw')('  Người dân xin rút  '));
    expect(body).toEqual({ action: 'withdraw', reason: 'Người dân xin rút' });
    expect(actionInputErrors(body)).toEqual([]);
    expect(actionBody('approve', values('approve')())).toEqual({ action: 'approve' });
  });

  it('sends every missing row, so an empty one is named at its own index', () => {
    const v = values('request-supplement', {
      missing: [
        { name: 'Giấy chứng sinh (bản chính)', reason: 'Bản chụp không rõ' },
        { name: ' ', reason: '' },
      ],
    })('Thiếu giấy tờ');
    const body = actionBody('request-supplement', v);
    expect(body.data).toEqual({
      missing: [{ name: 'Giấy chứng sinh (bản chính)', reason: 'Bản chụp không rõ' }, {}],
    });
    expect(paths(body)).toEqual(['data.missing[1].name']);
    const again = actionBody('request-supplement', { ...v, data: { ...v.data, override: true } });
    expect(again.data).toMatchObject({ override: true });
  });

  it('takes the fees from the catalogue when no amount is typed, and refuses a fraction', () => {
    expect(actionBody('request-payment', values('request-payment')())).toEqual({
      action: 'request-payment',
      data: {},
    });
    expect(actionBody('request-payment', values('request-payment', { amount: '50000' })()).data).toEqual({
      amount: 50000,
    });
    expect(paths(actionBody('request-payment', values('request-payment', { amount: '1.5' })()))).toEqual([
      'data.amount',
    ]);
  });

  it('needs a reference for a transfer, and not for cash', () => {
    expect(paths(actionBody('record-payment', values('record-payment', { method: 'transfer' })()))).toEqual([
      'data.reference',
    ]);
    expect(actionBody('record-payment', values('record-payment')())).toEqual({
      action: 'record-payment',
      data: { method: 'cash' },
    });
  });

  it('gives the appointment its Vietnam offset and the address only at home', () => {
    const at = { appointmentAt: '2026-03-12T15:00', address: 'Số 5 ngõ 12' };
    expect(actionBody('schedule-return', values('schedule-return', at)()).data).toEqual({
      appointmentAt: '2026-03-12T15:00:00+07:00',
      place: 'counter',
    });
    const home = actionBody('schedule-return', values('schedule-return', { ...at, place: 'home' })());
    expect(home.data).toMatchObject({ place: 'home', address: 'Số 5 ngõ 12' });
    expect(actionInputErrors(home)).toEqual([]);
    const noAddress = values('schedule-return', { ...at, place: 'home', address: '' })();
    expect(paths(actionBody('schedule-return', noAddress))).toEqual(['data.address']);
  });

  it('needs the waybill by post', () => {
    const post = values('return-result', { method: 'post' });
    expect(paths(actionBody('return-result', post()))).toEqual(['data.waybill']);
    expect(
      actionBody('return-result', values('return-result', { method: 'post', waybill: 'EP1VN' })()).data,
    ).toEqual({
      method: 'post',
      waybill: 'EP1VN',
    });
  });

  it('sends the applicant as the collector at the counter by default, and another person as typed', () => {
    const own = actionBody('return-result', values('return-result')());
    expect(own.data).toEqual({
      method: 'counter',
      collector: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', relation: 'self' },
    });
    expect(actionInputErrors(own)).toEqual([]);
    const blank = values('return-result', { collectorIsApplicant: false, collector: otherCollector() });
    expect(paths(actionBody('return-result', blank()))).toEqual([
      'data.collector.fullName',
      'data.collector.idNumber',
    ]);
    const other = values('return-result', {
      collectorIsApplicant: false,
      collector: {
        fullName: ' Trần Văn Bình ',
        idNumber: '037190004444',
        relation: 'authorised',
        authorisationNote: '',
      },
    });
    expect(paths(actionBody('return-result', other()))).toEqual(['data.collector.authorisationNote']);
    // By post nobody is recorded, whatever the form still holds.
    const post = actionBody('return-result', values('return-result', { method: 'post', waybill: 'EP1VN' })());
    expect(post.data).toEqual({ method: 'post', waybill: 'EP1VN' });
  });

  it('sends the agency of a consultation and of its reply', () => {
    expect(paths(actionBody('consult', values('consult')()))).toEqual(['data.agencyCode']);
    expect(actionBody('consult-reply', values('consult-reply', { agencyCode: 'CA-HL' })()).data).toEqual({
      agencyCode: 'CA-HL',
    });
  });
});

describe('defaultValues', () => {
  it('proposes the latest signed result, a return at home when flagged, the one agency to answer', () => {
    const file = (id: string, kind: 'scan' | 'result') => ({
      id,
      kind,
      componentId: null,
      fileName: `${id}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: 1,
      sha256: 'x',
      activeContent: [],
      uploadedBy: 'a',
      uploadedAt: '2026-01-01T00:00:00+07:00',
    });
    const flagged = {
      applicant,
      channel: 'counter' as const,
      homeService: { reason: 'elderly' as const },
      returnAppointment: null,
      files: [file('a', 'result'), file('b', 'result'), file('c', 'scan')],
    };
    const v = defaultValues('return-result', flagged, 'X', ['CA-HL']);
    expect(v.data).toMatchObject({ resultFileId: 'b', method: 'home', place: 'home', agencyCode: '' });
    expect(defaultValues('consult-reply', dossier, 'X', ['CA-HL']).data.agencyCode).toBe('CA-HL');
    expect(defaultValues('consult-reply', dossier, 'X', ['A', 'B']).data.agencyCode).toBe('');
    expect(defaultValues('record-payment', dossier, 'X').data.method).toBe('cash');
  });
});

describe('shownName', () => {
  it('places an error at the field the form shows, and nothing else', () => {
    expect(shownName('assign', 'reason')).toBe('reason');
    expect(shownName('assign', 'data.assignee')).toBe('data.assignee');
    expect(shownName('assign', 'data.number')).toBeUndefined();
    expect(shownName('request-supplement', 'data.missing.2.name')).toBe('data.missing.2.name');
    expect(shownName('request-supplement', 'data.missing.2.id')).toBeUndefined();
    expect(shownName('request-supplement', 'data.missing')).toBeUndefined();
    expect(shownName('approve', 'data')).toBeUndefined();
    expect(shownName('return-result', 'data.collector.idNumber')).toBe('data.collector.idNumber');
    expect(shownName('return-result', 'data.collector.relation')).toBe('data.collector.relation');
    expect(shownName('return-result', 'data.collector')).toBeUndefined();
  });
});

describe('staffActions', () => {
  it('keeps the server order and drops the online submission', () => {
    const a = (action: string) => ({ action, label: action, labelEn: action, reasonRequired: false });
    const allowed = [a('withdraw'), a('submit-online'), a('transfer')] as DossierView['allowedActions'];
    expect(staffActions(allowed).map((x) => x.action)).toEqual(['withdraw', 'transfer']);
  });
});
