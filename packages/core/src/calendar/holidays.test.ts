import { describe, expect, it } from 'vitest';
import { type CalendarDay, type DayKind, defaultYearSchedule, type YearSchedule } from './holidays.ts';
import { isWeekend } from './plain-date.ts';
import { validateYearSchedule } from './schedule-validation.ts';

const kinds = (s: YearSchedule): [string, DayKind][] => s.days.map((d) => [d.date, d.kind]);

/** Weekdays taken off minus weekend days worked: the number of paid holidays actually enjoyed. */
const netWeekdaysOff = (days: readonly CalendarDay[]): number =>
  days.filter((d) => d.kind !== 'swap-work' && !isWeekend(d.date)).length -
  days.filter((d) => d.kind === 'swap-work').length;

describe('defaultYearSchedule', () => {
  it('derives 2027 from the law: Tết eve + days 1–4, weekend holidays compensated after the window', () => {
    const s = defaultYearSchedule(2027);
    expect(s.status).toBe('provisional');
    expect(kinds(s)).toEqual([
      ['2027-01-01', 'holiday'], // Friday
      ['2027-02-05', 'holiday'], // Friday, last day of the old lunar year
      ['2027-02-06', 'holiday'], // Saturday, Tết
      ['2027-02-07', 'holiday'], // Sunday
      ['2027-02-08', 'holiday'],
      ['2027-02-09', 'holiday'], // day 4
      ['2027-02-10', 'compensatory'], // for Saturday 6/2
      ['2027-02-11', 'compensatory'], // for Sunday 7/2
      ['2027-04-16', 'holiday'], // Hùng Kings, Friday
      ['2027-04-30', 'holiday'], // Friday
      ['2027-05-01', 'holiday'], // Saturday
      ['2027-05-03', 'compensatory'], // Monday
      ['2027-09-01', 'holiday'], // Wednesday, the default adjacent day
      ['2027-09-02', 'holiday'],
    ]);
    const tet = s.days.find((d) => d.date === '2027-02-06');
    expect(tet?.name).toBe('Tết Nguyên đán');
    expect(s.days.find((d) => d.date === '2027-02-10')?.name).toBe('Nghỉ bù');
  });

  it('is provisional: the Tết days and the adjacent day are estimates, the fixed days cite their article', () => {
    const s = defaultYearSchedule(2027);
    const source = (date: string) => s.days.find((d) => d.date === date)?.source;
    expect(s.status).toBe('provisional');
    expect(source('2027-02-06')?.basis).toBe('estimate');
    expect(source('2027-02-06')?.reference).toContain('Điều 112 khoản 1 điểm b');
    expect(source('2027-09-01')?.basis).toBe('estimate');
    expect(source('2027-01-01')).toMatchObject({
      basis: 'statute',
      reference: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a',
    });
    expect(source('2027-04-16')?.reference).toContain('Điều 112 khoản 1 điểm e');
    // 1/5/2027 is a Saturday: the make-up on Monday 3/5 is the Code's own rule.
    expect(source('2027-05-03')).toMatchObject({ basis: 'statute' });
    expect(source('2027-05-03')?.reference).toContain('Điều 111 khoản 3');
    // Tết's weekend days are made up too, but only as estimates until the window is decided.
    expect(source('2027-02-10')?.basis).toBe('estimate');
  });

  it('compensates National Day on a weekend with successive weekdays (2029: Sat 1/9, Sun 2/9)', () => {
    const s = defaultYearSchedule(2029);
    const september = kinds(s).filter(([d]) => d.startsWith('2029-09'));
    expect(september).toEqual([
      ['2029-09-01', 'holiday'],
      ['2029-09-02', 'holiday'],
      ['2029-09-03', 'compensatory'],
      ['2029-09-04', 'compensatory'],
    ]);
  });

  it('compensates Sunday 1/9 with Tuesday 3/9 when 2/9 is Monday (2030)', () => {
    const september = kinds(defaultYearSchedule(2030)).filter(([d]) => d.startsWith('2030-09'));
    expect(september).toEqual([
      ['2030-09-01', 'holiday'],
      ['2030-09-02', 'holiday'],
      ['2030-09-03', 'compensatory'],
    ]);
  });

  it('compensates a holiday falling on another one (Hùng Kings on 30 April 1947)', () => {
    const s = defaultYearSchedule(1947);
    const merged = s.days.find((d) => d.date === '1947-04-30');
    expect(merged?.name).toBe('Giỗ Tổ Hùng Vương, Ngày Chiến thắng');
    expect(s.days.find((d) => d.date === '1947-05-02')?.kind).toBe('compensatory');
  });

  it('is valid and gives exactly 11 weekdays off in every supported year', () => {
    for (let year = 1900; year <= 2199; year++) {
      const s = defaultYearSchedule(year);
      const result = validateYearSchedule(s);
      expect(result.ok, `year ${year}`).toBe(true);
      expect(netWeekdaysOff(s.days), `year ${year}`).toBe(11);
      expect(
        s.days.filter((d) => d.kind === 'holiday' || d.kind === 'compensatory').length,
      ).toBeGreaterThanOrEqual(11);
    }
  });
});
