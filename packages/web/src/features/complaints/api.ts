import type { CaseIdentity, CaseList, CaseViewT, IdentityAccessLog } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type { CaseIdentity, CaseList, CaseViewT, IdentityAccessLog };
export type CaseFilter = { state?: 'open' | 'overdue'; kind?: 'complaint' | 'denunciation' };

export function useCases(filter: CaseFilter) {
  return useQuery({
    queryKey: ['complaints', 'list', filter],
    queryFn: ({ signal }) => apiRequest<CaseList>(`/api/complaints${buildQuery(filter)}`, { signal }),
  });
}

export function useCase(code: string) {
  return useQuery({
    queryKey: ['complaints', 'case', code],
    queryFn: ({ signal }) => apiRequest<CaseViewT>(`/api/complaints/${encodeURIComponent(code)}`, { signal }),
  });
}

export function useAssignees(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['complaints', 'assignees', code],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; name: string; role: string }[] }>(
        `/api/complaints/${encodeURIComponent(code)}/assignees`,
        { signal },
      ),
    enabled,
  });
}

export function useReceiveCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => apiRequest<CaseViewT>('/api/complaints', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['complaints', 'list'] }),
  });
}

export function useCaseAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: string; body: object }) =>
      apiRequest<CaseViewT>(`/api/complaints/${encodeURIComponent(code)}/${action}`, {
        method: 'POST',
        body,
      }),
    onSuccess: (view) => {
      qc.setQueryData(['complaints', 'case', code], view);
      void qc.invalidateQueries({ queryKey: ['complaints', 'list'] });
      void qc.invalidateQueries({ queryKey: ['complaints', 'identity-access', code] });
    },
  });
}

/** Reading the identity is an action (each read is logged): a mutation, never cached or refetched. */
export function useRevealIdentity(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<CaseIdentity>(`/api/complaints/${encodeURIComponent(code)}/identity`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['complaints', 'identity-access', code] }),
  });
}

export function useIdentityAccess(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['complaints', 'identity-access', code],
    queryFn: ({ signal }) =>
      apiRequest<IdentityAccessLog>(`/api/complaints/${encodeURIComponent(code)}/identity-access`, {
        signal,
      }),
    enabled,
  });
}
