/** Pure calendar: plain dates, the Vietnamese lunar calendar, holidays and working-day arithmetic. */

export { citesNumberAndDate } from './decision-citation.ts';
export {
  type CalendarDay,
  DAY_KINDS,
  type DayKind,
  type DaySource,
  defaultYearSchedule,
  LABOUR_CODE,
  type ScheduleStatus,
  SOURCE_BASES,
  type SourceBasis,
  scheduleStatus,
  withStatutoryHolidays,
  type YearSchedule,
} from './holidays.ts';
export {
  hungKingsDay,
  type LunarDate,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
  VIETNAM_TIME_ZONE,
} from './lunar.ts';
export { OFFICIAL_SCHEDULES } from './official-schedules.ts';
export {
  addDays,
  comparePlainDate,
  type DateParts,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfYear,
  epochMsFromLocalDateTime,
  formatTime,
  fromEpochDay,
  instantFromLocalDateTime,
  isPlainDate,
  isWeekend,
  type LocalDateTime,
  localDateTimeFromInstant,
  MAX_YEAR,
  MIN_YEAR,
  MINUTES_PER_DAY,
  type PlainDate,
  type PlainTime,
  parsePlainDate,
  parseTime,
  plainDate,
  startOfYear,
  toEpochDay,
  toParts,
  VIETNAM_UTC_OFFSET_MINUTES,
  vietnamInstant,
} from './plain-date.ts';
export { type ScheduleError, type ValidationResult, validateYearSchedule } from './schedule-validation.ts';
export {
  type StatutoryHoliday,
  type StatutoryHolidayError,
  type StatutoryHolidayResult,
  statutoryOccurrence,
  validateStatutoryHoliday,
} from './statutory-holidays.ts';
export {
  addWorkingDays,
  addWorkingHours,
  assertOfficeHours,
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  MAX_WORKING_DAYS,
  MAX_WORKING_HOURS,
  type OfficeHours,
  type OfficeSession,
  previousWorkingDay,
  sameDayDue,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days.ts';
