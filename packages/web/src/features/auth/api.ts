import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, nullIfSignedOut } from '../../lib/api-client';

export type Role =
  | 'system-admin'
  | 'supervisor'
  | 'counter-officer'
  | 'specialist'
  | 'leader'
  | 'clerical'
  | 'inspector';

export const KNOWN_ROLES: readonly Role[] = [
  'system-admin',
  'supervisor',
  'counter-officer',
  'specialist',
  'leader',
  'clerical',
  'inspector',
];

export interface StaffUser {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  /** Labels for `roles`, same order (the server may send them; the web has its own for known roles). */
  roleLabels?: { vi: string; en?: string | null }[];
  agency?: { code: string; name: string; nameEn?: string | null } | null;
}

interface UserResponse {
  user: StaffUser;
}

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in staff member, or null when nobody is signed in (401). */
export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }): Promise<StaffUser | null> => {
      const res = await nullIfSignedOut(apiRequest<UserResponse>('/api/auth/me', { signal }));
      return res?.user ?? null;
    },
    staleTime: 60_000,
    retry: false,
    enabled: options.enabled ?? true,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      apiRequest<UserResponse>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (res) => {
      qc.setQueryData(ME_KEY, res.user);
    },
  });
}

/**
 * Ends the session on the server. The cached user is cleared by the login page the caller then navigates to
 * (clearing it here would let a guarded page redirect first, losing the "signed out" notice).
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => apiRequest<unknown>('/api/auth/logout', { method: 'POST', body: {} }),
  });
}

export function useForgetMe(): () => void {
  const qc = useQueryClient();
  return () => qc.setQueryData(ME_KEY, null);
}

export function hasRole(user: StaffUser | null | undefined, role: Role): boolean {
  return !!user && user.roles.includes(role);
}
