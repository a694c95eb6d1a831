/** The day's counter slips (Form 02 and 03) and one slip, to take its dossier in again. */
import type { CounterSlipDetail, CounterSlipForm, CounterSlipList } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';
import { LIVE_REFRESH_MS } from './api';

export type { CounterSlipDetail, CounterSlipList };
export type CounterSlipItem = CounterSlipList['items'][number];

/** Today in Vietnam (the day the counter works in), as YYYY-MM-DD. */
export const todayInVietnam = (now = Date.now()): string =>
  new Date(now + 7 * 3600_000).toISOString().slice(0, 10);

export function useCounterSlips(date: string, form?: CounterSlipForm) {
  const query = buildQuery({ date, form });
  return useQuery({
    queryKey: ['counter-slips', 'list', query],
    queryFn: ({ signal }) => apiRequest<CounterSlipList>(`/api/counter-slips${query}`, { signal }),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

export function useCounterSlip(id: string | undefined) {
  return useQuery({
    queryKey: ['counter-slips', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest<CounterSlipDetail>(`/api/counter-slips/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
  });
}
