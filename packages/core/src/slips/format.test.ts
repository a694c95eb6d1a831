import { describe, expect, it } from 'vitest';
import {
  COMPONENT_FORM_LABELS,
  capitalizeFirst,
  formatClockVi,
  formatDateShort,
  formatDateTimeShort,
  formatDateTimeVi,
  formatDateVi,
  formatMoneyVi,
  formatQuantity,
} from './format.ts';

describe('Vietnamese wording', () => {
  it.each([
    ['2025-03-03', 'ngày 03 tháng 3 năm 2025'],
    ['2025-02-05', 'ngày 05 tháng 02 năm 2025'],
    ['2025-01-31', 'ngày 31 tháng 01 năm 2025'],
    ['2025-12-10', 'ngày 10 tháng 12 năm 2025'],
  ])('dates %s as %s (Decree 30/2020 zero rule)', (input, text) => {
    expect(formatDateVi(input)).toBe(text);
  });

  it('reads instants in Vietnam time whatever their offset', () => {
    // 17:30 UTC on 2 March is 00:30 on 3 March in Hà Nội.
    expect(formatDateVi('2025-03-02T17:30:00Z')).toBe('ngày 03 tháng 3 năm 2025');
    expect(formatDateTimeVi('2025-03-02T17:30:00Z')).toBe('00 giờ 30 phút, ngày 03 tháng 3 năm 2025');
    expect(formatDateTimeVi('2025-03-03T14:30:00+07:00')).toBe('14 giờ 30 phút, ngày 03 tháng 3 năm 2025');
  });

  it('prints a plain date without a clock', () => {
    expect(formatDateTimeVi('2025-03-06')).toBe('ngày 06 tháng 3 năm 2025');
    expect(formatDateTimeShort('2025-03-06')).toBe('06/03/2025');
    expect(formatDateTimeShort('2025-03-06T08:05:00+07:00')).toBe('08:05 06/03/2025');
    expect(formatDateShort('2025-11-20T23:59:00+07:00')).toBe('20/11/2025');
  });

  it('prints clock times with two-digit hours and minutes', () => {
    expect(formatClockVi(8 * 60 + 5)).toBe('08 giờ 05 phút');
    expect(formatClockVi(14 * 60 + 30.9)).toBe('14 giờ 30 phút');
  });

  it.each([
    [0, '0 đồng'],
    [8000, '8.000 đồng'],
    [100000, '100.000 đồng'],
    [1250000, '1.250.000 đồng'],
  ])('money %d as %s', (amount, text) => {
    expect(formatMoneyVi(amount)).toBe(text);
  });

  it('rejects amounts that are not whole đồng', () => {
    expect(() => formatMoneyVi(-1)).toThrow(RangeError);
    expect(() => formatMoneyVi(1.5)).toThrow(RangeError);
  });

  it('names every component form', () => {
    expect(COMPONENT_FORM_LABELS).toEqual({
      original: 'Bản chính',
      'certified-copy': 'Bản sao có chứng thực',
      copy: 'Bản sao',
      'original-or-certified-copy': 'Bản chính hoặc bản sao có chứng thực',
      presented: 'Xuất trình',
      electronic: 'Bản điện tử',
    });
  });

  it('pads quantities and capitalises sentences', () => {
    expect(formatQuantity(1)).toBe('01');
    expect(formatQuantity(12)).toBe('12');
    expect(capitalizeFirst('ngày 03')).toBe('Ngày 03');
  });

  it('rejects malformed dates', () => {
    expect(() => formatDateVi('2025-02-30')).toThrow(RangeError);
    expect(() => formatDateVi('03/03/2025')).toThrow(RangeError);
  });
});
