/**
 * Public holidays and day swaps for civil servants on the Saturday/Sunday rest regime.
 *
 * The Labour Code 2019 fixes most holidays by date (Art. 112.1) and the make-up day for one falling on a
 * weekend (Art. 111.3), but the Prime Minister decides each year's five Tết days and National Day's
 * adjacent day (Art. 112.3), and the Government decides any swaps. So every day of a schedule carries its
 * source: the article (statute), the decision or letter (decision), or "computed, awaiting the decision"
 * (estimate). A year is official only when no day is an estimate (docs/domain/calendar.md).
 */
import { citesNumberAndDate } from './decision-citation.ts';
import { hungKingsDay, lunarNewYear } from './lunar.ts';
import { addDays, comparePlainDate, isWeekend, type PlainDate, plainDate, toParts } from './plain-date.ts';
import { type StatutoryHoliday, statutoryOccurrence } from './statutory-holidays.ts';

/**
 * - holiday: a public holiday (may fall on a weekend);
 * - compensatory: a weekday off because a holiday fell on a Saturday or Sunday;
 * - swap-off: a weekday off, paid back by a swap-work day;
 * - swap-work: a Saturday or Sunday that is a working day.
 */
export type DayKind = 'holiday' | 'compensatory' | 'swap-off' | 'swap-work';
export const DAY_KINDS: readonly DayKind[] = ['holiday', 'compensatory', 'swap-off', 'swap-work'];

/**
 * - statute: the law itself fixes the day (e.g. 1 January, Labour Code Art. 112.1.a);
 * - decision: a Government decision, letter or ministry notice fixed it;
 * - estimate: computed from the law while the decision the law calls for is not yet entered.
 */
export type SourceBasis = 'statute' | 'decision' | 'estimate';
export const SOURCE_BASES: readonly SourceBasis[] = ['statute', 'decision', 'estimate'];

export interface DaySource {
  basis: SourceBasis;
  /** Vietnamese citation, e.g. 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ'. */
  reference: string;
  referenceEn: string;
}

export interface CalendarDay {
  date: PlainDate;
  /** Vietnamese name, shown first. */
  name: string;
  nameEn: string;
  kind: DayKind;
  source: DaySource;
}

export type ScheduleStatus = 'official' | 'provisional';

export interface YearSchedule {
  year: number;
  /** Derived with scheduleStatus: official only when every day has its statute or decision. */
  status: ScheduleStatus;
  /** A summary of the decisions the year rests on, for the audit trail; each day carries its own. */
  source: string;
  /** Weekdays off and weekend working days; weekends inside a holiday window may be omitted. */
  days: CalendarDay[];
}

/**
 * Official when there are days, none of them is an estimate awaiting its decision, and every decided day
 * cites its decision's number and date (a day entered before that rule, without them, is not yet official).
 */
export const scheduleStatus = (days: readonly CalendarDay[]): ScheduleStatus =>
  days.length > 0 &&
  days.every(
    (d) =>
      d.source.basis === 'statute' ||
      (d.source.basis === 'decision' && citesNumberAndDate(d.source.reference)),
  )
    ? 'official'
    : 'provisional';

