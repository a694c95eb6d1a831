import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, nullIfSignedOut } from '../../lib/api-client';

/** GET /api/citizen/me: the citizen signed in with the national e-ID, and how (assurance level). */
export interface Citizen {
  idNumber: string;
  fullName: string;
  birthDate: string | null;
  phone?: string;
  assurance: string;
  identityProvider: string;
  nationalEid: boolean;
}

export const CITIZEN_ME_KEY = ['citizen', 'me'] as const;

/** Where the citizen login starts (a full navigation: the server redirects to the e-ID provider). */
export const citizenLoginHref = (next = '/tai-khoan') =>
  `/api/auth/citizen/login?next=${encodeURIComponent(next)}`;

/** The signed-in citizen, or null without a citizen session (401). */
export function useCitizenMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: CITIZEN_ME_KEY,
    queryFn: ({ signal }): Promise<Citizen | null> =>
      nullIfSignedOut(apiRequest<Citizen>('/api/citizen/me', { signal })),
    staleTime: 60_000,
    retry: false,
    enabled: options.enabled ?? true,
  });
}

export function useCitizenLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<unknown>('/api/auth/citizen/logout', { method: 'POST', body: {} }),
    onSuccess: () => qc.setQueryData(CITIZEN_ME_KEY, null),
  });
}

/** The ID number as shown on screen: every digit but the last 4 hidden (the page may be seen over a shoulder). */
export const maskIdNumber = (idNumber: string) =>
  idNumber.length <= 4 ? idNumber : `${'•'.repeat(idNumber.length - 4)}${idNumber.slice(-4)}`;

/** The online submission of a procedure on this site (the procedure page's "Nộp hồ sơ trực tuyến"). */
export const submitHref = (procedureCode: string) =>
  `/tai-khoan/nop-ho-so?thu-tuc=${encodeURIComponent(procedureCode)}`;
