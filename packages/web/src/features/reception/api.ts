import type { AgencyContactsT, DialogueT, ReceptionRecordT } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../lib/api-client';

export type { AgencyContactsT, DialogueT, ReceptionRecordT };
export type Session = 'morning' | 'afternoon';
export interface ScheduleEntryT {
  id: string;
  receiverRole: 'head' | 'deputy' | 'officer';
  receiverName: string;
  recurrence:
    | { kind: 'weekly'; weekday: number }
    | { kind: 'monthly'; day: number }
    | { kind: 'dates'; dates: string[] };
  session: Session;
  place: string;
  capacity: number;
  validFrom: string;
  validTo: string | null;
}
export interface DatedSessionT {
  entryId: string;
  date: string;
  session: Session;
  receiverRole: ScheduleEntryT['receiverRole'];
  receiverName: string;
  place: string;
  capacity: number;
  placesLeft: number;
}
export interface ReceptionAgency {
  code: string;
  name: string;
  kind: string;
  duty: string | null;
  hasSchedule: boolean;
  mayEdit?: boolean;
  mayRecord?: boolean;
}
export interface PublicSchedule {
  agency: { code: string; name: string };
  entries: ScheduleEntryT[];
  sessions: DatedSessionT[];
  today: string;
}
export interface RegistrationReceipt {
  code: string;
  agency: { code: string; name: string };
  date: string;
  session: Session;
  place: string;
  receiverName: string;
}
export interface PublicRegistration extends RegistrationReceipt {
  fullName: string;
  phone: string;
  status: 'registered' | 'received';
  outcome: ReceptionRecordT['outcome'] | null;
  followUp: { kind: string; code: string | null } | null;
}
export interface Gap {
  period: 'week' | 'month';
  start: string;
  end: string;
  heldDays: number;
  required: number;
  basis: string;
}
export interface StaffReception {
  agency: { code: string; name: string };
  duty: string | null;
  mayEdit: boolean;
  mayRecord: boolean;
  today: string;
  from: string;
  to: string;
  entries: ScheduleEntryT[];
  sessions: DatedSessionT[];
  gaps: Gap[];
  registrations: {
    code: string;
    date: string;
    session: Session;
    entryId: string;
    fullName: string;
    phone: string;
    subject: string;
    status: string;
  }[];
  records: ReceptionRecordT[];
}

export const usePublicAgencies = () =>
  useQuery({
    queryKey: ['reception', 'public-agencies'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: ReceptionAgency[] }>('/api/public/reception/agencies', { signal }),
  });

export const usePublicSchedule = (agency: string) =>
  useQuery({
    queryKey: ['reception', 'schedule', agency],
    queryFn: ({ signal }) =>
      apiRequest<PublicSchedule>(`/api/public/reception/agencies/${encodeURIComponent(agency)}/schedule`, {
        signal,
      }),
    enabled: Boolean(agency),
  });

export function useRegister() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      apiRequest<RegistrationReceipt>('/api/public/reception/registrations', { method: 'POST', body }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['reception', 'schedule'] }),
  });
}

export const useFollowRegistration = () =>
  useMutation({
    mutationFn: (code: string) =>
      apiRequest<PublicRegistration>('/api/public/reception/registrations/lookup', {
        method: 'POST',
        body: { code },
      }),
  });

export const usePublicDialogues = () =>
  useQuery({
    queryKey: ['reception', 'dialogues'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: DialogueT[]; today: string }>('/api/public/dialogues', { signal }),
  });

export function useSendQuestion(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      apiRequest<{ received: boolean }>(`/api/public/dialogues/${id}/questions`, { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['reception', 'dialogues'] }),
  });
}

export const usePublicContacts = () =>
  useQuery({
    queryKey: ['reception', 'contacts'],
    queryFn: ({ signal }) => apiRequest<{ items: AgencyContactsT[] }>('/api/public/contacts', { signal }),
  });

// ---- Staff ----

export const useStaffAgencies = () =>
  useQuery({
    queryKey: ['reception', 'staff-agencies'],
    queryFn: ({ signal }) => apiRequest<{ items: ReceptionAgency[] }>('/api/reception/agencies', { signal }),
  });

export const useStaffReception = (agency: string) =>
  useQuery({
    queryKey: ['reception', 'staff', agency],
    queryFn: ({ signal }) =>
      apiRequest<StaffReception>(`/api/reception/agencies/${encodeURIComponent(agency)}${buildQuery({})}`, {
        signal,
      }),
    enabled: Boolean(agency),
  });

export const useStaffDialogues = (agency: string) =>
  useQuery({
    queryKey: ['reception', 'staff-dialogues', agency],
    queryFn: ({ signal }) =>
      apiRequest<{ items: DialogueT[]; today: string }>(
        `/api/reception/agencies/${encodeURIComponent(agency)}/dialogues`,
        { signal },
      ),
    enabled: Boolean(agency),
  });

export const useAgencyContacts = (agency: string) =>
  useQuery({
    queryKey: ['reception', 'contacts', agency],
    queryFn: ({ signal }) =>
      apiRequest<AgencyContactsT>(`/api/public/contacts/${encodeURIComponent(agency)}`, { signal }),
    enabled: Boolean(agency),
  });

/** A staff write under /api/reception…; refreshes every reception query when it succeeds. */
export function useReceptionWrite<T>(method: 'POST' | 'PUT') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: object }) => apiRequest<T>(path, { method, body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['reception'] }),
  });
}
