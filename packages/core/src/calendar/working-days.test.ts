/** Over 400 lines on purpose: the hand-counted expectations of every official schedule sit beside the properties they pin. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDay, DayKind, DaySource, YearSchedule } from './holidays.ts';
import { OFFICIAL_SCHEDULES } from './official-schedules.ts';
import {
  addDays,
  dayOfWeek,
  fromEpochDay,
  isWeekend,
  type LocalDateTime,
  type PlainDate,
  plainDate,
  toEpochDay,
} from './plain-date.ts';
import {
  addWorkingDays,
  addWorkingHours,
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  sameDayDue,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days.ts';

const p = (s: string): PlainDate => s as PlainDate;
const at = (date: string, time: string): LocalDateTime => {
  const [h, m] = time.split(':').map(Number);
  return { date: p(date), minutes: (h ?? 0) * 60 + (m ?? 0) };
};

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const TEST_SOURCE: DaySource = {
  basis: 'decision',
  reference: 'Văn bản thử 1/VPCP-KGVX ngày 01/12/2024',
  referenceEn: 'Test letter 1/VPCP-KGVX of 1 Dec 2024',
};

// Expectations below are worked out by hand from the official schedules (docs/domain/calendar.md#official-schedules-2024-to-2026) and the
// law-derived defaults, not by running the code.
describe('addWorkingDays on the official schedules', () => {
  it.each([
    // [from, n, expected, why]
    ['2025-01-24', 1, '2025-02-03', 'Fri before Tết 2025: weekend, 27–31/1 off, weekend'],
    ['2025-04-25', 1, '2025-04-26', 'make-up Saturday 26/4/2025 is a working day'],
    ['2025-04-25', 2, '2025-04-28', 'then Sunday is off'],
    ['2025-04-25', 4, '2025-05-05', '30/4, 1/5 off, Fri 2/5 swapped off, weekend'],
    ['2025-04-04', 1, '2025-04-08', 'Hùng Kings Mon 7/4/2025'],
    ['2025-08-29', 1, '2025-09-03', 'National Day 1–2/9/2025'],
    ['2024-12-31', 1, '2025-01-02', 'New Year 2025 across the year boundary'],
    ['2024-02-07', 1, '2024-02-15', 'Tết 2024: 8–14/2'],
    ['2024-04-26', 1, '2024-05-02', 'Mon 29/4/2024 swapped off, 30/4 and 1/5 off'],
    ['2024-05-03', 1, '2024-05-04', 'make-up Saturday 4/5/2024'],
    ['2024-08-30', 1, '2024-09-04', 'National Day 2–3/9/2024'],
    ['2026-02-13', 1, '2026-02-23', 'Tết 2026: 16–20/2'],
    ['2026-04-24', 1, '2026-04-28', 'Hùng Kings on Sunday 26/4/2026, compensatory Monday 27/4'],
    ['2026-04-28', 2, '2026-05-04', 'Thu 30/4 and Fri 1/5/2026'],
    ['2026-08-31', 1, '2026-09-03', 'National Day 2026: Tue 1/9 (adjacent day) and Wed 2/9'],
    ['2025-01-06', 5, '2025-01-13', 'an ordinary week'],
    ['2025-01-04', 0, '2025-01-06', 'n = 0 from a Saturday moves to the next working day'],
    ['2025-01-06', 0, '2025-01-06', 'n = 0 from a working day stays'],
    ['2025-01-25', 0, '2025-02-03', 'n = 0 during Tết'],
  ])('%s + %i = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(cal, p(from), n)).toBe(expected);
  });

  it('falls back to the law-derived defaults outside 2024–2026', () => {
    // 2027 default: Tết eve Fri 5/2 + 6–9/2, compensatory Wed 10 and Thu 11/2.
    expect(addWorkingDays(cal, p('2027-02-04'), 1)).toBe('2027-02-12');
    // 30/4/2027 Friday, 1/5 Saturday -> compensatory Monday 3/5.
    expect(addWorkingDays(cal, p('2027-04-29'), 1)).toBe('2027-05-04');
    // 1/1/2028 is a Saturday -> compensatory Monday 3/1/2028, across the year boundary.
    expect(addWorkingDays(cal, p('2027-12-31'), 1)).toBe('2028-01-04');
  });

  it('marks the days of the 2026 Hùng Kings weekend', () => {
    expect(cal.isWorkingDay(p('2026-04-24'))).toBe(true);
    expect(cal.isWorkingDay(p('2026-04-26'))).toBe(false);
    expect(cal.isWorkingDay(p('2026-04-27'))).toBe(false);
    expect(cal.dayInfo(p('2026-04-27'))).toMatchObject({
      date: '2026-04-27',
      name: 'Nghỉ bù',
      nameEn: 'Compensatory day off',
      kind: 'compensatory',
      source: { basis: 'statute' },
    });
    expect(cal.dayInfo(p('2026-04-28'))).toBeUndefined();
  });

  it.each([-1, 1.5, 3651, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %d', (n) => {
    expect(() => addWorkingDays(cal, p('2025-01-06'), n)).toThrow(RangeError);
  });

  it('accepts n = 3650', () => {
    expect(workingDaysBetween(cal, p('2025-01-06'), addWorkingDays(cal, p('2025-01-06'), 3650))).toBe(3650);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-01-24', '2025-02-03', 1],
    ['2025-04-25', '2025-05-05', 4],
    ['2025-01-06', '2025-01-06', 0],
    ['2025-01-06', '2025-01-13', 5],
    ['2025-01-10', '2025-01-12', 0], // Friday to Sunday
    ['2025-01-13', '2025-01-06', -5],
    ['2024-01-01', '2024-12-31', 366 - 104 - 11],
  ])('(%s, %s] has %i working days', (from, to, n) => {
    expect(workingDaysBetween(cal, p(from), p(to))).toBe(n);
  });
});

describe('createWorkingCalendar', () => {
  const adminDay = (date: string, kind: DayKind): CalendarDay => ({
    date: p(date),
    name: 'Ngày thử',
    nameEn: 'Test',
    kind,
    source: TEST_SOURCE,
  });

  it('lets later schedules replace earlier ones for the same year', () => {
    const override: YearSchedule = {
      year: 2025,
      status: 'official',
      source: 'Sửa bởi quản trị',
      days: [adminDay('2025-01-01', 'holiday')],
    };
    const c = createWorkingCalendar([...OFFICIAL_SCHEDULES, override]);
    expect(c.schedule(2025)).toEqual(override);
    expect(c.isWorkingDay(p('2025-01-27'))).toBe(true); // Tết no longer listed
    expect(c.isWorkingDay(p('2025-04-26'))).toBe(false); // nor the make-up Saturday
    expect(c.schedule(2024)).toEqual(OFFICIAL_SCHEDULES[0]);
  });

  it('uses the provisional default for years without a schedule', () => {
    expect(cal.schedule(2031).status).toBe('provisional');
    expect(createWorkingCalendar([]).schedule(2025).status).toBe('provisional');
  });

  it('refuses an invalid schedule', () => {
    const bad: YearSchedule = {
      year: 2025,
      status: 'official',
      source: '',
      days: [adminDay('2025-04-28', 'swap-work')],
    };
    expect(() => createWorkingCalendar([bad])).toThrow(RangeError);
  });
});

describe('sameDayDue (cut-off 15:00)', () => {
  it.each([
    ['2025-01-02', '14:59', '2025-01-02', 'before the cut-off'],
    ['2025-01-02', '15:00', '2025-01-02', 'at the cut-off'],
    ['2025-01-02', '15:01', '2025-01-03', 'after the cut-off'],
    ['2025-01-02', '06:45', '2025-01-02', 'before opening'],
    ['2025-01-24', '16:00', '2025-02-03', 'Friday afternoon before Tết'],
    ['2025-01-04', '09:00', '2025-01-06', 'Saturday counter session: not a working day'],
    ['2025-01-05', '09:00', '2025-01-06', 'Sunday'],
    ['2025-04-26', '09:00', '2025-04-26', 'make-up Saturday is a working day'],
    ['2025-04-26', '16:00', '2025-04-28', 'make-up Saturday after the cut-off'],
    ['2025-04-30', '09:00', '2025-05-05', 'holiday: next working day after the whole break'],
  ])('%s %s -> %s (%s)', (date, time, due) => {
    expect(sameDayDue(cal, at(date, time))).toBe(due);
  });

  it('uses the office cut-off', () => {
    const office: OfficeHours = { ...DEFAULT_OFFICE_HOURS, sameDayCutoff: 16 * 60 };
    expect(sameDayDue(cal, at('2025-01-02', '15:30'), office)).toBe('2025-01-02');
  });
});

describe('addWorkingHours (07:30–11:30, 13:30–17:30)', () => {
  it.each([
    ['2025-01-06', '07:30', 8, '2025-01-07', '07:30', '8 h = one working day'],
    ['2025-01-06', '07:30', 3, '2025-01-06', '10:30', 'inside the morning'],
    ['2025-01-06', '07:30', 4, '2025-01-06', '13:30', 'time running out at noon continues after lunch'],
    ['2025-01-06', '10:00', 2, '2025-01-06', '14:00', 'across lunch'],
    ['2025-01-06', '12:00', 1, '2025-01-06', '14:30', 'start during lunch'],
    ['2025-01-06', '06:00', 0.5, '2025-01-06', '08:00', 'start before opening'],
    ['2025-01-06', '18:00', 1, '2025-01-07', '08:30', 'start after closing'],
    ['2025-01-06', '13:30', 8, '2025-01-07', '13:30', 'from the afternoon session'],
    ['2025-01-24', '16:00', 2, '2025-02-03', '08:00', 'across Tết 2025'],
    ['2025-01-04', '09:00', 1, '2025-01-06', '08:30', 'from a Saturday counter session'],
    ['2025-04-25', '16:30', 2, '2025-04-26', '08:30', 'into the make-up Saturday'],
    ['2025-01-06', '09:15', 0, '2025-01-06', '09:15', 'zero hours inside a session'],
    ['2025-01-06', '11:45', 0, '2025-01-06', '13:30', 'zero hours outside a session moves to the next start'],
  ])('%s %s + %d h = %s %s (%s)', (date, time, hours, rDate, rTime) => {
    expect(addWorkingHours(cal, at(date, time), hours)).toEqual(at(rDate, rTime));
  });

  it.each([-1, 1 / 7, Number.NaN, 1e9])('rejects %d hours', (h) => {
    expect(() => addWorkingHours(cal, at('2025-01-06', '08:00'), h)).toThrow(RangeError);
  });

  it('rejects malformed office hours', () => {
    const start = at('2025-01-06', '08:00');
    const bad: OfficeHours[] = [
      { sessions: [], sameDayCutoff: 900 },
      { sessions: [{ start: 600, end: 500 }], sameDayCutoff: 900 },
      {
        sessions: [
          { start: 450, end: 700 },
          { start: 690, end: 800 },
        ],
        sameDayCutoff: 900,
      },
      { sessions: [{ start: 450, end: 1500 }], sameDayCutoff: 900 },
    ];
    for (const office of bad) expect(() => addWorkingHours(cal, start, 1, office)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, over the official schedules and over random valid admin schedules.

const FIRST = toEpochDay(plainDate(2020, 1, 1));
const LAST = toEpochDay(plainDate(2034, 12, 31));
const dateArb = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);

const ADMIN_YEARS = [2024, 2025, 2026, 2027, 2028] as const;

/** A valid admin schedule: weekday days off of any kind, weekend holidays or make-up working days. */
const scheduleArb = (year: number): fc.Arbitrary<YearSchedule> => {
  const first = toEpochDay(plainDate(year, 1, 1));
  const last = toEpochDay(plainDate(year, 12, 31));
  const dayArb = fc
    .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 2 }))
    .map(([n, pick]): CalendarDay => {
      const date = fromEpochDay(n);
      const kind: DayKind = isWeekend(date)
        ? pick === 0
          ? 'holiday'
          : 'swap-work'
        : ((['holiday', 'compensatory', 'swap-off'] as const)[pick] ?? 'holiday');
      return { date, name: 'Ngày thử', nameEn: 'Test day', kind, source: TEST_SOURCE };
    });
  return fc
    .uniqueArray(dayArb, { maxLength: 40, selector: (d) => d.date })
    .map((days) => ({ year, status: 'official', source: 'fast-check', days }));
};

