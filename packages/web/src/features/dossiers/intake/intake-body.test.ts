import { describe, expect, it } from 'vitest';
import type { ProcedureDetail } from '../../catalogue/api';
import {
  defaultQuantity,
  type IntakeFormValues,
  initialValues,
  intakeBody,
  intakeErrors,
  intakeFieldName,
  needsApproval,
  quantityOnTick,
  refusalBody,
  refusalErrors,
  sentComponentIds,
} from './intake-body';

const procedure = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'commune',
  onlineService: 'full',
  cases: [
    {
      code: 'dung-han',
      name: 'Đăng ký khai sinh đúng hạn',
      components: [
        { id: 'to-khai', name: 'Tờ khai', required: true, form: 'original', quantity: 1 },
        { id: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true, form: 'original', quantity: '01' },
        { id: 'bien-ban', name: 'Biên bản', required: false, form: 'copy', quantity: 'bản sao' },
      ],
    },
  ],
} satisfies ProcedureDetail;

/** A minute ago, as a datetime-local value on Vietnam's clock (today, unless just past midnight). */
const receivedToday = () => new Date(Date.now() + 7 * 3600_000 - 60_000).toISOString().slice(0, 16);

const filled = (patch: Partial<IntakeFormValues> = {}): IntakeFormValues => {
  const v = initialValues(procedure);
  return {
    ...v,
    applicant: {
      ...v.applicant,
      fullName: ' Trần Thị Bích Ngọc ',
      idNumber: '0371 9000 1234',
      phone: '0912 345 678',
    },
    components: v.components.map((c) => ({ ...c, checked: c.id !== 'to-khai' })),
    ...patch,
  };
};

