/**
 * View models of the legal slips: every printed string already worded in Vietnamese, so a renderer
 * only places text. One interface per form; `form` tells them apart.
 */
import type { HANDOVER_FORM, SLIP_FORMS } from '../dossier/entries.ts';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const CIRCULAR_2025 = 'Thông tư số 03/2025/TT-VPCP';
export const CIRCULAR_2018 = 'Thông tư số 01/2018/TT-VPCP';

export type SlipForm = (typeof SLIP_FORMS)[number];
/** A legal form, or the counter's own hand-over receipt. */
export type SlipKind = SlipForm | typeof HANDOVER_FORM;

export interface HeadingLine {
  text: string;
  bold: boolean;
}

/** The two-column top of an administrative document (Decree 30/2020 layout). */
export interface SlipHeading {
  /** Left column: superior body (regular), issuing body (bold). */
  agencyLines: HeadingLine[];
  nation: string;
  motto: string;
  /** 'Số: 15/HDHS', or null when the form carries no number. */
  number: string | null;
  /** 'Hoa Lư, ngày 03 tháng 3 năm 2025'. */
  dateline: string;
}

export interface LabelledValue {
  label: string;
  value: string;
  /** Printed on the same line after it ('Số điện thoại: …; Thư điện tử: …'), as the forms do. */
  also?: LabelledValue[];
}

export interface SignatureBlock {
  /** Upper-case title lines, e.g. ['NGƯỜI TIẾP NHẬN HỒ SƠ'] or ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']. */
  title: string[];
  /** '(Ký và ghi rõ họ tên)'. */
  hint: string;
  /** Printed under the signing space; '' leaves it for handwriting. */
  name: string;
}

export interface SlipQr {
  payload: string;
  caption: string;
}

export interface SlipTable {
  headers: string[];
  rows: string[][];
}

interface SlipBase {
  form: SlipKind;
  pageSize: 'A5' | 'A4';
  orientation: 'portrait' | 'landscape';
  /** PDF metadata title and file name stem. */
  documentTitle: string;
  heading: SlipHeading;
  title: string;
  /** Lines under the title (centred, italic), e.g. 'Mã hồ sơ: …'. */
  subtitle: string[];
  qr: SlipQr | null;
  signatures: SignatureBlock[];
  /** 'Mẫu số 01 – Thông tư số 03/2025/TT-VPCP (…)'. */
  legalNote: string;
}

/** Mẫu số 01: receipt and appointment slip. */
export interface ReceiptSlipView extends SlipBase {
  form: '01';
  dossierCode: string;
  intro: string;
  applicant: LabelledValue[];
  request: LabelledValue;
  componentsHeading: string;
  components: SlipTable;
  /** Items 2–6 of the form, numbered in their labels. */
  items: LabelledValue[];
  /** 'Vào Sổ theo dõi hồ sơ, Quyển số: …, Số thứ tự: …'. */
  book: string;
  /** Below the form's items, unnumbered: how the dossier was submitted. */
  submission: LabelledValue;
  feesHeading: string;
  /** One line per published fee ('Miễn' when 0). */
  fees: LabelledValue[];
  /** The fees due: conditional ones ('(nếu yêu cầu)') are not counted; 'Không thu phí, lệ phí' when none. */
  feesTotal: LabelledValue;
  /** Ghi chú: the two copies, where the result may be collected. */
  notes: string[];
}

/** Mẫu số 02: supplementation request. */
export interface SupplementRequestView extends SlipBase {
  form: '02';
  dossierCode: string;
  /** 'Hồ sơ của', 'Nội dung yêu cầu giải quyết', address, phone, e-mail: the form's order. */
  applicant: LabelledValue[];
  missingHeading: string;
  missing: SlipTable;
  /** The form's single 'Lý do' line. */
  reason: LabelledValue;
  contact: string;
  /** The dossier's status page, or the procedure's page when there is no dossier; '' for none. */
  lookup: string;
}

/** Mẫu số 03: refusal slip. */
export interface RefusalSlipView extends SlipBase {
  form: '03';
  dossierCode: string;
  intro: string;
  applicant: LabelledValue[];
  request: LabelledValue;
  reasonIntro: string;
  reason: string;
  closing: string;
}

/** Mẫu số 04: apology and request to extend the time limit. */
export interface ApologyLetterView extends SlipBase {
  form: '04';
  addressee: LabelledValue;
  /** Under 'Kính gửi': the applicant's ID number, address and phone. */
  addresseeDetails: string;
  paragraphs: string[];
  originalDue: string;
  newDue: string;
  recipientsHeading: string;
  recipients: string[];
}

/** Mẫu số 05: notice of stopping processing. */
export interface StopNoticeView extends SlipBase {
  form: '05';
  addressee: LabelledValue;
  paragraphs: string[];
  legalGround: string;
  reason: string;
}

/** A person signing one side of a hand-over on Form 06. */
export interface HandOverSigner {
  /** 'Người giao' or 'Người nhận'. */
  label: string;
  name: string;
}

/** One hand-over on Form 06: the unit, when, the two signature cells, the result (blank while open). */
export interface HandOverRow {
  unit: string;
  /** '1. Giao: … 2. Nhận: …' and the time. */
  handOver: string;
  giver: HandOverSigner;
  receiver: HandOverSigner;
  result: string;
  note: string;
}

/** Mẫu số 06: process control slip. */
export interface ControlSlipView extends SlipBase {
  form: '06';
  dossierCode: string;
  details: LabelledValue[];
  handOvers: { headers: string[]; rows: HandOverRow[] };
  /** The form's notes: who fills in the result, and the electronic trace. */
  notes: string[];
}

/** Mẫu số 07: tracking book (A4 landscape). */
export interface TrackingBookView extends SlipBase {
  form: '07';
  agencyName: string;
  /** 'Lĩnh vực: Hộ tịch' for a book kept per field, else ''. */
  fields: string;
  period: string;
  book: SlipTable;
  summary: string;
}

/** The hand-over receipt of a result (the counter's own form): what was handed, to whom, by whom. */
export interface HandOverReceiptView extends SlipBase {
  form: typeof HANDOVER_FORM;
  dossierCode: string;
  /** 'Hồi … giờ … phút, ngày …, tại …, chúng tôi gồm:'. */
  intro: string;
  giverHeading: string;
  giver: LabelledValue[];
  collectorHeading: string;
  collector: LabelledValue[];
  /** The dossier and what was handed over. */
  detailsHeading: string;
  details: LabelledValue[];
  /** One line per result document handed over. */
  results: string[];
  statement: string;
  notes: string[];
}

export type SlipView =
  | ReceiptSlipView
  | SupplementRequestView
  | RefusalSlipView
  | ApologyLetterView
  | StopNoticeView
  | ControlSlipView
  | TrackingBookView
  | HandOverReceiptView;
