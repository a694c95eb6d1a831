/**
 * What the slip builders need, gathered by a use case (STYLE.md item 8: gather, then render).
 * Dates and instants come in as strings; nothing here reads a clock.
 */
import type { ComponentForm, Fee } from '../catalogue/procedure.ts';
import type { Channel, Collector } from '../dossier/entries.ts';
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

/**
 * Whoever submits for the applicant. Form 01 asks for their name, address, personal ID number, phone, e-mail
 * and the authorisation paper (BM.01 of QĐ 3621/QĐ-BYT, docs/domain/slips.md); what was not recorded is left
 * blank for the pen.
 */
export interface SlipRepresentative {
  fullName: string;
  idNumber: string;
  /** E.g. 'Cha', 'Người được ủy quyền'. */
  relation: string;
  address?: string;
  phone?: string;
  email?: string;
  /** The paper that authorises them, e.g. 'Giấy ủy quyền số 12/2026 ngày 05/01/2026'. */
  authorization?: string;
}

export interface SlipComponent {
  name: string;
  form: ComponentForm;
  quantity: number;
}

export interface SlipDossier {
  /** '' for a slip the counter issued without receiving a dossier (no code yet). */
  code: string;
  /** ISO 8601 instant with offset, e.g. '2025-03-03T14:30:00+07:00'. */
  receivedAt: string;
  /** Appointment date 'YYYY-MM-DD' when only the day is fixed. */
  dueDate?: string;
  /** Appointment instant (ISO with offset) when the hour is fixed too; wins over dueDate. */
  dueAt?: string;
  /** Where the receiving counter is: its name as written in text ('Trung tâm Phục vụ hành chính công phường Hoa Lư'). */
  counterName?: string;
  /** The phone the applicant calls about this dossier: the receiving counter's ('' when none is known). */
  counterPhone?: string;
  channel: Channel;
  applicant: SlipApplicant;
  representative?: SlipRepresentative;
  procedure: { code: string; name: string };
  caseName: string;
  /** The published time limit as printed, e.g. '05 ngày làm việc'. */
  timeLimitText: string;
  components: SlipComponent[];
  sets: number;
  /** The case's fees as published; those whose name states a condition ('(nếu yêu cầu)') are not totalled. */
  fees: Fee[];
  /** Where and how the result is returned, e.g. 'Bộ phận Một cửa UBND phường Hoa Lư'. */
  resultDelivery: string;
  /** The dossier's public status page: the QR code's payload. Absent for a slip without a dossier. */
  trackingUrl?: string;
  /** The public lookup's check code, printed on Form 01 under the code (absent for dossiers from before it). */
  checkCode?: string;
  /** The procedure's public page, printed on a slip without a dossier. */
  procedureUrl?: string;
  /** The tracking book the dossier is entered in (Form 07) and its number there: 'Quyển số 01/2026, Số thứ tự 12'. */
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
  /** The request's own reason: the form's single 'Lý do' line (the items' reasons when absent). */
  reason?: string;
  /** The officer who guides; the phone is the receiving counter's (the context's `counterPhone`). */
  contact: { officer: string };
}

/** Form 03. */
export interface RefusalInput {
  reason: string;
  /** Optional register number, printed as given with '/TCHS' added unless it has a '/'. */
  number?: string;
}

/** How Form 04 reached the applicant, as recorded (absent on entries written before it was). */
export type ApologyDeliveryLabel = 'paper' | 'counter' | 'post' | 'email' | 'sms';

/** Form 04: the apology and request to extend the time limit (Circular 03/2025 wording). */
export interface ApologyInput {
  /** Document number, e.g. '25' (printed '25/PXL') or '125/UBND-VP' (printed as given). */
  number: string;
  addressee: string;
  delivery?: ApologyDeliveryLabel;
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

/** How the applicant asked to stop (Decree 118 Art. 21). */
export type StopRequestVia = 'in-person' | 'post' | 'online';

/** Form 05 (new in Circular 03/2025): issued by the counter that received the dossier, on the applicant's request. */
export interface StopNoticeInput {
  reason: string;
  /** When the applicant's request came (ISO instant; default: the issue time) and how. */
  requestedAt?: string;
  requestedVia?: StopRequestVia;
  /**
   * The ground an entry recorded before stops were the applicant's request (no `requestedVia`): printed as
   * recorded. Absent: Art. 21 Decree 118 and Art. 7 Circular 03 (STOP_LEGAL_GROUND).
   */
  legalGround?: string;
  number?: string;
  /** Defaults to the context's officer. */
  signerTitle?: string;
  signerName?: string;
}

/** A step's judgement, as timeliness.ts gives it. */
export type HandOverResult = StepResult;

/** Form 06: the agencies, and one row per hand-over. */
export interface ControlSlipInput {
  /** Cơ quan (bộ phận) giải quyết hồ sơ. */
  handlingAgency: string;
  /** Cơ quan phối hợp giải quyết hồ sơ (none: left blank). */
  coordinatingAgencies: string[];
  rows: {
    /** The step, e.g. 'Thẩm định hồ sơ'. */
    step: string;
    agencyName: string;
    /** ISO instant. */
    handedOverAt: string;
    giver: string;
    receiver: string;
    /** ISO instant or 'YYYY-MM-DD': the step's own deadline. */
    dueAt?: string;
    /** Only once the step has ended; the cell stays blank until then. */
    result?: Exclude<HandOverResult, 'pending'>;
    note?: string;
  }[];
}

export interface TrackingBookRowInput {
  /** The dossier's number in the counter's book for the year (Form 01's 'Số thứ tự'). */
  no: number;
  code: string;
  procedureName: string;
  applicant: string;
  phone: string;
  address?: string;
  /** Cơ quan chủ trì giải quyết. */
  leadAgency: string;
  /** Phương thức nhận kết quả, as printed ('Trực tiếp tại Bộ phận Một cửa'). */
  resultMethod: string;
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
  /** A book kept for one field or group of fields (lĩnh vực); absent: every field. */
  fields?: string[];
  rows: TrackingBookRowInput[];
}

/** The hand-over receipt: a result handed over in person, as the return-result entry recorded it. */
export interface HandOverReceiptInput {
  /** The entry's time (ISO instant): when the result changed hands. */
  returnedAt: string;
  method: 'counter' | 'home';
  /** At home: the address of the appointment. */
  address?: string;
  /** The results handed over: the code -KQn, the document's number or name, as their entries recorded. */
  results: { code: string; document?: string }[];
  collector: Collector;
}
