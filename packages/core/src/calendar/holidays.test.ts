import { describe, expect, it } from 'vitest';
import {
  type CalendarDay,
  type DayKind,
  defaultYearSchedule,
  OFFICIAL_SCHEDULES,
  validateYearSchedule,
  type YearSchedule,
} from './holidays.ts';
import { isWeekend, type PlainDate } from './plain-date.ts';

const kinds = (s: YearSchedule): [string, DayKind][] => s.days.map((d) => [d.date, d.kind]);

/** Weekdays taken off minus weekend days worked: the number of paid holidays actually enjoyed. */
const netWeekdaysOff = (days: readonly CalendarDay[]): number =>
  days.filter((d) => d.kind !== 'swap-work' && !isWeekend(d.date)).length -
  days.filter((d) => d.kind === 'swap-work').length;

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('OFFICIAL_SCHEDULES', () => {
  it('covers 2024–2026, each valid, official and sourced', () => {
    expect(OFFICIAL_SCHEDULES.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    for (const s of OFFICIAL_SCHEDULES) {
      expect(validateYearSchedule(s)).toEqual({ ok: true, value: s });
      expect(s.status).toBe('official');
      expect(s.source.length).toBeGreaterThan(20);
    }
  });

  it('keeps the 11 statutory days off each year (swaps cancel out)', () => {
    for (const s of OFFICIAL_SCHEDULES) expect(netWeekdaysOff(s.days)).toBe(11);
  });

  it('2024: Tết 8–14/2, swap Mon 29/4 for Sat 4/5, National Day 2–3/9', () => {
    const s = OFFICIAL_SCHEDULES[0] as YearSchedule;
    expect(kinds(s)).toEqual([
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
    expect(s.source).toContain('2450/VPCP-KGVX');
  });

  it('2025: Tết 27–31/1, Hùng Kings 7/4, swap Fri 2/5 for Sat 26/4, National Day 1–2/9', () => {
    const s = OFFICIAL_SCHEDULES[1] as YearSchedule;
    expect(kinds(s)).toEqual([
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
    expect(s.source).toContain('6150/TB-BLĐTBXH');
  });

  it('2026: Tết 16–20/2, Hùng Kings on Sunday 26/4 compensated on Monday 27/4', () => {
    const s = OFFICIAL_SCHEDULES[2] as YearSchedule;
    expect(kinds(s)).toEqual([
      ['2026-01-01', 'holiday'],
      ['2026-02-16', 'holiday'],
      ['2026-02-17', 'holiday'],
      ['2026-02-18', 'holiday'],
      ['2026-02-19', 'holiday'],
      ['2026-02-20', 'holiday'],
      ['2026-04-26', 'holiday'],
      ['2026-04-27', 'compensatory'],
      ['2026-04-30', 'holiday'],
      ['2026-05-01', 'holiday'],
      ['2026-09-01', 'holiday'],
      ['2026-09-02', 'holiday'],
    ]);
    // The adjacent National Day is an assumption until checked against the decision.
    expect(s.source).toMatch(/CẦN ĐỐI CHIẾU/);
  });

  it('names every day in Vietnamese with diacritics and in English', () => {
    for (const s of OFFICIAL_SCHEDULES) {
      for (const d of s.days) {
        expect(d.name).toMatch(VIETNAMESE_LETTERS);
        expect(d.nameEn.trim()).not.toBe('');
      }
    }
    const names = new Set(OFFICIAL_SCHEDULES.flatMap((s) => s.days.map((d) => d.name)));
    expect([...names].sort()).toEqual(
      [
        'Giỗ Tổ Hùng Vương',
        'Hoán đổi ngày nghỉ',
        'Làm bù',
        'Nghỉ bù',
        'Ngày Chiến thắng',
        'Ngày Quốc tế Lao động',
        'Quốc khánh',
        'Tết Dương lịch',
        'Tết Nguyên đán',
      ].sort(),
    );
  });
});

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

describe('validateYearSchedule', () => {
  const day = (date: string, kind: string, name = 'Ngày thử', nameEn = 'Test day') => ({
    date,
    kind,
    name,
    nameEn,
  });
  const schedule = (days: unknown[], extra: Record<string, unknown> = {}) => ({
    year: 2025,
    status: 'official',
    source: 'Thông báo thử',
    days,
    ...extra,
  });
  const errorsOf = (input: unknown) => {
    const r = validateYearSchedule(input);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('accepts a valid schedule and returns its days sorted, names trimmed', () => {
    const r = validateYearSchedule(
      schedule([day('2025-05-02', 'swap-off'), day('2025-04-26', 'swap-work', ' Làm bù ', ' Make-up ')]),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2025,
        status: 'official',
        source: 'Thông báo thử',
        days: [
          { date: '2025-04-26' as PlainDate, name: 'Làm bù', nameEn: 'Make-up', kind: 'swap-work' },
          { date: '2025-05-02' as PlainDate, name: 'Ngày thử', nameEn: 'Test day', kind: 'swap-off' },
        ],
      },
    });
  });

  it('allows a holiday on a weekend', () => {
    expect(validateYearSchedule(schedule([day('2025-01-25', 'holiday')])).ok).toBe(true);
  });

  it.each([
    ['not an object', 42, ''],
    ['an array', [], ''],
    ['year out of range', schedule([], { year: 1899 }), 'year'],
    ['year not an integer', schedule([], { year: 2025.5 }), 'year'],
    ['unknown status', schedule([], { status: 'draft' }), 'status'],
    ['source not a string', schedule([], { source: null }), 'source'],
    ['days not an array', schedule([], { days: {} }), 'days'],
    ['a day not an object', schedule(['2025-01-01']), 'days[0]'],
    ['impossible date', schedule([day('2025-02-30', 'holiday')]), 'days[0].date'],
    ['unpadded date', schedule([day('2025-2-3', 'holiday')]), 'days[0].date'],
    ['date in another year', schedule([day('2024-12-31', 'holiday')]), 'days[0].date'],
    [
      'duplicate date',
      schedule([day('2025-01-01', 'holiday'), day('2025-01-01', 'holiday')]),
      'days[1].date',
    ],
    ['unknown kind', schedule([day('2025-01-02', 'vacation')]), 'days[0].kind'],
    ['swap-work on a Monday', schedule([day('2025-04-28', 'swap-work')]), 'days[0].kind'],
    ['swap-off on a Saturday', schedule([day('2025-04-26', 'swap-off')]), 'days[0].kind'],
    ['compensatory on a Sunday', schedule([day('2025-04-27', 'compensatory')]), 'days[0].kind'],
    ['empty name', schedule([day('2025-01-01', 'holiday', '  ')]), 'days[0].name'],
    [
      'missing English name',
      schedule([{ date: '2025-01-01', kind: 'holiday', name: 'Tết' }]),
      'days[0].nameEn',
    ],
  ])('rejects %s', (_label, input, path) => {
    const errors = errorsOf(input);
    expect(errors.map((e) => e.path)).toContain(path);
    for (const e of errors) {
      expect(e.message).toMatch(VIETNAMESE_LETTERS);
      expect(e.messageEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('reports every problem at once, with its path', () => {
    const errors = errorsOf(
      schedule([day('2025-04-28', 'swap-work', ''), day('2026-01-01', 'holiday')], { status: 'x' }),
    );
    expect(errors.map((e) => e.path)).toEqual(['status', 'days[0].kind', 'days[0].name', 'days[1].date']);
    expect(errors[1]?.message).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 2025-04-28 là thứ Hai.');
    expect(errors[1]?.messageEn).toBe(
      'A make-up working day must be a Saturday or Sunday; 2025-04-28 is a Monday.',
    );
  });
});
