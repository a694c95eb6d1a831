/**
 * View models of the legal slips: every printed string already worded in Vietnamese, so a renderer
 * only places text. One interface per form; `form` tells them apart.
 */
import type { SLIP_FORMS } from '../dossier/entries.ts';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const CIRCULAR_2025 = 'Thông tư số 03/2025/TT-VPCP';
export const CIRCULAR_2018 = 'Thông tư số 01/2018/TT-VPCP';

export type SlipForm = (typeof SLIP_FORMS)[number];

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
  form: SlipForm;
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
  /** Items 2–7 of the form, numbered in their labels. */
  items: LabelledValue[];
  feesHeading: string;
  /** One line per fee ('Miễn' when 0). */
  fees: LabelledValue[];
  /** '8.000 đồng', or 'Không thu phí, lệ phí' when the procedure has none. */
  feesTotal: string;
  book: string;
}

/** Mẫu số 02: supplementation request. */
export interface SupplementRequestView extends SlipBase {
  form: '02';
  dossierCode: string;
  applicant: LabelledValue[];
  request: LabelledValue;
  missingHeading: string;
  missing: SlipTable;
  contact: string;
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

/** Mẫu số 04: apology and new appointment / extension request. */
export interface ApologyLetterView extends SlipBase {
  form: '04';
  addressee: LabelledValue;
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

/** Mẫu số 06: process control slip. */
export interface ControlSlipView extends SlipBase {
  form: '06';
  dossierCode: string;
  details: LabelledValue[];
  handOvers: SlipTable;
}

/** Mẫu số 07: tracking book (A4 landscape). */
export interface TrackingBookView extends SlipBase {
  form: '07';
  agencyName: string;
  period: string;
  book: SlipTable;
  summary: string;
}

export type SlipView =
  | ReceiptSlipView
  | SupplementRequestView
  | RefusalSlipView
  | ApologyLetterView
  | StopNoticeView
  | ControlSlipView
  | TrackingBookView;