describe('intake form', () => {
  it('starts on the first case, unticked and without quantities', () => {
    const v = initialValues(procedure);
    expect(v.caseCode).toBe('dung-han');
    expect(v.components.map((c) => [c.checked, c.quantity])).toEqual([
      [false, ''],
      [false, ''],
      [false, ''],
    ]);
    expect(defaultQuantity({ quantity: '02' })).toBe('2');
  });

  it('proposes the quantity on a tick (1, or the copies the catalogue asks for) and clears it on untick', () => {
    expect(quantityOnTick({ quantity: 1 }, true, '')).toBe('1');
    expect(quantityOnTick({ quantity: 'bản sao' }, true, '')).toBe('1');
    expect(quantityOnTick({ quantity: 3 }, true, '')).toBe('3');
    expect(quantityOnTick({ quantity: '02' }, true, '')).toBe('2');
    // What the officer typed stays.
    expect(quantityOnTick({ quantity: 1 }, true, '4')).toBe('4');
    expect(quantityOnTick({ quantity: 2 }, false, '2')).toBe('');
  });

  it('prefills a Form 02 taken in again: its case, applicant and earlier ticks, and names the slip', () => {
    const applicant = { fullName: 'Phan Thị Mai', idNumber: '037190005555', phone: '0911555666' };
    const v = initialValues(procedure, {
      id: '6f1c0c3e-3b0e-4d5e-9a7b-1c2d3e4f5a6b',
      case: { code: 'dung-han' },
      applicant,
      given: [{ id: 'bien-ban', quantity: 2 }],
    });
    expect(v.applicant).toMatchObject(applicant);
    expect(v.components.map((c) => [c.id, c.checked, c.quantity])).toEqual([
      ['to-khai', false, ''],
      ['giay-chung-sinh', false, ''],
      ['bien-ban', true, '2'],
    ]);
    expect(intakeBody(procedure, v).supplementSlip).toBe('6f1c0c3e-3b0e-4d5e-9a7b-1c2d3e4f5a6b');
    expect(intakeBody(procedure, initialValues(procedure)).supplementSlip).toBeUndefined();
  });

  it('sends the ticked components, the applicant normalised, and no empty optional field', () => {
    const body = intakeBody(procedure, filled());
    expect(body).toEqual({
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant: { fullName: 'Trần Thị Bích Ngọc', idNumber: '037190001234', phone: '0912 345 678' },
      components: [
        { id: 'giay-chung-sinh', quantity: 1 },
        { id: 'bien-ban', quantity: 1 },
      ],
    });
    expect(sentComponentIds(filled())).toEqual(['giay-chung-sinh', 'bien-ban']);
  });

  it('adds the representative, the waybill and the home service only when chosen', () => {
    const body = intakeBody(
      procedure,
      filled({
        hasRep: true,
        representative: {
          fullName: 'Lê Văn Hùng',
          idNumber: '001089004321',
          relation: 'cha',
          address: ' ',
          phone: '0912 345 678',
          email: '',
          authorization: 'Giấy ủy quyền số 12/2026',
        },
        channel: 'postal',
        postalWaybill: ' EP1VN ',
        homeService: true,
        homeReason: 'elderly',
      }),
    );
    // Blank optional details are left out; the others are sent as typed (the server normalises the phone).
    expect(body.representative).toEqual({
      fullName: 'Lê Văn Hùng',
      idNumber: '001089004321',
      relation: 'cha',
      phone: '0912 345 678',
      authorization: 'Giấy ủy quyền số 12/2026',
    });
    expect(body).toMatchObject({
      postalWaybill: 'EP1VN',
      homeService: { reason: 'elderly' },
    });
  });

  it("checks with core's rules and says what is empty in both languages", () => {
    const errors = intakeErrors(initialValues(procedure));
    expect(errors.map((e) => e.path)).toEqual([
      'applicant.fullName',
      'applicant.idNumber',
      'applicant.phone',
    ]);
    expect(errors[0]).toMatchObject({ message: 'Không được để trống.', messageEn: 'Must not be empty.' });
    const more = intakeErrors(filled({ hasRep: true, channel: 'postal' }));
    expect(more.map((e) => e.path)).toEqual([
      'representative.fullName',
      'representative.idNumber',
      'representative.relation',
      'postalWaybill',
    ]);
    expect(
      intakeErrors(filled({ applicant: { ...filled().applicant, idNumber: '12345' } }))[0]?.message,
    ).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
  });

  it('builds the refusal with its reason, which is required', () => {
    expect(refusalBody(procedure, filled(), ' Ngoài địa bàn ')).toMatchObject({
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      reason: 'Ngoài địa bàn',
    });
    expect(refusalErrors('  ')).toEqual([
      { path: 'reason', message: 'Không được để trống.', messageEn: 'Must not be empty.' },
    ]);
    expect(refusalErrors('x')).toEqual([]);
  });

  it("puts the server's errors on the fields they name, components[i] on the i-th sent row", () => {
    const v = filled();
    const sent = sentComponentIds(v);
    expect(intakeFieldName('components[1].id', v, sent)).toBe('components.2.checked');
    expect(intakeFieldName('components[5].id', v, sent)).toBeUndefined();
    expect(intakeFieldName('applicant.email', v, sent)).toBe('applicant.email');
    expect(intakeFieldName('homeService.reason', v, sent)).toBe('homeReason');
    expect(intakeFieldName('procedureCode', v, sent)).toBeUndefined();
    expect(intakeFieldName('receivedAt', v, sent)).toBe('receivedAtLocal');
    expect(intakeFieldName('backdateReason', v, sent)).toBe('backdateReason');
  });

  it('asks a reason for a reception time on an earlier day, and sends it with the time', () => {
    const now = Date.parse('2025-03-04T10:00:00+07:00');
    expect(needsApproval({ receivedAtLocal: '' }, now)).toBe(false);
    expect(needsApproval({ receivedAtLocal: '2025-03-04T08:00' }, now)).toBe(false);
    expect(needsApproval({ receivedAtLocal: '2025-03-03T16:00' }, now)).toBe(true);
    const earlier = filled({ receivedAtLocal: '2025-03-03T16:00' });
    expect(intakeErrors(earlier, now).map((e) => e.path)).toEqual(['receivedAt', 'backdateReason']);
    expect(intakeErrors({ ...earlier, backdateReason: 'Mất mạng' }, now)).toEqual([]);
    expect(intakeBody(procedure, filled())).not.toHaveProperty('receivedAt');
    expect(intakeBody(procedure, { ...earlier, backdateReason: ' Mất mạng ' })).toMatchObject({
      receivedAt: '2025-03-03T16:00:00+07:00',
      backdateReason: 'Mất mạng',
    });
    // Today needs no reason, and the form asks none; one typed goes with its time only.
    expect(intakeErrors(filled({ receivedAtLocal: receivedToday() }), Date.now())).toEqual([]);
    expect(intakeBody(procedure, filled({ backdateReason: 'x' }))).not.toHaveProperty('backdateReason');
  });

  it('sends the extension conditions ticked and a date agreed in writing only when chosen', () => {
    expect(intakeBody(procedure, filled())).not.toHaveProperty('limitExtensions');
    expect(intakeBody(procedure, filled({ agreedDueDate: '2025-03-07' }))).not.toHaveProperty(
      'agreedExtension',
    );
    const body = intakeBody(
      procedure,
      filled({
        limitExtensions: ['xa-cach-50km'],
        hasAgreed: true,
        agreedDueDate: '2025-03-07',
        agreedReference: ' Văn bản thỏa thuận ngày 03/3/2025 ',
      }),
    );
    expect(body).toMatchObject({
      limitExtensions: ['xa-cach-50km'],
      agreedExtension: { dueDate: '2025-03-07', reference: 'Văn bản thỏa thuận ngày 03/3/2025' },
    });
    const v = filled();
    expect(intakeFieldName('limitExtensions[0]', v, [])).toBe('limitExtensions');
    expect(intakeFieldName('agreedExtension.dueDate', v, [])).toBe('agreedDueDate');
    expect(intakeFieldName('agreedExtension.reference', v, [])).toBe('agreedReference');
    expect(intakeFieldName('agreedExtension', v, [])).toBe('agreedDueDate');
  });
});
