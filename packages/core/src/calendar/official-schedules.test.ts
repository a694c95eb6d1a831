/** Each decided schedule day by day with its source; the 2026 swaps as letters 12729/VPCP-KGVX and of 13/10/2025 set them. */
import { describe, expect, it } from 'vitest';
import {
  type CalendarDay,
  type DayKind,
  type SourceBasis,
  scheduleStatus,
  type YearSchedule,
} from './holidays.ts';
import { OFFICIAL_SCHEDULES } from './official-schedules.ts';
import { isWeekend, type PlainDate } from './plain-date.ts';
import { validateYearSchedule } from './schedule-validation.ts';
import { addWorkingDays, createWorkingCalendar, workingDaysBetween } from './working-days.ts';

const kinds = (s: YearSchedule): [string, DayKind][] => s.days.map((d) => [d.date, d.kind]);
const basis = (s: YearSchedule, date: string): SourceBasis | undefined =>
  s.days.find((d) => d.date === date)?.source.basis;
const reference = (s: YearSchedule, date: string): string =>
  s.days.find((d) => d.date === date)?.source.reference ?? '';

/** Weekdays taken off minus weekend days worked: the number of paid holidays actually enjoyed. */
const netWeekdaysOff = (days: readonly CalendarDay[]): number =>
  days.filter((d) => d.kind !== 'swap-work' && !isWeekend(d.date)).length -
  days.filter((d) => d.kind === 'swap-work').length;

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const year = (y: number) => OFFICIAL_SCHEDULES.find((s) => s.year === y) as YearSchedule;
const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const p = (s: string) => s as PlainDate;

