/** A statutory holiday added by a later law counts from its effective date, never before. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_SCHEDULES } from './official-schedules.ts';
import { daysInMonth, fromEpochDay, type PlainDate, plainDate, toEpochDay } from './plain-date.ts';
import {
  type StatutoryHoliday,
  statutoryOccurrence,
  validateStatutoryHoliday,
} from './statutory-holidays.ts';
import { addWorkingDays, createWorkingCalendar } from './working-days.ts';

const p = (s: string) => s as PlainDate;
const base = createWorkingCalendar(OFFICIAL_SCHEDULES);

/** A hypothetical law, for the tests only: whether 24/11 is a holiday is recorded in docs/domain/calendar.md. */
const cultureDay = (effectiveFrom: string, compensated = true): StatutoryHoliday => ({
  month: 11,
  day: 24,
  name: 'Ngày Văn hóa Việt Nam',
  nameEn: 'Vietnam Culture Day',
  effectiveFrom: p(effectiveFrom),
  compensated,
  reference: `Luật thử nghiệm (hiệu lực từ ${effectiveFrom})`,
  referenceEn: `Test law (in force from ${effectiveFrom})`,
});

describe('validateStatutoryHoliday', () => {
  const input = {
    month: 11,
    day: 24,
    name: ' Ngày Văn hóa Việt Nam ',
    nameEn: 'Vietnam Culture Day',
    effectiveFrom: '2027-01-01',
    compensated: true,
    reference: 'Luật sửa đổi Bộ luật Lao động (ví dụ)',
  };
  const paths = (value: unknown, existing: StatutoryHoliday[] = []) => {
    const r = validateStatutoryHoliday(value, existing);
    return r.ok ? [] : r.errors.map((e) => e.path);
  };

  it('accepts a law-made holiday, trimming names, the English citation defaulting to the Vietnamese', () => {
    expect(validateStatutoryHoliday(input)).toEqual({
      ok: true,
      value: { ...input, name: 'Ngày Văn hóa Việt Nam', referenceEn: input.reference },
    });
  });

  it.each([
    ['a month out of range', { month: 13 }, 'month'],
    ['a day the month lacks', { month: 4, day: 31 }, 'day'],
    ['29 February, which does not recur', { month: 2, day: 29 }, 'day'],
    ['a date the Labour Code already makes a holiday', { month: 9, day: 2 }, 'day'],
    ['a compensated 31 December (its make-up day is next year)', { month: 12, day: 31 }, 'day'],
    ['an impossible effective date', { effectiveFrom: '2027-02-30' }, 'effectiveFrom'],
    ['an empty name', { name: ' ' }, 'name'],
    ['no English name', { nameEn: undefined }, 'nameEn'],
    ['no legal source', { reference: '' }, 'reference'],
    ['a non-boolean compensated', { compensated: 'yes' }, 'compensated'],
  ])('refuses %s naming the field', (_label, change, path) => {
    expect(paths({ ...input, ...change })).toContain(path);
  });

  it('refuses a date already entered, and accepts 31 December when the law gives no make-up', () => {
    expect(paths(input, [cultureDay('2026-07-01')])).toEqual(['day']);
    expect(paths({ ...input, month: 12, day: 31, compensated: false })).toEqual([]);
  });
});

describe('statutoryOccurrence', () => {
  it('is null before the effective date, the date from then on', () => {
    const h = cultureDay('2026-12-01');
    expect(statutoryOccurrence(h, 2025)).toBeNull();
    expect(statutoryOccurrence(h, 2026)).toBeNull(); // 24/11/2026 is before the law took effect
    expect(statutoryOccurrence(h, 2027)).toBe('2027-11-24');
    expect(statutoryOccurrence(cultureDay('2026-07-01'), 2026)).toBe('2026-11-24');
  });
});