const calendarArb: fc.Arbitrary<WorkingCalendar> = fc
  .subarray([...ADMIN_YEARS])
  .chain(
    (years): fc.Arbitrary<YearSchedule[]> =>
      years.length === 0 ? fc.constant([]) : fc.tuple(...years.map(scheduleArb)).map((t) => [...t]),
  )
  .map((admin) => createWorkingCalendar([...OFFICIAL_SCHEDULES, ...admin]));

const anyCalendar = fc.oneof(fc.constant(cal), calendarArb);
const smallN = fc.integer({ min: 0, max: 60 });
const anyN = fc.oneof(smallN, fc.integer({ min: 0, max: 1500 }));
const RUNS = { numRuns: 150 };

describe('addWorkingDays properties', () => {
  it('never lands on a day off', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, anyN, (c, d, n) => {
        expect(c.isWorkingDay(addWorkingDays(c, d, n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('is monotonic in n, and strictly increasing from n = 1 (from n = 0 when the start is a working day)', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, smallN, smallN, (c, d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = addWorkingDays(c, d, lo);
        const y = addWorkingDays(c, d, hi);
        expect(x <= y).toBe(true);
        if (lo < hi && (lo >= 1 || c.isWorkingDay(d))) expect(x < y).toBe(true);
        if (lo >= 1) expect(x > d).toBe(true);
      }),
      RUNS,
    );
  });

  it('is additive when the first step ends on a counted working day: a >= 1, or d is a working day', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, smallN, smallN, (c, d, a, b) => {
        fc.pre(a >= 1 || c.isWorkingDay(d));
        expect(addWorkingDays(c, addWorkingDays(c, d, a), b)).toBe(addWorkingDays(c, d, a + b));
      }),
      RUNS,
    );
  });

  it('needs that precondition: from a Saturday, 0 then 1 is one day further than 1', () => {
    const saturday = p('2025-01-04');
    expect(addWorkingDays(cal, addWorkingDays(cal, saturday, 0), 1)).toBe('2025-01-07');
    expect(addWorkingDays(cal, saturday, 1)).toBe('2025-01-06');
  });

  it('is inverted by workingDaysBetween (n >= 1, or n = 0 from a working day)', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, anyN, (c, d, n) => {
        fc.pre(n >= 1 || c.isWorkingDay(d));
        expect(workingDaysBetween(c, d, addWorkingDays(c, d, n))).toBe(n);
      }),
      RUNS,
    );
  });

  it('counts the working days it steps over one by one', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, fc.integer({ min: 1, max: 30 }), (c, d, n) => {
        const result = addWorkingDays(c, d, n);
        let count = 0;
        for (let x = addDays(d, 1); x < result; x = addDays(x, 1)) if (c.isWorkingDay(x)) count++;
        expect(count).toBe(n - 1);
      }),
      RUNS,
    );
  });

  it('only looks at the years it crosses: an admin schedule for a later year changes nothing earlier', () => {
    fc.assert(
      fc.property(
        scheduleArb(2030),
        fc.integer({ min: FIRST, max: toEpochDay(plainDate(2026, 12, 31)) }),
        smallN,
        (s, n, k) => {
          const d = fromEpochDay(n);
          const withAdmin = createWorkingCalendar([...OFFICIAL_SCHEDULES, s]);
          expect(addWorkingDays(withAdmin, d, k)).toBe(addWorkingDays(cal, d, k));
        },
      ),
      RUNS,
    );
  });
});

