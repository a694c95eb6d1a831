import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

/** What anyone may see about a dossier: no personal data. */
export interface PublicDossier {
  code: string;
  status: number;
  statusKey: string;
  statusLabel: string;
  procedureName: string;
  agencyName: string;
  receivedAt: string | null;
  dueDate: string | null;
  currentStep?: { name: string; agencyName: string } | null;
}

export function usePublicDossier(code: string) {
  return useQuery({
    queryKey: ['public-dossier', code],
    queryFn: ({ signal }) =>
      apiRequest<PublicDossier>(`/api/public/dossiers/${encodeURIComponent(code)}`, { signal }),
    enabled: code !== '',
  });
}

/** Codes are printed in capitals; people type them in any case and with stray spaces. */
export const normalizeDossierCode = (code: string): string => code.replace(/\s+/g, '').toUpperCase();
