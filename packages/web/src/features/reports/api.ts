/** The anonymous report form, its follow-up by receipt, and the inspectorate's pages. */
import type {
  PublicReport,
  ReportActionBody,
  ReportBody,
  ReportDetail,
  ReportList,
  ReportStats,
  ReportStatus,
} from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type { PublicReport, ReportDetail, ReportList, ReportStats, ReportStatus };

export function useSubmitReport() {
  return useMutation({
    mutationFn: (body: ReportBody) =>
      apiRequest<{ receipt: string }>('/api/public/reports', { method: 'POST', body }),
  });
}

/** By POST: the receipt stays out of URLs, so out of proxies' access logs and the browser's history. */
export function useLookupReport() {
  return useMutation({
    mutationFn: (receipt: string) =>
      apiRequest<PublicReport>('/api/public/reports/lookup', { method: 'POST', body: { receipt } }),
  });
}

export function useReports(params: { status?: ReportStatus | undefined; page: number }) {
  return useQuery({
    queryKey: ['reports', params],
    queryFn: ({ signal }) =>
      apiRequest<ReportList>(`/api/reports${buildQuery({ status: params.status, page: params.page })}`, {
        signal,
      }),
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: ['report', id],
    queryFn: ({ signal }) => apiRequest<ReportDetail>(`/api/reports/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useReportAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportActionBody) =>
      apiRequest<ReportDetail>(`/api/reports/${encodeURIComponent(id)}/actions`, { method: 'POST', body }),
    onSuccess: (detail) => {
      qc.setQueryData(['report', id], detail);
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export function useReportStats(range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['report-stats', range],
    queryFn: ({ signal }) =>
      apiRequest<ReportStats>(
        `/api/reports/stats${buildQuery({ from: range.from || undefined, to: range.to || undefined })}`,
        { signal },
      ),
  });
}
