import type {
  CalendarDayView,
  DayKind,
  SourceBasis,
  StatutoryHolidayInput,
  StatutoryHolidayView,
  YearScheduleInput,
  YearScheduleView,
} from '@motcua/core';
import { DAY_KINDS, SOURCE_BASES } from '@motcua/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type { DayKind, SourceBasis };
export { DAY_KINDS, SOURCE_BASES };
export type CalendarDay = CalendarDayView;
export type YearCalendar = YearScheduleView;
export type StatutoryHoliday = StatutoryHolidayView;

export interface WorkingDaysResult {
  from: string;
  days: number;
  due: string;
  /** provisional when the count crossed a year whose schedule awaits its decision (provisionalYears). */
  status: 'official' | 'provisional';
  provisionalYears: number[];
}

export function holidaysKey(year: number) {
  return ['calendar', 'holidays', year] as const;
}

export function useHolidays(year: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: holidaysKey(year),
    queryFn: ({ signal }) =>
      apiRequest<YearCalendar>(`/api/calendar/holidays${buildQuery({ year })}`, { signal }),
    enabled: options.enabled ?? true,
  });
}

export function useDueDate() {
  return useMutation({
    mutationFn: (input: { from: string; days: number }) =>
      apiRequest<WorkingDaysResult>(`/api/calendar/working-days${buildQuery(input)}`),
  });
}

export type SaveCalendarInput = YearScheduleInput & { year: number };

export function useSaveCalendar() {
  return useMutation({
    mutationFn: ({ year, ...body }: SaveCalendarInput) =>
      apiRequest<YearCalendar>(`/api/admin/calendar/${year}`, { method: 'PUT', body }),
  });
}

export const statutoryHolidaysKey = ['calendar', 'statutory-holidays'] as const;

export function useStatutoryHolidays() {
  return useQuery({
    queryKey: statutoryHolidaysKey,
    queryFn: ({ signal }) =>
      apiRequest<{ items: StatutoryHoliday[] }>('/api/calendar/statutory-holidays', { signal }),
  });
}

export function useAddStatutoryHoliday() {
  return useMutation({
    mutationFn: (body: StatutoryHolidayInput) =>
      apiRequest<StatutoryHoliday>('/api/admin/calendar/statutory-holidays', { method: 'POST', body }),
  });
}
