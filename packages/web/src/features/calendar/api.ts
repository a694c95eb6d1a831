import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type DayKind = 'holiday' | 'compensatory' | 'swap-off' | 'swap-work';

export const DAY_KINDS: readonly DayKind[] = ['holiday', 'compensatory', 'swap-off', 'swap-work'];

export interface CalendarDay {
  date: string;
  name: string;
  nameEn?: string | null;
  kind: DayKind;
}

export interface YearCalendar {
  year: number;
  status?: 'official' | 'provisional';
  source?: string | null;
  days: CalendarDay[];
}

export interface WorkingDaysResult {
  from: string;
  days: number;
  due: string;
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

export interface SaveCalendarInput {
  year: number;
  source: string;
  days: CalendarDay[];
}

export function useSaveCalendar() {
  return useMutation({
    mutationFn: ({ year, ...body }: SaveCalendarInput) =>
      apiRequest<YearCalendar>(`/api/admin/calendar/${year}`, { method: 'PUT', body }),
  });
}
