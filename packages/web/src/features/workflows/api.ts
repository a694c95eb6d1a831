import {
  type TimeLimit,
  WORKFLOW_LIST_PAGE_SIZE,
  type WorkflowProcedureList,
  type WorkflowStep,
} from '@motcua/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export interface CaseWorkflow {
  procedureCode: string;
  procedureName: string;
  caseCode: string;
  caseName: string;
  timeLimit: TimeLimit;
  steps: WorkflowStep[];
  isDefault: boolean;
  /** The agency each step is done by, as citizens read it. */
  stepAgencyNames?: string[];
  updatedAt?: string;
  updatedBy?: string;
}

const workflowUrl = (code: string, caseCode: string) =>
  `/api/procedures/${encodeURIComponent(code)}/cases/${encodeURIComponent(caseCode)}/workflow`;

export const workflowKey = (code: string, caseCode: string) => ['workflow', code, caseCode] as const;

export function useCaseWorkflow(code: string, caseCode: string) {
  return useQuery({
    queryKey: workflowKey(code, caseCode),
    queryFn: ({ signal }) => apiRequest<CaseWorkflow>(workflowUrl(code, caseCode), { signal }),
    enabled: code !== '' && caseCode !== '',
  });
}

export function useSaveWorkflow(code: string, caseCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (steps: WorkflowStep[]) =>
      apiRequest<CaseWorkflow>(workflowUrl(code, caseCode), { method: 'PUT', body: { steps } }),
    onSuccess: (data) => {
      client.setQueryData(workflowKey(code, caseCode), data);
      // The list shows which procedures carry an edited workflow.
      void client.invalidateQueries({ queryKey: workflowProceduresKey });
    },
  });
}

export const workflowProceduresKey = ['workflow-procedures'] as const;

/** The editor's list: procedures by name (no diacritics needed) or code, a page at a time. */
export function useWorkflowProcedures(q: string, page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(WORKFLOW_LIST_PAGE_SIZE) });
  if (q) params.set('q', q);
  return useQuery({
    queryKey: [...workflowProceduresKey, q, page],
    queryFn: ({ signal }) =>
      apiRequest<WorkflowProcedureList>(`/api/admin/workflows/procedures?${params}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
