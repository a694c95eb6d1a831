import type { NoticeList } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export type { NoticeList };

/** The signed-in officer's deadline warnings (GET /api/notices), polled so a new warning shows in the bell. */
export function useNotices(enabled = true) {
  return useQuery({
    queryKey: ['notices'],
    queryFn: ({ signal }) => apiRequest<NoticeList>('/api/notices', { signal }),
    enabled,
    refetchInterval: 5 * 60_000,
  });
}

export function useMarkNoticeRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<null>(`/api/notices/${id}/read`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notices'] }),
  });
}
