/** The citizen's online rating of a finished dossier, with the receipt's check code. */
import type { PublicRatingBody, RatingView } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export type { PublicRatingBody, RatingView };

export function useSubmitRating() {
  return useMutation({
    mutationFn: (body: PublicRatingBody) =>
      apiRequest<RatingView>('/api/public/ratings', { method: 'POST', body }),
  });
}

export interface Kiosk {
  id: string;
  name: string;
  agencyCode: string;
}

/** The dossier's rating (null: none yet), for staff who see the dossier. */
export function useDossierRating(code: string) {
  return useQuery({
    queryKey: ['dossier-rating', code],
    queryFn: ({ signal }) =>
      apiRequest<RatingView | null>(`/api/dossiers/${encodeURIComponent(code)}/rating`, { signal }),
  });
}

export function useKiosks(enabled: boolean) {
  return useQuery({
    queryKey: ['rating-kiosks'],
    queryFn: ({ signal }) => apiRequest<{ items: Kiosk[] }>('/api/rating-kiosks', { signal }),
    enabled,
  });
}

export function usePairKiosk() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest<Kiosk & { key: string }>('/api/rating-kiosks', { method: 'POST', body: { name } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['rating-kiosks'] }),
  });
}

export function useInviteToRate(code: string) {
  return useMutation({
    mutationFn: (kioskId: string) =>
      apiRequest<{ expiresAt: string }>(`/api/dossiers/${encodeURIComponent(code)}/rating-invitation`, {
        method: 'POST',
        body: { kioskId },
      }),
  });
}

export function usePaperRating(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (satisfaction: RatingView['satisfaction']) =>
      apiRequest<RatingView>(`/api/dossiers/${encodeURIComponent(code)}/rating`, {
        method: 'POST',
        body: { satisfaction },
      }),
    onSuccess: (r) => qc.setQueryData(['dossier-rating', code], r),
  });
}

/** The header a paired tablet sends its key in (the server's KIOSK_KEY_HEADER). */
export const KIOSK_KEY_HEADER = 'x-kiosk-key';
export const KIOSK_KEY_STORAGE = 'motcua.kioskKey';

export interface KioskInvitation {
  code: string;
  procedureName: string;
  officerName: string;
  expiresAt: string;
}

/** What the tablet should show: polled, since the officer's invitation can come at any moment. */
export function useKioskInvitation(key: string) {
  return useQuery({
    queryKey: ['kiosk-invitation', key],
    queryFn: ({ signal }) =>
      apiRequest<KioskInvitation | null>('/api/kiosk/invitation', {
        signal,
        headers: { [KIOSK_KEY_HEADER]: key },
      }),
    enabled: key !== '',
    refetchInterval: 3000,
    retry: false,
  });
}

export function useKioskRate(key: string) {
  return useMutation({
    mutationFn: ({ code, satisfaction }: { code: string; satisfaction: RatingView['satisfaction'] }) =>
      apiRequest<RatingView>(`/api/dossiers/${encodeURIComponent(code)}/rating`, {
        method: 'POST',
        body: { satisfaction },
        headers: { [KIOSK_KEY_HEADER]: key },
      }),
  });
}
