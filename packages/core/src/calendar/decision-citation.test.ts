import { describe, expect, it } from 'vitest';
import { citesNumberAndDate } from './decision-citation.ts';
import { type CalendarDay, scheduleStatus } from './holidays.ts';
import type { PlainDate } from './plain-date.ts';
import { validateYearSchedule } from './schedule-validation.ts';

describe('a decision cited by number and date', () => {
  it.each([
    'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ',
    'Văn bản ngày 13/10/2025 của Văn phòng Chính phủ; Thông báo 9441/TB-BNV của Bộ Nội vụ',
    'Nghị quyết 28/2026/QH16 ngày 8 tháng 5 năm 2026',
    'Quyết định số 15/QĐ-TTg, 2/1/2027',
  ])('accepts %j', (reference) => expect(citesNumberAndDate(reference)).toBe(true));

  it.each([
    'Thông báo thử',
    'Văn bản ngày 13/10/2025 của Văn phòng Chính phủ', // a date, no number
    'Thông báo 9441/TB-BNV', // a number, no date
    'Đã xác minh qua báo chí 25/12/2025, cần kiểm tra lại', // a note, not a citation
    'Hoán đổi 02/01 với 10/01/2026',
  ])('refuses %j', (reference) => expect(citesNumberAndDate(reference)).toBe(false));
});

const day = (reference: string, basis: 'decision' | 'statute' = 'decision'): CalendarDay => ({
  date: '2027-02-08' as PlainDate,
  name: 'Tết Nguyên đán',
  nameEn: 'Tết',
  kind: 'holiday',
  source: { basis, reference, referenceEn: reference },
});

describe('a year is official only with its decisions numbered and dated', () => {
  it('keeps a year provisional while a decided day lacks its number or date', () => {
    expect(scheduleStatus([day('Quyết định 15/QĐ-TTg ngày 02/01/2027')])).toBe('official');
    expect(scheduleStatus([day('Văn bản của Văn phòng Chính phủ')])).toBe('provisional');
    expect(scheduleStatus([day('Quyết định 15/QĐ-TTg')])).toBe('provisional');
    // The Labour Code's articles are statute, cited by article, not by a decision's number.
    expect(scheduleStatus([day('Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a', 'statute')])).toBe(
      'official',
    );
  });

  it('derives the status of an entered year the same way: a decision without a number is not official', () => {
    const entered = (reference: string) =>
      validateYearSchedule({
        year: 2027,
        source: reference,
        days: [{ ...day(reference), date: '2027-02-08' }],
      });
    const numbered = entered('Quyết định 15/QĐ-TTg ngày 02/01/2027');
    const unnumbered = entered('Văn bản ngày 13/10/2026 của Văn phòng Chính phủ');
    expect(numbered.ok && numbered.value.status).toBe('official');
    expect(unnumbered.ok && unnumbered.value.status).toBe('provisional');
  });
});
