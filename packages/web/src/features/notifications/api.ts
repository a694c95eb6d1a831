import type { CaughtMessage, Delivery, NotificationTemplateView } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type {
  CaughtMessage as Caught,
  Delivery,
  NotificationTemplateView as NotificationTemplate,
} from '@motcua/core';

/** What the applicant was told about a dossier (its timeline): anyone who sees the dossier. */
export function useDossierNotifications(code: string) {
  return useQuery({
    queryKey: ['dossier', code, 'notifications'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Delivery[] }>(`/api/dossiers/${encodeURIComponent(code)}/notifications`, {
        signal,
      }),
    select: (d) => d.items,
    refetchInterval: (q) => (q.state.data?.items.some((i) => i.status === 'pending') ? 3000 : false),
  });
}

/** Administrators and supervisors: a dossier's deliveries, or the dead letters, and the demo sinks. */
export function useAdminNotifications(filter: { dossier?: string; status?: 'failed' }, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'notifications', filter],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Delivery[]; demo: CaughtMessage[] }>(
        `/api/admin/notifications${buildQuery(filter)}`,
        {
          signal,
        },
      ),
    enabled,
  });
}

const templatesKey = ['admin', 'notification-templates'] as const;

export function useTemplates(enabled: boolean) {
  return useQuery({
    queryKey: templatesKey,
    queryFn: ({ signal }) =>
      apiRequest<{ items: NotificationTemplateView[]; placeholders: string[]; smsPricePerSegment: number }>(
        '/api/admin/notification-templates',
        { signal },
      ),
    enabled,
  });
}

const templatePath = (t: { event: string; channel: string }) =>
  `/api/admin/notification-templates/${encodeURIComponent(t.event)}/${encodeURIComponent(t.channel)}`;

export function useSaveTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (t: { event: string; channel: string; subject?: string; body: string }) =>
      apiRequest<NotificationTemplateView>(templatePath(t), {
        method: 'PUT',
        body: { body: t.body, ...(t.channel === 'email' ? { subject: t.subject ?? '' } : {}) },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: templatesKey }),
  });
}

export function useResetTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (t: { event: string; channel: string }) => apiRequest(templatePath(t), { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: templatesKey }),
  });
}
