/**
 * What the slip builders need, gathered by a use case (STYLE.md item 8: gather, then render).
 * Dates and instants come in as strings; nothing here reads a clock.
 */
import type { ComponentForm, Fee } from '../catalogue/procedure.ts';
import type { Channel } from '../dossier/entries.ts';
import type { StepResult } from '../dossier/timeliness.ts';

export interface IssuingBody {
  /** The body whose counter issues the slip, e.g. 'UBND PHƯỜNG HOA LƯ'. */
  name: string;
  /** Its superior body, printed above it, e.g. 'UBND TỈNH NINH BÌNH'. */
  parentName?: string;
  /** 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ' or the name of the public administrative service centre. */
  unitName: string;
  address?: string;
  phone?: string;
  /** Place name for the dateline: 'Hoa Lư, ngày … tháng … năm …'. */
  placeName: string;
}

export interface SlipApplicant {
  fullName: string;
  /** Personal identification number (CCCD), or a tax number for an organisation. */
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
}

export interface SlipRepresentative {
  fullName: string;
  idNumber: string;
  /** E.g. 'Cha', 'Người được ủy quyền'. */
  relation: string;
}

export interface SlipComponent {
  name: string;
  form: ComponentForm;
  quantity: number;
}

export interface SlipDossier {
  code: string;
  /** ISO 8601 instant with offset, e.g. '2025-03-03T14:30:00+07:00'. */
  receivedAt: string;
  /** Appointment date 'YYYY-MM-DD' when only the day is fixed. */
  dueDate?: string;
  /** Appointment instant (ISO with offset) when the hour is fixed too; wins over dueDate. */
  dueAt?: string;
  channel: Channel;
  applicant: SlipApplicant;
  representative?: SlipRepresentative;
  procedure: { code: string; name: string };
  caseName: string;
  /** The published time limit as printed, e.g. '05 ngày làm việc'. */
  timeLimitText: string;
  components: SlipComponent[];
  sets: number;
  fees: Fee[];
  /** Where and how the result is returned, e.g. 'Bộ phận Một cửa UBND phường Hoa Lư'. */
  resultDelivery: string;
  /** Public tracking page: the QR code's payload. */
  trackingUrl: string;
  bookNumber?: string;
  bookSequence?: number;
}

export interface SlipOfficer {
  fullName: string;
  title?: string;
}

export interface SlipContext {
  issuingBody: IssuingBody;
  dossier: SlipDossier;
  officer: SlipOfficer;
  /** ISO instant the slip is issued; gives the dateline. */
  issuedAt: string;
}

/** Form 02: what must be added or corrected, once and in writing. */
export interface SupplementRequestInput {
  /** Register number; printed 'Số: 15/HDHS' (the suffix is added unless the number has a '/'). */
  number: string;
  /** Form and quantity are printed when the item is one of the case's components (blank otherwise). */
  missing: { name: string; form?: ComponentForm; quantity?: number; reason: string }[];
  contact: { officer: string; phone: string };
}

/** Form 03. */
export interface RefusalInput {
  reason: string;
  /** Optional register number, printed as given with '/TCHS' added unless it has a '/'. */
  number?: string;
}

/** Form 04: apology with a new appointment (01/2018) or with an extension request (03/2025). */
export interface ApologyInput {
  /** Document number, e.g. '25' (printed '25/PXL') or '125/UBND-VP' (printed as given). */
  number: string;
  /** 'reschedule' (default): new appointment date; 'extension': request to extend the time limit. */
  kind?: 'reschedule' | 'extension';
  addressee: string;
  /** 'YYYY-MM-DD' or ISO instant. */
  originalDueDate: string;
  /** 'YYYY-MM-DD' or ISO instant. */
  newDueDate: string;
  reason: string;
  /** 'CHỦ TỊCH', 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' … */
  signerTitle: string;
  signerName: string;
  /** 'Nơi nhận' lines without the leading dash, e.g. ['Như trên', 'Trung tâm PVHCC tỉnh', 'Lưu: VT']. */
  recipients: string[];
}

/** Form 05 (new in Circular 03/2025). */
export interface StopNoticeInput {
  reason: string;
  legalGround: string;
  number?: string;
  /** Defaults to the context's officer. */
  signerTitle?: string;
  signerName?: string;
}

/** A step's judgement, as timeliness.ts gives it. */
export type HandOverResult = StepResult;

/** Form 06: one row per hand-over. */
export interface ControlSlipInput {
  rows: {
    /** E.g. 'Giao: Bộ phận TN&TKQ – Nhận: Công chức Tư pháp – Hộ tịch'. */
    step: string;
    agencyName: string;
    /** ISO instant. */
    handedOverAt: string;
    giver: string;
    receiver: string;
    /** ISO instant or 'YYYY-MM-DD': the step's own deadline. */
    dueAt?: string;
    result: HandOverResult;
    note?: string;
  }[];
}

export interface TrackingBookRowInput {
  no: number;
  code: string;
  procedureName: string;
  applicant: string;
  phone: string;
  /** ISO instant. */
  receivedAt: string;
  /** 'YYYY-MM-DD' or ISO instant. */
  dueDate: string;
  transferredAt?: string;
  finishedAt?: string;
  returnedAt?: string;
  /** Status label as printed, e.g. 'Đã trả kết quả'. */
  status: string;
  note?: string;
}

/** Form 07 (A4 landscape). */
export interface TrackingBookInput {
  /** 'YYYY-MM-DD' both ends, inclusive. */
  period: { from: string; to: string };
  agencyName: string;
  rows: TrackingBookRowInput[];
}