describe('OFFICIAL_SCHEDULES', () => {
  it('covers 2024–2026, each valid and official: every day has its article or decision', () => {
    expect(OFFICIAL_SCHEDULES.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    for (const s of OFFICIAL_SCHEDULES) {
      expect(validateYearSchedule(s)).toEqual({ ok: true, value: s });
      expect(s.status).toBe('official');
      expect(scheduleStatus(s.days)).toBe('official');
      for (const d of s.days) {
        expect(['statute', 'decision']).toContain(d.source.basis);
        expect(d.source.reference).toMatch(VIETNAMESE_LETTERS);
        expect(d.source.referenceEn.trim()).not.toBe('');
      }
    }
  });

  it('cites the Labour Code article for statutory days and the decision for the days a decision fixes', () => {
    const s = year(2026);
    expect(basis(s, '2026-01-01')).toBe('statute');
    expect(reference(s, '2026-01-01')).toBe('Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a');
    expect(reference(s, '2026-04-26')).toContain('Điều 112 khoản 1 điểm e');
    expect(reference(s, '2026-04-27')).toContain('Điều 111 khoản 3');
    expect(reference(s, '2026-09-02')).toContain('Điều 112 khoản 1 điểm đ');
    for (const date of ['2026-02-16', '2026-02-20', '2026-09-01']) expect(basis(s, date)).toBe('decision');
  });

  it('keeps the 11 statutory days off each year (swaps cancel out)', () => {
    for (const s of OFFICIAL_SCHEDULES) expect(netWeekdaysOff(s.days)).toBe(11);
  });

  it('2024: Tết 8–14/2, swap Mon 29/4 for Sat 4/5, National Day 2–3/9', () => {
    expect(kinds(year(2024))).toEqual([
      ['2024-01-01', 'holiday'],
      ['2024-02-08', 'holiday'],
      ['2024-02-09', 'holiday'],
      ['2024-02-12', 'holiday'],
      ['2024-02-13', 'holiday'],
      ['2024-02-14', 'holiday'],
      ['2024-04-18', 'holiday'],
      ['2024-04-29', 'swap-off'],
      ['2024-04-30', 'holiday'],
      ['2024-05-01', 'holiday'],
      ['2024-05-04', 'swap-work'],
      ['2024-09-02', 'holiday'],
      ['2024-09-03', 'holiday'],
    ]);
    expect(reference(year(2024), '2024-05-04')).toContain('2450/VPCP-KGVX');
    expect(reference(year(2024), '2024-02-08')).toContain('8662/VPCP-KGVX');
  });

  it('2025: Tết 27–31/1, Hùng Kings 7/4, swap Fri 2/5 for Sat 26/4, National Day 1–2/9', () => {
    expect(kinds(year(2025))).toEqual([
      ['2025-01-01', 'holiday'],
      ['2025-01-27', 'holiday'],
      ['2025-01-28', 'holiday'],
      ['2025-01-29', 'holiday'],
      ['2025-01-30', 'holiday'],
      ['2025-01-31', 'holiday'],
      ['2025-04-07', 'holiday'],
      ['2025-04-26', 'swap-work'],
      ['2025-04-30', 'holiday'],
      ['2025-05-01', 'holiday'],
      ['2025-05-02', 'swap-off'],
      ['2025-09-01', 'holiday'],
      ['2025-09-02', 'holiday'],
    ]);
    expect(reference(year(2025), '2025-05-02')).toContain('6150/TB-BLĐTBXH');
  });

  it('2026: the New Year swap (2/1 off, 10/1 worked), Tết 16–20/2, Hùng Kings made up on 27/4, the National Day swap (31/8 off, 22/8 worked) and 1/9', () => {
    const s = year(2026);
    expect(kinds(s)).toEqual([
      ['2026-01-01', 'holiday'],
      ['2026-01-02', 'swap-off'],
      ['2026-01-10', 'swap-work'],
      ['2026-02-16', 'holiday'],
      ['2026-02-17', 'holiday'],
      ['2026-02-18', 'holiday'],
      ['2026-02-19', 'holiday'],
      ['2026-02-20', 'holiday'],
      ['2026-04-26', 'holiday'],
      ['2026-04-27', 'compensatory'],
      ['2026-04-30', 'holiday'],
      ['2026-05-01', 'holiday'],
      ['2026-08-22', 'swap-work'],
      ['2026-08-31', 'swap-off'],
      ['2026-09-01', 'holiday'],
      ['2026-09-02', 'holiday'],
    ]);
    for (const date of ['2026-01-02', '2026-01-10']) {
      expect(reference(s, date)).toContain('12729/VPCP-KGVX ngày 25/12/2025');
    }
    for (const date of ['2026-08-22', '2026-08-31', '2026-09-01']) {
      expect(reference(s, date)).toContain('13/10/2025');
    }
    expect(s.source).not.toMatch(/CẦN ĐỐI CHIẾU|TO CHECK/);
  });

  it('names every day in Vietnamese with diacritics and in English', () => {
    for (const s of OFFICIAL_SCHEDULES) {
      for (const d of s.days) {
        expect(d.name).toMatch(VIETNAMESE_LETTERS);
        expect(d.nameEn.trim()).not.toBe('');
      }
    }
  });
});

// Worked out by hand from the 2026 decisions, not by running the code; each failed before the swaps were entered.
describe('2026 deadlines across the swapped days', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-05', 'Thu 1/1 holiday, Fri 2/1 swapped off, weekend'],
    ['2026-01-09', 1, '2026-01-10', 'Sat 10/1 is a working day'],
    ['2026-01-09', 2, '2026-01-12', 'then Sunday is off'],
    ['2026-08-21', 1, '2026-08-22', 'Sat 22/8 is a working day'],
    ['2026-08-28', 1, '2026-09-03', 'Sat 29/8 – Wed 2/9 off, Mon 31/8 swapped off'],
    ['2026-08-20', 8, '2026-09-03', 'Fri 21, Sat 22, Mon 24 – Fri 28/8, then Thu 3/9 after the break'],
  ])('%s + %i = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(cal, p(from), n)).toBe(expected);
  });

  it('counts the swap days in working-day differences', () => {
    // (31/12/2025, 16/1/2026]: 5–9/1, Sat 10/1, 12–16/1 = 11 working days (1/1 and 2/1 off).
    expect(workingDaysBetween(cal, p('2025-12-31'), p('2026-01-16'))).toBe(11);
    // A whole year: 261 weekdays − 13 weekdays off + 2 Saturdays worked.
    expect(workingDaysBetween(cal, p('2025-12-31'), p('2026-12-31'))).toBe(250);
  });
});
