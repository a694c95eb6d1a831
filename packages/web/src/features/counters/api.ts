import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export interface AdminCounter {
  code: string;
  name: string;
  address: string;
  phone: string;
  sessions: { start: string; end: string }[];
  sameDayCutoff: string;
  saturdayCounter: boolean;
}

const countersKey = ['admin', 'counters'] as const;

export function useAdminCounters() {
  return useQuery({
    queryKey: countersKey,
    queryFn: ({ signal }) => apiRequest<{ items: AdminCounter[] }>('/api/admin/counters', { signal }),
    select: (d) => d.items,
  });
}

/** The address and phone, then the hours: two routes, each checked by the server on its own. */
export function useSaveCounter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (c: AdminCounter) => {
      const code = encodeURIComponent(c.code);
      await apiRequest(`/api/admin/agencies/${code}/contact`, {
        method: 'PUT',
        body: { address: c.address, phone: c.phone },
      });
      await apiRequest(`/api/admin/agencies/${code}/office-hours`, {
        method: 'PUT',
        body: { sessions: c.sessions, sameDayCutoff: c.sameDayCutoff, saturdayCounter: c.saturdayCounter },
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: countersKey }),
  });
}