describe('a calendar with a statutory holiday added', () => {
  const cal = createWorkingCalendar(OFFICIAL_SCHEDULES, [cultureDay('2027-01-01')]);

  it('moves deadlines across the day only from its year', () => {
    // 2026: Tuesday 24/11 stays a working day.
    expect(addWorkingDays(cal, p('2026-11-23'), 1)).toBe('2026-11-24');
    // 2027: Wednesday 24/11 is off.
    expect(addWorkingDays(base, p('2027-11-23'), 1)).toBe('2027-11-24');
    expect(addWorkingDays(cal, p('2027-11-23'), 1)).toBe('2027-11-25');
    expect(cal.dayInfo(p('2027-11-24'))).toMatchObject({
      kind: 'holiday',
      name: 'Ngày Văn hóa Việt Nam',
      source: { basis: 'statute', reference: 'Luật thử nghiệm (hiệu lực từ 2027-01-01)' },
    });
  });

  it('joins a decided year as a statutory day, which keeps the year official', () => {
    const c = createWorkingCalendar(OFFICIAL_SCHEDULES, [cultureDay('2026-07-01')]);
    const s = c.schedule(2026);
    expect(s.status).toBe('official');
    expect(s.days.find((d) => d.date === '2026-11-24')?.source.basis).toBe('statute');
    expect(c.schedule(2025).days.some((d) => d.date === '2025-11-24')).toBe(false);
  });

  it('gives a make-up day for a weekend occurrence only if the law provides for it (24/11/2029 is a Saturday)', () => {
    const made = createWorkingCalendar(OFFICIAL_SCHEDULES, [cultureDay('2027-01-01', true)]);
    const not = createWorkingCalendar(OFFICIAL_SCHEDULES, [cultureDay('2027-01-01', false)]);
    expect(made.dayInfo(p('2029-11-26'))).toMatchObject({ kind: 'compensatory' });
    expect(made.dayInfo(p('2029-11-26'))?.source.reference).toContain('Điều 111 khoản 3');
    expect(not.isWorkingDay(p('2029-11-26'))).toBe(true);
  });

  const holidayArb: fc.Arbitrary<StatutoryHoliday> = fc
    .record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      from: fc.integer({ min: toEpochDay(plainDate(2024, 1, 1)), max: toEpochDay(plainDate(2030, 12, 31)) }),
      compensated: fc.boolean(),
    })
    .map(({ month, day, from, compensated }) => ({
      ...cultureDay(fromEpochDay(from), compensated),
      month,
      day: Math.min(day, daysInMonth(2001, month)),
    }))
    .filter((h) => validateStatutoryHoliday(h).ok);

  it('changes no day before its effective date, and no deadline reached before it', () => {
    const near = fc.integer({
      min: toEpochDay(plainDate(2023, 6, 1)),
      max: toEpochDay(plainDate(2031, 6, 1)),
    });
    fc.assert(
      fc.property(holidayArb, near, fc.integer({ min: 0, max: 60 }), (h, n, k) => {
        const cal = createWorkingCalendar(OFFICIAL_SCHEDULES, [h]);
        const d = fromEpochDay(n);
        if (d < h.effectiveFrom) expect(cal.isWorkingDay(d)).toBe(base.isWorkingDay(d));
        const due = addWorkingDays(base, d, k);
        if (due < h.effectiveFrom) expect(addWorkingDays(cal, d, k)).toBe(due);
      }),
      { numRuns: 300 },
    );
  });

  it('makes each occurrence from the effective date a day off, unless a decided entry already lists that date', () => {
    fc.assert(
      fc.property(holidayArb, fc.integer({ min: 2024, max: 2031 }), (h, year) => {
        const cal = createWorkingCalendar(OFFICIAL_SCHEDULES, [h]);
        const date = statutoryOccurrence(h, year);
        if (date === null) return;
        const decided = year >= 2024 && year <= 2026;
        if (decided && base.dayInfo(date) !== undefined)
          expect(cal.dayInfo(date)).toEqual(base.dayInfo(date));
        else expect(cal.isWorkingDay(date)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
