/** Pieces shared by several slips: heading, applicant lines, request line, signature titles. */
import { formatDateline } from './format.ts';
import type { IssuingBody, SlipDossier } from './slip-input.ts';
import {
  CIRCULAR_2018,
  CIRCULAR_2025,
  type HeadingLine,
  type LabelledValue,
  MOTTO,
  NATION,
  type SlipForm,
  type SlipHeading,
} from './slip-view.ts';

/**
 * Left heading column (Decree 30/2020): the superior body in regular capitals, the issuing body in
 * bold. Counter slips name the body and its counter ('UBND PHƯỜNG HOA LƯ' / 'BỘ PHẬN TIẾP NHẬN…');
 * letters from the competent body name its superior and itself.
 */
export const buildHeading = (
  body: IssuingBody,
  issuedAt: string,
  options: { number: string | null; issuer: 'counter' | 'body' },
): SlipHeading => {
  const lines: HeadingLine[] =
    options.issuer === 'counter'
      ? [
          { text: body.name.toUpperCase(), bold: false },
          { text: body.unitName.toUpperCase(), bold: true },
        ]
      : [
          ...(body.parentName ? [{ text: body.parentName.toUpperCase(), bold: false }] : []),
          { text: body.name.toUpperCase(), bold: true },
        ];
  return {
    agencyLines: lines,
    nation: NATION,
    motto: MOTTO,
    number: options.number,
    dateline: formatDateline(body.placeName, issuedAt),
  };
};

/** 'Số: 15/HDHS': the suffix is added to a bare register number. */
export const documentNumber = (number: string, suffix: string): string =>
  `Số: ${number.includes('/') ? number : `${number}/${suffix}`}`;

/** 'Mẫu số 01 – Thông tư số 03/2025/TT-VPCP (nội dung theo Mẫu số 01 Thông tư số 01/2018/TT-VPCP)'. */
export const legalNote = (form: SlipForm, circular2018Form: string | null): string =>
  circular2018Form === null
    ? `Mẫu số ${form} – ${CIRCULAR_2025}`
    : `Mẫu số ${form} – ${CIRCULAR_2025} (nội dung theo Mẫu số ${circular2018Form} ${CIRCULAR_2018})`;

/** Left for the officer's pen when the system has no value. */
export const BLANK = '……………………';

export const SIGN_HINT = '(Ký và ghi rõ họ tên)';
export const SEAL_HINT = '(Ký, ghi rõ họ tên và đóng dấu)';
export const TRACKING_QR_CAPTION = 'Quét mã để tra cứu hồ sơ';

/**
 * The title printed above a signature (Decree 30/2020): the head signs under the agency's head title ('CHỦ
 * TỊCH'); a deputy signs on the head's behalf ('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH'); anyone else by authorisation
 * ('TUQ. CHỦ TỊCH – CHÁNH VĂN PHÒNG'). Without a personal title the head's is printed.
 */
export const signerTitle = (headTitle: string, personTitle: string | null | undefined): string => {
  const head = headTitle.trim().toLocaleUpperCase('vi');
  const own = (personTitle ?? '').trim().toLocaleUpperCase('vi');
  if (own === '' || own === head) return head;
  return `${/^PHÓ\s/u.test(own) ? 'KT.' : 'TUQ.'} ${head} – ${own}`;
};

/** 'Nơi nhận' of Form 04: the applicant (as addressed above), the counter that received it, the archive. */
export const apologyRecipients = (counterName: string): string[] => ['Như trên', counterName, 'Lưu: VT'];

/** 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' prints on two lines, as signed on paper. */
export const signerTitleLines = (title: string): string[] =>
  title
    .split(/\s+[–-]\s+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s.length > 0);

const ACRONYMS = new Set(['UBND', 'HĐND', 'TTHC', 'PVHCC', 'TN&TKQ', 'VP', 'BHXH']);
const UNIT_WORDS = ['thành phố', 'đặc khu', 'phường', 'tỉnh', 'xã'];

/**
 * Names are stored in capitals for the heading; running text wants 'UBND phường Hoa Lư' and
 * 'Bộ phận tiếp nhận và trả kết quả'. Mixed-case names are taken as already written for text.
 */
export const nameInText = (name: string): string => {
  if (name !== name.toUpperCase()) return name;
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  let proper = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (ACRONYMS.has(w)) {
      out.push(w);
      continue;
    }
    const lower = w.toLowerCase();
    const pair = i + 1 < words.length ? `${lower} ${words[i + 1]!.toLowerCase()}` : '';
    if (UNIT_WORDS.includes(pair)) {
      out.push(lower, words[i + 1]!.toLowerCase());
      i++;
      proper = true;
      continue;
    }
    if (UNIT_WORDS.includes(lower)) {
      out.push(lower);
      proper = true;
      continue;
    }
    const capital = proper || out.length === 0;
    out.push(capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower);
  }
  return out.join(' ');
};

/** The counter in running text: 'Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư'. */
export const counterInText = (body: IssuingBody): string =>
  /^BỘ PHẬN\b/i.test(body.unitName)
    ? `${nameInText(body.unitName)} ${nameInText(body.name)}`
    : nameInText(body.unitName);

/** Applicant lines in the order of the forms; absent optional fields are left out. */
export const applicantLines = (dossier: SlipDossier): LabelledValue[] => {
  const { applicant, representative } = dossier;
  const lines: LabelledValue[] = [
    { label: 'Ông/Bà', value: applicant.fullName },
    { label: 'Số định danh cá nhân/Mã số thuế', value: applicant.idNumber },
    { label: 'Số điện thoại', value: applicant.phone },
  ];
  if (applicant.email) lines.push({ label: 'Thư điện tử', value: applicant.email });
  if (applicant.address) lines.push({ label: 'Địa chỉ', value: applicant.address });
  if (representative) {
    lines.push({
      label: 'Người nộp thay',
      value: `${representative.fullName} (${representative.relation}), số định danh ${representative.idNumber}`,
    });
  }
  return lines;
};

/** 'Đăng ký khai sinh – Trường hợp chung (mã thủ tục 1.001193)'. */
export const requestLine = (dossier: SlipDossier): LabelledValue => ({
  label: 'Nội dung yêu cầu giải quyết',
  value: `${dossier.procedure.name}${dossier.caseName ? ` – ${dossier.caseName}` : ''} (mã thủ tục ${dossier.procedure.code})`,
});
