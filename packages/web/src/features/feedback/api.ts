import type {
  ActionsTaken,
  FeedbackList,
  FeedbackReceipt,
  FeedbackViewT,
  PublicFeedback,
  PublishedAnswers,
} from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type { FeedbackList, FeedbackReceipt, FeedbackViewT, PublicFeedback, PublishedAnswers };
export type FeedbackFilter = { state?: 'open' | 'due-soon' | 'overdue' };
const enc = encodeURIComponent;

/** The follow tokens this browser received, kept for the session only (never in a URL). */
const TOKENS = 'motcua.feedbackTokens';
export const rememberToken = (code: string, token: string) => {
  const all = JSON.parse(sessionStorage.getItem(TOKENS) ?? '{}') as Record<string, string>;
  sessionStorage.setItem(TOKENS, JSON.stringify({ ...all, [code]: token }));
};
export const rememberedToken = (code: string): string =>
  (JSON.parse(sessionStorage.getItem(TOKENS) ?? '{}') as Record<string, string>)[code] ?? '';

export function useSendFeedback() {
  return useMutation({
    mutationFn: (body: object) =>
      apiRequest<FeedbackReceipt>('/api/public/feedback', { method: 'POST', body }),
    onSuccess: (r) => rememberToken(r.code, r.followToken),
  });
}

export function usePublicFeedback(code: string) {
  return useQuery({
    queryKey: ['feedback', 'public', code],
    queryFn: ({ signal }) => apiRequest<PublicFeedback>(`/api/public/feedback/${enc(code)}`, { signal }),
  });
}

/** The sender's own steps (follow, rate, reopen), with the token in the body. */
export function useSenderAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: 'follow' | 'rate' | 'reopen'; body: object }) =>
      apiRequest<PublicFeedback>(`/api/public/feedback/${enc(code)}/${step}`, { method: 'POST', body }),
    onSuccess: (view) => qc.setQueryData(['feedback', 'public', code], view),
  });
}

export function usePublishedAnswers() {
  return useQuery({
    queryKey: ['feedback', 'answered'],
    queryFn: ({ signal }) => apiRequest<PublishedAnswers>('/api/public/feedback/answered', { signal }),
  });
}

export function useInbox(filter: FeedbackFilter) {
  return useQuery({
    queryKey: ['feedback', 'inbox', filter],
    queryFn: ({ signal }) => apiRequest<FeedbackList>(`/api/feedback${buildQuery(filter)}`, { signal }),
  });
}

export function useFeedbackCase(code: string) {
  return useQuery({
    queryKey: ['feedback', 'case', code],
    queryFn: ({ signal }) => apiRequest<FeedbackViewT>(`/api/feedback/${enc(code)}`, { signal }),
  });
}

export function useFeedbackAssignees(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['feedback', 'assignees', code],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; name: string; role: string }[] }>(
        `/api/feedback/${enc(code)}/assignees`,
        {
          signal,
        },
      ),
    enabled,
  });
}

export function useFeedbackAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: string; body: object }) =>
      apiRequest<FeedbackViewT>(`/api/feedback/${enc(code)}/${action}`, { method: 'POST', body }),
    onSuccess: (view) => {
      qc.setQueryData(['feedback', 'case', code], view);
      void qc.invalidateQueries({ queryKey: ['feedback', 'inbox'] });
    },
  });
}

export function useEnterFeedback() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => apiRequest<FeedbackViewT>('/api/feedback', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['feedback', 'inbox'] }),
  });
}

export function useOpenBox() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      apiRequest<{ id: string; letterCount: number; codes: string[] }>('/api/feedback/openings', {
        method: 'POST',
        body,
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['feedback', 'inbox'] }),
  });
}

export function useActionsTaken(agency?: string) {
  return useQuery({
    queryKey: ['feedback', 'actions-taken', agency ?? ''],
    queryFn: ({ signal }) =>
      apiRequest<ActionsTaken>(`/api/public/actions-taken${buildQuery(agency ? { agency } : {})}`, {
        signal,
      }),
  });
}

export function useRecordActionTaken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      apiRequest<{ id: string }>('/api/feedback-actions', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['feedback', 'actions-taken'] }),
  });
}