export const NAMES = {
  newYear: { name: 'Tết Dương lịch', nameEn: "New Year's Day" },
  tet: { name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' },
  hungKings: { name: 'Giỗ Tổ Hùng Vương', nameEn: 'Hùng Kings Commemoration Day' },
  victory: { name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
  labour: { name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
  national: { name: 'Quốc khánh', nameEn: 'National Day' },
  compensatory: { name: 'Nghỉ bù', nameEn: 'Compensatory day off' },
  swapOff: { name: 'Hoán đổi ngày nghỉ', nameEn: 'Swapped day off' },
  swapWork: { name: 'Làm bù', nameEn: 'Make-up working day' },
} as const;

export type NameKey = keyof typeof NAMES;

const KIND_OF: Record<NameKey, DayKind> = {
  newYear: 'holiday',
  tet: 'holiday',
  hungKings: 'holiday',
  victory: 'holiday',
  labour: 'holiday',
  national: 'holiday',
  compensatory: 'compensatory',
  swapOff: 'swap-off',
  swapWork: 'swap-work',
};

export const statute = (reference: string, referenceEn: string): DaySource => ({
  basis: 'statute',
  reference,
  referenceEn,
});
export const decision = (reference: string, referenceEn: string): DaySource => ({
  basis: 'decision',
  reference,
  referenceEn,
});
const estimate = (reference: string, referenceEn: string): DaySource => ({
  basis: 'estimate',
  reference,
  referenceEn,
});

const CODE = 'Bộ luật Lao động 2019';
const CODE_EN = 'Labour Code 2019';
/** The Labour Code articles each statutory day rests on. */
export const LABOUR_CODE = {
  newYear: statute(`${CODE}, Điều 112 khoản 1 điểm a`, `${CODE_EN}, Art. 112(1)(a)`),
  victory: statute(`${CODE}, Điều 112 khoản 1 điểm c`, `${CODE_EN}, Art. 112(1)(c)`),
  labour: statute(`${CODE}, Điều 112 khoản 1 điểm d`, `${CODE_EN}, Art. 112(1)(d)`),
  national: statute(`${CODE}, Điều 112 khoản 1 điểm đ`, `${CODE_EN}, Art. 112(1)(đ)`),
  hungKings: statute(`${CODE}, Điều 112 khoản 1 điểm e`, `${CODE_EN}, Art. 112(1)(e)`),
  compensatory: statute(`${CODE}, Điều 111 khoản 3`, `${CODE_EN}, Art. 111(3)`),
} as const;

export const entry = (date: PlainDate, key: NameKey, source: DaySource): CalendarDay => ({
  date,
  ...NAMES[key],
  kind: KIND_OF[key],
  source,
});

/** Entries for the weekdays from `first` to `last` inclusive; weekends in a window are rest days anyway. */
export const weekdaysFrom = (
  first: PlainDate,
  last: PlainDate,
  key: NameKey,
  source: DaySource,
): CalendarDay[] => {
  const out: CalendarDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (!isWeekend(d)) out.push(entry(d, key, source));
  }
  return out;
};

const d = plainDate;

const TET_ESTIMATE = estimate(
  `Ngày cuối năm Âm lịch và mùng 1–4 Tết (${CODE}, Điều 112 khoản 1 điểm b); Thủ tướng quyết định cụ thể (khoản 3), chưa có quyết định`,
  `The last day of the lunar year and lunar days 1–4 (${CODE_EN}, Art. 112(1)(b)); the Prime Minister decides (Art. 112(3)), no decision entered`,
);
const ADJACENT_ESTIMATE = estimate(
  `Ngày liền kề trước Quốc khánh (${CODE}, Điều 112 khoản 1 điểm đ); Thủ tướng quyết định cụ thể (khoản 3), chưa có quyết định`,
  `The day before National Day (${CODE_EN}, Art. 112(1)(đ)); the Prime Minister decides (Art. 112(3)), no decision entered`,
);
const COLLISION_ESTIMATE = estimate(
  `Hai ngày lễ trùng nhau, nghỉ bù theo cách hiểu ${CODE}, Điều 111 khoản 3`,
  `Two holidays on one day, compensated by our reading of ${CODE_EN}, Art. 111(3)`,
);

const merged = (a: DaySource, b: DaySource): DaySource => ({
  basis: a.basis === 'estimate' || b.basis === 'estimate' ? 'estimate' : a.basis,
  reference: `${a.reference}; ${b.reference}`,
  referenceEn: `${a.referenceEn}; ${b.referenceEn}`,
});

/** The next weekday after `date` that is not yet `taken`. */
const nextFreeWeekday = (date: PlainDate, taken: Set<PlainDate>): PlainDate => {
  let c = addDays(date, 1);
  while (isWeekend(c) || taken.has(c)) c = addDays(c, 1);
  return c;
};

/** The source of the make-up day for `lost`: the article, or an estimate when the lost day is one. */
const compensation = (lost: CalendarDay, collided: boolean): DaySource => {
  if (collided) return COLLISION_ESTIMATE;
  const { day, month } = toParts(lost.date);
  const vi = `${LABOUR_CODE.compensatory.reference}, nghỉ bù cho ${lost.name} ${day}/${month}`;
  const en = `${LABOUR_CODE.compensatory.referenceEn}, make-up for ${lost.nameEn} ${lost.date}`;
  return lost.source.basis === 'estimate' ? estimate(vi, en) : statute(vi, en);
};

/** A holiday-kind day for each statutory holiday added by law that falls in `year`. */
const addedDays = (
  year: number,
  added: readonly StatutoryHoliday[],
): (CalendarDay & { compensated: boolean })[] =>
  added.flatMap((h) => {
    const date = statutoryOccurrence(h, year);
    if (date === null) return [];
    return [
      {
        date,
        name: h.name,
        nameEn: h.nameEn,
        kind: 'holiday' as const,
        source: statute(h.reference, h.referenceEn),
        compensated: h.compensated,
      },
    ];
  });

/**
 * A schedule derived from the law alone, for years without an official one (always provisional: the Tết
 * days and the adjacent day await the Prime Minister's decision):
 * - 1 January; 30 April; 1 May; 2 September; 10/3 lunar (Hùng Kings), each citing its article;
 * - Tết: the last day of the old lunar year and lunar days 1–4 of the new one (5 days). The Government
 *   usually picks a window starting 1–2 days before Tết, so this is only an estimate;
 * - National Day's adjacent day: 1 September (the law allows either side);
 * - statutory holidays added by a later law (`added`), from their effective date;
 * - every holiday that falls on a Saturday or Sunday gives a compensatory day on the next weekday that is
 *   not already off (Art. 111.3), unless the law adding it says otherwise; several such holidays take
 *   successive weekdays after the window. A holiday falling on another holiday (Hùng Kings on 30 April,
 *   as in 1947) is compensated the same way (our reading, so an estimate).
 */
export const defaultYearSchedule = (year: number, added: readonly StatutoryHoliday[] = []): YearSchedule => {
  const tet = lunarNewYear(year);
  const holidays: (CalendarDay & { compensated?: boolean })[] = [
    entry(d(year, 1, 1), 'newYear', LABOUR_CODE.newYear),
    ...[-1, 0, 1, 2, 3].map((offset) => entry(addDays(tet, offset), 'tet', TET_ESTIMATE)),
    entry(hungKingsDay(year), 'hungKings', LABOUR_CODE.hungKings),
    entry(d(year, 4, 30), 'victory', LABOUR_CODE.victory),
    entry(d(year, 5, 1), 'labour', LABOUR_CODE.labour),
    entry(d(year, 9, 1), 'national', ADJACENT_ESTIMATE),
    entry(d(year, 9, 2), 'national', LABOUR_CODE.national),
    ...addedDays(year, added),
  ].sort((a, b) => comparePlainDate(a.date, b.date));

  const byDate = new Map<PlainDate, CalendarDay>();
  const lost: { day: CalendarDay; collided: boolean }[] = [];
  for (const { compensated = true, ...h } of holidays) {
    const same = byDate.get(h.date);
    if (same) {
      byDate.set(h.date, {
        ...same,
        name: `${same.name}, ${h.name}`,
        nameEn: `${same.nameEn}, ${h.nameEn}`,
        source: merged(same.source, h.source),
      });
      lost.push({ day: h, collided: true });
    } else {
      byDate.set(h.date, h);
      if (isWeekend(h.date) && compensated) lost.push({ day: h, collided: false });
    }
  }
  const days = [...byDate.values()];
  const taken = new Set<PlainDate>(byDate.keys());
  for (const { day, collided } of lost) {
    const c = nextFreeWeekday(day.date, taken);
    taken.add(c);
    if (toParts(c).year === year) days.push(entry(c, 'compensatory', compensation(day, collided)));
  }
  days.sort((a, b) => comparePlainDate(a.date, b.date));
  return {
    year,
    status: scheduleStatus(days),
    source:
      'Tạm tính theo Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112), chưa có quyết định của Thủ tướng về Tết và ngày liền kề Quốc khánh. ' +
      'Provisional, derived from the Labour Code 2019 (Art. 111(3), Art. 112); no Prime Minister decision on Tết and the adjacent day entered.',
    days,
  };
};

/**
 * A decided schedule completed with the statutory holidays a later law added from a date on or before
 * that year's occurrence. A date the schedule already lists keeps its decided entry (the decision was
 * taken knowing the law); otherwise the day is added citing the law, with the Art. 111.3 make-up on the
 * next free weekday when it falls on a weekend and the law provides for it.
 */
export const withStatutoryHolidays = (
  schedule: YearSchedule,
  added: readonly StatutoryHoliday[],
): YearSchedule => {
  const extra = addedDays(schedule.year, added).filter((h) => !schedule.days.some((x) => x.date === h.date));
  if (extra.length === 0) return schedule;
  const days = [...schedule.days];
  const taken = new Set<PlainDate>(days.map((x) => x.date));
  for (const { compensated, ...h } of extra) {
    days.push(h);
    taken.add(h.date);
    if (isWeekend(h.date) && compensated) {
      const c = nextFreeWeekday(h.date, taken);
      taken.add(c);
      // A make-up day past 31 December is not carried: validateStatutoryHoliday refuses such dates.
      if (toParts(c).year === schedule.year) days.push(entry(c, 'compensatory', compensation(h, false)));
    }
  }
  days.sort((a, b) => comparePlainDate(a.date, b.date));
  return { ...schedule, status: scheduleStatus(days), days };
};