describe('workingDaysBetween properties', () => {
  it('is antisymmetric and additive over intervals', () => {
    const near = fc.integer({ min: -400, max: 400 });
    fc.assert(
      fc.property(anyCalendar, dateArb, near, near, (c, a, i, j) => {
        const b = addDays(a, i);
        const e = addDays(a, j);
        expect(workingDaysBetween(c, a, b)).toBe(-workingDaysBetween(c, b, a) || 0);
        expect(workingDaysBetween(c, a, b) + workingDaysBetween(c, b, e)).toBe(workingDaysBetween(c, a, e));
      }),
      RUNS,
    );
  });

  it('agrees with the definition of a working day', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, (c, d) => {
        const info = c.dayInfo(d);
        const expected = info ? info.kind === 'swap-work' : dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6;
        expect(c.isWorkingDay(d)).toBe(expected);
        expect(workingDaysBetween(c, addDays(d, -1), d)).toBe(expected ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('addWorkingHours properties', () => {
  const minutesOfDay = fc.integer({ min: 0, max: 1439 });
  const startArb = fc
    .tuple(dateArb, minutesOfDay)
    .map(([date, minutes]): LocalDateTime => ({ date, minutes }));
  const wholeMinutesHours = fc.integer({ min: 0, max: 60 * 200 }).map((m) => m / 60);
  const inSession = (c: WorkingCalendar, t: LocalDateTime): boolean =>
    c.isWorkingDay(t.date) &&
    DEFAULT_OFFICE_HOURS.sessions.some((s) => t.minutes >= s.start && t.minutes < s.end);

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(anyCalendar, startArb, wholeMinutesHours, wholeMinutesHours, (c, s, a, b) => {
        const stepwise = addWorkingHours(c, addWorkingHours(c, s, a), b);
        expect(stepwise).toEqual(addWorkingHours(c, s, (Math.round(a * 60) + Math.round(b * 60)) / 60));
      }),
      RUNS,
    );
  });

  it('always ends inside a session of a working day', () => {
    fc.assert(
      fc.property(anyCalendar, startArb, wholeMinutesHours, (c, s, h) => {
        expect(inSession(c, addWorkingHours(c, s, h))).toBe(true);
      }),
      RUNS,
    );
  });

  it('8 h from a session start on a working day is the same time on the next working day', () => {
    const sessionStart = fc.constantFrom(...DEFAULT_OFFICE_HOURS.sessions.map((s) => s.start));
    fc.assert(
      fc.property(anyCalendar, dateArb, sessionStart, fc.integer({ min: 1, max: 20 }), (c, d, minutes, k) => {
        const day = addWorkingDays(c, d, 0);
        expect(addWorkingHours(c, { date: day, minutes }, 8)).toEqual({
          date: addWorkingDays(c, day, 1),
          minutes,
        });
        expect(addWorkingHours(c, { date: day, minutes }, 8 * k)).toEqual({
          date: addWorkingDays(c, day, k),
          minutes,
        });
      }),
      RUNS,
    );
  });

  it('is monotonic in hours', () => {
    fc.assert(
      fc.property(anyCalendar, startArb, wholeMinutesHours, wholeMinutesHours, (c, s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = addWorkingHours(c, s, lo);
        const y = addWorkingHours(c, s, hi);
        expect(x.date < y.date || (x.date === y.date && x.minutes <= y.minutes)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('sameDayDue properties', () => {
  it('is the receiving day or the next working day, and always a working day', () => {
    fc.assert(
      fc.property(anyCalendar, dateArb, fc.integer({ min: 0, max: 1439 }), (c, d, minutes) => {
        const due = sameDayDue(c, { date: d, minutes });
        expect(c.isWorkingDay(due)).toBe(true);
        expect([d, addWorkingDays(c, d, 1)]).toContain(due);
        expect(due === d).toBe(c.isWorkingDay(d) && minutes <= DEFAULT_OFFICE_HOURS.sameDayCutoff);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a Saturday counter session advance a deadline unless the Saturday is a make-up day', () => {
    const saturdays = fc
      .integer({ min: FIRST, max: LAST })
      .map((n) => fromEpochDay(n - ((n + 4 + 1) % 7))) // back to the previous Saturday (day 6)
      .filter((d) => d >= '2020-01-01');
    fc.assert(
      fc.property(saturdays, fc.integer({ min: 7 * 60, max: 11 * 60 + 30 }), (sat, minutes) => {
        expect(dayOfWeek(sat)).toBe(6);
        const due = sameDayDue(cal, { date: sat, minutes });
        if (cal.dayInfo(sat)?.kind === 'swap-work') expect(due).toBe(sat);
        else expect(due > sat).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
