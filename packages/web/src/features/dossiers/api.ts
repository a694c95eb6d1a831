/** The dossier routes, typed by the API contract in @motcua/core (the server declares its answers with it). */
import {
  type ActionBody,
  type AgencyListSchema,
  type DossierFile,
  type DossierList,
  type DossierView,
  type FileKind,
  type IntakeBody,
  type IntakeOutcome,
  DOSSIER_QUEUES as QUEUES,
  type DossierQueue as Queue,
  type RefusalBody,
  type RefusalOutcome,
} from '@motcua/core';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { ApiError, apiRequest, buildQuery } from '../../lib/api-client';

export { QUEUES, type Queue };

export type AgencyList = Static<typeof AgencyListSchema>;
export type AgencySummary = AgencyList['items'][number];

export const isQueue = (value: unknown): value is Queue =>
  typeof value === 'string' && (QUEUES as readonly string[]).includes(value);

export const QUEUE_PAGE_SIZE = 20;

/**
 * How often an open console page asks again, so a colleague's action shows without a reload. TanStack Query
 * polls only while the tab is visible; the dossier answers 304 (its ETag) when nothing changed.
 */
export const LIVE_REFRESH_MS = 10_000;

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, so a plain-HTTP LAN address falls back. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function useReceiveDossier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: IntakeBody; key: string }) =>
      apiRequest<IntakeOutcome>('/api/dossiers', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': key },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['dossiers'] }),
  });
}

export function useRefuseAtCounter() {
  return useMutation({
    mutationFn: (body: RefusalBody) =>
      apiRequest<RefusalOutcome>('/api/counter-slips/refusals', { method: 'POST', body }),
  });
}

export function useDossierQueue(params: { queue: Queue; q?: string | undefined; page?: number | undefined }) {
  const query = buildQuery({ ...params, pageSize: QUEUE_PAGE_SIZE });
  return useQuery({
    queryKey: ['dossiers', 'list', query],
    queryFn: ({ signal }) => apiRequest<DossierList>(`/api/dossiers${query}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** One small request per queue for the tab counts (or the staff home's summary of some of them). */
export function useQueueCounts(q: string | undefined, queues: readonly Queue[] = QUEUES) {
  return useQueries({
    queries: queues.map((queue) => {
      const query = buildQuery({ queue, q, pageSize: 1 });
      return {
        queryKey: ['dossiers', 'count', query],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          apiRequest<DossierList>(`/api/dossiers${query}`, { signal }),
        select: (d: DossierList) => d.total,
        refetchInterval: LIVE_REFRESH_MS,
      };
    }),
  });
}

export const dossierKey = (code: string) => ['dossiers', 'one', code] as const;

export function useDossier(code: string) {
  return useQuery({
    queryKey: dossierKey(code),
    queryFn: ({ signal }) => apiRequest<DossierView>(`/api/dossiers/${encodeURIComponent(code)}`, { signal }),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

export function useDossierAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      apiRequest<DossierView>(`/api/dossiers/${encodeURIComponent(code)}/actions`, { method: 'POST', body }),
    onSuccess: (d) => {
      qc.setQueryData(dossierKey(code), d);
      void qc.invalidateQueries({ queryKey: ['dossiers', 'list'] });
      void qc.invalidateQueries({ queryKey: ['dossiers', 'count'] });
    },
    onError: (e) => {
      // 409: the dossier moved on (someone else acted); show its current state.
      if (e instanceof ApiError && e.status === 409)
        void qc.invalidateQueries({ queryKey: dossierKey(code) });
    },
  });
}

/** The province's agencies (for a consultation's picker); they change with a reorganisation, not by the hour. */
export function useAgencies(options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: ['agencies'],
    queryFn: ({ signal }) => apiRequest<AgencyList>('/api/agencies', { signal }),
    staleTime: 60 * 60_000,
    select: (d) => d.items,
  });
}

export function fileUrl(code: string, id: string): string {
  return `/api/dossiers/${encodeURIComponent(code)}/files/${encodeURIComponent(id)}`;
}

/** Uploads the file's bytes as they are (the server checks type and size), then refreshes the dossier. */
export function useUploadFile(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; kind: FileKind; componentId?: string | undefined }) =>
      apiRequest<DossierFile>(
        `/api/dossiers/${encodeURIComponent(code)}/files${buildQuery({ kind: input.kind, name: input.file.name, componentId: input.componentId })}`,
        { method: 'POST', body: input.file },
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: dossierKey(code) }),
  });
}
