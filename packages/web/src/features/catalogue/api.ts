import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';
import type { TimeLimit } from '../../lib/format';

export type Level = 'province' | 'commune';
export type OnlineService = 'full' | 'partial' | 'none';
export type ComponentForm =
  | 'original'
  | 'certified-copy'
  | 'copy'
  | 'original-or-certified-copy'
  | 'presented'
  | 'electronic';

export const LEVELS: readonly Level[] = ['province', 'commune'];
export const ONLINE_SERVICES: readonly OnlineService[] = ['full', 'partial', 'none'];

export interface ProcedureField {
  field: string;
  fieldEn?: string | null;
  count: number;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  nameEn?: string | null;
  field: string;
  fieldEn?: string | null;
  level: Level;
  agencyName?: string | null;
  onlineService: OnlineService;
  postal?: boolean;
  timeLimit?: TimeLimit | null;
  processingDays?: number | null;
  processingHours?: number | null;
}

export interface ProcedureSearchResult {
  items: ProcedureSummary[];
  total: number;
  page?: number;
  pageSize?: number;
  suggestion?: string | null;
  /** No procedure has every word: these match some of them, most first. */
  broadMatch?: boolean;
}

export interface Fee {
  name: string;
  nameEn?: string | null;
  amount: number;
}

export interface DossierComponent {
  id: string;
  name: string;
  nameEn?: string | null;
  required: boolean;
  form: ComponentForm;
  quantity: number | string;
  template?: string | null;
  /** Where the form can be downloaded (https), when the catalogue has it. */
  templateUrl?: string | null;
  note?: string | null;
}

export type SubmissionChannel = 'counter' | 'online' | 'postal';
export const SUBMISSION_CHANNELS: readonly SubmissionChannel[] = ['counter', 'online', 'postal'];

/** A condition under which the law extends the time limit (ticked by the counter at intake). */
export interface LimitExtension {
  code: string;
  name: string;
  nameEn?: string | null;
  workingDays: number;
}

export interface ProcedureCase {
  code: string;
  name: string;
  nameEn?: string | null;
  timeLimit?: TimeLimit | null;
  processingDays?: number | null;
  processingHours?: number | null;
  /** Where the limit differs by channel; other channels take timeLimit. */
  channelLimits?: Partial<Record<SubmissionChannel, TimeLimit>>;
  /** Limits later laws set from their effective dates. */
  limitChanges?: { effectiveFrom: string; value: TimeLimit; basis: string }[];
  extensions?: LimitExtension[];
  agreedExtension?: boolean;
  /** 'provincial-to-set': the amount is the provincial People's Council's, not entered yet. */
  feeStatus?: 'set' | 'provincial-to-set';
  fees?: Fee[];
  feeNote?: string | null;
  components?: DossierComponent[];
}

/** Text fields the catalogue may give either as one paragraph or as a list. */
export type TextOrList = string | string[] | null | undefined;

export interface ProcedureDetail {
  code: string;
  name: string;
  nameEn?: string | null;
  field: string;
  fieldEn?: string | null;
  level: Level;
  agencyKind?: string | null;
  agencyName?: string | null;
  onlineService: OnlineService;
  postal?: boolean;
  result?: TextOrList;
  resultEn?: TextOrList;
  subjects?: TextOrList;
  requirements?: TextOrList;
  steps?: string[];
  submission?: string[];
  legalBasis?: string[];
  source?: string | null;
  paymentStopsClock?: boolean;
  paymentStopsClockBasis?: string | null;
  publicUrl?: string | null;
  cases?: ProcedureCase[];
  /** Where the dossier can be handed in: the one-stop counters that route it to its competent agency. */
  counters?: ReceivingCounter[];
}

export interface ReceivingCounter {
  code: string;
  name: string;
  nameEn?: string | null;
  address: string;
  phone: string;
  sessions: { start: string; end: string }[];
  saturdayCounter: boolean;
}

/** A map search for an address (OpenStreetMap: no key, no tracking script on our page). */
export function mapUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** Where to submit online: the procedure's page on the national portal when the catalogue gives it. */
export const NATIONAL_PORTAL_URL = 'https://dichvucong.gov.vn';

/** The channels a procedure takes, each with its limit (the counter always; online and post as published). */
export function channelLimits(
  p: Pick<ProcedureDetail, 'onlineService' | 'postal'>,
  c: Pick<ProcedureCase, 'timeLimit' | 'channelLimits'>,
): { channel: SubmissionChannel; timeLimit: TimeLimit | null | undefined }[] {
  return SUBMISSION_CHANNELS.filter(
    (ch) => ch === 'counter' || (ch === 'online' ? p.onlineService !== 'none' : p.postal === true),
  ).map((channel) => ({ channel, timeLimit: c.channelLimits?.[channel] ?? c.timeLimit }));
}

export interface SearchParams {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  online?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const PAGE_SIZE = 20;

export function useProcedureFields() {
  return useQuery({
    queryKey: ['procedure-fields'],
    queryFn: ({ signal }) => apiRequest<{ items: ProcedureField[] }>('/api/procedure-fields', { signal }),
    staleTime: 10 * 60_000,
    select: (d) => d.items ?? [],
  });
}

export function useProcedureSearch(params: SearchParams) {
  const query = buildQuery({ ...params, pageSize: params.pageSize ?? PAGE_SIZE });
  return useQuery({
    queryKey: ['procedures', query],
    queryFn: ({ signal }) => apiRequest<ProcedureSearchResult>(`/api/procedures${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProcedure(code: string) {
  return useQuery({
    queryKey: ['procedure', code],
    queryFn: ({ signal }) =>
      apiRequest<ProcedureDetail>(`/api/procedures/${encodeURIComponent(code)}`, { signal }),
  });
}

export function qrCodeUrl(code: string): string {
  return `/api/procedures/${encodeURIComponent(code)}/qr.svg`;
}
