import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export interface SiteInfo {
  provinceName?: string | null;
  provinceNameEn?: string | null;
  centreName?: string | null;
  centreNameEn?: string | null;
  hotline?: string | null;
}

/** Site identity (province, centre, hotline). Optional: the portal works without it. */
export function useSiteInfo() {
  return useQuery({
    queryKey: ['site'],
    queryFn: ({ signal }) => apiRequest<SiteInfo>('/api/site', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    throwOnError: false,
  });
}
