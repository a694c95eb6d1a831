/** The citizen's online submission and "Hồ sơ của tôi" (issue 11): drafts saved on the server, dossiers. */
import type { CitizenDossier, CitizenSubmitted, Draft, DraftFile, DraftUpdate } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type { CitizenDossier, Draft, DraftFile };
export type CitizenDossierItem = Omit<
  CitizenDossier,
  'case' | 'receivingAgency' | 'slips' | 'results' | 'files' | 'missing' | 'checklist'
>;

const DRAFTS = ['citizen', 'drafts'] as const;
const DOSSIERS = ['citizen', 'dossiers'] as const;
const enc = encodeURIComponent;

export { submitHref } from '../api';
export const draftHref = (id: string) => `/tai-khoan/nop-ho-so/${enc(id)}`;
export const myDossierHref = (code: string) => `/tai-khoan/ho-so/${enc(code)}`;

export function useMyDrafts(enabled = true) {
  return useQuery({
    queryKey: DRAFTS,
    queryFn: ({ signal }) => apiRequest<{ items: Draft[] }>('/api/citizen/drafts', { signal }),
    select: (d) => d.items,
    enabled,
  });
}

/** One draft as the server last saved it: always fetched again, another device may have moved it on. */
export function useDraft(id: string) {
  return useQuery({
    queryKey: [...DRAFTS, id],
    queryFn: ({ signal }) => apiRequest<Draft>(`/api/citizen/drafts/${enc(id)}`, { signal }),
    staleTime: 0,
    retry: false,
  });
}

export function useCreateDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { procedureCode: string }) =>
      apiRequest<Draft>('/api/citizen/drafts', { method: 'POST', body }),
    onSuccess: (draft) => {
      qc.setQueryData([...DRAFTS, draft.id], draft);
      void qc.invalidateQueries({ queryKey: DRAFTS, exact: true });
    },
  });
}

export function useSaveDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftUpdate) =>
      apiRequest<Draft>(`/api/citizen/drafts/${enc(id)}`, { method: 'PUT', body }),
    onSuccess: (draft) => qc.setQueryData([...DRAFTS, id], draft),
  });
}

/** A file change answers with the file only: the draft (its version, its files) is read again. */
export function useDraftFiles(id: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: [...DRAFTS, id] });
  const upload = useMutation({
    mutationFn: ({ componentId, file }: { componentId: string; file: File }) =>
      apiRequest<DraftFile>(
        `/api/citizen/drafts/${enc(id)}/files?componentId=${enc(componentId)}&name=${enc(file.name)}`,
        { method: 'POST', body: file },
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (fileId: string) =>
      apiRequest<null>(`/api/citizen/drafts/${enc(id)}/files/${enc(fileId)}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
  return { upload, remove };
}

export function useSubmitDraft(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<CitizenSubmitted>(`/api/citizen/drafts/${enc(id)}/submit`, { method: 'POST' }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: DRAFTS });
      void qc.invalidateQueries({ queryKey: DOSSIERS });
    },
  });
}

export function useMyDossiers(enabled = true) {
  return useQuery({
    queryKey: DOSSIERS,
    queryFn: ({ signal }) => apiRequest<{ items: CitizenDossierItem[] }>('/api/citizen/dossiers', { signal }),
    select: (d) => d.items,
    enabled,
  });
}

export function useMyDossier(code: string) {
  return useQuery({
    queryKey: [...DOSSIERS, code],
    queryFn: ({ signal }) => apiRequest<CitizenDossier>(`/api/citizen/dossiers/${enc(code)}`, { signal }),
    retry: false,
  });
}

/** The supplement answer's files, the supplement itself, and the withdrawal: each answers the dossier. */
export function useDossierActions(code: string) {
  const qc = useQueryClient();
  const key = [...DOSSIERS, code];
  const upload = useMutation({
    mutationFn: ({ componentId, file }: { componentId: string; file: File }) =>
      apiRequest<unknown>(
        `/api/citizen/dossiers/${enc(code)}/files?componentId=${enc(componentId)}&name=${enc(file.name)}`,
        { method: 'POST', body: file },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  const done = (dossier: CitizenDossier) => {
    qc.setQueryData(key, dossier);
    void qc.invalidateQueries({ queryKey: DOSSIERS, exact: true });
  };
  const supplement = useMutation({
    mutationFn: () =>
      apiRequest<CitizenDossier>(`/api/citizen/dossiers/${enc(code)}/supplement`, { method: 'POST' }),
    onSuccess: done,
  });
  const withdraw = useMutation({
    mutationFn: (reason: string) =>
      apiRequest<CitizenDossier>(`/api/citizen/dossiers/${enc(code)}/withdraw`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: done,
  });
  return { upload, supplement, withdraw };
}

/** The channels a citizen is told on (GET/PUT /api/citizen/notification-preferences). */
export interface Channels {
  sms: boolean;
  email: boolean;
  zalo: boolean;
}
const CHANNELS_KEY = ['citizen', 'notification-preferences'] as const;
const CHANNELS_PATH = '/api/citizen/notification-preferences';

/** The citizen's channels: their choice, or the server's default until they choose (`chosen`). */
export function useMyChannels() {
  return useQuery({
    queryKey: CHANNELS_KEY,
    queryFn: ({ signal }) => apiRequest<Channels & { chosen: boolean }>(CHANNELS_PATH, { signal }),
  });
}

export function useSaveMyChannels() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Channels) =>
      apiRequest<Channels & { chosen: boolean }>(CHANNELS_PATH, { method: 'PUT', body }),
    onSuccess: (saved) => qc.setQueryData(CHANNELS_KEY, saved),
  });
}
