import { DOSSIER_QUEUES as QUEUES, type DossierQueue as Queue } from '@motcua/core';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, buildQuery } from '../../lib/api-client';
import type { ComponentForm } from '../catalogue/api';

export { QUEUES, type Queue };

export const isQueue = (value: unknown): value is Queue =>
  typeof value === 'string' && (QUEUES as readonly string[]).includes(value);

export type Channel = 'counter' | 'postal';

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string | undefined;
  address?: string | undefined;
}

export interface Representative {
  fullName: string;
  idNumber: string;
  relation: string;
}

export const HOME_SERVICE_REASONS = ['disability', 'elderly', 'illness', 'other'] as const;
export type HomeServiceReason = (typeof HOME_SERVICE_REASONS)[number];

export interface IntakeBody {
  procedureCode: string;
  caseCode: string;
  channel: Channel;
  applicant: Applicant;
  representative?: Representative | undefined;
  components: { id: string; quantity: number }[];
  postalWaybill?: string | undefined;
  homeService?: { reason: HomeServiceReason } | undefined;
}

export interface ReceivedOutcome {
  outcome: 'received';
  code: string;
  status: number;
  statusKey: string;
  statusLabel: string;
  receivedAt: string;
  dueDate: string;
  dueAt?: string | null;
  forms: { receipt: string };
}

export interface MissingItem {
  id: string;
  name: string;
  form: ComponentForm;
  quantity: number;
  reason: string;
}

export interface SupplementOutcome {
  outcome: 'supplement-requested';
  slip: { id: string; number: string; missing: MissingItem[] };
  forms: { supplement: string };
}

export type IntakeOutcome = ReceivedOutcome | SupplementOutcome;

export interface RefusalBody {
  procedureCode: string;
  caseCode: string;
  applicant: Applicant;
  reason: string;
}

export interface RefusalOutcome {
  outcome: 'refused';
  slip: { id: string; number: string };
  forms: { refusal: string };
}

export interface DossierListItem {
  code: string;
  procedureCode: string;
  procedureName: string;
  applicantName: string;
  statusKey: string;
  statusCode: number;
  statusLabel: string;
  receivedAt: string | null;
  dueDate: string | null;
  isOverdue: boolean;
  dueSoon: boolean;
  homeService?: boolean;
}

export interface DossierList {
  items: DossierListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface NamedRef {
  code: string;
  name: string;
}

export interface LogEntry {
  seq: number;
  at: string;
  actor: { name: string; role?: string | null } | null;
  action: string;
  actionLabel: string;
  reason?: string | null;
  data?: Record<string, unknown> | null;
  hash: string;
  prevHash?: string | null;
}

export interface Dossier {
  code: string;
  procedure: NamedRef;
  case: NamedRef | null;
  channel: string;
  applicant: Applicant;
  representative?: Representative | null;
  components: { id: string; name: string; form: ComponentForm; quantity: number }[];
  receivingAgency: NamedRef | null;
  competentAgency: NamedRef | null;
  status: number;
  statusKey: string;
  statusLabel: string;
  receivedAt: string | null;
  dueDate: string | null;
  dueAt?: string | null;
  isOverdue: boolean;
  dueSoon: boolean;
  requiresApology: boolean;
  pausedWorkingDays?: number;
  extensions?: { at: string; newDueDate: string; reason: string }[];
  resultCodes?: string[];
  allowedActions?: { action: string; label: string; labelEn?: string }[];
  currentStep?: { key: string; name: string; agency: NamedRef } | null;
  files?: DossierFile[];
  homeService?: { reason: HomeServiceReason; note?: string } | null;
  returnAppointment?: { at: string; place: 'counter' | 'home'; address?: string } | null;
  /** The kinds of file this officer may attach now. */
  canUpload?: FileKind[];
  workflow?: WorkflowStepView[];
  steps?: StepVisitView[];
  log: LogEntry[];
}

export type FileKind = 'scan' | 'result';

export interface DossierFile {
  id: string;
  kind: FileKind;
  componentId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** A step of the dossier's own workflow. */
export interface WorkflowStepView {
  key: string;
  name: string;
  nameEn?: string;
  agency: NamedRef;
  role: string;
  handOver: string;
  allotment: { unit: 'working-days' | 'working-hours'; value: number };
  interAgency: boolean;
}

export type StepResult = 'early' | 'on-time' | 'late' | 'pending';

/** One pass of the dossier through a step, with its own deadline and judgement. */
export interface StepVisitView {
  key: string;
  name: string;
  nameEn?: string;
  agency: NamedRef;
  startedAt: string;
  givenBy: string;
  dueAt: string;
  endedAt: string | null;
  endedBy: string | null;
  handedTo?: string;
  note?: string;
  result: StepResult;
}

export interface ActionBody {
  action: string;
  reason?: string | undefined;
  data?: Record<string, unknown> | undefined;
}

export const QUEUE_PAGE_SIZE = 20;

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
  });
}

/** One small request per queue for the tab counts. */
export function useQueueCounts(q: string | undefined) {
  return useQueries({
    queries: QUEUES.map((queue) => {
      const query = buildQuery({ queue, q, pageSize: 1 });
      return {
        queryKey: ['dossiers', 'count', query],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          apiRequest<DossierList>(`/api/dossiers${query}`, { signal }),
        select: (d: DossierList) => d.total,
      };
    }),
  });
}

export const dossierKey = (code: string) => ['dossiers', 'one', code] as const;

export function useDossier(code: string) {
  return useQuery({
    queryKey: dossierKey(code),
    queryFn: ({ signal }) => apiRequest<Dossier>(`/api/dossiers/${encodeURIComponent(code)}`, { signal }),
  });
}

export function useDossierAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      apiRequest<Dossier>(`/api/dossiers/${encodeURIComponent(code)}/actions`, { method: 'POST', body }),
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

export function formUrl(code: string, form: '01' | '02' | '03' | '04' | '05' | '06'): string {
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}.pdf`;
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
