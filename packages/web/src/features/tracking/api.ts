import { CHECK_CODE_PARAM, type PublicDossier } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export type { PublicDossier };

/**
 * What anyone may see about a dossier (no personal data); with the check code printed on the receipt, also
 * its dates and current step (`details: 'shown'`).
 */
export function usePublicDossier(code: string, check: string) {
  return useQuery({
    queryKey: ['public-dossier', code, check],
    queryFn: ({ signal }) =>
      apiRequest<PublicDossier>(
        `/api/public/dossiers/${encodeURIComponent(code)}` +
          (check ? `?${CHECK_CODE_PARAM}=${encodeURIComponent(check)}` : ''),
        { signal },
      ),
    enabled: code !== '',
    // The countdown is counted by the server on the day it answers: a page left open catches up.
    refetchInterval: 10 * 60_000,
  });
}

/** Codes are printed in capitals; people type them in any case and with stray spaces. */
export const normalizeDossierCode = (code: string): string => code.replace(/\s+/g, '').toUpperCase();
