/** Held (back-dated) intakes for the leaders: the pending list, approval and rejection. */
import type { HeldApproved, HeldIntakeView } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';
import { LIVE_REFRESH_MS } from './api';

export type { HeldIntakeView };

export function useHeldIntakes() {
  return useQuery({
    queryKey: ['held-intakes'],
    queryFn: ({ signal }) => apiRequest<{ items: HeldIntakeView[] }>('/api/held-intakes', { signal }),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

export function useDecideHeld() {
  const qc = useQueryClient();
  const settle = () => {
    void qc.invalidateQueries({ queryKey: ['held-intakes'] });
    void qc.invalidateQueries({ queryKey: ['dossiers'] });
  };
  const approve = useMutation({
    mutationFn: (id: string) =>
      apiRequest<HeldApproved>(`/api/held-intakes/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
    onSettled: settle,
  });
  const reject = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiRequest<HeldIntakeView>(`/api/held-intakes/${encodeURIComponent(id)}/reject`, {
        method: 'POST',
        body: { reason },
      }),
    onSettled: settle,
  });
  return { approve, reject };
}
